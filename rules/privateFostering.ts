/**
 * Is it private fostering? A pure decision over a pack's cited definition:
 * a child under the age limit (higher if disabled), living with someone who is
 * not a parent or close relative, for the set number of days or more.
 * "Not sure" never ends the check as "no": unless a definite answer rules it out,
 * the safer branch is to tell the council (ask the private fostering officer).
 */
import { ageBandFromText } from './age';
import type { Pack, PrivateFostering, Source } from './schema';

export type YesNoNotSure = 'yes' | 'no' | 'not_sure';

export interface PrivateFosteringAnswers {
  /** Age in whole years, or not known. */
  age: number | 'not_sure';
  disabled: YesNoNotSure;
  /** A carer id from the pack's list, or not known. */
  carer: string | 'not_sure';
  /** Days the child has lived there, or is expected to, or not known. */
  days: number | 'not_sure';
}

export type PrivateFosteringOutcome = 'private_fostering' | 'not_private_fostering' | 'ask_officer';

export interface PrivateFosteringDecision {
  outcome: PrivateFosteringOutcome;
  /** True only when every answer was definite and together they meet the definition. */
  privateFostering: boolean;
  /** Tell the council: when it is private fostering, and when it may be (the safer branch). */
  tellCouncil: boolean;
  reasons: { text: string; source: Source }[];
}

export function privateFosteringRules(pack: Pack): PrivateFostering | undefined {
  return pack.privateFostering;
}

type Part = 'meets' | 'fails' | 'unknown';

export function isPrivateFostering(rules: PrivateFostering, a: PrivateFosteringAnswers): PrivateFosteringDecision {
  const reasons: { text: string; source: Source }[] = [];
  const { age: ageRule, ageIfDisabled, days: dayRule } = rules;

  // Age (and disability, which raises the limit).
  let age: Part;
  if (a.age === 'not_sure') {
    age = 'unknown';
    reasons.push({ text: 'You were not sure of the child’s age.', source: ageRule.source });
  } else if (a.age < ageRule.under) {
    age = 'meets';
    reasons.push({ text: `The child is under ${ageRule.under}.`, source: ageRule.source });
  } else if (a.age >= ageIfDisabled.under) {
    age = 'fails';
    reasons.push({ text: `The child is ${ageIfDisabled.under} or over, so this is not private fostering.`, source: ageIfDisabled.source });
  } else if (a.disabled === 'yes') {
    age = 'meets';
    reasons.push({ text: `The child is disabled and under ${ageIfDisabled.under}: for a disabled child the age limit is ${ageIfDisabled.under}.`, source: ageIfDisabled.source });
  } else if (a.disabled === 'no') {
    age = 'fails';
    reasons.push({ text: `The child is ${ageRule.under} or over and not disabled, so this is not private fostering (the limit is ${ageRule.under}, or ${ageIfDisabled.under} if disabled).`, source: ageRule.source });
  } else {
    age = 'unknown';
    reasons.push({ text: `The child is ${a.age}: it is private fostering if the child is disabled (the limit is then ${ageIfDisabled.under}), and you were not sure.`, source: ageIfDisabled.source });
  }

  // Who the carer is.
  let carer: Part;
  const who = a.carer === 'not_sure' ? undefined : rules.carers.find((c) => c.id === a.carer);
  if (!who) {
    carer = 'unknown';
    reasons.push({ text: 'You were not sure who is looking after the child, or they are not on the list.', source: rules.notify.source });
  } else if (who.closeRelative) {
    carer = 'fails';
    reasons.push({ text: `${who.label}: a parent, close relative or someone with parental responsibility, so this is not private fostering.`, source: who.source });
  } else {
    carer = 'meets';
    reasons.push({ text: `${who.label} is not a parent or close relative.`, source: who.source });
  }

  // How long.
  let days: Part;
  if (a.days === 'not_sure') {
    days = 'unknown';
    reasons.push({ text: `You were not sure whether it is ${dayRule.atLeast} days or more.`, source: dayRule.source });
  } else if (a.days >= dayRule.atLeast) {
    days = 'meets';
    reasons.push({ text: `${a.days} days is ${dayRule.atLeast} days or more.`, source: dayRule.source });
  } else {
    days = 'fails';
    reasons.push({ text: `${a.days} days is less than ${dayRule.atLeast} days. If it goes on for ${dayRule.atLeast} days or more, it becomes private fostering.`, source: dayRule.source });
  }

  const parts = [age, carer, days];
  const outcome: PrivateFosteringOutcome = parts.includes('fails') ? 'not_private_fostering' : parts.includes('unknown') ? 'ask_officer' : 'private_fostering';
  return { outcome, privateFostering: outcome === 'private_fostering', tellCouncil: outcome !== 'not_private_fostering', reasons };
}

/** Words that say the young person is disabled (the pack's higher age limit). */
const DISABLED = /\b(disab\w*|autis\w*|learning (difficult|disab)\w*|sen|send|ehcp|special needs)\b/i;

/**
 * The message gives an age of 16 or 17, the pack's own limit is 16 (under 18 if disabled), and nothing says the young
 * person is disabled: the pack's definition rules private fostering out. The phrase layer uses it for words for where a
 * young person lives ("staying with a friend's family") that never name fostering: a young person asked to leave home.
 */
export function pastPrivateFosteringAge(pack: Pack, text: string): boolean {
  const limit = pack.privateFostering?.age.under;
  if (limit === undefined || limit > 16 || DISABLED.test(text)) return false;
  return ageBandFromText(text) === '16_to_17';
}
