import type { Answer, Pack } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { behindMoreDetail, firstScreen, firstSentence, setFallback } from './firstScreen';
import { sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/emergency.json';

export interface EmergencyCardData {
  pack: Pack;
  /** The emergency answer (rules/answer.ts). */
  answer: Answer;
}

/** 999 first, then the front door or its out-of-hours service. Never asks a question first. */
export function buildEmergencyCard(d: EmergencyCardData): AdaptiveCard {
  const { pack, answer: a } = d;
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact);
  const policeNumber = police?.phones[0]?.number ?? '999';
  const door = a.contacts.find((c) => c.contact.id === pack.frontDoor);
  const openLine = door
    ? door.state === 'closed' && door.instead
      ? `After calling ${policeNumber}, call ${door.instead.name}${door.instead.phones[0] ? ` on ${door.instead.phones[0].number}` : ''}.`
      : door.contact.phones[0]
        ? `After calling ${policeNumber}, call ${door.contact.name} on ${door.contact.phones[0].number}.`
        : `After calling ${policeNumber}, contact ${door.contact.name}.${door.contact.missing ? ` ${door.contact.missing}` : ''}`
    : '';
  const steps = a.steps.map((s, i) => ({ n: i + 1, text: s.text }));
  // "Not sure" to a red-flag question brings this card: worded as what to do in case it is so, never as a finding.
  // Read from the meaning of the message alone (no listed phrase, no "yes"): the same, as what it may mean.
  const reason = a.level?.fromNotSure
    ? `You were not sure whether the child is in immediate danger or home alone. If there is any chance of it, call ${policeNumber} now.`
    : a.level?.fromMeaning
      ? a.level.plain
      : (a.level?.definition ?? `Call ${policeNumber} now.`);
  // The fallback is set from the first screen below (setFallback).
  const fallbackText = `Call ${policeNumber} now. ${reason}`;
  const card = expandCard(template, {
    steps,
    openLine,
    why: a.why,
    sources: sourcesLine(a.sources),
    fallbackText,
  });
  // The first screen has the buttons to call; the detail gives each contact in one line.
  withContactsAndSafetyNet(card, pack, a.contacts, { full: 0 });
  // The reason is the level in plain words here: the level line gives only its name.
  const first = firstScreen(pack, a.level ? { ...a, level: { ...a.level, plain: '' } } : a, { heading: `Call ${policeNumber} now`, doNow: reason, style: 'attention' });
  behindMoreDetail(card, first);
  return setFallback(card, [openLine, ...steps.map((s) => `${s.n}. ${firstSentence(s.text)}`)]);
}
