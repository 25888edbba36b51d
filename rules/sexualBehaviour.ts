/**
 * A child's harmful sexual behaviour towards other children, told as that: is an adult in it? Language handling, not
 * guidance. The packs place a young person's harmful sexual behaviour at an assessment of need (Bury's Level 4: its
 * worked example of a 15 year old's alleged indecent assault on another pupil, with "allegations of inappropriate
 * touching", is referred for an assessment of need and managed under child in need procedures), while the same words
 * of touching read alone are signs of sexual abuse. When the message names an adult as part of it ("what grown ups do
 * to you", "the lodger touched him", "someone on xbox who says he's 25"), the child may be the one harmed, and sexual
 * abuse stands.
 */
import { normalise } from './text';

/** Words for an adult who may be the one harming: a parent figure, a lodger, a stranger, "grown ups". */
const ADULTS = new Set([
  'adult', 'adults', 'grown', 'grownup', 'grownups', 'lodger', 'uncle', 'stepdad', 'stepfather', 'dad', 'daddy', 'dads',
  'father', 'man', 'men', 'stranger', 'strangers', 'mans', 'paedophile', 'predator', 'groomer', 'landlord', 'neighbour',
]);

/** An adult's age given for someone ("who says he's 25", "a 30 year old"): 18 or more, said as an age. */
const ADULT_AGE = /\b(?:he is|she is|hes|shes|aged|age)\s+(1[89]|[2-9]\d)\b|\b(1[89]|[2-9]\d)\s*(?:yo|yrs?\s+old|years?\s+old|year-old|-year-old)\b/;

/** The message names an adult as part of it, by a word for one or an adult's age. */
export function namesAnAdult(text: string): boolean {
  const t = normalise(text);
  if (ADULT_AGE.test(t)) return true;
  for (const w of t.split(/[^a-z0-9-]+/)) if (ADULTS.has(w.replace(/-/g, ''))) return true;
  return false;
}
