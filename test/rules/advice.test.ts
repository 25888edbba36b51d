/**
 * An ordinary matter is answered with the pack's own route for it: Salford's "Universal services and advice", and in
 * packs without an advice route, the route of their lowest level (Bury's level 1, Nottingham's universal services),
 * never the bare "No particular route found" answer.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';

const engines = loadEngines();
const TITLES = { salford: 'Universal services and advice', bury: 'Level 1: universal services', nottingham: 'Universal: needs met by everyday services' } as const;

describe('an ordinary matter', () => {
  it.each(AREAS)('%s: answered with the route for universal services', (area) => {
    const engine = engines[area];
    const text = 'she is fed up because her parents said no to a sleepover';
    const r = engine.recognise(text);
    expect(r.intent).toBe('advice');
    const a = answerOf(engine, { from: 'message', recognition: r, text }, new Date('2026-12-02T10:00:00Z'), { personal: true });
    expect(a.kind).toBe('topic');
    expect(a.title).toBe(TITLES[area]);
    expect(engine.route('advice')?.title).toBe(TITLES[area]);
  });

  it('the lowest level is the one an advice route stands in for', () => {
    for (const area of AREAS) {
      const { pack } = engines[area];
      const lowest = [...pack.levels].sort((a, b) => a.rank - b.rank)[0];
      const own = pack.routes.find((r) => r.id === 'advice');
      expect(engines[area].route('advice')?.id).toBe(own?.id ?? pack.levelRoutes[lowest?.id ?? '']);
    }
  });
});
