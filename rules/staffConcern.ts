/**
 * Whether a message describes an adult who works or volunteers with children doing something to a child ("a TA
 * grabbed him by the arm", "our coach has been texting a 13 year old", "the scout leader adds the kids on
 * Snapchat"): a concern for the LADO, whatever level the harm itself is at. Language handling, not guidance: the
 * Salford pack's LADO route says where such a concern goes (rules/semantic/combine.ts, step 4). The worker must be the
 * one acting: "mum told the teacher that dad hits her" and "I'm a coach, can I tell the school" are not.
 */
import { plain } from './timing';

// Bounded alternations of fixed words, with bounded gaps: linear on any input (PITFALLS).
/** The workers, one name each (the alternation, without a plural). */
const ROLE_NAMES = String.raw`(teacher|tecaher|teaching assistant|ta|tutor|form tutor|supply teacher|head ?teacher|coach|assistant coach|instructor|referee|volunteer|youth worker|youth club leader|leader|scout leader|brownie leader|nursery worker|nursery nurse|nursery cook|cook|dinner lady|lunchtime supervisor|caretaker|childminder|foster carer|residential worker|care worker|support worker|taxi driver|bus escort|escort|driver|imam|priest|vicar|pastor|sunday school teacher|staff member|member of staff|school staff|colleague|manager|practice nurse|nurse|midwife|student midwife|doctor|social worker|helper|mentor|trainee|gp trainee|practitioner|nursery practitioner|room leader|choir leader|lifeguard|chaperone)`;
const ROLE = `${ROLE_NAMES}s?`;
/** Who the act is towards: a child, children, "one of them". */
const CHILD = String.raw`(her|him|them|the kids|the children|kids|children|pupils|students|players|the little ones|a child|the child|a (\d+|young|little) ?\w*|(a|the) (boy|girl|pupil|student|baby|babies|toddler|toddlers|player|teenager)|a (yr|year|y) ?\d+( \w+)?|one of (the|them|our|my) ?\w*)`;
/** Acts towards a child, as verbs ("grabbed", "touching", "shouted at"), or giving, asking and keeping secrets with an object. */
const ACTS = String.raw`(hit|hits|hitting|smack\w*|slap\w*|grab\w*|push(ed|es|ing)|shov\w*|shook|shak(es|ing)|drag\w*|yank\w*|kick(ed|s|ing)|punch\w*|threw|throw(s|ing)|hurt(s|ing)?|rough|touch(ed|es|ing)|tuoch\w*|kiss(ed|es|ing)|abus(ed|es|ing)|restrain(ed|s|ing)|bully\w*|(shout\w*|scream\w*|swore|swear\w*|yell\w*) at|lock(ed|s|ing)? ${CHILD}|pinn(ed|ing) ${CHILD}|post(ed|s|ing) (photos?|pictures?|pics|videos?) of ${CHILD}|(in a relationship|a relationship|going out|seeing|dating) with ${CHILD}|groom(ed|s|ing) ${CHILD}|(text\w*|messag\w*|dm\w*|dm'd|snapchat\w*|add(s|ed|ing)|follow(s|ed|ing)) ${CHILD}|(giv\w*|gave|buy\w*|bought|offer\w*) ${CHILD}? ?(lifts?|presents?|gifts?|sweets|money|vapes?|cigarettes|alcohol|drink)|lifts? home|(keep|keeping|kept) (it )?(a )?secrets?|(ask\w*|tell\w*|told) ${CHILD} (not to tell|to keep)|(sen[dt]\w*|ask\w* for|tak\w*|took) ${CHILD}? ?['"]?(photos?|pictures?|pics|videos?)|comment\w* on (her|his|their) (body|looks|figure|appearance|bum|chest)|inappropriate(ly)? (with|to|touch\w*)|alone with|made (her|him|them)|asks? (her|him|them) to)`;
/** Someone else between the worker and the act, a family member or the child: they are the one acting ("told the teacher that dad hits her", "support worker in, still the 12 yr old is punching"). */
const SOMEONE_ELSE = /\b(mum|mom|dad|mother|father|stepdad|stepmum|parent|parents|partner|husband|wife|boyfriend|girlfriend|brother|sister|son|daughter|uncle|aunt|auntie|grandad|grandma|nan|cousin|he|she|they|who|someone|lad|boy|girl|child|kid|yr|year|that|says|said|told)\b/;
const ACTING = new RegExp(String.raw`\b${ROLE}\b(.{0,60}?)\b${ACTS}\b`, 'g');
/** The writer's own role ("I'm a coach", "as a volunteer"): not the one acting. */
const OWN_ROLE = new RegExp(String.raw`\b(i'?m|i am|as) (a|an|the) ${ROLE}\b`);

export function staffActs(text: string): boolean {
  const t = plain(text).replace(OWN_ROLE, ' ');
  for (const m of t.matchAll(ACTING)) if (!SOMEONE_ELSE.test(m[2] ?? '')) return true;
  return false;
}

/** A child as the one acting ("kid swore at a teacher", "Y9 lad punched a TA", "she spat at the dinner lady"). */
const CHILD_ACTING = new RegExp(
  String.raw`\b(kid|kids|child|children|pupil|pupils|boy|girl|student|lad|he|she|they|young person|teen|teenager|y\d+|yr ?\d+|year ?\d+|\d+ ?(yo|year old|yr old))\b[^.?!]{0,30}?\b(swore|sworn|swearing|swears|shouted|shouting|screamed|screaming|spat|spitting|punched|hit|kicked|bit|pushed|threatened|attacked|assaulted|was rude|rude|hurt|lashed out|kicked off) (at |on |to )?(a|the|his|her|their|my|our) ${ROLE}\b`,
);

/**
 * The message tells of a child acting towards a member of staff, and of no member of staff acting towards a child: a
 * child's behaviour, not a concern for the LADO ("kid swore at a teacher" had the LADO card by the meaning alone).
 */
export function onlyChildActsOnStaff(text: string): boolean {
  return CHILD_ACTING.test(plain(text)) && !staffActs(text);
}

/** Any worker, one or more ("coaches" as well as "coachs"). */
const ANY_ROLE = new RegExp(String.raw`\b${ROLE_NAMES}(e?s)?\b`);
/** The writer saying what they are ("I'm a teacher"). */
const I_AM = new RegExp(String.raw`\b(i'?m|im|i am) (a|an) ${ROLE}\b`, 'g');

/**
 * The only worker the message names is the writer ("hi, I'm a teacher at a primary school"): an introduction, not a
 * worry about a member of staff (Salford's meaning alone gave it the LADO card).
 */
export function onlyOwnRole(text: string): boolean {
  const t = plain(text);
  const rest = t.replace(I_AM, ' ');
  return rest !== t && !ANY_ROLE.test(rest);
}
