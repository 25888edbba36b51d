/**
 * Pack `levelIndicators` and combine's step 3b: a worry nothing else placed, which the model reads only as "a worry at
 * a level" and the area's level head is sure belongs at a level below child protection, is placed there and shown as
 * the indicator whose label is that level's own definition in the guidance. Without the data it gets the "not sure"
 * card, as before; danger and likely harm keep their answers.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules';
import { loadPack, PackInvalidError } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { nottingham } from '../../rules/packs/nottingham';
import { salford } from '../../rules/packs/salford';
import type { PackInput } from '../../rules/schema';

const at = new Date('2026-12-03T10:00:00Z'); // a Thursday, front doors open
const changed = (base: PackInput, change: (p: PackInput) => void): PackInput => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};
const engine = createEngine(loadPack(nottingham));
const withoutData = createEngine(loadPack(changed(nottingham, (p) => void (p.levelIndicators = {}))));

// A disabled child whose parents ask for specialist help: Nottingham's Family Support Pathway says a child is "in need"
// if disabled. No phrase names it and the model's indicator classes are not sure of any one.
const DISABLED = [
  'parents of a profoundly disabled 8 yr old asking about short breaks, they’re exhausted',
  'Boy with muscular dystrophy now needs a hoist and his parents can’t lift him, they’re asking about a social worker',
];

describe('a worry only the level head places', () => {
  it.each(DISABLED)('Nottingham places "%s" at child in need, with the level’s own definition as the reason', (text) => {
    const r = engine.recognise(text);
    expect(r.intent).toBe('concern');
    expect(r.indicators).toEqual([{ id: 'health_development_impaired', matched: [], by: 'meaning' }]);
    const a = engine.assess({ indicators: r.indicators.map((i) => i.id) }, at);
    expect(a.level.id).toBe('child_in_need');
    expect(a.route.title).toMatch(/child in need/i);
  });

  it.each(DISABLED)('without the pack’s levelIndicators, "%s" gets the "not sure" card, as before (the data decides)', (text) => {
    const r = withoutData.recognise(text);
    expect(r.intent).toBe('unsure');
    expect(r.indicators).toEqual([]);
  });

  it('danger and harm keep their answers: a red flag is still 999 first, and child protection is never placed lower', () => {
    expect(engine.recognise('he is on his own at home, he is 4').intent).toBe('emergency');
    const harm = engine.recognise('dad hit her with a belt last night and she has marks on her legs');
    expect(engine.assess({ indicators: harm.indicators.map((i) => i.id) }, at).level.id).toBe('protection');
  });

  it('a greeting or a question about the bot is not a worry to place', () => {
    expect(engine.recognise('hello').intent).toBe('help');
    expect(engine.recognise('hello').indicators).toEqual([]);
  });
});

describe('the loader checks levelIndicators', () => {
  it('refuses an indicator at another level, a red flag, or a level the pack does not have', () => {
    expect(() => loadPack(changed(nottingham, (p) => void (p.levelIndicators = { extensive: 'family_struggling' })))).toThrow(PackInvalidError);
    expect(() => loadPack(changed(nottingham, (p) => void (p.levelIndicators = { emergency: 'home_alone' })))).toThrow(PackInvalidError);
    expect(() => loadPack(changed(bury, (p) => void (p.levelIndicators = { level9: 'range_of_needs' })))).toThrow(PackInvalidError);
  });

  it('each pack’s entries name an indicator at that very level, below child protection', () => {
    for (const input of [salford, bury, nottingham]) {
      const pack = loadPack(input);
      const rank = (id: string) => pack.levels.find((l) => l.id === id)?.rank ?? 0;
      const risk = rank(pack.emergencyLevel) - 1; // child protection: the level below the emergency
      expect(Object.keys(pack.levelIndicators).length, pack.id).toBeGreaterThan(0);
      for (const [level, id] of Object.entries(pack.levelIndicators)) {
        expect(pack.indicators.find((i) => i.id === id)?.level, `${pack.id} ${level}`).toBe(level);
        expect(rank(level), `${pack.id} ${level}`).toBeLessThan(risk);
      }
    }
  });
});
