/**
 * The child's age band, when a message states it plainly ("a Year 6 girl", "my 15 year old
 * pupil", "aged 9", "he is 4"), so the answer can leave out steps for another age. Conservative: a
 * message naming children of different age bands, or only an ambiguous year group
 * (Reception, Year 11), gives no band, and the answer keeps every step.
 */
import type { AgeBandKnown } from './schema';

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
};
const NUMBER = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';

// Every pattern is a fixed sequence with bounded optional spaces: linear on any input (PITFALLS).
/** "Year 6", "yr 10", "Y9". */
const YEAR_GROUP = new RegExp(`\\b(?:year|yr|y)\\s?${NUMBER}\\b`, 'g');
/** "15 year old", "six-year-old", "15 years old", "15yo", "15 y/o". */
const YEARS_OLD = new RegExp(`\\b${NUMBER}\\s?-?\\s?(?:(?:years?|yrs?)\\s?-?\\s?old|yo|y/o)\\b`, 'g');
/** "aged 9", "age 14" (not "aged 18 months"). */
const AGED = new RegExp(`\\bage[d]?\\s${NUMBER}\\b(?!\\s?-?\\s?(?:months?|weeks?|days?))`, 'g');
/** "18 months old", "6 week old", "6wk old", "aged 18 months", "4mo", "6 wo": a baby or toddler (under five). */
const MONTHS_OLD_SOURCE = `\\b${NUMBER}\\s?-?\\s?(?:months?|weeks?|wks?|days?)\\s?-?\\s?old\\b|\\bage[d]?\\s${NUMBER}\\s?(?:months?|weeks?|days?)\\b|\\b\\d{1,2}\\s?(?:mo|wo)\\b`;
const MONTHS_OLD = new RegExp(MONTHS_OLD_SOURCE, 'g');
/**
 * A baby or a child not yet on the move: a baby word, an age in days, weeks or months said as an age (MONTHS_OLD, not a
 * time: "we've had a TAF 6 months" is not an age), or "not crawling yet", "non-mobile".
 */
const BABY = new RegExp(`${MONTHS_OLD_SOURCE}|\\b(?:baby|babies|newborn|infant|not (?:yet )?(?:crawling|rolling|mobile|walking)|non-?mobile|pre-?mobile)\\b`);

/** "he is 4", "she's only 3": the age said of the child as a bare number (not "he is 4 foot", "she's 10 minutes away"). */
const IS_AGE = new RegExp(`\\b(?:he|she)(?:'s|’s|\\sis)(?:\\s(?:only|just|about|nearly|almost))?\\s${NUMBER}\\b(?!\\s?(?:-|mins?\\b|minutes|hours?|hrs?|secs?|seconds|days?|weeks?|months?|pm\\b|am\\b|o'clock|%|th\\b|st\\b|nd\\b|rd\\b|ft\\b|foot|feet|stone|kg|:|\\.\\d|,\\d|\\/))`, 'g');

const value = (n: string): number => WORDS[n] ?? Number(n);

function bandOfAge(years: number): AgeBandKnown | undefined {
  if (years < 5) return 'under_5';
  if (years <= 11) return '5_to_11';
  if (years <= 15) return '12_to_15';
  if (years <= 17) return '16_to_17';
  return undefined;
}

/** England's year groups: Year 1–6 are 5–11, Year 7–10 are 11–15 (none over 15), Year 12–13 are 16–18. Year 11 spans 15 and 16. */
function bandOfYearGroup(year: number): AgeBandKnown | undefined {
  if (year >= 1 && year <= 6) return '5_to_11';
  if (year >= 7 && year <= 10) return '12_to_15';
  if (year === 12 || year === 13) return '16_to_17';
  return undefined;
}

/** The one age band the message states, or undefined when it states none or more than one. */
export function ageBandFromText(text: string): AgeBandKnown | undefined {
  const t = text.slice(0, 4000).toLowerCase();
  const bands = new Set<AgeBandKnown | undefined>();
  for (const m of t.matchAll(YEAR_GROUP)) bands.add(bandOfYearGroup(value(m[1] as string)));
  for (const m of t.matchAll(YEARS_OLD)) bands.add(bandOfAge(value(m[1] as string)));
  for (const m of t.matchAll(AGED)) bands.add(bandOfAge(value(m[1] as string)));
  for (const m of t.matchAll(IS_AGE)) bands.add(bandOfAge(value(m[1] as string)));
  for (const _ of t.matchAll(MONTHS_OLD)) bands.add('under_5');
  bands.delete(undefined);
  return bands.size === 1 ? [...bands][0] : undefined;
}

/** The message names a baby or a child not yet on the move ("6 weeks old", "four month old", "baby", "not crawling yet"). */
export function namesABaby(text: string): boolean {
  return BABY.test(text.slice(0, 4000).toLowerCase());
}
