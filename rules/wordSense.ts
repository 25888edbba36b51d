/**
 * A listed word in another of its senses, read from its neighbours, for the phrase layer (rules/matcher.ts):
 * - "routine" in "a routine check", "routine jabs" or "all routine" means ordinary, not a child's daily routine
 *   (Salford's "routines", a sign that parents need help with them);
 * - "escalated" in "his behaviour has escalated" means got worse, not a practitioner escalating a decision they
 *   disagree with (Salford's escalation route);
 * - "doesn't meet threshold" or "NFA" said of another service ("CAMHS said he doesn't meet threshold", "police NFA")
 *   is that service's decision, not one of children's services that the escalation route's steps challenge (seed 000,
 *   Appendix 2, "Steps to challenge a decision made by children's services").
 * - "nobody at home" or "no one at home" followed by what nobody in the household does ("nobody at home signs", "no one
 *   at home knows", "nobody at home has spoken to him since friday") is the household, not a child with no adult at home
 *   (the packs' home-alone red flag).
 * - "not come home till 4am" said of a child ("13 yo not come home till 4am", "Lad 13 ... didn't come home till 10pm") is
 *   a child out late who came back, not an adult who has not come home to a child left alone (the home-alone red flag's
 *   "not come home"). Going missing is read as before: the packs' missing-from-home phrases are not set aside.
 * - "home on his own" after a lift or a word for taking the child home ("gives one lad lifts home on his own") is an adult
 *   alone with the child, not a child alone at home; "missing for 5 mins" is a child out of sight for a moment, not a
 *   child missing from home (thirty-ninth session).
 * - "not talking" followed by to whom or about what ("won't talk to me") is not speaking to someone, not a speech delay;
 *   "can't breathe" told of a panic attack is the panic's own words, not a child who cannot breathe now (forty-second
 *   session).
 * Language handling, not guidance: the packs' cited phrases are unchanged.
 */
import { AGE_AS_ONE, nearestBefore, phraseHas } from './neighbours';
import type { Token } from './text';

/** The word of a child's routine, in the packs' phrases ("routines", "sleep routine"). */
const ROUTINE = new Set(['routine', 'routines']);
/** Between it and the routine thing, passed over: how old the child is ("routine 8 week check", "two year review"). */
const AGE_WORDS = new Set(['week', 'month', 'year', 'two', 'six', 'eight']);
/** Just after it: what is routine ("routine check", "routine 8 week check", "a routine one"). */
const ORDINARY_THING = new Set([
  'check', 'checks', 'checkup', 'appointment', 'appointments', 'appt', 'jab', 'jabs', 'immunisation', 'immunisations', 'vaccination',
  'vaccinations', 'visit', 'visits', 'test', 'tests', 'eye', 'dental', 'health', 'review', 'reviews', 'operation', 'procedure', 'scan',
  'screening', 'one', 'stuff', 'enquiry', 'query', 'question',
]);

/**
 * True when the phrase from `start` to `end` is "routine" meaning ordinary: a thing that is routine follows it (a number
 * between, as in "routine 8 week check", is passed over), or "all" comes just before it ("all routine really").
 */
export function routineMeansOrdinary(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || start !== end || !ROUTINE.has(first.raw)) return false;
  const near = (k: number) => (tokens[k]?.clause === first.clause ? tokens[k]?.raw : undefined);
  if (near(start - 1) === 'all') return true;
  for (let k = end + 1; k <= end + 3; k++) {
    const w = near(k);
    if (w === undefined) return false;
    if (ORDINARY_THING.has(w)) return true;
    if (!/^\d+$/.test(w) && !AGE_WORDS.has(w)) return false;
  }
  return false;
}

/** The words of escalating, in the escalation route's phrases ("escalate", "escalation"). */
const ESCALATE = new Set(['escalate', 'escalates', 'escalated', 'escalating']);
/** What gets worse: the nearest word before it, past only how it is said ("his behaviour has really escalated"). */
const GETS_WORSE = new Set([
  'behaviour', 'behaviours', 'behavior', 'behaviors', 'things', 'situation', 'violence', 'arguments', 'rows', 'fighting', 'fights',
  'aggression', 'incidents', 'drinking', 'use', 'meltdowns', 'tantrums', 'bullying', 'harm', 'conflict',
]);
const BETWEEN = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'really', 'now', 'just', 'further', 'quickly', 'rapidly', 'started', 'starting', 'keeps', 'kept', 'begun', 'to', 's']);

