import type { ContactStatus, Pack } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/contacts.json';
import { sourcesOf } from './view';

export interface ContactsCardData {
  pack: Pack;
  title: string;
  intro?: string;
  contacts: ContactStatus[];
  /** Contacts given a full block (address, hours, buttons); the rest one labelled line each. Default: all. */
  full?: number;
}

/** One or more contacts with tap-to-call, email, address, hours and whether they are open now. */
export function buildContactsCard(d: ContactsCardData): AdaptiveCard {
  const card = expandCard(template, {
    title: d.title,
    intro: d.intro ?? '',
    sources: sourcesLine(sourcesOf(d.contacts.map((c) => c.contact))),
    fallbackText: `${d.title}. ${d.intro ?? ''} ${contactsText(d.contacts)}.`,
  });
  return withContactsAndSafetyNet(card, d.pack, d.contacts, d.full !== undefined ? { full: d.full } : {});
}
