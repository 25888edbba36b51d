/**
 * Who did what to whom: a lone phrase word read with its neighbours, for the phrase layer
 * (rules/matcher.ts). "Kicking" in "he keeps kicking off" is a tantrum, "hitting" in "she is
 * hitting other kids" is the child's behaviour, "disclosed" in "mum disclosed she drinks" is an
 * adult telling about herself: none is a sign that someone harmed the child. Language handling,
 * not guidance: the packs' cited phrases are unchanged.
 */
import type { Token } from './text';

/** A word for hitting, kicking... that on its own says nothing of who did it to whom. */
const ACTION_WORDS = new Set([
  'hit', 'hits', 'hitting', 'kick', 'kicks', 'kicking', 'punch', 'punches', 'punching', 'bite', 'bites', 'biting', 'slap', 'slaps',
  'slapping', 'push', 'pushes', 'pushing', 'scratch', 'scratches', 'scratching', 'beat', 'beats', 'beating', 'starving',
  'smack', 'smacks', 'smacked', 'smacking', 'slapped', 'punched', 'kicked',
]);
/**
 * What follows such a word when the child is the one doing it, it is an idiom, or it was done to a thing: "kicking off" (a tantrum), "hitting
 * out", "hitting staff", "kicking other children", "punching walls", "hitting herself", "biting each other".
 */
const DONE_BY_THE_CHILD = new Set([
  'off', 'out', 'other', 'others', 'each', 'staff', 'teacher', 'teachers', 'adults', 'classmates', 'peers', 'pupils', 'walls', 'wall',
  'doors', 'door', 'furniture', 'things', 'himself', 'herself', 'themselves', 'ball',
  // A thing, not a person: "daddy smacked the table", "he kicked the car", "she punched the pillow".
  'table', 'desk', 'car', 'bonnet', 'telly', 'tv', 'floor', 'wheel', 'steering', 'chair', 'sofa', 'pillow', 'cushion', 'bin', 'fence',
]);

/** A word for telling, which alone says nothing of who told what. */
const TELLING_WORDS = new Set(['disclose', 'discloses', 'disclosed', 'disclosing', 'disclosure']);
/** Just before a telling word: an adult telling about themselves ("mum disclosed she drinks", "the patient disclosed"). */
const ADULT_TELLING = new Set(['mum', 'mother', 'dad', 'father', 'parent', 'parents', 'carer', 'carers', 'patient', 'grandparent']);
/** Just after a telling word: what the child told is about themselves ("disclosed self-harm", "discloses suicidal thoughts"). */
const ABOUT_THEMSELVES = new Set(['self', 'suicidal', 'selfharm']);

/**
 * A lone word that, read with its neighbours, is not a sign that someone harmed the child:
 * - hitting, kicking... that the next word shows the child did, or an idiom ("he keeps kicking off", "she is hitting
 *   other kids", "punching the walls", "starving herself");
 * - a disclosure by an adult about themselves, or a child's about themselves ("mum has disclosed she is depressed",
 *   "disclosed self-harm", "self harm disclosure");
 * - "wants to disappear" (how a child feels, not a child going missing).
 */
export function notHarmToTheChild(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (start !== end || first === undefined) return false;
  const near = (k: number) => (tokens[k]?.clause === first.clause ? tokens[k]?.raw : undefined);
  if (ACTION_WORDS.has(first.raw)) {
    const next = near(end + 1) === 'the' ? near(end + 2) : near(end + 1);
    return next !== undefined && DONE_BY_THE_CHILD.has(next);
  }
  if (TELLING_WORDS.has(first.raw)) {
    const before = [near(start - 1), near(start - 2)];
    // "self harm disclosure": the child's own self-harm, before the word.
    return before.some((w) => w !== undefined && ADULT_TELLING.has(w)) || before[0] === 'harm' || ABOUT_THEMSELVES.has(near(end + 1) ?? '');
  }
  return (first.raw === 'disappear' || first.raw === 'vanish') && near(start - 1) === 'to';
}