/** True when the phrase from `start` to `end` is "escalated" said of something getting worse ("his behaviour's escalating"). */
export function escalatingMeansWorse(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || start !== end || !ESCALATE.has(first.raw)) return false;
  return GETS_WORSE.has(nearestBefore(tokens, start, BETWEEN, 4) ?? '');
}

/** The words of a decision not to act, in the escalation route's phrases ("does not meet threshold", "nfa"). */
const NOT_ACTED = new Set(['threshold', 'nfa', 'nfad', 'further']);
/** Another service, named as the one that decided, before those words in their clause ("CAMHS said he doesn't..."). */
const OTHER_SERVICE = new Set(['camhs', 'police', 'gp', 'cps', 'nhs', 'paediatrician', 'paediatrics', 'hospital', 'court', 'probation', 'yos', 'college']);
/** Anywhere in the message: children's services, whose decision the route does challenge. */
const CHILDRENS_SERVICES = new Set(['bridge', 'social', 'sw', 'sws', 'mash', 'childrens', 'locality', 'duty', 'referral', 'referred']);

/**
 * True when the phrase from `start` to `end` is a decision not to act that the message gives to another service, and
 * the message names no decision of children's services at all.
 */
export function anotherServiceDecided(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || !phraseHas(tokens, start, end, NOT_ACTED)) return false;
  if (tokens.some((t) => CHILDRENS_SERVICES.has(t.raw))) return false;
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    const t = tokens[k];
    if (!t || t.clause !== first.clause) return false;
    if (OTHER_SERVICE.has(t.raw)) return true;
  }
  return false;
}

/** The words of "nobody at home" / "no one at home" (the home-alone red flag's phrases). */
const NOBODY = new Set(['nobody', 'one']);
/**
 * What nobody in the household does, right after "at home" ("nobody at home signs", "no one at home knows"), or after
 * "has" / "have" ("nobody at home has spoken to him"). Not "is" or "will" ("no one at home is looking after them"), nor
 * caring, helping or supporting ("nobody at home cares for him" may be no one looking after him).
 */
const HOUSEHOLD_DOES = new Set([
  'knows', 'know', 'knew', 'signs', 'sign', 'speaks', 'speak', 'spoke', 'spoken', 'talks', 'talk', 'talked', 'listens', 'listen',
  'listened', 'notices', 'notice', 'noticed', 'understands', 'understand', 'understood', 'believes', 'believe', 'believed', 'reads',
  'read', 'bothers', 'bothered', 'asks', 'asked', 'likes', 'liked', 'wants', 'wanted', 'accepts', 'accepted', 'agrees', 'agreed',
  'drives', 'works',
]);

/** True when the phrase from `start` to `end` is "nobody at home" / "no one at home" said of the household ("nobody at home knows"). */
export function nobodyAtHomeIsHousehold(tokens: Token[], start: number, end: number): boolean {
  const last = tokens[end];
  if (last === undefined || last.raw !== 'home' || tokens[end - 1]?.raw !== 'at' || !NOBODY.has(tokens[end - 2]?.raw ?? '')) return false;
  const near = (k: number) => (tokens[k]?.clause === last.clause ? tokens[k]?.raw : undefined);
  const next = near(end + 1);
  if (next === 'has' || next === 'have' || next === 'had') return HOUSEHOLD_DOES.has(near(end + 2) ?? '');
  return HOUSEHOLD_DOES.has(next ?? '');
}

