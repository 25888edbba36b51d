/**
 * A question about sharing or referring that also tells of a worry (rules/answer.ts `WITH_WORRY`): the topic's answer,
 * with the worry placed at its level, so that the question's answer does not hide what the worry needs. Other topics,
 * a bare question, a worry at the lowest level and a red flag are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';

const engines = loadEngines();
const AT = new Date('2026-11-24T10:00:00Z');
const answer = (area: (typeof AREAS)[number], text: string) => {
  const engine = engines[area];
  return answerOf(engine, { from: 'message', recognition: engine.recognise(text), text }, AT, { personal: true });
};
const PROTECTION = { salford: 'getting_risk_support', bury: 'level5', nottingham: 'protection' } as const;

describe('the worry a sharing or referring question also tells of', () => {
  it.each(AREAS)('%s: consent to refer a child hit with a belt: the sharing answer at child protection', (area) => {
    const a = answer(area, "do I need mum's consent to ring the front door? the 6yo says her boyfriend hits him with a belt");
    expect(a.kind).toBe('topic');
    // Each pack's own route for it (Bury's and Nottingham's are named for their guidance's section).
    expect(a.routeId).toMatch(/^info(rmation)?_sharing$/);
    expect(a.level?.id).toBe(PROTECTION[area]);
  });

  it('salford: an anonymous referral about children left out in the cold and hungry: the worry\'s level, above universal services', () => {
    const a = answer('salford', "can I make an anonymous referral? neighbour's kids always left outside in the cold hungry");
    expect(a.routeId).toBe('anonymous');
    expect(a.level?.rank).toBeGreaterThan(1);
  });

  it.each([
    // A bare question: nothing to place.
    'do I need consent to share information with the Bridge?',
    'can I make an anonymous referral?',
  ])('no level for a bare question: "%s"', (text) => {
    const a = answer('salford', text);
    expect(a.kind).toBe('topic');
    expect(a.level).toBeUndefined();
  });
});
