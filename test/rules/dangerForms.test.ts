/**
 * rules/dangerForms.ts: immediate danger or a child alone in forms no phrase list holds, each with near misses that
 * must not count; and through the recogniser, 999 first in every pack.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { dangerByForm } from '../../rules/dangerForms';

describe('danger by form', () => {
  it.each([
    ['Year 9 says she took 20 paracetamol at lunch and feels sick', 'immediate_danger'],
    ['yr 11 girl just told me she has taken a load of tablets', 'immediate_danger'],
    ['he swallowed a whole packet of his mums sleeping pills', 'immediate_danger'],
    ['a year 10 lad is being held at a flat by older lads who say he owes them money', 'immediate_danger'],
    ['we just saw a year 8 boy get into a car with two men from outside the gates', 'immediate_danger'],
    ['pupil says she and her brothers have been by themselves since saturday', 'home_alone'],
    ['kid says no1 at home 4 days', 'home_alone'],
    ['toddler loose on the a6', 'home_alone'],
    ['tiny kid on a scooter on the dual carriageway slip road by himself', 'home_alone'],
  ] as const)('"%s": %s', (text, want) => {
    expect(dangerByForm(text)).toBe(want);
  });

  it.each([
    'she took 2 paracetamol for a headache',
    'he takes tablets for his asthma',
    'the meeting was held at a house in eccles',
    'she got into a car with her mum',
    'he was off school for two days',
    'mum has been home since monday',
    'the toddler was on the main road with his dad',
    'a woman at our mosque is being kept in the house by her family',
  ])('not "%s"', (text) => {
    expect(dangerByForm(text)).toBeUndefined();
  });
});

describe('through the recogniser', () => {
  const engines = loadEngines();
  it.each(AREAS)('%s: 999 first for an overdose taken and a child alone since Saturday', (area) => {
    for (const text of ['Year 9 says she took 20 paracetamol at lunch and feels sick', 'pupil says she and her 2 little brothers have been by themselves since saturday']) {
      expect(engines[area].recognise(text).intent, text).toBe('emergency');
    }
  });
});