/** Just after "come home": the time the child came back ("till 4am", "until late"). */
const UNTIL = new Set(['till', 'until', 'til', 'untill', 'tll']);
/** A child as the one who did not come home. */
const CHILD_SUBJECT = new Set([
  'lad', 'lads', 'boy', 'boys', 'girl', 'girls', 'son', 'sons', 'daughter', 'daughters', 'teen', 'teens', 'teenager', 'teenagers',
  'child', 'children', 'kid', 'kids', 'pupil', 'pupils', 'student', 'students', 'yo', 'yos', 'y/o', 'yp',
]);
/** An adult or a pronoun: the one who did not come home may be the parent ("mum didn't come home till 6am"), so the flag stays. */
const ADULT_OR_PRONOUN = new Set([
  'mum', 'mom', 'mummy', 'mam', 'mother', 'dad', 'daddy', 'father', 'parent', 'parents', 'stepdad', 'stepmum', 'carer', 'carers',
  'partner', 'boyfriend', 'girlfriend', 'fella', 'nan', 'gran', 'grandma', 'grandad', 'uncle', 'aunt', 'auntie', 'adult', 'adults',
  'man', 'woman', 'he', 'she', 'they', 'who',
]);
/** Before a person word (with at most a determiner between): the person is not the subject ("a row with his stepdad"). */
const PREPOSITION = new Set(['with', 'to', 'of', 'for', 'at', 'from', 'after', 'by', 'about', 'like', 'than']);
const DETERMINER = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'my', 'our', 'your']);
/** The auxiliaries before the phrase ("did not", "has not", "will not"). */
const AUXILIARY = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'is', 'was']);

/**
 * True when the phrase from `start` to `end` ends "come home" (or "came home"), "till" or "until" follows, and the
 * nearest person before it in its clause, not after a preposition, is a child ("13 yo not come home till 4am"). An adult,
 * a pronoun or no person at all keeps the phrase (the safer reading).
 */
export function childCameHomeLate(tokens: Token[], start: number, end: number): boolean {
  const last = tokens[end];
  if (last === undefined || last.raw !== 'home' || !['come', 'came'].includes(tokens[end - 1]?.raw ?? '')) return false;
  const next = tokens[end + 1];
  if (next === undefined || next.clause !== last.clause || !UNTIL.has(next.raw)) return false;
  let k = start - 1;
  while (k >= 0 && tokens[k]?.clause === last.clause && AUXILIARY.has(tokens[k]?.raw ?? '')) k--;
  for (; k >= Math.max(0, start - 16); k--) {
    const t = tokens[k];
    if (!t || t.clause !== last.clause) return false;
    const child = CHILD_SUBJECT.has(t.raw) || AGE_AS_ONE.test(t.raw);
    if (!child && !ADULT_OR_PRONOUN.has(t.raw)) continue;
    const before = tokens[k - 1]?.raw ?? '';
    const governed = PREPOSITION.has(before) || (DETERMINER.has(before) && PREPOSITION.has(tokens[k - 2]?.raw ?? ''));
    if (governed) continue;
    return child;
  }
  return false;
}

/** Taking a child home: the word before "home" in "gives one lad lifts home on his own", "drives her home on her own". */
const LIFT = new Set(['lift', 'lifts']);
/** Words of being alone in the home-alone phrase ("home on his own", "home alone"). */
const ON_OWN = new Set(['own', 'alone']);
/** The pronoun of the child taken ("drives her home"), and the words for taking before it. */
const TAKEN = new Set(['her', 'him', 'them']);
const TAKING = new Set(['drive', 'drives', 'driving', 'drove', 'driven', 'take', 'takes', 'taking', 'took', 'walk', 'walks', 'walking', 'walked', 'run', 'runs', 'ran']);

/**
 * "Home on his own" after a lift, or after a word for taking the child home and the child ("gives one lad lifts home on his
 * own", "drives her home on her own"): an adult alone with the child on the way home, not a child alone at home (the home-alone red flag's "home on his
 * own"). A worry about that adult is the packs' own (Salford's LADO, the phrases for grooming); the red flag is not.
 */
export function takenHomeAlone(tokens: Token[], start: number, end: number): boolean {
  if (tokens[start]?.raw !== 'home' || !phraseHas(tokens, start, end, ON_OWN)) return false;
  const before = tokens[start - 1]?.raw ?? '';
  // "lifts home on his own"; "drives her home on her own", "walks him home on his own" (not "walks home on his own": the
  // child alone on the way).
  return LIFT.has(before) || (TAKEN.has(before) && TAKING.has(tokens[start - 2]?.raw ?? ''));
}

/** "Other" inside the home-alone phrase: "no other adult in the house". */
const OTHER = new Set(['other']);

