/**
 * A worry about an adult only. The guidance is about children: "the term child is used throughout this document to
 * refer to all children and young people aged under 18 years old" (seed 004), and a worry about an adult goes to adult
 * safeguarding (the packs' `adult_concern` route). A message is about an adult only when:
 * - it says no child is involved ("no kids", "not a child", "the kids don't go there") and names an adult ("now 20",
 *   "in her 80s", "a vulnerable adult");
 * - or it says the children are fine ("the kids are fine", "the baby is well cared for") and gives the adult's age of 18
 *   or more ("he's 26"): a worry about an adult in a family with children;
 * - or it names an adult at risk ("vulnerable adult", "dementia", "sheltered housing", "older people") and no child at
 *   all: no word for a child, a school year, a family or an age under 18.
 * A message that gives an age under 18 is never about an adult only. Then the adult safeguarding answer leads, with the
 * Bridge on it for any child who lives with or sees the adult (rules/semantic/combine.ts step 4). Language handling,
 * not guidance: the only age is the guidance's own 18; an adult named as the one who harms a child ("a man in his 40s",
 * "her 22 year old boyfriend") beside a child is never read as a worry about an adult, and a red flag always stands.
 */
import { plain } from './timing';

/** An age of 18 or more said of the person ("19 yr old", "now 20", "who's 45", "in her 80s", "aged 70", "a woman, 40s"). */
const ADULT_AGE =
  /\b((1[89]|[2-9]\d) ?-?(yr|yrs|year|years)[ -]?olds?|(1[89]|[2-9]\d) ?(yo|y\/o)|(now|aged|age|is|was|'s|who's|they're|turned|just turned) (1[89]|[2-9]\d)|in (his|her|their) (late |early |mid )?(20s|30s|40s|50s|60s|70s|80s|90s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b(?!%| ?(weeks?|wks?|months?|days?|hours?|hrs?|mins?|minutes|miles?|times|percent|pounds|quid))|[,(] ?(20|30|40|50|60|70|80|90)s\b/;
/** Words for an adult as the one the worry is about. */
const ADULT_WORDS =
  /\b(vulnerable adults?|adults? at risk|adult safeguarding|elderly|older (person|people)|pensioners?|dementia|care home|sheltered housing|over 18|great grandma|great gran)\b/;
/** The message says no child is involved ("no kids", "not a child", "the kids don't go there"). */
const NO_CHILD =
  /\b(no (kids|children|child)( involved)?|not a child(?! protection)|(has|have|got) no (kids|children)|(doesn't|does not|don't|do not) have (kids|children|any kids|any children)|(not got|hasn't got) (kids|children|any kids|any children)|(kids|children) (don't|do not) (go|live) there)\b/;
/** ...or that the children are fine: the worry is about an adult in a family with children, so the adult's age must be said. */
const CHILDREN_FINE =
  /\b(the )?(kids|children|child|baby|babies|little ones?) (are|is|seem|seems)( all| really| very)? (fine|ok|okay|well|safe|well cared for|well looked after|not involved)\b/;
/** A child named: words for a child, a school year, a family. */
const CHILD =
  /\b(child|children|kid|kids|young carers?|family|families|siblings?|school|nursery|baby|babies|toddler|infant|son|daughter|pupil|pupils|student|students|boy|boys|girl|girls|lad|lads|teen|teens|teenager|teenagers|young (person|people)|year \d|yr \d|y\d|under 18|minor|grandchild|grandchildren|grandson|granddaughter)\b/;
/** An age under 18 ("13 year old", "15yo", "she's 13", "lad (14)"). */
const CHILD_AGE =
  /\b((\d|1[0-7]) ?-?(yr|yrs|year|years)[ -]?old|(\d|1[0-7]) ?(yo|y\/o)|(he's|she's|hes|shes|he is|she is|aged|age) (\d|1[0-7]))(?![\d%])|\((\d|1[0-7])\)/;

/** The message is about an adult only (see above). */
export function onlyAboutAnAdult(text: string): boolean {
  const t = plain(text);
  if (CHILD_AGE.test(t)) return false;
  if (NO_CHILD.test(t)) return ADULT_AGE.test(t) || ADULT_WORDS.test(t);
  if (CHILDREN_FINE.test(t)) return ADULT_AGE.test(t);
  return ADULT_WORDS.test(t) && !CHILD.test(t);
}
