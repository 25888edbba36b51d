import type { Assessment, Pack, Recognition } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/emergency.json';
import { assessmentSources, sourcesOf, telHref, whyFromRecognition } from './view';

export interface EmergencyCardData {
  pack: Pack;
  /** The emergency assessment from the engine (level = the pack's emergency level). */
  assessment: Assessment;
  recognition?: Recognition;
}

/** 999 first, then the front door or its out-of-hours service. Never asks a question first. */
export function buildEmergencyCard(d: EmergencyCardData): AdaptiveCard {
  const { pack, assessment: a } = d;
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact);
  const door = a.contacts.find((c) => c.contact.id === pack.frontDoor);
  const policeNumber = police?.phones[0]?.number ?? '999';
  const doorContact = door?.state === 'closed' && door.instead ? door.instead : door?.contact;
  const doorPhone = doorContact?.phones[0];
  const openLine = door
    ? door.state === 'closed' && door.instead
      ? `${door.contact.name} is closed now: after calling ${policeNumber}, call ${door.instead.name}${door.instead.phones[0] ? ` on ${door.instead.phones[0].number}` : ''}.`
      : door.contact.phones[0]
        ? `${door.contact.name} is open now: after calling ${policeNumber}, call ${door.contact.phones[0].number}.`
        : `After calling ${policeNumber}, contact ${door.contact.name}.${door.contact.missing ? ` ${door.contact.missing}` : ''}`
    : '';
  const steps = a.actions.map((s, i) => ({ n: i + 1, text: s.text }));
  // "Not sure" to a red-flag question brings this card: say so, as every other card does.
  const why = [...a.warnings.filter((w) => w.id === 'not_sure').map((w) => w.text), ...whyFromRecognition(d.recognition, pack)];
  const reason = a.levelFromNotSure
    ? `You were not sure whether the child is in immediate danger or home alone. If there is any chance of it, call ${policeNumber} now.`
    : a.level.plain;
  const fallbackText = `Call ${policeNumber} now. ${reason} ${openLine} ${steps.map((s) => `${s.n}. ${s.text}`).join(' ')} Contacts: ${contactsText(a.contacts)}.`;
  const card = expandCard(template, {
    police: policeNumber,
    policeTel: telHref(policeNumber),
    reason,
    steps,
    openLine,
    why,
    doorName: doorContact?.name ?? '',
    doorNumber: doorPhone?.number ?? '',
    doorTel: doorPhone ? telHref(doorPhone.number) : telHref(policeNumber),
    sources: sourcesLine(sourcesOf(assessmentSources(pack, a))),
    fallbackText,
  });
  return withContactsAndSafetyNet(card, pack, a.contacts);
}
