/**
 * The first step fits who is asking (issue 17, section 2): anyone but a DSL or manager gets the
 * pack's own cited step about their designated safeguarding lead first; 999 stays first on an
 * emergency for everyone; the DSL's answer is the pack's order.
 */
import { describe, expect, it } from 'vitest';
import { answerFor, firstScreenText } from '../../cards';
import { AREAS, answerOf, loadEngines, ROLES, type Role } from '../../rules';

const engines = loadEngines();
const WEEKDAY = new Date('2026-11-24T10:00:00Z');
const DSL = /designated safeguarding lead/i;

describe.each(AREAS)('%s: steps for who is asking', (area) => {
  const engine = engines[area];
  const { pack } = engine;
  const harms = pack.indicators.filter((i) => i.kind !== 'red-flag').slice(0, 12);

  it('school, health and voluntary staff: the DSL step first, with its source, and no step lost or added', () => {
    for (const ind of harms) {
      const base = answerOf(engine, { from: 'screening', answers: { indicators: [ind.id] } }, WEEKDAY, { personal: true });
      if (!base.steps.some((s) => DSL.test(s.text))) continue;
      for (const role of ['school', 'health', 'voluntary'] as Role[]) {
        const a = answerOf(engine, { from: 'screening', answers: { indicators: [ind.id] } }, WEEKDAY, { personal: true, role });
        expect(a.steps[0]?.text, `${ind.id} ${role}`).toMatch(DSL);
        expect(a.steps[0]?.source, `${ind.id} ${role}`).toBeDefined();
        expect([...a.steps].map((s) => s.text).sort()).toEqual([...base.steps].map((s) => s.text).sort());
      }
      const dsl = answerOf(engine, { from: 'screening', answers: { indicators: [ind.id] } }, WEEKDAY, { personal: true, role: 'dsl' });
      expect(dsl.steps).toEqual(base.steps);
    }
  });

  it('an emergency keeps 999 first for every role', () => {
    const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
    for (const role of ROLES) {
      const a = answerOf(engine, { from: 'screening', answers: { immediateDanger: 'yes' } }, WEEKDAY, { personal: true, role });
      const base = answerOf(engine, { from: 'screening', answers: { immediateDanger: 'yes' } }, WEEKDAY, { personal: true });
      expect(a.steps).toEqual(base.steps);
      const ind = pack.indicators.find((i) => i.kind === 'red-flag');
      if (!ind) continue;
      const card = answerFor(engine, { intent: 'emergency', also: [], indicators: [{ id: ind.id, matched: [ind.label] }], negated: [], contacts: [], uncertain: false, confidence: 'high' }, ind.label, WEEKDAY, { personal: true, role });
      expect(firstScreenText(card)[0]).toBe(`Call ${police} now`);
    }
  });
});

it('Salford: a class teacher worried about neglect is told first to consult their DSL, on the first screen', () => {
  const engine = engines.salford;
  const text = 'I am worried about neglect, he is always hungry';
  const card = answerFor(engine, engine.recognise(text), text, WEEKDAY, { personal: true, role: 'school' });
  expect(firstScreenText(card).find((t) => t.startsWith('Do now: '))).toMatch(/^Do now: .*designated safeguarding lead/);
  // The Bridge's number is still a tap away on the first screen.
  expect(firstScreenText(card).join('\n')).toContain('0161 603 4500');
});
