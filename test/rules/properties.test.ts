/**
 * The safety invariants from the issue, as fast-check properties over arbitrary
 * answers and instants, for every pack; the Bridge's number for Salford.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, type AgeBand, type Answers, type Assessment, type EarlyHelp, type Needs, type Tri } from '../../rules/assess';
import { addDays, addWorkingDays, isBankHoliday, isWorkingDay, londonTime } from '../../rules/calendar';
import { routeFor } from '../../rules/assess';
import { openNow } from '../../rules/contacts';
import { loadPack } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { nottingham } from '../../rules/packs/nottingham';
import { salford } from '../../rules/packs/salford';
import { Recogniser } from '../../rules/recognise';
import type { Pack } from '../../rules/schema';

const PACKS: Pack[] = [loadPack(salford), loadPack(bury), loadPack(nottingham)];
const SALFORD = PACKS[0] as Pack;
const RUNS = { numRuns: 300 };

const tri = fc.constantFrom<Tri>('yes', 'no', 'not_sure');
/** 2025 to 2028, any minute: covers both clock changes, weekends and bank holidays each year. */
const instant = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T23:59:00Z'), noInvalidDate: true });

function answersFor(pack: Pack): fc.Arbitrary<Answers> {
  const ids = pack.indicators.map((i) => i.id);
  return fc.record(
    {
      immediateDanger: tri,
      homeAlone: tri,
      indicators: fc.subarray(ids),
      unsureIndicators: fc.subarray(ids),
      needs: fc.constantFrom<Needs>('none', 'some', 'complex', 'not_sure'),
      earlyHelp: fc.constantFrom<EarlyHelp>('none', 'working', 'not_working', 'not_sure'),
      ageBand: fc.constantFrom<AgeBand>('under_5', '5_to_11', '12_to_15', '16_to_17', 'not_sure'),
      familyKnows: tri,
      locality: fc.constantFrom('not_sure', ...pack.localities.map((l) => l.id)),
      harmUnsure: fc.boolean(),
    },
    { requiredKeys: [] },
  );
}

const rank = (a: Assessment) => a.level.rank;
const reachable = (a: Assessment) => a.contacts.some((c) => c.state === 'open' || c.state === 'always' || (c.state === 'closed' && c.instead !== undefined));

