import type { ContactStatus, Pack } from '../rules';
import { expandPackPart, splice, type AdaptiveCard, type Json } from './expand';
import { explainTerms } from './glossary';
import contactBlock from './templates/contact-block.json';
import safetyNetTemplate from './templates/safety-net.json';
import { contactView, safetyNet } from './view';

/** A contact in one text block: its name, labelled numbers and emails, hours, and whether it is open now. */
export function contactLine(s: ContactStatus): Json {
  const v = contactView(s);
  const reach = [...v.phones.map((p) => `${p.label}: ${p.number}`), ...v.emails.map((e) => `${e.label}: ${e.address}`)].join('; ');
  const text = [`**${v.name}**${reach ? `. ${reach}.` : '.'}`, v.hours ? `Hours: ${v.hours}.` : '', v.status, v.missing].filter(Boolean).join(' ');
  return { type: 'TextBlock', text, wrap: true };
}

/**
 * Adds the contact blocks and the safety-net footer to a card that has the placeholders. With
 * `full`, only the first `full` contacts get a block (address, hours, buttons); the rest one line each.
 */
export function withContactsAndSafetyNet(card: AdaptiveCard, pack: Pack, contacts: ContactStatus[], opts: { stale?: string; full?: number } = {}): AdaptiveCard {
  const full = opts.full ?? contacts.length;
  const blocks = [...contacts.slice(0, full).map((c) => expandPackPart(contactBlock, contactView(c))), ...contacts.slice(full).map(contactLine)];
  splice(card, 'contacts', blocks.length ? blocks : [{ type: 'TextBlock', text: 'No contacts for this answer.', wrap: true }]);
  return withSafetyNet(card, pack, opts);
}

/** The safety-net footer, after a line for each word on the card that needs explaining (cards/glossary.ts). */
export function withSafetyNet(card: AdaptiveCard, pack: Pack, opts: { stale?: string } = {}): AdaptiveCard {
  explainTerms(card, pack);
  const door = pack.contacts.find((c) => c.id === pack.frontDoor);
  const doorText = door ? `${door.name}${door.phones[0] ? ` on ${door.phones[0].number}` : ''}` : 'your local front door';
  splice(card, 'safetyNet', [expandPackPart(safetyNetTemplate, { safetyNet: safetyNet(pack), frontDoor: doorText, stale: opts.stale ?? '' })]);
  return card;
}

/** Plain-text version of contacts, for fallbackText and screen readers. */
export function contactsText(contacts: ContactStatus[]): string {
  return contacts
    .map((s) => {
      const v = contactView(s);
      return [v.name, ...v.phones.map((p) => `${p.label}: ${p.number}`), ...v.emails.map((e) => e.address), v.status].filter(Boolean).join(', ');
    })
    .join('. ');
}

export function sourcesLine(sources: string[]): string {
  return sources.join('; ');
}

export type { Json };
