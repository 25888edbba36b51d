/**
 * Whose need a listed phrase tells of, for the needs a pack names twice, as a parent's and as the young person's own
 * (pack `whose`: drinking or drug use in Bury and Nottingham, mental health in every area, drug dealing in Bury). "Drunk", "weed" or
 * "bipolar" says nothing of whose it is, so the phrase lists cannot: "dad came to parents evening drunk" is a parent's,
 * "14 year old came into school drunk" the young person's own, and each has its own label and answer. Language
 * handling, not guidance: the packs' cited phrases are unchanged.
 */
import { ADULT_PERSON, CHILD_PERSON, nearestPerson } from './agency';
import { phraseHas } from './neighbours';
import type { Pack } from './schema';
import type { Token } from './text';

/** A young person named by the words practitioners use that agency.ts's list leaves out ("yp", "teenagers", "Y10"). */
const YOUNG = new Set([
  ...CHILD_PERSON, 'yp', 'yps', 'teenagers', 'teens', 'youngster', 'youngsters', 'young', 'students',
  // A school year ("Y10 not coping with GCSE workload", "yr7").
  ...Array.from({ length: 13 }, (_, k) => [`y${k + 1}`, `yr${k + 1}`]).flat(),
]);
/**
 * Someone named by a pronoun first: "mum lets her get drunk", "dad gave them weed", "mum says he's dealing". Whose it is,
 * the words do not say (the pronoun may be the child or the adult), so the phrase keeps its own list's reading.
 */
const A_PRONOUN = new Set(['him', 'her', 'them', 'me', 'us', 'he', 'she', 'they', 'hes', 'shes', 'theyre', 'theyve', 'hed', 'shed']);
/** How far back, in the clause, the person is looked for. */
const WITHIN = 8;

/** The person the words round the phrase name as the one it is said of: the nearest before it in its clause, else the word after it. */
export function whoseIs(tokens: Token[], start: number, end: number): 'adult' | 'child' | undefined {
  if (phraseHas(tokens, start, end, ADULT_PERSON)) return 'adult';
  if (phraseHas(tokens, start, end, YOUNG)) return 'child';
  const before = nearestPerson(tokens, start, WITHIN, { child: YOUNG, stop: A_PRONOUN });
  if (before === 'stop') return undefined;
  if (before) return before;
  // "a drunk parent", "drunk teenagers in the park".
  const next = tokens[end + 1];
  if (next && next.clause === tokens[end]?.clause) {
    if (ADULT_PERSON.has(next.raw)) return 'adult';
    if (YOUNG.has(next.raw)) return 'child';
  }
  return undefined;
}

/**
 * The indicator a phrase of one of the pack's pairs counts for: the other of the pair when the words name the other
 * person, else the one whose list holds it. Any other indicator is returned as it is.
 */
export function whoseIndicator(pack: Pack, id: string, tokens: Token[], start: number, end: number): string {
  const pair = pack.whose.find((p) => p.parent === id || (p.youngPerson === id && !p.parentsOnly));
  if (!pair) return id;
  const who = whoseIs(tokens, start, end);
  if (who === 'adult') return pair.parent;
  if (who === 'child') return pair.youngPerson;
  return id;
}
