/**
 * DSL consult cards. The channel card carries the route, the level and who asked: never
 * a child's name, date of birth or the words of a concern. It @mentions the DSL on duty
 * (or the whole DSL group), offers "I'll take this" (Action.Execute) and refreshes for
 * the DSLs, so everyone sees who took it and when.
 */
import type { Pack } from '../rules';
import { ACTIONS } from './actions';
import { execute, expandCard, type AdaptiveCard, type Json } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/consult.json';

export interface ConsultPerson {
  /** Teams user id (29:...). */
  id: string;
  name: string;
}

export interface ConsultCardData {
  pack: Pack;
  consultId: string;
  requester: string;
  routeTitle: string;
  levelName: string;
  /** "13:05 on Monday 23 November 2026" (London time). */
  raisedAt: string;
  /** Who is @mentioned (DSL on duty or the group). */
  mention: ConsultPerson[];
  /** Teams user ids whose clients refresh the card (Universal Actions, at most 60). */
  refreshUserIds: string[];
  taken?: { by: string; at: string };
  /** Set once the take time has passed with nobody taking it. */
  reminder?: string;
}

const escapeAt = (name: string): string => name.replace(/[<>]/g, '');

/** The consult as posted in the organisation's channel (and as refreshed). */
export function buildConsultCard(d: ConsultCardData): AdaptiveCard {
  const mentionLine = d.taken ? '' : `For: ${d.mention.map((m) => `<at>${escapeAt(m.name)}</at>`).join(', ')}`;
  const takenLine = d.taken ? `Taken by ${d.taken.by} at ${d.taken.at}.` : '';
  const fallbackText = d.taken
    ? `DSL consult from ${d.requester}: ${d.routeTitle}, ${d.levelName}. ${takenLine}`
    : `DSL consult requested by ${d.requester}: ${d.routeTitle}, level of need ${d.levelName}. Raised ${d.raisedAt}.`;
  const card = expandCard(template, {
    heading: d.taken ? 'DSL consult: taken' : 'DSL consult requested',
    mentionLine,
    requester: d.requester,
    routeTitle: d.routeTitle,
    levelName: d.levelName,
    areaName: d.pack.area,
    raisedAt: d.raisedAt,
    takenLine,
    reminderLine: !d.taken && d.reminder ? d.reminder : '',
    privacy: `No details about the child are shared in this channel. Whoever takes this will hear from ${d.requester} in a personal chat.`,
    fallbackText,
  });
  withSafetyNet(card, d.pack);
  card.actions = d.taken ? [] : [execute('I’ll take this', ACTIONS.dslTake.value({ consult: d.consultId }))];
  if (d.refreshUserIds.length > 0) {
    card.refresh = { action: execute('Refresh', ACTIONS.dslRefresh.value({ consult: d.consultId })), userIds: d.refreshUserIds.slice(0, 60) };
  }
  if (!d.taken && d.mention.length > 0) {
    const entities: Json[] = d.mention.map((m) => ({ type: 'mention', text: `<at>${escapeAt(m.name)}</at>`, mentioned: { id: m.id, name: m.name } }));
    card.msteams = { entities };
  }
  return card;
}
