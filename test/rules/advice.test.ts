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

describe('the pack’s own advice topic, found by its listed phrases', () => {
  // Nottingham's "advice" topic is how to make a referral (the MARF); Bury's is getting advice and finding contacts. Until
  // 5 December 2026 both were answered with the lowest level's route, as the meaning's ordinary matter is.
  it.each([
    { area: 'nottingham', text: 'how do I make a referral?', title: 'How to make a referral or request for services (MARF)', email: 'candf.direct@nottinghamcity.gov.uk' },
    { area: 'nottingham', text: 'where is the MARF form', title: 'How to make a referral or request for services (MARF)', email: 'candf.direct@nottinghamcity.gov.uk' },
    { area: 'bury', text: 'what local services are there for a family?', title: 'Getting advice and finding contacts in Bury', email: undefined },
  ] as const)('$area: "$text" gets "$title"', ({ area, text, title, email }) => {
    const engine = engines[area];
    const r = engine.recognise(text);
    expect(r.intent).toBe('advice');
    expect(r.topicsFound).toContain('advice');
    const a = answerOf(engine, { from: 'message', recognition: r, text }, new Date('2026-12-02T10:00:00Z'), { personal: true });
    expect(a.kind).toBe('topic');
    expect(a.title).toBe(title);
    if (email) expect(JSON.stringify(a.steps)).toContain(email);
  });

  it.each(AREAS)('%s: an ordinary matter with none of those phrases still gets the universal route', (area) => {
    const engine = engines[area];
    const text = 'she is fed up because her parents said no to a sleepover';
    const r = engine.recognise(text);
    expect(r.topicsFound ?? []).not.toContain('advice');
    expect(answerOf(engine, { from: 'message', recognition: r, text }, new Date('2026-12-02T10:00:00Z'), { personal: true }).title).toBe(TITLES[area]);
  });
});
