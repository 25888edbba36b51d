/**
 * A message that says the writer is worried about a child and nothing more ("worried about a kid", "concerned about a
 * pupil", "child protection"), that names a kind of harm in a word or two ("suicidal", "sexting", "drugs", "missing
 * child"), that weighs a referral ("should I refer?"), or that says something of a child in a few words ("child has a
 * rash", "kid is quiet"): a worry, not a greeting. With nothing placed, it gets the "not sure" card (the red-flag
 * question first, then the kinds of harm), never the welcome card (issue 15: a worry the bot cannot place never gets
 * the welcome card). Language handling, not guidance. Near misses in test/rules/namesAWorry.test.ts.
 */
import { plain } from './timing';

/** Words for a worry about a child. */
const WORRY = /\b(worried|worrying|worries|worry|concerned|concern|concerns|safeguarding|child protection|disclosure|disclosed|uneasy|gut feeling)\b/;
/**
 * Whether to refer, or someone else's refusal to: "should I refer?", "my manager won't make a referral and I think we
 * should". A worry the writer is weighing, which the screening questions are for.
 */
const REFERRAL_DOUBT =
  /\b(should|do|must|shall) (i|we) (make a |do a |send a )?refer(ral)?\b|\bwhether (to|i should|we should) (make a )?refer(ral)?\b|\b(won'?t|wont|will not|refuses? to|refused to|doesn'?t want to|does not want to|didn'?t want to) (make a |do a |send a )?refer(ral)?\b/;
/** Said not to be one: "no concerns", "not worried", "nothing to worry about". */
const NO_WORRY = /\b(no|not|nothing|without any|any) (\w+ )?(worried|worries|worry|concern|concerns|concerned|safeguarding)\b/;

/**
 * Words that name a kind of harm or worry about a child, which a pack's phrases may not hold and the meaning cannot read
 * from a word or two ("suicidal" alone is "hello" to it): the worry is named, so the bot asks rather than greets.
 */
const HARM_NAMED =
  /\b(suicid\w*|self[- ]?harm\w*|overdos\w*|sexting|nudes?|sextortion|groom(ed|ing)|drugs?|cannabis|weed|alcohol|drunk|bull(y|ied|ying)|cyber ?bull\w*|eating disorder|anorexi\w*|bulimi\w*|starving|hungry|missing|runaway|ran away|abus(e|ed|ive)|neglect\w*|violen(ce|t)|assault\w*|rape|raped|exploit\w*|county lines|trafficking|radicali[sz]\w*|extremis\w*|forced marriage|fgm|knife|knives|weapon|injur(y|ies|ed)|bruis\w*|burns?|lice|nits|smells?|smelly|unkempt|dirty|truant\w*|absent|exclu(ded|sion)|homeless\w*|kicked out|thrown out|pregnan\w*|porn\w*)\b/;
/** A word said not to be so ("no drugs", "not missing"). */
const NEGATED = /\b(no|not|never|without|isn't|wasn't|aren't) (\w+ )?\w+/g;
/** At most this many words: a longer message the meaning reads (combine step 4). */
const FEW_WORDS = 4;

/** A child, and something said of them: "child has a rash", "kid is quiet", "my pupil seems off". */
const CHILD = /\b(child|kid|boy|girl|baby|toddler|pupil|student|son|daughter|teen|teenager|lad|young person|\d+ ?(yo|y\/o|year old|yr old))\b/;
const SAID_OF = /\b(has|have|is|are|was|keeps|won'?t|can'?t|says|said|seems|looks|came|comes|smells|got|gets|isn'?t|doesn'?t|hasn'?t)\b/;
/** Asking what a word means ("what is a child in need"): the glossary's, not a child described. */
const DEFINES = /^\W*(what|whats|what's) (is|are|does|do)\b|\b(mean|means|meaning|stand for|stands for)\b/;
/** At most this many words for a child described: a longer message the meaning reads. */
const FEW_DESCRIBING = 6;

export function namesAWorry(text: string): boolean {
  const t = plain(text);
  if (NO_WORRY.test(t)) return false;
  const words = t.split(/\s+/).filter(Boolean).length;
  if (WORRY.test(t) || REFERRAL_DOUBT.test(t) || (words <= FEW_WORDS && HARM_NAMED.test(t.replace(NEGATED, ' ')))) return true;
  return words <= FEW_DESCRIBING && CHILD.test(t) && SAID_OF.test(t) && !DEFINES.test(t);
}