/**
 * "No other adult in the house" (the home-alone red flag's "no adult in the house" with one word more): no adult besides
 * one the message names ("the only carer for mum who has MS ... no other adult in the house"), which is not a child with
 * no adult there. The phrase's red flag is not declared; the meaning still reads the message, and a child it finds alone
 * or in danger still gets 999.
 */
export function noOtherAdult(tokens: Token[], start: number, end: number): boolean {
  return tokens[start]?.raw === 'no' && phraseHas(tokens, start, end, OTHER);
}

/** A few minutes, after "missing for": "went missing for 5 mins on the hike", "missing for a few minutes at the park". */
const MINUTES = new Set(['min', 'mins', 'minute', 'minutes', 'seconds', 'secs']);
const FEW = new Set(['a', 'few', 'couple', 'of', 'five', 'ten', 'two', 'three', 'fifteen', 'twenty']);
const MISSING = new Set(['missing']);

/**
 * "Missing" for a few minutes ("10yo went missing for 5 mins on the hike, nipped behind a tree"): a child out of sight for
 * a moment, not a child going missing from home (the packs' missing-from-home phrases). Hours, nights and days stay.
 */
export function missingForMinutes(tokens: Token[], start: number, end: number): boolean {
  if (!phraseHas(tokens, start, end, MISSING)) return false;
  if (tokens[end + 1]?.raw !== 'for') return false;
  for (let k = end + 2; k <= end + 5; k++) {
    const raw = tokens[k]?.raw ?? '';
    if (MINUTES.has(raw)) return true;
    if (!(FEW.has(raw) || /^\d{1,2}$/.test(raw))) return false;
  }
  return false;
}

/** A hospital or a clinic, just before or after "attendance": "five A&E attendances", "attendance at the walk-in". */
const ATTENDANCE = new Set(['attendance', 'attendances']);
const HOSPITAL = new Set(['hospital', 'ae', 'ed', 'clinic', 'gp', 'walk', 'minor', 'injuries', 'unit', 'ward', 'casualty']);

/**
 * "Attendance" at a hospital or a clinic ("five A&E attendances in a year", "three hospital attendances", "attendances at
 * the walk-in"), not a child's attendance at school (the packs' school attendance phrases). The visits stay for what the
 * rest of the message says of them.
 */
export function attendanceAtHospital(tokens: Token[], start: number, end: number): boolean {
  if (!phraseHas(tokens, start, end, ATTENDANCE) || start !== end) return false;
  const before = tokens[start - 1]?.raw ?? '';
  // "A&E" is tokenised "a and e".
  const aAndE = (k: number) => tokens[k]?.raw === 'a' && tokens[k + 1]?.raw === 'and' && tokens[k + 2]?.raw === 'e';
  if (HOSPITAL.has(before) || aAndE(start - 3)) return true;
  if (tokens[end + 1]?.raw !== 'at') return false;
  const at = (tokens[end + 2]?.raw ?? '') === 'the' ? end + 3 : end + 2;
  return HOSPITAL.has(tokens[at]?.raw ?? '') || aAndE(at);
}

/** A need's word that the message goes on to say is fine: "attendance is fine", "her attendance and work are good". */
const FINE_NEED = new Set(['attendance', 'behaviour', 'behavior', 'progress', 'learning', 'speech', 'sleep', 'sleeping', 'eating', 'weight']);
const FINE_BETWEEN = new Set(['is', 'are', 'was', 'were', 's', 'has', 'been', 'and', 'work', 'schoolwork', 'both', 'all', 'still', 'always', 'otherwise']);
const FINE = new Set(['fine', 'good', 'great', 'ok', 'okay', 'excellent', 'perfect', 'brilliant', 'lovely', 'fab', 'spot', 'unaffected', 'normal']);
const ONCE = new Set(['last', 'until', 'till', 'before', 'previously', 'then', 'used']);

/**
 * A one-word need the message says is fine ("Attendance is fine and he's on track", "her attendance and work are fine"):
 * said to rule the need out, not to raise it. Within four words after it, in its clause, past only how it is said.
 */
