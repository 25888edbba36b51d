/**
 * A young person's relationship with someone of about their own age, told as that ("14 yo asking for condoms, says her
 * boyfriend is 15", "year 10 girl asking about the pill, boyfriend in her year"). Language handling, not guidance: the
 * words of sex and a relationship read alone are signs of sexual abuse, and the meaning cannot tell a boyfriend of 15
 * from one of 22. The training corpus labels a young person of 13 or over in a relationship with a peer, with nothing
 * of pressure, an age gap or an adult, as an ordinary matter (every one of its 36 such messages is below child
 * protection; none is child protection). Under 13, an age gap of more than two years, an adult named, or any word of
 * pressure, control, gifts or harm, or the partner's age kept back, and it is not this: sexual abuse stands.
 * Near misses in test/rules/peerRelationship.test.ts.
 */
import { namesAnAdult } from './sexualBehaviour';
import { normalise } from './text';

/** The young person's own partner: not a parent's ("mums boyfriend", "dads girlfriend"). */
const PARTNER = /(?<!\b(?:mum|mums|mam|mams|mom|moms|mother|mothers|dad|dads|father|fathers|nan|nans|gran|grans|parent|parents|carer|carers|sister|sisters|brother|brothers|auntie|aunties|aunt|aunts) )\b(boyfriend|girlfriend|bf|gf|partner)\b/;

/**
 * Said to be of the same age or school year ("same age", "a boy her own age", "in her year", "both 15", "also 14", "15
 * too"). "His age" only where it says whose age the partner is ("about her age", "a lad his own age"), not "won't give
 * his age".
 */
