/**
 * Whether a message describes an adult who works or volunteers with children doing something to a child ("a TA
 * grabbed him by the arm", "our coach has been texting a 13 year old", "my manager told us to lock a child in the
 * sensory room"): a concern for the LADO, whatever level the harm itself is at. Language handling, not guidance: the
 * Salford pack's LADO route says where such a concern goes (rules/semantic/combine.ts, step 4). The worker must be the
 * one acting: "mum told the teacher that dad hits her" and "I'm a coach, can I tell the school" are not.
 */
import { plain } from './timing';

// Bounded alternations of fixed words, with bounded gaps: linear on any input (PITFALLS).
const ROLE = String.raw`(teacher|tecaher|teaching assistant|ta|tutor|form tutor|supply teacher|head ?teacher|coach|assistant coach|instructor|referee|volunteer|youth worker|youth club leader|leader|scout leader|brownie leader|nursery worker|nursery nurse|nursery cook|cook|dinner lady|lunchtime supervisor|caretaker|childminder|foster carer|residential worker|care worker|support worker|taxi driver|bus escort|escort|driver|imam|priest|vicar|pastor|sunday school teacher|staff member|member of staff|colleague|manager|practice nurse|nurse|midwife|student midwife|doctor|social worker|helper|mentor)s?`;
const ACTS = String.raw`(hit|hits|hitting|smack\w*|slap\w*|grab\w*|push\w*|shov\w*|shook|shak\w*|drag\w*|yank\w*|pull\w*|kick\w*|punch\w*|threw|throw\w*|hurt\w*|rough|touch\w*|tuoch\w*|kiss\w*|text\w*|messag\w*|snapchat|dm\w*|groom\w*|abus\w*|swore|swear\w*|shout\w*|scream\w*|lock\w*|restrain\w*|inappropriate\w*|sexual\w*|comment\w*|lifts?|presents?|gifts?|sweets|money|secrets?|alone with|follows|adds|seeing|dating|photos?|pictures?|bully\w*|made (her|him|them)|asks? (her|him|them) to)`;
/** A family member or the child between the worker and the act: someone else is acting ("told the teacher that dad hits her"). */
const SOMEONE_ELSE = /\b(mum|mom|dad|mother|father|stepdad|stepmum|parent|parents|partner|boyfriend|girlfriend|brother|sister|uncle|aunt|auntie|grandad|grandma|nan|cousin|that|says|said|told)\b/;
const ACTING = new RegExp(String.raw`\b${ROLE}\b(.{0,60}?)\b${ACTS}\b`, 'g');
/** The writer's own role ("I'm a coach", "as a volunteer"): not the one acting. */
const OWN_ROLE = new RegExp(String.raw`\b(i'?m|i am|as) (a|an|the) ${ROLE}\b`);

export function staffActs(text: string): boolean {
  const t = plain(text).replace(OWN_ROLE, ' ');
  for (const m of t.matchAll(ACTING)) if (!SOMEONE_ELSE.test(m[2] ?? '')) return true;
  return false;
}
