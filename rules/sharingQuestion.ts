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
/** Asking leave to do something: "can I", "may we", "can a school", "am I allowed to", "is it ok to", "is it ok if I". */
const PERMISSION = String.raw`\b((can|may|could) (i|we|a school|schools|the school|nursery|the nursery)( just)?|(allowed|ok|okay|alright|all right|fine|permitted) (for (me|us) )?to|if (i|we))( also)?`;
const QUESTION = new RegExp(
  [
    String.raw`\?`,
    String.raw`^\s*(should|do|can|am|is|must|may|have|does|will)\b`,
    String.raw`\b(should|can|do|must|may|shall) (i|we)\b`,
    String.raw`\b(am|are) (i|we) allowed\b`,
    String.raw`\bdo (i|we) (have|need)\b`,
    // "do her parents have to be told", "does mum need to know", "should the family be told": asked of the family
    String.raw`\b(do|does|should|must|will|would|can) (the |her |his |their )?(mum|mom|dad|parents?|family|carers?|mother|father)\b`,
    // "is it ok to email the social worker", "is it alright if I tell nursery"
    String.raw`\bis it (ok|okay|alright|all right|fine)\b`,
  ].join('|'),
);

/**
 * Telling the family, or consent: the questions a named front door or referral form does not answer. The last five forms
 * (twenty-ninth session: cross-validated 5 / 0 / 1 more right, none fewer) ask about acting before or without telling the
 * family, raising the concern with them, whether they will know who referred, and being open with them.
 */
const ABOUT_FAMILY = new RegExp(
  [
    // "tell mum before I refer", "speak to her parents first", "let the family know", "tell the parents im referring"
    // Not "talk to someone about a family before the weekend": the family is the one told, not the one talked about.
    String.raw`\b(tell|telling|inform|informing|speak(ing)? to|talk(ing)? to|discuss\w* with|let)\b(?:(?!\b(about|someone|somebody|anyone)\b)[^.?!]){0,25}\b(mum|mom|dad|parents?|family|carers?|mother|father)\b[^.?!]{0,40}\b(first|before|refer\w*|ring\w*|contact\w*|know)\b`,
    // "should mum and dad be told", "do her parents have to be told"
    String.raw`\b(mum|mom|dad|parents?|family|carers?)\b[^.?!]{0,20}\b(be told|have to be told|need to know|be informed)\b`,
    // "do I need her consent", "without her say so", "permission needed"
    String.raw`\b(need|needed|without)\b[^.?!]{0,20}\b(consent|permission|say so)\b`,
    // "parental permission needed", "is consent required"
    String.raw`\b(consent|permission)\b[^.?!]{0,10}\b(needed|required|necessary)\b`,
    // "refer before I've spoken to the parents", "pass my notes on without telling mum"
    String.raw`\b(refer|share|pass|report|ring|call|contact|send|go ahead|tell)\w*\b[^.?!]{0,90}\b(before|without)( (i|we)('ve| have|'d| had)?)?( first)? (spoken|speaking|speak|talking|talked|telling|told|asking|asked|informing|informed|letting|let) (to |with )?(the |her |his |their )?(mum|mom|dad|parents?|family|carers?|mother|father)\b`,
    // "should I discuss my concerns with the mother", "do I tell mum about the referral"
    String.raw`\b(tell|inform|discuss|share|raise|mention)\w* (my |our |the |these |this |any )?(concerns?|worries|worry|referral|report|disclosure)\b[^.?!]{0,12}\b(with|to) (the |her |his |their )?(mum|mom|dad|parents?|family|carers?|mother|father)\b`,
    // "should the family know it's me that raised it", "will mum find out who reported"
    String.raw`\b(mum|mom|dad|parents?|family|carers?)\b[^.?!]{0,20}\b(know|find out|be told)\b[^.?!]{0,12}\b(it'?s me|it was me|who (referred|reported|rang|raised)|i (referred|reported|rang|raised))`,
    // "do I have to let him know I've referred", "let mum know we've made a referral"
    String.raw`\blet (him|her|them|mum|dad|the parents|the family) know (that )?(i|we)('ve| have)? (referred|made a referral|rang|called|shared|reported|raised)`,
    // "or does mum need to agree first?", "do the parents have to consent?" (thirty-ninth session)
    String.raw`\b(mum|mom|dad|parents?|family|carers?|mother|father)\b[^.?!]{0,12}\b(need|needs|have|has) to (agree|consent|give (consent|permission)|say yes)\b`,
    // "should I be open with the family about what I'm sharing"
    String.raw`\bbe (open|honest|upfront) with (the |her |his |their )?(mum|mom|dad|parents?|family|carers?)\b`,
  ].join('|'),
);

