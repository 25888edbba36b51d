import type { ContactStatus, Pack } from '../rules';
import { describeHours } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { contactsText, withContactsAndSafetyNet } from './parts';
import template from './templates/next-steps-summary.json';

export interface NextStepsSummaryData {
  pack: Pack;
  /** Rebuilt from the pack by id: a route's title, summary and level, and the contacts. */
  steps: { title: string; summary?: string; level?: { id: string; name: string; plain: string }; contacts: ContactStatus[] };
}

/**
 * What "Check next steps" posts into a conversation: the route's title, the level
 * and the contacts, never the message that was checked (it may name a child).
 * Contacts carry their opening hours but not "open now": a posted card is read later.
 */
export function buildNextStepsSummaryCard(d: NextStepsSummaryData): AdaptiveCard {
  const contacts = d.steps.contacts.map((s) => timeless(d.pack, s));
  const level = d.steps.level?.name ?? '';
  const card = expandCard(template, {
    title: d.steps.title,
    level,
    summary: d.steps.summary ?? '',
    area: d.pack.area,
    fallbackText: `Safeguarding next steps: ${d.steps.title}.${level ? ` Level of need: ${level}.` : ''} Contacts: ${contactsText(contacts)}.`,
  });
  return withContactsAndSafetyNet(card, d.pack, contacts);
}

/** A contact as it reads at any time: its hours, without "open now" or "closed now". */
export function timeless(pack: Pack, s: ContactStatus): ContactStatus {
  const hours = describeHours(pack, s.contact);
  return { contact: s.contact, state: 'unknown', ...(hours ? { hours } : {}) };
}
