import { describe, expect, it } from 'vitest';
import { cwdCriteria, cwdEligible, isPrivateFostering, loadEngines, referralChecklist, type PrivateFosteringAnswers, type PrivateFosteringOutcome } from '../../rules';

const engines = loadEngines();
const pack = engines.salford.pack;
const rules = pack.privateFostering;
if (!rules) throw new Error('the Salford pack has no private fostering rules');

const base: PrivateFosteringAnswers = { age: 12, disabled: 'no', carer: 'family_friend', days: 40 };

const cases: [string, Partial<PrivateFosteringAnswers>, PrivateFosteringOutcome][] = [
  ['a grandparent', { carer: 'grandparent' }, 'not_private_fostering'],
  ['an aunt', { carer: 'aunt_uncle' }, 'not_private_fostering'],
  ['a step-parent', { carer: 'parent' }, 'not_private_fostering'],
  ['a sister', { carer: 'sibling' }, 'not_private_fostering'],
  ['a great aunt', { carer: 'great_aunt_uncle' }, 'private_fostering'],
  ['a cousin', { carer: 'cousin' }, 'private_fostering'],
  ['a neighbour', { carer: 'neighbour' }, 'private_fostering'],
  ["a friend's parent at 27 days", { carer: 'friends_parent', days: 27 }, 'not_private_fostering'],
  ["a friend's parent at 28 days", { carer: 'friends_parent', days: 28 }, 'private_fostering'],
  ['a 15-year-old', { age: 15 }, 'private_fostering'],
  ['a 16-year-old without a disability', { age: 16, disabled: 'no' }, 'not_private_fostering'],
  ['a 16-year-old with a disability', { age: 16, disabled: 'yes' }, 'private_fostering'],
  ['a 17-year-old with a disability', { age: 17, disabled: 'yes' }, 'private_fostering'],
  ['an 18-year-old with a disability', { age: 18, disabled: 'yes' }, 'not_private_fostering'],
  ['not sure of the carer', { carer: 'not_sure' }, 'ask_officer'],
  ['a carer not on the list', { carer: 'someone-else' }, 'ask_officer'],
  ['not sure how long', { days: 'not_sure' }, 'ask_officer'],
  ['not sure of the age', { age: 'not_sure' }, 'ask_officer'],
  ['a 16-year-old, not sure about disability', { age: 16, disabled: 'not_sure' }, 'ask_officer'],
  ['not sure how long, but a grandparent (ruled out by a definite answer)', { carer: 'grandparent', days: 'not_sure' }, 'not_private_fostering'],
];

describe('isPrivateFostering (Salford rules, cited)', () => {
  it.each(cases)('%s', (_name, change, outcome) => {
    const d = isPrivateFostering(rules, { ...base, ...change });
    expect(d.outcome).toBe(outcome);
    expect(d.privateFostering).toBe(outcome === 'private_fostering');
    // The safer branch: anything not definitely ruled out means telling the council / asking the officer.
    expect(d.tellCouncil).toBe(outcome !== 'not_private_fostering');
    expect(d.reasons.length).toBe(3);
    for (const r of d.reasons) expect(r.source.file).toMatch(/^(\d{3}_[0-9a-f]{16}\.txt|supplementary\.md)$/);
  });

  it('explains the 27-day case in words a practitioner can act on', () => {
    const d = isPrivateFostering(rules, { ...base, carer: 'friends_parent', days: 27 });
    expect(d.reasons.map((r) => r.text).join(' ')).toContain('27 days is less than 28 days');
  });

  it('takes its ages and days from the pack, not from code', () => {
    const d = isPrivateFostering({ ...rules, days: { ...rules.days, atLeast: 30 } }, { ...base, days: 28 });
    expect(d.outcome).toBe('not_private_fostering');
  });

  it('lists grandparents, aunts and step-parents as close relatives and great aunts and cousins as not', () => {
    const close = Object.fromEntries(rules.carers.map((c) => [c.id, c.closeRelative]));
    expect(close).toMatchObject({ grandparent: true, aunt_uncle: true, parent: true, great_aunt_uncle: false, cousin: false, friends_parent: false, neighbour: false });
  });
});

describe('cwdEligible', () => {
  const criteria = cwdCriteria(pack);
  if (!criteria) throw new Error('no CWD criteria');
  it.each([
    [['yes', 'yes', 'yes'], 'eligible'],
    [['yes', 'no', 'yes'], 'not_eligible'],
    [['yes', 'not_sure', 'yes'], 'ask_front_door'],
    [['no', 'not_sure', 'yes'], 'not_eligible'],
    [['yes', 'yes'], 'ask_front_door'],
  ] as const)('%j -> %s', (answers, outcome) => {
    expect(cwdEligible(criteria, answers).outcome).toBe(outcome);
  });
  it('has the three criteria from the guidance', () => {
    expect(criteria.points).toHaveLength(3);
    expect(criteria.points[2]?.text).toContain('universal or targeted services alone');
  });
});

describe('referralChecklist', () => {
  it('has every item the issue asks for, each cited, in order', () => {
    const items = referralChecklist(pack);
    expect(items.map((i) => i.key)).toEqual(['reason', 'family', 'ongoing_support', 'staff_risk', 'contingency', 'contact_details', 'submit', 'next']);
    const text = JSON.stringify(items);
    for (const part of [
      'date of birth',
      '0161 603 4500',
      'Salford Children and Families Portal',
      'automated response immediately',
      'within one week',
      'section 47',
      'forced marriage',
    ]) expect(text).toContain(part);
    for (const i of items) for (const p of i.points) expect(p.source.section.length).toBeGreaterThan(2);
  });

  it('makes nothing up for a pack without a checklist', () => {
    const items = referralChecklist(engines.nottingham.pack);
    expect(items.every((i) => i.key === 'next')).toBe(true);
  });
});