export function saidToBeFine(tokens: Token[], start: number, end: number): boolean {
  if (start !== end || !FINE_NEED.has(tokens[start]?.raw ?? '')) return false;
  const clause = tokens[start]?.clause;
  for (let k = end + 1; k <= end + 5; k++) {
    const t = tokens[k];
    if (!t || t.clause !== clause) return false;
    // Fine once, not now: "attendance fine last year but 79% since September".
    if (FINE.has(t.raw)) return ![1, 2].some((j) => ONCE.has(tokens[k + j]?.raw ?? ''));
    if (!FINE_BETWEEN.has(t.raw)) return false;
  }
  return false;
}

/** Level 3's plan and meeting, as Bury's phrases name them ("taf", "ehfsp", "lead professional"). */
const PLAN_PHRASES = new Set(['taf', 'ehfsp', 'team around the family', 'early help family support plan', 'lead professional']);
/** What asks about the plan as paperwork, a term or a course ("where do I download the EHFSP form", "what does TAF stand for"). */
const ABOUT_THE_PAPER = new Set([
  'form', 'forms', 'template', 'templates', 'paperwork', 'download', 'stand', 'stands', 'acronym', 'training', 'course', 'courses',
  'mean', 'means', 'meaning',
]);
/** "What is", "what's", "what are" just before the plan's word ("what is an EHFSP pls"): a question about the term. */
const WHAT_IS = new Set(['is', 's', 'are']);

/**
 * A word for a team around the family or a family support plan in a message that asks about its paperwork, what it
 * stands for, or training in it ("where do i download the EHFSP form", "what does TAF stand for", "what is an EHFSP pls",
 * "is there TAF meeting training for new staff?"): a question for universal services, not the plan itself (forty-first session). Anywhere in
 * the message, which such questions keep short.
 */
export function planAsPaperwork(tokens: Token[], start: number, end: number): boolean {
  if (tokens.length > 30 || !PLAN_PHRASES.has(tokens.slice(start, end + 1).map((t) => t.raw).join(' '))) return false;
  const k = tokens[start - 1]?.raw === 'a' || tokens[start - 1]?.raw === 'an' || tokens[start - 1]?.raw === 'the' ? start - 2 : start - 1;
  if (tokens[k]?.raw === 'whats' || (WHAT_IS.has(tokens[k]?.raw ?? '') && tokens[k - 1]?.raw === 'what')) return true;
  return tokens.some((t) => ABOUT_THE_PAPER.has(t.raw));
}

/** Talking, as the packs' speech phrases end ("not talking", "barely talking"). */
const TALKING = new Set(['talk', 'talks', 'talking', 'speak', 'speaks', 'speaking']);
/** Just after it: to whom or about what ("won't talk to me", "not talking about it", "hardly talking with her mum"). */
const TO_SOMEONE = new Set(['to', 'about', 'with']);

/**
 * A phrase for a child's talking followed by to whom or about what ("10 yr old on the wrong side of the railings, won't
 * talk to me", "not talking to anyone at home"): not speaking to someone, not a speech or language delay (the packs'
 * speech phrases). What the rest of the message says of it stands.
 */
export function notTalkingToSomeone(tokens: Token[], start: number, end: number): boolean {
  if (!TALKING.has(tokens[end]?.raw ?? '')) return false;
  const next = tokens[end + 1];
  return next !== undefined && next.clause === tokens[end]?.clause && TO_SOMEONE.has(next.raw);
}

/** Breathing, as the packs' red-flag phrases name its lack ("not breathing", "can't breathe"). */
const BREATHING = new Set(['breathe', 'breathes', 'breathing', 'breath']);

/**
 * Words of not breathing told of a panic attack ("panic attacks most mornings - heart racing, crying, saying she can't
 * breathe"): the panic's own words, not a child who cannot breathe now (the packs' immediate-danger phrases). Within
 * twenty words before or after.
 */
export function breathlessInPanic(tokens: Token[], start: number, end: number): boolean {
  if (!phraseHas(tokens, start, end, BREATHING)) return false;
  for (let k = Math.max(0, start - 20); k <= end + 20 && k < tokens.length; k++) {
    if ((tokens[k]?.raw ?? '').startsWith('panic') && /^attacks?$/.test(tokens[k + 1]?.raw ?? '')) return true;
  }
  return false;
}
