import { openNow, type Pack, type Recognition } from '../rules';
import { ACTIONS } from './actions';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { behindMoreDetail } from './firstScreen';
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
  // The level significant harm is at in this area's guidance (Salford: Getting Risk Support), named in case it is so;
  // not when the message only used one ambiguous word that may well be explained ("bruises"): there the question decides.
  const harmLevelIds = new Set(pack.indicators.filter((i) => i.kind === 'harm').map((i) => i.level));
  const harmLevel = d.recognition.setAside?.length ? undefined : pack.levels.filter((l) => harmLevelIds.has(l.id)).sort((a, b) => b.rank - a.rank)[0];
  const doorLine = door
    ? `If a child might be at risk of significant harm${harmLevel ? ` (${harmLevel.name})` : ''}, talk it through with ${door.name} today${status?.state === 'closed' && status.instead ? ` (${doorContact?.name} is closed now)` : status?.state === 'open' ? ` (open now)` : ''}, and tell your designated safeguarding lead.`
    : 'If a child might be suffering, or at risk of, significant harm, tell your designated safeguarding lead today.';
  const kinds = pack.indicators.filter((i) => i.kind === 'harm').map((i) => ({ title: i.label, value: i.id }));
  // One ambiguous word ("bruises") set aside: the one question that decides it, not a list of harms.
  const setAside = d.recognition.setAside ?? [];
  const asked = setAside.slice(0, 1).map((s) => {
    return `You mentioned “${s.matched[0] ?? ''}”. Is there a clear explanation for it that fits? If not, or you are not sure, treat it as a concern.`;
  });
  // "Explained": the lowest level's answer (Salford: Getting Advice).
  const lowest = [...pack.levels].sort((a, b) => a.rank - b.rank)[0];
  const explainedRoute = (lowest && pack.levelRoutes[lowest.id]) ?? '';
  const card = expandCard(template, {
    intro: INTRO[d.reason],
    asked,
    kinds,
    fallbackText: `${INTRO[d.reason]} If the child is in immediate danger or home alone, call ${police} now. ${doorLine}${door && doorNumber ? ` ${door.name}: ${doorNumber}.` : ''}${asked[0] ? ` ${asked[0]}` : ''}`,
  });
  withSafetyNet(card, pack);
  // First screen: the red-flag question (any chance → 999), the numbers to tap, 999 first, and the front door for a possible risk; the one question that decides an ambiguous word stays here too. The kinds of harm are behind "More detail".
  const calls: Json[] = [{ type: 'Action.OpenUrl', title: `Call ${police}`, url: telHref(police) }];
  if (door && doorNumber) calls.push({ type: 'Action.OpenUrl', title: `Call ${door.name.replace(/\s*\([^)]*\)\s*$/, '')} ${doorNumber}`, url: telHref(doorNumber) });
  const first: Json[] = [
    { type: 'TextBlock', text: d.reason === 'non_english' ? 'I read English only' : 'I am not sure I have understood', style: 'heading', size: 'Large', weight: 'Bolder', wrap: true },
    {
      type: 'Container',
      style: 'attention',
      items: [
        { type: 'TextBlock', text: 'First: is the child in immediate danger, or home alone?', wrap: true, weight: 'Bolder' },
        { type: 'TextBlock', text: `If there is any chance of it, call ${police} now.`, wrap: true },
      ],
    },
    { type: 'ActionSet', actions: calls },
    { type: 'TextBlock', text: doorLine, wrap: true },
  ];
  if (asked[0]) {
    first.push({ type: 'TextBlock', text: asked[0], wrap: true, weight: 'Bolder' });
    first.push({
      type: 'ActionSet',
      actions: [
        submit('No, or I am not sure', ACTIONS.screenStart.value({ indicators: setAside.map((s) => s.id) })),
        submit('Yes, it is explained and fits', ACTIONS.routeShow.value({ route: explainedRoute })),
      ],
    });
  }
  return behindMoreDetail(card, first);
}
