/**
 * What the message fears might happen, not what has: "mum wants help before it gets worse", "in case things
 * escalate", "to stop it getting worse". A phrase of things getting worse (a need one level up: early help tried and
 * not working) read after such a word is a wish to act early, which is the level below. Language handling, not
 * guidance: the packs' cited phrases are unchanged.
 */
import type { Token } from './text';

/** Words of things getting worse, in the packs' phrases ("getting worse", "escalating", "deteriorating"). */
const WORSE = new Set(['worse', 'escalate', 'escalates', 'escalating', 'deteriorate', 'deteriorates', 'deteriorating']);
/** Up to three words before the phrase, in its clause: what might happen ("before it", "in case things", "stop it"). */
const AHEAD = new Set(['before', 'case', 'prevent', 'stop', 'avoid']);

/** True when the phrase from `start` to `end` says things are getting worse only as something to head off. */
export function notYetHappened(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined) return false;
  let worse = false;
  for (let k = start; k <= end; k++) if (WORSE.has(tokens[k]?.raw ?? '')) worse = true;
  if (!worse) return false;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const t = tokens[k];
    if (!t || t.clause !== first.clause) return false;
    if (AHEAD.has(t.raw)) return true;
  }
  return false;
}
