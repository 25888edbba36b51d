/** The child's age band from a message, only where the message states it plainly and once. */
import { describe, expect, it } from 'vitest';
import { ageBandFromText, answersFromMessage } from '../../rules';
import { namesABaby } from '../../rules/age';

describe('ageBandFromText', () => {
  it.each<[string, string | undefined]>([
    ['a Year 6 girl told me her stepdad hits her', '5_to_11'],
    ['yr 10 lad carrying drugs for older boys', '12_to_15'],
    ['Y9 pupil is self harming', '12_to_15'],
    ['my 15 year old pupil keeps going missing', '12_to_15'],
    ['a sixteen-year-old is sofa surfing', '16_to_17'],
    ['she is 16yo and homeless', '16_to_17'],
    ['a boy aged 9 has bruises', '5_to_11'],
    ['18 month old left in the car', 'under_5'],
    ['a 3 year old at nursery', 'under_5'],
    ['year 12 student', '16_to_17'],
    ['he is 4 and was home alone for an hour', 'under_5'],
    ["she's only 3, mum left her in the car", 'under_5'],
    ['she is 15 and pregnant', '12_to_15'],
    // No band: not stated, ambiguous (Year 11 spans 15 and 16; Reception), an adult, or two children of different ages.
    ['a teenager is involved in county lines', undefined],
    ['a Year 11 boy is carrying a knife', undefined],
    ['dad is 34 years old', undefined],
    ['a 6 year old and her 16 year old brother', undefined],
    ['I have worked here for 15 years', undefined],
    ['aged 18 months', 'under_5'],
    ['the year 2020 report', undefined],
    ['she is 10 minutes away', undefined],
    ['he is 6 foot tall and 17', undefined],
    ['he is 2nd in the queue', undefined],
  ])('%s → %s', (text, band) => {
    expect(ageBandFromText(text)).toBe(band);
  });

  it('is linear on long runs of digits and spaces (no backtracking blow-up)', () => {
    const started = Date.now();
    ageBandFromText(`${'1 '.repeat(2000)}year old ${'y '.repeat(2000)}`);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('answersFromMessage carries the indicators and the band the message states', () => {
    expect(answersFromMessage({ indicators: [{ id: 'exploitation', matched: ['county lines'] }] }, 'Year 8 boy, county lines')).toEqual({ indicators: ['exploitation'], ageBand: '12_to_15' });
    expect(answersFromMessage({ indicators: [] }, 'no age here')).toEqual({ indicators: [] });
  });
});

describe('namesABaby', () => {
  it.each<[string, boolean]>([
    ['the 8 week old is not being fed properly', true],
    ['a six-week-old with a bruise on his cheek', true],
    ['her 4mo is always in the same nappy', true],
    ['6wk old baby', true],
    ['a 3 day old at home', true],
    ['aged 5 months', true],
    ['the baby is never changed', true],
    ['he is not crawling yet', true],
    ['non-mobile infant', true],
    // A time, not an age; an older child.
    ['we have had a TAF 6 months and mum has stopped engaging', false],
    ['for the last 3 weeks he has come in hungry', false],
    ['a 6 year old is always hungry', false],
    ['he has been walking to school alone for months', false],
  ])('%s → %s', (text, baby) => {
    expect(namesABaby(text)).toBe(baby);
  });
});
