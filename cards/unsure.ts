import { openNow, type Pack, type Recognition } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/unsure.json';
import { telHref } from './view';

export interface UnsureCardData {
  pack: Pack;
  at: Date;
  recognition: Recognition;
  /** 'non_english': the message was mostly in another language. */
  reason: 'unsure' | 'non_english';
}

const INTRO = {
  unsure: 'I could not place that worry for certain, so I will not guess. Because it might be serious:',
  non_english: 'I can only read English, so I could not understand that message. If you can, tell me again in English. Because it might be serious:',
};

/**
 * The answer when the bot cannot place a worry: never the welcome card, never a lower level.
 * The red-flag question first (any chance → 999), the front door for a possible risk, then the
 * kinds of harm as choices that carry on into the screening questions.
 */
export function buildUnsureCard(d: UnsureCardData): AdaptiveCard {
  const { pack } = d;
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
  const doorContact = pack.contacts.find((c) => c.id === pack.frontDoor);
  const status = doorContact ? openNow(pack, doorContact, d.at) : undefined;
  const door = status?.state === 'closed' && status.instead ? status.instead : doorContact;
  const doorNumber = door?.phones[0]?.number;
  const doorLine = door
    ? `If a child might be suffering, or at risk of, significant harm, talk it through with ${door.name}${doorNumber ? ` on ${doorNumber}` : ''} today${status?.state === 'closed' && status.instead ? ` (${doorContact?.name} is closed now)` : ''}, and tell your designated safeguarding lead.`
    : 'If a child might be suffering, or at risk of, significant harm, tell your designated safeguarding lead today.';
  const kinds = pack.indicators.filter((i) => i.kind === 'harm').map((i) => ({ title: i.label, value: i.id }));
  // One ambiguous word ("bruises") set aside: the one question that decides it, not a list of harms.
  const setAside = d.recognition.setAside ?? [];
  const asked = setAside.slice(0, 1).map((s) => {
    const label = pack.indicators.find((i) => i.id === s.id)?.label.toLowerCase() ?? s.id;
    return `You mentioned “${s.matched[0] ?? ''}”. Is there a clear explanation for it that fits? If not, or you are not sure, it might be a sign of ${label}: treat it as a concern.`;
  });
  // "Explained": the lowest level's answer (Salford: Getting Advice).
  const lowest = [...pack.levels].sort((a, b) => a.rank - b.rank)[0];
  const explainedRoute = (lowest && pack.levelRoutes[lowest.id]) ?? '';
  const card = expandCard(template, {
    title: d.reason === 'non_english' ? 'I read English only' : 'I am not sure I have understood',
    intro: INTRO[d.reason],
    police,
    policeTel: telHref(police),
    doorLine,
    doorName: door?.name ?? 'your safeguarding lead',
    doorTel: doorNumber ? telHref(doorNumber) : telHref(police),
    asked,
    askedIds: setAside.map((s) => s.id),
    explainedRoute,
    kinds,
    fallbackText: `${INTRO[d.reason]} If the child is in immediate danger or home alone, call ${police} now. ${doorLine}`,
  });
  return withSafetyNet(card, pack);
}
