/**
 * "forget me": first a card listing what will go (counts only, never their contents), with
 * Delete and Cancel; afterwards, what was deleted and that messages already in the chat stay
 * in Teams' history, with how to delete them there.
 */
import type { Pack } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/forget-me.json';

/** What the bot holds about one user, as "forget me" lists and deletes it: counts, and the names the user chose (dialogs/core/services.ts HeldData). */
export interface HeldCounts {
  /** Escalation notices (drafts), and how many of them have a reminder waiting. */
  notices: number;
  reminders: number;
  /** Strengths-based notes saved as drafts. */
  notes: number;
  /** "Ask my DSL" requests the user raised (they carry the user's name). */
  consults: number;
  /** The area the user chose with "area" (its name), when they chose one. */
  area?: string;
  /** The role the user gave (its name), when they gave one. */
  role?: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line per kind of thing held, in plain words. */
export function heldLines(h: HeldCounts): string[] {
  const lines: string[] = [];
  if (h.notices > 0) {
    const reminders = h.reminders === 0 ? '' : h.reminders === 1 && h.notices === 1 ? ' and its reminder' : ` and ${plural(h.reminders, 'reminder', 'reminders')}`;
    lines.push(`${plural(h.notices, 'escalation notice', 'escalation notices')}${reminders}`);
  }
  if (h.notes > 0) lines.push(plural(h.notes, 'saved note', 'saved notes'));
  if (h.consults > 0) lines.push(`${plural(h.consults, 'request to your DSL', 'requests to your DSL')} (they carry your name)`);
  if (h.area) lines.push(`the area you chose (${h.area})`);
  if (h.role) lines.push(`the role you gave (${h.role})`);
  lines.push('anything you were in the middle of here (unanswered questions, referral checklist ticks)');
  return lines;
}

/** How to delete a message you sent in Teams. */
export const TEAMS_DELETE_MESSAGE = 'To delete a message you sent, hover over it (on a phone, press and hold it), choose More options (…) and then Delete.';

/** Where Teams keeps what was already said, and how to delete it there. */
export const TEAMS_HISTORY = `Messages already in this chat stay in Teams’ chat history: I cannot delete them. ${TEAMS_DELETE_MESSAGE} Your organisation’s Teams settings may keep a copy.`;

export function buildForgetAskCard(pack: Pack, held: HeldCounts): AdaptiveCard {
  const items = heldLines(held);
  const card = expandCard(template, {
    items,
    history: TEAMS_HISTORY,
    fallbackText: `Forget me: I would delete ${items.join('; ')}. Delete all of this, or Cancel.`,
  });
  return withSafetyNet(card, pack);
}

/** The message after deleting: what went, and the chat history. */
export function forgetDoneText(deleted: HeldCounts, door: string): string {
  const lines = heldLines(deleted);
  const list = lines.length > 1 ? `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}` : lines[0];
  return `Done. I have deleted ${list}. ${TEAMS_HISTORY} If a child is in immediate danger, call 999; for any other worry, contact ${door}.`;
}