/**
 * A young person's own say, or leave not given (thirty-eighth session): "can a 14yo agree to me sharing it with her GP",
 * "who gives consent, mum or the 16 year old?", "can I tell the health visitor? They haven't said I can". Not beside
 * harm at child protection the words name ("she says her stepdad touches her, can she agree to me telling her GP?"):
 * there the child-protection answer leads, and its card has the front door.
 */
const YOUNG_PERSONS_SAY = new RegExp(
  [
    String.raw`\b(agree|agreeing|consent|consenting)( herself| himself| themselves)? to (me |us |my |our |the |a |an )?(shar\w*|pass\w*|tell\w*|refer\w*|disclos\w*)`,
    String.raw`\bwho (gives|can give|should give|has to give|needs to give|signs|can sign|has to sign) (the )?(consent|permission)\b`,
    String.raw`\b(have ?n'?o?t|has ?n'?o?t|did ?n'?o?t|never|not) (said|say|agreed|agree) (that )?(i|we) (can|could|may)\b`,
  ].join('|'),
);

/**
 * Keeping a confidence, or keeping notes: "she doesn't want me to tell anyone, can I respect that", "where should I keep
 * my notes", "do I have to record my decision not to share". Not beside harm at child protection, which is the worry's.
 */
const CONFIDENCE_OR_NOTES = new RegExp(
  [
    String.raw`\b(doesn'?t|does not|don'?t|do not|didn'?t) want (me|us) to (tell|share|say|pass)`,
    String.raw`\b(store|keep|record|save|write up|write down|file)\b[^.?!]{0,15}\b(notes|records?|information|info|concerns?|decision)\b`,
  ].join('|'),
);

/**
 * Leave to pass something on to another professional or service: "can I tell the health visitor", "can a school share
 * his attendance with housing". Not "can I tell if he's being neglected" (telling apart) nor "can I tell you
 * something" (telling the bot).
 */
const PASS_ON = new RegExp(String.raw`${PERMISSION} (tell|share|pass|disclose|mention)\b(?! (you|u|if|whether|when|how|what|the difference|someone|somebody|anyone|who)\b)`);

/** Leave to talk something over with another professional: "am I allowed to talk to the school about him". */
const TALK_OVER = new RegExp(String.raw`${PERMISSION} (discuss|talk to|speak to)\b(?! (you|u|someone|somebody|anyone|who)\b)`);

/**
 * Giving, sending or emailing is about sharing only where what is given is information: "is it ok to email the social
 * worker the family's details", "what info can I give a social worker over the phone?"; not "can we give him
 * antibiotics" or "is it alright to give a lift".
 */
const GIVE_INFO = new RegExp(String.raw`${PERMISSION} (give|send|forward|email|e-mail)\b(?! out\b)`);
const INFO = /\b(info|information|details|notes|records?|address|file|chronology|reports?)\b/;

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
 *
 * `beside`: what else the message holds, which narrows the forms that count.
 * - `'frontDoor'`, the front door or its referral form named: talking to it is asking for it ("can I speak to the
 *   Bridge?"), not leave to share; telling the family, consent, or passing something on to it still count ("should we
 *   talk to her parents first before we ring MASH?", "am I allowed to pass it to C&F Direct?").
 * - `'harm'`, harm at child protection: only telling the family or consent count. "She says her stepdad touches her,
 *   can I tell her teacher?" is the worry's.
 * - `'namedHarm'`, harm at child protection that the words name (not only the meaning): as `'harm'`, and a young
 *   person's own say does not count either (`YOUNG_PERSONS_SAY`).
 */
export function asksAboutSharing(text: string, phrasesFoundSharing: boolean, { beside }: { beside?: 'frontDoor' | 'harm' | 'namedHarm' } = {}): boolean {
  if (moreWordsThan(text, SHARING_QUESTION_WORDS)) return false;
  const own = plain(text).replace(QUOTED, ' ');
  if (!QUESTION.test(own)) return false;
  if (phrasesFoundSharing || ABOUT_FAMILY.test(own)) return true;
  if (beside !== 'namedHarm' && YOUNG_PERSONS_SAY.test(own)) return true;
  if (beside === 'harm' || beside === 'namedHarm') return false;
  return CONFIDENCE_OR_NOTES.test(own) || PASS_ON.test(own) || (GIVE_INFO.test(own) && INFO.test(own)) || (beside !== 'frontDoor' && TALK_OVER.test(own));
}