describe.each(PACKS.map((p) => [p.id, p] as const))('pack %s: safety invariants', (_id, pack) => {
  const answers = answersFor(pack);
  const emergencyRank = pack.levels.find((l) => l.id === pack.emergencyLevel)?.rank;

  it('immediate danger or home alone (yes or not sure) → the emergency level, 999 first, then the front door or its out-of-hours alternative', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom<'immediateDanger' | 'homeAlone'>('immediateDanger', 'homeAlone'), fc.constantFrom<Tri>('yes', 'not_sure'), instant, (a, key, v, at) => {
        const result = assess(pack, { ...a, [key]: v }, at);
        expect(result.level.id).toBe(pack.emergencyLevel);
        expect(result.contacts[0]?.contact.id).toBe(pack.emergencyContact);
        expect(result.contacts[0]?.contact.phones.map((p) => p.number)).toContain('999');
        const second = result.contacts[1];
        expect(second?.contact.id).toBe(pack.frontDoor);
        if (second?.state === 'closed') {
          const alt = second.instead;
          expect(alt, `${pack.frontDoor} is closed at ${at.toISOString()} and offers nothing instead`).toBeDefined();
          if (alt) expect(openNow(pack, alt, at).state).toMatch(/^(open|always)$/);
        }
      }),
      RUNS,
    );
  });

  it('adding an indicator never lowers the level', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...pack.indicators.map((i) => i.id)), instant, (a, extra, at) => {
        const before = assess(pack, a, at);
        const after = assess(pack, { ...a, indicators: [...(a.indicators ?? []), extra] }, at);
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        const indicatorLevel = pack.levels.find((l) => l.id === pack.indicators.find((i) => i.id === extra)?.level);
        expect(rank(after)).toBeGreaterThanOrEqual(indicatorLevel?.rank ?? Infinity);
      }),
      RUNS,
    );
  });

  it('"not sure" never gives a lower level than either definite answer', () => {
    const questions: [keyof Answers, string[]][] = [
      ['immediateDanger', ['yes', 'no']],
      ['homeAlone', ['yes', 'no']],
      ['needs', ['none', 'some', 'complex']],
      ['earlyHelp', ['none', 'working', 'not_working']],
      ['familyKnows', ['yes', 'no']],
      ['ageBand', ['under_5', '5_to_11', '12_to_15', '16_to_17']],
    ];
    fc.assert(
      fc.property(answers, fc.constantFrom(...questions), instant, (a, [key, definite], at) => {
        const unsure = rank(assess(pack, { ...a, [key]: 'not_sure' }, at));
        for (const v of definite) expect(unsure).toBeGreaterThanOrEqual(rank(assess(pack, { ...a, [key]: v }, at)));
      }),
      RUNS,
    );
  });

  it('"not sure which kinds of harm" never gives a lower level than answering without it', () => {
    fc.assert(
      fc.property(answers, instant, (a, at) => {
        expect(rank(assess(pack, { ...a, harmUnsure: true }, at))).toBeGreaterThanOrEqual(rank(assess(pack, { ...a, harmUnsure: false }, at)));
      }),
      RUNS,
    );
  });

  it('"not sure" about an indicator ranks as high as having it, and never below not having it', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...pack.indicators.map((i) => i.id)), instant, (a, id, at) => {
        const without = { ...a, indicators: (a.indicators ?? []).filter((x) => x !== id), unsureIndicators: (a.unsureIndicators ?? []).filter((x) => x !== id) };
        const unsure = rank(assess(pack, { ...without, unsureIndicators: [...without.unsureIndicators, id] }, at));
        expect(unsure).toBeGreaterThanOrEqual(rank(assess(pack, { ...without, indicators: [...without.indicators, id] }, at)));
        expect(unsure).toBeGreaterThanOrEqual(rank(assess(pack, without, at)));
      }),
      RUNS,
    );
  });

  it('the do-not-tell and mandatory-reporting warnings appear exactly when their indicators do', () => {
    fc.assert(
      fc.property(answers, instant, (a, at) => {
        const result = assess(pack, a, at);
        const counted = [...(a.indicators ?? []), ...(a.unsureIndicators ?? [])].map((id) => pack.indicators.find((i) => i.id === id));
        const ids = result.warnings.map((w) => w.id);
        expect(ids.includes('do_not_tell_parents')).toBe(counted.some((i) => i?.doNotTellParents));
        expect(ids.includes('mandatory_reporting')).toBe(counted.some((i) => i?.mandatoryReporting));
      }),
      RUNS,
    );
  });

  it('every assessment offers a contact that is reachable now, or an explicit out-of-hours alternative', () => {
    fc.assert(
      fc.property(answers, instant, (a, at) => {
        expect(reachable(assess(pack, a, at))).toBe(true);
      }),
      RUNS,
    );
  });

  it('every route in the pack lists a contact that is reachable now, or an explicit out-of-hours alternative', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pack.routes.map((r) => r.id)), instant, (id, at) => {
        const route = routeFor(pack, id);
        const statuses = (route?.contacts ?? []).map((cid) => pack.contacts.find((c) => c.id === cid)).flatMap((c) => (c ? [openNow(pack, c, at)] : []));
        expect(
          statuses.some((s) => s.state === 'open' || s.state === 'always' || (s.state === 'closed' && s.instead !== undefined)),
          `route ${id} at ${at.toISOString()}: ${statuses.map((s) => `${s.contact.id}:${s.state}`).join(', ')}`,
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('the emergency level sits above every level an answer can reach without danger', () => {
    fc.assert(
      fc.property(answers, instant, (a, at) => {
        const calm = { ...a, immediateDanger: 'no' as const, homeAlone: 'no' as const };
        const redFlags = new Set(pack.indicators.filter((i) => i.kind === 'red-flag').map((i) => i.id));
        const result = assess(pack, { ...calm, indicators: (a.indicators ?? []).filter((i) => !redFlags.has(i)), unsureIndicators: (a.unsureIndicators ?? []).filter((i) => !redFlags.has(i)) }, at);
        expect(rank(result)).toBeLessThan(emergencyRank ?? -1);
      }),
      RUNS,
    );
  });
});

