/**
 * An injury the message itself accounts for in a way a professional can stand behind: seen happening by the writer or
 * other staff ("I saw it happen", "the whole team saw it", "I was refereeing"), checked by health ("school nurse
 * confirmed", "x-ray clear"), recorded from birth ("birthmark in the red book"), or from a named ordinary cause (the new
 * kitten, a flu jab, felt tip), or a medical cause (an operation, insulin injection sites, a fracture clinic). Language
 * handling, not guidance: the packs' levels are unchanged; this only reads the words. Never when the message also names
 * an adult hurting the child, doubts the account, tells a pattern, or concerns a baby (where a bruise needs a
 * professional's look whatever is said), except for a birthmark or a jab. Also when someone else saw it or answers for
 * it, two accounts agree, or the setting recorded it (VOUCHED).
 * Built on the training corpus's cross-validated over-triage (decision 012, tenth session); near misses in
 * test/rules/explainedInjury.test.ts.
 */
import { plain } from './timing';

const SEEN = /\b((i|we) (saw|watched|witnessed) (it happen|(him|her|them) (fall|trip|slip|fall over|collide|crash|land|get (clattered|tackled|caught|knocked|hit by the ball|hit with the ball))|the (fall|accident|collision|clash|tackle))|(happened|it happened|right) in front of (me|us|staff|the (coach|teacher|class|team|staff))|(i|we)( have|'ve|ve)? seen (it|them|most of them|all of them|each one|every one) happen|(the whole|his|her|their) (team|class|group) saw|(coach|teacher|staff|the ref|referee|leader|lifeguard|everyone|his friend|her friend|friends|a friend|the instructor|the dinner lady) (saw|watched|witnessed) (it happen|the (fall|accident|collision|tackle))|i was (refereeing|supervising|on duty))\b/;
const CHECKED = /\b((school nurse|nurse|gp|doctor|a ?(and|&) ?e|walk-in( centre)?|111|hospital|paramedic)s? (confirmed|checked (it|him|her)( over)?,? (and )?(said|says)|said|were happy|was happy)( that)? (it'?s |it was |he'?s |she'?s |he was |she was )?(fine|nothing (to worry about|serious)|ok|okay|an accident|accidental|minor|a sprain|a birthmark|eczema|a rash)|discharge letter|x-?ray (was )?(clear|fine|normal))\b/;
const RECORDED = /\b(birth ?marks?|mongolian (blue )?spots?|recorded in the red book|in (his|her|the) red book|(from|after) (his|her|the|their)? ?(flu |mmr |covid )?(jab|jabs|vaccination|vaccinations|injection|immunisations?)|where (he|she|they) (had|got) (his|her|their) (flu |mmr |covid )?(jab|jabs|vaccinations?|injections?|immunisations?)|felt ?tip|(from|by) (the|her|his|their|a|our) (new )?(cat|kitten|dog|puppy|hamster|rabbit|guinea pig|necklace|own nails))\b/;
/**
 * A medical cause the message names: an operation, insulin injection sites, a fracture clinic that has seen it (thirtieth
 * session). Unlike a birthmark or a jab, never for a baby: a baby's fracture or bruising needs a professional's look
 * whatever the account.
 */
const MEDICAL = /\b((injection|insulin) sites?|(after|from|following) ((his|her|their|a|an|the) )?((planned|routine) )?((eye|squint|dental|knee|hip|heart|ear|grommet|tonsil) )?(surgery|operation|op)|fracture clinic (have|has) seen)\b/;

/**
 * Someone other than the child who saw it or answers for it ("ref saw it", "dad was on the touchline and saw it",
 * "coach rang us to say it happened in a bout", "teacher confirmed it"), the same account from two people ("he tells
 * the same story", "dad said the same at home time", "story consistent"), the setting's own record of it ("first aid
 * given", "accident form", "hospital letter", "all documented"), or the child telling it unprompted ("told me straight
 * away", "before I'd even noticed"). Twenty-third session, from the training corpus's explained injuries answered
 * "not sure". Thirtieth session: parents supervising, "same story from mum and child", and with MEDICAL: cross-validated
 * Nottingham 3 more right, none fewer; hold-out 1 more right.
 */
const VOUCHED = /\b((the )?(ref|referee|coach|teacher|instructor|leader|lifeguard|staff|pe teacher|his coach|her coach) (saw it|saw it happen|confirmed( it)?|was watching)|(mum|dad|his mum|her mum|his dad|her dad|parents?|nan) (was|were) (there when it happened|there and saw it|watching|supervising|on the touchline|on the side ?lines?)\b|(coach|club coach|cricket coach|football coach|instructor|leader|scout leader) (rang|phoned|called|emailed|messaged|texted|told) (us|me|mum|dad|the office|school)|(the|his|her) (club|centre|gym) (rang|phoned|called|emailed|messaged|texted) (us|me|mum|dad|the office|school)|club says it was|(tells|told us|gave) the same (story|account)|same (story|account) from|(mum|dad|nan|gran|parents?|carer|his mum|her mum|his dad|her dad) (said|says) the same( thing)?|(story|account|explanation)s? (is |was |are |were )?consistent|(dad|mum|nan|parent|teacher|coach) confirmed|first aid (was )?(given|done)|(we|i) did first aid|accident (form|book|report)|hospital letter|all documented|witnessed by|told (me|us) (about it )?(straight away|straight off|right away|before i (even )?(asked|noticed))|before (i'?d|i had) even noticed)\b/;

/** An adult named as hurting the child, or "he/she" doing it to the child. */
const ADULT_HURT = /\b(dad|daddy|mum|mummy|mother|father|step ?(dad|mum|father|mother)|partner|boyfriend|girlfriend|uncle|aunt|auntie|nan|gran|grandad|grandma|carer|parent|ta|teacher|member of staff|staff|coach|worker|leader|man|woman|someone|somebody|he|she|they)('s)? (has |had |have |then |just )?(hit|hits|punch\w*|kick\w*|slap\w*|grab\w*|threw|throws|hurt|hurts|bit|bites|burn\w*|shook|shakes|beat\w*|smack\w*|strangl\w*|chok\w*|pinch\w*|squeez\w*|push\w*|shov\w*|forc\w*|drag\w*|held|does it|did it|did this|does this)\b/;
/** The account is doubted, or the injury is one of several or a pattern. */
const DOUBT = /\b((but|although|though) (they|it|the marks?|the bruises?|the injury|the burn) (look|looks|looked|seem|seems)|doesn'?t (fit|match|add up)|don'?t (fit|match|think|believe)|not convinced|unlikely|story (changed|changes|keeps)|inconsistent|changing (story|account)|finger ?(tip|mark)|hand ?print|slap mark|again|keeps? (getting|coming|having)|another|lots of|several|multiple|regularly|often|every week|known to|not the first|non-?accidental|nai|suspicious|not consistent|concerned|worried about how)\b/;
/** A baby, where a bruise needs a professional's look whatever the account. */
const BABY = /\b(baby|babies|newborn|infant|\d+ ?(week|wk|month)s?( old)?|not (yet )?(crawling|rolling|mobile|walking)|non-?mobile|pre-?mobile)\b/;

/** The message accounts for the injury as above, with nothing that puts the account in doubt. */
export function injuryExplained(text: string): boolean {
  const t = plain(text);
  const recorded = RECORDED.test(t);
  if (!(recorded || MEDICAL.test(t) || SEEN.test(t) || CHECKED.test(t) || VOUCHED.test(t))) return false;
  if (ADULT_HURT.test(t) || DOUBT.test(t)) return false;
  return recorded || !BABY.test(t);
}
