/**
 * What is not so now: what the message fears might happen ("mum wants help before it gets worse"), a prison term
 * long over ("dad was in prison years ago"), domestic abuse the family has left ("mum fled DV and is staying with
 * friends"). Each is read here so that the listed phrase does not count; the meaning still reads the whole message.
 * Language handling, not guidance: the packs' cited phrases are unchanged.
 */
import { phraseHas } from './neighbours';
import type { Token } from './text';

/** Words of things getting worse, in the packs' phrases ("getting worse", "escalating", "deteriorating"). */
const WORSE = new Set(['worse', 'escalate', 'escalates', 'escalating', 'deteriorate', 'deteriorates', 'deteriorating']);
/** Up to three words before the phrase, in its clause: what might happen ("before it", "in case things", "stop it"). */
const AHEAD = new Set(['before', 'case', 'prevent', 'stop', 'avoid']);

/** True when the phrase from `start` to `end` says things are getting worse only as something to head off. */
export function notYetHappened(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || !phraseHas(tokens, start, end, WORSE)) return false;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const t = tokens[k];
    if (!t || t.clause !== first.clause) return false;
    if (AHEAD.has(t.raw)) return true;
  }
  return false;
}

/** The words of a prison term, in the packs' phrases ("in prison", "parent in prison"). */
const PRISON = new Set(['prison', 'jail', 'gaol']);
/** In the same clause as them: a term long over ("years ago", "used to be", "been in prison before", "previously"). */
const LONG_OVER = new Set(['ago', 'used', 'previously', 'before', 'once']);
/** Anywhere in the message: prison as a job ("mum is a prison officer", "works at the prison"). */
const PRISON_JOB = new Set(['officer', 'officers', 'guard', 'guards', 'warden', 'worker', 'staff']);

/**
 * True when the phrase from `start` to `end` names a prison term that the message places long ago ("was in
 * prison years ago, before she was born", "used to be in prison", "has been in prison before"), or the prison is
 * someone's work ("my mum is in prison all day" said of a prison officer).
 */
export function prisonLongOver(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || !phraseHas(tokens, start, end, PRISON)) return false;
  const raw = (k: number) => tokens[k]?.raw ?? '';
  for (let k = 0; k < tokens.length; k++) {
    // "a prison officer", "works at the prison", "works in a prison".
    if (PRISON.has(raw(k)) && PRISON_JOB.has(raw(k + 1))) return true;
    if (raw(k) === 'works' && (raw(k + 1) === 'at' || raw(k + 1) === 'in') && (PRISON.has(raw(k + 2)) || PRISON.has(raw(k + 3)))) return true;
  }
  for (const t of tokens) if (t.clause === first.clause && LONG_OVER.has(t.raw)) return true;
  return false;
}

/** Words of domestic abuse, in the packs' phrases ("dv", "domestic violence", "violent relationship", "abusive partner"). */
const ABUSE = new Set(['dv', 'da', 'domestic', 'violent', 'violence', 'abusive', 'abuse']);
/** Just before them: the family has left it ("fled DV", "escaped a violent relationship", "left her abusive partner"). */
const LEFT = new Set(['fled', 'flee', 'fleeing', 'escaped', 'escaping', 'left', 'leaving']);
/** The one who abused in touch or on the family's trail: then the abuse is not left behind. */
const STILL_IN_TOUCH = new Set(['found', 'messaging', 'messaged', 'messages', 'texting', 'texted', 'texts', 'threatening', 'threatened', 'threats', 'tracked', 'turned', 'calling', 'ringing']);
/** Between the two, at most one of these. */
const LEFT_FILLER = new Set(['a', 'an', 'the', 'from', 'her', 'his', 'their', 'my']);

/**
 * True when the phrase from `start` to `end` names domestic abuse the family has left ("mum fled DV", "escaped
 * from domestic violence", "left a violent relationship", "moved into the refuge after DV"): the history, not a home
 * where abuse happens now. Bury's guidance gives "a mother who has fled domestic violence is living with friends in unsuitable accommodation" as a
 * level 3 example (seed 004); what else the message says (the abuser back, contact, harm to the child) still counts.
 */
export function abuseLeftBehind(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || !phraseHas(tokens, start, end, ABUSE)) return false;
  const before = (k: number) => (tokens[k]?.clause === first.clause ? tokens[k]?.raw : undefined);
  const one = before(start - 1);
  if (one !== undefined && LEFT.has(one)) return true;
  // "moved into the refuge after DV", "in a refuge because of the violence": a refuge is somewhere the family fled to;
  // not where the one who abused has found them or is in touch ("Dad's found out which school ... messaging her").
  for (let k = start - 1; k >= Math.max(0, start - 8) && before(k) !== undefined; k--) {
    if (before(k) === 'refuge') return !tokens.some((t) => STILL_IN_TOUCH.has(t.raw));
  }
  if (one !== undefined && LEFT_FILLER.has(one) && LEFT.has(before(start - 2) ?? '')) return true;
  return leftThemAfter(before, start);
}

/** How the abuse is told after "after" ("after years of DV", "after all the DV", "because of the violence"). */
const AFTER_FILLER = new Set(['years', 'months', 'of', 'the', 'all', 'his', 'her', 'their', 'a', 'long', 'history']);
const PARTNER = new Set(['dad', 'husband', 'partner', 'boyfriend', 'ex', 'fella', 'him', 'father', 'stepdad']);

/**
 * The family left the one who abused, told before the abuse: "Mum left their dad after years of DV", "she left her
 * partner because of the violence" (fortieth session). Walking back from the word: how it is told, "after" or "because
 * of", the partner, whose, and a word for leaving.
 */
function leftThemAfter(before: (k: number) => string | undefined, start: number): boolean {
  let k = start - 1;
  while (AFTER_FILLER.has(before(k) ?? '') && k > start - 5) k--;
  if (before(k) === 'after') k--;
  else if (before(k) === 'because') k--;
  else if (before(k) === 'of' && before(k - 1) === 'because') k -= 2;
  else return false;
  if (!PARTNER.has(before(k) ?? '')) return false;
  k--;
  if (LEFT_FILLER.has(before(k) ?? '')) k--;
  return LEFT.has(before(k) ?? '');
}
