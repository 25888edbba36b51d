import type { ContactStatus, Pack } from '../rules';
import { expandCard, type AdaptiveCard, type Json } from './expand';
import { behindMoreDetail, contactToCall } from './firstScreen';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/contacts.json';
import { sourcesOf, telHref } from './view';

export interface ContactsCardData {
  pack: Pack;
  title: string;
  intro?: string;
  contacts: ContactStatus[];
  /** Contacts given a full block (address, hours, buttons); the rest one labelled line each. Default: all. */
  full?: number;
  /**
   * The chat's answer: a short first screen (what to do now, 999 first, the number to tap and whether it
   * is open now), the blocks behind "More detail". Off for a contact inserted by the message extension.
   */
  shortFirst?: boolean;
}

/** One or more contacts with tap-to-call, email, address, hours and whether they are open now. */
export function buildContactsCard(d: ContactsCardData): AdaptiveCard {
  const card = expandCard(template, {
    title: d.shortFirst ? '' : d.title,
    intro: d.shortFirst ? '' : (d.intro ?? ''),
    sources: sourcesLine(sourcesOf(d.contacts.map((c) => c.contact))),
    fallbackText: `${d.title}. ${d.intro ?? ''} ${contactsText(d.contacts)}.`,
  });
  withContactsAndSafetyNet(card, d.pack, d.contacts, d.full !== undefined ? { full: d.full } : {});
  return d.shortFirst ? behindMoreDetail(card, contactsFirstScreen(d)) : card;
}

/** The name on a call button, without its bracketed note ("Emergency Duty Team (out of hours)" → "Emergency Duty Team"). */
const shortName = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

/** What to do now, 999 first, the contact to call (or what to use while it is closed) and whether it is open now. */
function contactsFirstScreen(d: ContactsCardData): Json[] {
  const { pack } = d;
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact);
  const policeNumber = police?.phones[0]?.number ?? '999';
  const first = contactToCall(pack, d.contacts);
  const items: Json[] = [{ type: 'TextBlock', text: d.title, style: 'heading', size: 'Large', weight: 'Bolder', wrap: true }];
  const doNow = first?.call
    ? `Do now: call ${first.call.name} on ${first.call.number}. A child in immediate danger or home alone: call ${policeNumber} first.`
    : `Do now: a child in immediate danger or home alone, call ${policeNumber}.`;
  items.push({ type: 'TextBlock', text: doNow, weight: 'Bolder', wrap: true });
  if (d.intro) items.push({ type: 'TextBlock', text: d.intro, wrap: true });
  // 999 first on every contacts answer, then the contact to call (or what to use while it is closed).
  const calls: Json[] = [{ type: 'Action.OpenUrl', title: `Call ${policeNumber}`, url: telHref(policeNumber) }];
  if (first?.call) calls.push({ type: 'Action.OpenUrl', title: `Call ${shortName(first.call.name)} ${first.call.number}`.replace(/\s+/g, ' '), url: telHref(first.call.number) });
  items.push({ type: 'ActionSet', actions: calls });
  if (first?.line) items.push({ type: 'TextBlock', text: first.line, wrap: true, weight: 'Bolder' });
  if (d.contacts.length > 1) items.push({ type: 'TextBlock', text: `All ${d.contacts.length}, with hours, emails and addresses, are under More detail.`, wrap: true, isSubtle: true, size: 'Small' });
  return items;
}
