/**
 * An injury the message tells as the child's own doing: self-harm ("she admitted she cuts when she's stressed", "burns
 * on her arm from a lighter, she says it helps her cope", "marks on her thighs, she told her friend she does it
 * herself", "slef harm, marks on thighs"), with no one else named as hurting the child. Language handling, not
 * guidance: the injury words ("marks on her arms", "burns") are the packs' signs of physical abuse, and here they are
 * signs of self-harm, which each pack places at its own level (Salford's Getting More Help; Bury's and Nottingham's
 * child's mental health). Built on the training corpus's cross-validated self-harm answered at child protection
 * (twenty-eighth session); near misses in test/rules/selfInflicted.test.ts.
 *
 * Its lists are not rules/explainedInjury.ts's, though they look alike: that file's adult-hurting list counts "she
 * burns" (here the child's own words), and its doubt list counts "again" and "often" (here how self-harm is told).
 */
import { plain } from './timing';

// Bounded alternations of fixed words: linear on any input (PITFALLS).
const OWN_DOING = new RegExp(
  [
    // "self harm", "self-harming", "selfharm", "slef harm"
    String.raw`\b(self|slef)[- ]?harm\w*`,
    // "cuts herself", "burning himself", "hitting himself in the head"
    String.raw`\b(cuts?|cutting|burns?|burning|burnt|scratch(es|ing)?|hits?|hitting|punch(es|ing)|harms?|harming|hurts?|hurting|bites?|biting|picks?|picking) (herself|himself|themselves|themself)\b`,
    // "she does it herself", "does it to herself", "did it to himself", "cuts on his arm he did himself"
    String.raw`\b(does|did|doing|done) ((it|them|this|that) )?(to )?(herself|himself|themselves|themself)\b`,
    // "she cuts when she's stressed", "admitted she cuts", "says he burns"
    String.raw`\b(she|he|they) (cuts|burns|scratches|self harms)\b`,
    // "she admitted she used to cut", "he's been cutting again": with nothing cut after it ("he's been cutting the grass")
    String.raw`\b(she|he|they)( used to (cut|burn|scratch)|( has|'s| have|'ve) been (cutting|burning|scratching))( again)?(?=[.,;:!?]|$| (when|but|and|again|because|since|if|as)\b)`,
    // "it helps her cope", "helps him cope"
    String.raw`\bhelps? (her|him|them) (to )?cope\b`,
  ].join('|'),
);

/** Someone else named as hurting the child: then the injury stays a sign of abuse, whatever else is said. */
const SOMEONE_ELSE = /\b(dad|daddy|mum|mummy|mother|father|step ?(dad|mum|father|mother)|partner|boyfriend|girlfriend|uncle|aunt|auntie|brother|sister|cousin|nan|gran|grandad|grandma|carer|man|woman|lads|girls|boys|someone|somebody|they) (has |had |have |then |just |keeps )?(hit|hits|punch\w*|kick\w*|slap\w*|grab\w*|threw|throws|burn\w*|cut|cuts|beat\w*|smack\w*|strangl\w*|chok\w*|pinch\w*|push\w*|shov\w*|forc\w*|drag\w*|bit|bites|attack\w*|assault\w*|did it|does it|did this|does this)\b(?! (herself|himself|themselves))/;

/**
 * A parent or carer accounting for the injury ("mum says he did it himself", "dad said she must have done it herself"):
 * an explanation to weigh, not a child telling of self-harm.
 */
const CARER_SAYS = /\b(mum|mummy|mother|dad|daddy|father|step ?(dad|mum|father|mother)|parents?|carers?|partner|boyfriend|girlfriend|nan|gran|grandad|grandma|foster carer|they) (says|said|say|told (me|us)|claims?|claimed|reckons?|insists?|insisted)\b/;
/** Doubt about the account, or a child too young to do it ("adult sized", "the pattern's odd", "can't even roll yet"). */
const DOUBT = /\b(but|although|though|odd|strange|doesn'?t (fit|match|add up)|don'?t (fit|match|believe)|not convinced|unlikely|pattern|adult|non[- ]?verbal|can'?t (even )?(roll|crawl|walk|sit)|baby|toddler|newborn|\d+ ?(week|wk|month)s?( old)?)\b/;

export function injurySelfInflicted(text: string): boolean {
  const t = plain(text);
  return OWN_DOING.test(t) && !SOMEONE_ELSE.test(t) && !CARER_SAYS.test(t) && !DOUBT.test(t);
}
