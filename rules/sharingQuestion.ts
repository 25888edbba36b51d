/**
 * Whether a message is a question about sharing information or telling the family ("should I tell mum before I refer?
 * I think she is being sexually abused", "she made me promise not to tell, can I share it without her say so?",
 * "do I need mum's consent to tell social care about bruising?"), rather than a worry with a question at its end.
 * Language handling, not guidance: the answer it leads to is the pack's own information-sharing route (Bury's says
 * parents must not be told where sexual abuse, fabricated illness or forced marriage is suspected; Salford's and
 * Nottingham's that consent is not needed where asking would put the child at risk), with the front door on the card
 * (rules/semantic/combine.ts, step 4).
 */
import { plain } from './timing';

/** A question about sharing is a short message: a long account with "do I tell mum?" at its end is the worry's. */
export const SHARING_QUESTION_WORDS = 40;

// Bounded alternations of fixed words and bounded gaps: linear on any input (PITFALLS).
const QUESTION = new RegExp(
  [
    String.raw`\?`,
    String.raw`^\s*(should|do|can|am|is|must|may|have|does|will)\b`,
    String.raw`\b(should|can|do|must|may|shall) (i|we)\b`,
    String.raw`\b(am|are) (i|we) allowed\b`,
    String.raw`\bdo (i|we) (have|need)\b`,
  ].join('|'),
);

const ABOUT_SHARING = new RegExp(
  [
    // "tell mum before I refer", "speak to her parents first", "let the family know", "tell the parents im referring"
    String.raw`\b(tell|telling|inform|informing|speak(ing)? to|talk(ing)? to|discuss\w* with|let)\b[^.?!]{0,25}\b(mum|mom|dad|parents?|family|carers?|mother|father)\b[^.?!]{0,40}\b(first|before|refer\w*|ring\w*|contact\w*|know)\b`,
    // "should mum and dad be told", "do her parents have to be told"
    String.raw`\b(mum|mom|dad|parents?|family|carers?)\b[^.?!]{0,20}\b(be told|have to be told|need to know|be informed)\b`,
    // "do I need her consent", "without her say so", "permission needed"
    String.raw`\b(need|needed|without)\b[^.?!]{0,20}\b(consent|permission|say so)\b`,
  ].join('|'),
);

/** More than `n` words, counted only as far as `n + 1` (a long message is not split whole on every turn). */
function moreWordsThan(text: string, n: number): boolean {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words > n) return true;
  return false;
}

/** Words in quotation marks are someone else's ("promise not to tell?", said by the child), not the question asked. */
const QUOTED = /["“”][^"“”]{0,300}["“”]/g;

/**
 * `phrasesFoundSharing`: the pack's information-sharing phrases were found ("tell parents", "promise not to tell",
 * "confidential"). Either they or the forms above, in a short message that asks a question.
 */
export function asksAboutSharing(text: string, phrasesFoundSharing: boolean): boolean {
  if (moreWordsThan(text, SHARING_QUESTION_WORDS)) return false;
  const own = plain(text).replace(QUOTED, ' ');
  return QUESTION.test(own) && (phrasesFoundSharing || ABOUT_SHARING.test(own));
}