describe('Salford: any risk indicator yields the Bridge’s number', () => {
  const harmful = SALFORD.indicators.filter((i) => i.kind === 'harm' || i.kind === 'red-flag' || i.kind === 'context').map((i) => i.id);

  it('covers the harm and red-flag indicators', () => {
    expect(harmful).toEqual(expect.arrayContaining(['immediate_danger', 'home_alone', 'physical_abuse', 'sexual_abuse', 'fgm']));
  });

  it('0161 603 4500 is among the contacts whenever a harm or red-flag indicator is present (confirmed or not sure)', () => {
    fc.assert(
      fc.property(answersFor(SALFORD), fc.constantFrom(...harmful), fc.boolean(), instant, (a, id, unsure, at) => {
        const key = unsure ? 'unsureIndicators' : 'indicators';
        const result = assess(SALFORD, { ...a, [key]: [...(a[key] ?? []), id] }, at);
        expect(result.contacts.flatMap((c) => c.contact.phones.map((p) => p.number))).toContain('0161 603 4500');
        expect(rank(result)).toBeGreaterThanOrEqual(4);
      }),
      RUNS,
    );
  });

  it('out of hours the Bridge is shown with the EDT, 0161 794 8888, instead', () => {
    fc.assert(
      fc.property(answersFor(SALFORD), fc.constantFrom(...harmful), instant, (a, id, at) => {
        const result = assess(SALFORD, { ...a, indicators: [...(a.indicators ?? []), id] }, at);
        const bridge = result.contacts.find((c) => c.contact.id === 'bridge');
        const t = londonTime(at);
        const open = !['sat', 'sun'].includes(t.day) && !isBankHoliday(t.date) && t.minutes >= 510 && t.minutes < 990;
        expect(bridge?.state).toBe(open ? 'open' : 'closed');
        if (!open) expect(bridge?.instead?.phones[0]?.number).toBe('0161 794 8888');
      }),
      RUNS,
    );
  });
});

describe('recognise is total and deterministic', () => {
  const recognisers = PACKS.map((p) => new Recogniser(p));
  const longText = fc.array(fc.constantFrom('bruise', 'not', 'home', 'alone', 'danger', 'but', ',', '.', 'the', 'fgm', 'brusies', "can't", 'no'), { maxLength: 1500 }).map((w) => w.join(' '));

  it.each([
    ['fc.string', fc.string({ maxLength: 300 })],
    ['full unicode', fc.string({ unit: 'binary', maxLength: 300 })],
    ['grapheme', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['long strings', fc.string({ minLength: 3000, maxLength: 6000 })],
    ['long word salad', longText],
  ])('%s: never throws, and the same text gives the same answer', (_what, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string>, fc.constantFrom(...recognisers), (text, r) => {
        const first = r.recognise(text);
        expect(r.recognise(text)).toEqual(first);
        expect(first.intent).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });

  it('a message that names the danger still takes the emergency route whatever surrounds it', () => {
    const salfordRecogniser = recognisers[0] as Recogniser;
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (before, after) => {
        const r = salfordRecogniser.recognise(`${before}. The child is home alone. ${after}`);
        expect(r.indicators.map((i) => i.id)).toContain('home_alone');
        expect(r.intent).toBe('emergency');
      }),
      { numRuns: 200 },
    );
  });
});

describe('calendar properties', () => {
  const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const n = fc.integer({ min: 0, max: 60 });

  it('addWorkingDays never lands on a weekend or bank holiday, and skips exactly n working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (d, k) => {
        const due = addWorkingDays(d, k);
        expect(isWorkingDay(due)).toBe(true);
        expect(due > d).toBe(true);
        let count = 0;
        for (let x = addDays(d, 1); x <= due; x = addDays(x, 1)) if (isWorkingDay(x)) count++;
        expect(count).toBe(k);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in the number of days and in the start date', () => {
    fc.assert(
      fc.property(day, day, n, n, (d1, d2, k1, k2) => {
        const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [m1, m2] = k1 <= k2 ? [k1, k2] : [k2, k1];
        expect(addWorkingDays(a, m1) <= addWorkingDays(a, m2)).toBe(true);
        if (m1 < m2) expect(addWorkingDays(a, m1) < addWorkingDays(a, m2)).toBe(true);
        expect(addWorkingDays(a, m1) <= addWorkingDays(b, m1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('adding zero working days is the same date; negative or fractional days are refused', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(addWorkingDays(d, 0)).toBe(d);
        expect(() => addWorkingDays(d, -1)).toThrow(RangeError);
        expect(() => addWorkingDays(d, 1.5)).toThrow(RangeError);
      }),
      { numRuns: 50 },
    );
  });
});
