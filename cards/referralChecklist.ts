import type { ContactStatus, Pack, ReferralChecklistItem, ReferralItemKey } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/referral-checklist.json';
import { sourcesOf } from './view';

export interface ReferralChecklistCardData {
  pack: Pack;
  items: ReferralChecklistItem[];
  /** Items ticked so far in this conversation. */
  ticked: readonly ReferralItemKey[];
  /** The route the referral is for ("Refer to the Bridge now"), when it came from a result card. */
  route?: { id: string; title: string };
  contacts: ContactStatus[];
  stale?: string;
}

/** The id of an item's tick box: the submit echoes it back as tick_<key>: 'true' | 'false'. */
export { tickId } from './actions';
import { ACTIONS, tickId } from './actions';

/** "Prepare my referral": the cited checklist with a tick box per item (ticks kept for the conversation only). */
export function buildReferralChecklistCard(d: ReferralChecklistCardData): AdaptiveCard {
  const ticked = new Set(d.ticked);
  const items = d.items.map((item, i) => ({
    id: tickId(item.key),
    n: i + 1,
    title: item.title,
    value: ticked.has(item.key) ? 'true' : 'false',
    points: item.points.map((p) => p.text),
    source: sourcesLine(sourcesOf(item.points)),
  }));
  const done = d.items.filter((i) => ticked.has(i.key)).length;
  const progress = d.items.length ? `${done} of ${d.items.length} ticked.` : '';
  // The direct answer first (where to refer, who to ask, what comes back), then the checklist.
  const answer = d.pack.guidance.find((g) => g.id === 'referral_answer')?.points ?? [];
  const sources = sourcesOf([...answer, ...d.items.flatMap((i) => i.points)]);
  const fallbackText = [
    'Prepare your referral.',
    ...(d.route ? [`For: ${d.route.title}.`] : []),
    ...answer.map((p) => p.text),
    ...d.items.map((item, i) => `${i + 1}. ${item.title}${ticked.has(item.key) ? ' (ticked)' : ''}: ${item.points.map((p) => p.text).join(' ')}`),
    progress,
    `Contacts: ${contactsText(d.contacts)}.`,
  ].join(' ');
  const card = expandCard(template, {
    routeTitle: d.route?.title ?? '',
    answer: answer.map((p) => p.text),
    empty: d.items.length === 0,
    items,
    progress,
    sources: sourcesLine(sources),
    fallbackText,
  });
  withContactsAndSafetyNet(card, d.pack, d.contacts, d.stale ? { stale: d.stale } : {});
  const routeData: Record<string, Json> = d.route ? { route: d.route.id } : {};
  const actions: Json[] = [];
  if (d.items.length) actions.push(submit('Save my ticks', ACTIONS.referralTick.value(routeData)));
  actions.push(submit('Recording help', ACTIONS.recordingShow.value()));
  if (d.pack.routes.some((r) => r.id === 'after_referral')) actions.push(submit('After a referral', ACTIONS.routeShow.value({ route: 'after_referral' })));
  card.actions = actions;
  return card;
}