const SAME_AGE = /\b(same age|(of|about|around|roughly|nearly|near|close to|is|'s|boy|girl|lad|lass|someone|somebody|boyfriend|girlfriend|bf|gf|partner) (her|his|their) (own )?age|(in|from) (her|his|their) (year|yr|class|form|year group)|(the )?same (year|yr|year group|class|form|school)|both (aged )?1[3-7]|also 1[3-7]|1[3-7] (too|as well))\b/;

/** The partner's age, said of them ("boyfriend is 15", "her bf, 16,", "girlfriend who is 14"). */
const PARTNER_AGE = /\b(?:boyfriend|girlfriend|bf|gf|partner),? (?:who )?(?:is |s |aged |age )?(\d{1,2})\b/;

/** A young person's age or school year: 13 to 17, or year 8 to 13. */
const CHILD_AGE = /\b(\d{1,2}) ?(?:yo|y\/o|yrs?|years?)(?: old)?\b|\b(?:aged|age|shes|hes|she is|he is) (\d{1,2})\b|\b(?:year|yr|y) ?(\d{1,2})\b/g;

/** Pressure, control, gifts or things bought, drink or drugs, harm or an age gap: then it is not only a relationship between peers. */
const NOT_ONLY_PEERS = /\b(pressur\w*|forc\w*|made (her|him|them)|scared|frightened|afraid|threat\w*|hurt\w*|hit|hits|hitting|violen\w*|gifts?|presents|money|paid|pays|cash|buys?|bought|buying|vodka|alcohol|booze|drink\w*|cigs|cigarettes|vapes?|car|lifts?|hotel|missing|drunk|drugs?|weed|older|age gap|groom\w*|rape\w*|raped|assault\w*|without (her|his|their) consent|didnt want|did not want|said no|shared|spread|sent (it|them) round|exploit\w*|coerc\w*|controll\w*|blackmail\w*|secret|pregnan\w*)\b/;

/** The partner's age kept back or not known ("won't give his age", "doesn't know how old he is"): an age gap may be the reason. */
const AGE_KEPT_BACK = /\b(won'?t|wont|will not|doesn'?t|does not|didn'?t|did not|refuses to|refused to|not sure|no idea|don'?t know|doesn'?t know|does not know)( \w+)? (say|give|tell|share|know)?( (me|us))? ?(his|her|their)? ?(age|how old)\b/;

/** "no pressure", "not pressured", "no age gap": said not to be so. */
const SAID_NOT = /\b(no|not|nothing|without any|no sign of|no signs of) (any )?(pressur\w*|forc\w*|coerc\w*|age gap|controll\w*|exploit\w*|groom\w*)\b/g;

/** Ages said in the message, as numbers: a child's age or school year (a year group is about its age in years + 5). */
function agesIn(t: string): number[] {
  const ages: number[] = [];
  for (const m of t.matchAll(CHILD_AGE)) {
    if (m[1] !== undefined || m[2] !== undefined) ages.push(Number(m[1] ?? m[2]));
    else if (m[3] !== undefined) ages.push(Number(m[3]) + 5);
  }
  return ages;
}

/**
 * The message tells of a young person of 13 to 17 in a relationship with a partner of about their own age (said so,
 * or the two ages within two years), with no adult named and nothing of pressure, control, gifts or harm.
 */
export function relationshipBetweenPeers(text: string): boolean {
  const t = normalise(text);
  if (!PARTNER.test(t) || namesAnAdult(t)) return false;
  if (NOT_ONLY_PEERS.test(t.replace(SAID_NOT, ' ')) || AGE_KEPT_BACK.test(t)) return false;
  const ages = agesIn(t);
  const partner = PARTNER_AGE.exec(t);
  const partnerAge = partner ? Number(partner[1]) : undefined;
  const all = partnerAge === undefined ? ages : [...ages, partnerAge];
  // Every age named is a young person's, 13 to 17 ("18 months" and "3 weeks" are not years: CHILD_AGE wants years).
  if (all.length === 0 || all.some((a) => a < 13 || a > 17)) return false;
  if (SAME_AGE.test(t)) return true;
  return partnerAge !== undefined && Math.max(...all) - Math.min(...all) <= 2;
}

/**
 * An adult partner's age said with the partner: "her bf is 22", "a 'boyfriend' who's 24", "her boyfriend (hes 22)", "a 25yo
 * boyfriend", "boyfriend who is in his 20s".
 */
const ADULT_PARTNER_AGE =
  /\b(?:boyfriend|girlfriend|bf|gf|partner),? \(?(?:who is |whos |who s |hes |he is |shes |she is |who )?(?:is |s |aged |age )?(1[89]|[2-6]\d)\b(?! ?(?:weeks?|wks?|months?|mths?|days?|%))|\b(1[89]|[2-6]\d) ?(?:yo|y\/o|yr old|year old|years old)s? (?:boyfriend|girlfriend|bf|gf)\b|\b(?:boyfriend|girlfriend|bf|gf)\b[^.]{0,30}\b(?:in (?:his|her|their) (?:[2-6]0s|twenties|thirties|forties))|\b(?:man|guy|bloke|fella|lad) in his (?:[2-6]0s|twenties|thirties|forties)\b[\s\S]{0,100}\b(?:boyfriend|bf)\b|\b(?:boyfriend|bf)\b[\s\S]{0,100}\b(?:man|guy|bloke|fella) in his (?:[2-6]0s|twenties|thirties|forties)\b/;

/**
 * A child, named by age, year or as a girl or boy, seeing or dating an adult of a stated age ("14yo seeing a 24yo bloke",
 * "Y9 girl is going out with a 19 year old"). Not a parent seeing someone ("mum is seeing a 30 year old"): the child is
 * the one named just before.
 */
const SEEING_AN_ADULT =
  /\b(?:\d{1,2} ?(?:yo|y\/o|yr old|year old)|(?:year|yr|y) ?\d{1,2}|girl|boy|lad|lass|daughter|son)(?: is| s| has been| been)? (?:seeing|dating|going out with|goes out with|sleeping with) (?:a |an |this )?(?:1[89]|[2-6]\d) ?(?:yo|y\/o|yr old|year old|years old|man|bloke|guy|lad|fella|woman)\b/;

/**
 * A child of 15 or under whose own boyfriend or girlfriend is an adult ("14yo has a 25yo bf", "Y9 girl says her boyfriend
 * is 20", "picked up by a man in his 20s ... says he's her bf"): below the age of consent with an adult, which every
 * pack's guidance puts at child protection (sexual abuse or exploitation), whatever else the message says. The training
 * corpus and the pending sets put 60 of 75 such messages there; those below it are young people of 16 or 17 (a 17-year-old
 * with a partner of 18, "both families supportive"). A parent's partner ("mum's boyfriend is 30") is not the child's.
 * So too a child seeing or dating an adult of a stated age (`SEEING_AN_ADULT`).
 */
/**
 * The same told with words between the child and the seeing ("13 yo girl says she's 'going out' with a man in his 30s"),
 * or with the adult's age as a decade or after the man ("dating a guy in his 20s", "a lad of 19"), in one sentence; not
 * when a parent or relative is named between ("her mum is dating a man in his 30s").
 */
const SEEING_AN_ADULT_LATER =
  /\b(?:\d{1,2} ?(?:yo|y\/o|yr old|year old)|(?:year|yr|y) ?\d{1,2}|girl|boy)\b(?:(?!\b(?:mum|mam|mom|mummy|dad|daddy|mother|father|parents?|nan|gran|grandma|aunt|auntie|uncle|sister|brother|cousin|carer)\b)[^.]){0,40}?\b(?:seeing|dating|['"]?going out['"]? with|goes out with|sleeping with) (?:a |an |this |some )?(?:(?:man|guy|bloke|fella|lad|woman) (?:in (?:his|her|their) (?:[2-6]0s|twenties|thirties|forties|fifties)|(?:of|aged) (?:1[89]|[2-6]\d))|(?:1[89]|[2-6]\d) ?(?:yo|y\/o|yr old|year old|years old|man|bloke|guy|lad|fella|woman))\b/;

export function adultPartnerOfAChild(text: string): boolean {
  const t = normalise(text);
  if (!(PARTNER.test(t) && ADULT_PARTNER_AGE.test(t)) && !SEEING_AN_ADULT.test(t) && !SEEING_AN_ADULT_LATER.test(t)) return false;
  const childAges = agesIn(t).filter((a) => a < 18);
  return childAges.length > 0 && Math.max(...childAges) <= 15;
}
