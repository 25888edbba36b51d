/**
 * A topic the recogniser gives is answered with the route its pack names for it. Bury and Nottingham name routes
 * differently from the topic ids (Bury's and Nottingham's "info_sharing" topic → "information_sharing", Nottingham's
 * "after_referral" → "strategy_s47", Bury's "contextual_safeguarding" → "exploitation"); before 5 December 2026 those
 * messages got the bare "No particular route found" answer (the welcome card) while the evaluation counted them right.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf, topicAnswer } from '../../rules/answer';
import type { Intent } from '../../rules/recognise';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');

describe('every topic of every pack reaches its own route', () => {
  it.each(AREAS)('%s: a recognition of each topic is answered with the route the topic names', (area) => {
    const engine = engines[area];
    for (const topic of engine.pack.topics) {
      // The meaning's ordinary matter: test/rules/advice.test.ts. The escalation ladder has its own answer (rules/escalation.ts).
      if (topic.id === 'advice' || topic.id === 'escalation') continue;
      const r = { ...engine.recognise('hello'), intent: topic.id as Intent, also: [] };
      const a = answerOf(engine, { from: 'message', recognition: r, text: 'x' }, AT, { personal: true });
      expect(a.kind, `${area} ${topic.id}`).toBe('topic');
      expect(a.routeId, `${area} ${topic.id}`).toBe(topic.route);
      // The button that offers the topic beside another answer (route.show with the topic's id) opens the same route.
      expect(topicAnswer(engine, topic.id, AT)?.routeId, `${area} ${topic.id} button`).toBe(topic.route);
    }
  });

  const ASKED: { area: (typeof AREAS)[number]; text: string; title: RegExp }[] = [
    { area: 'bury', text: 'can I share information without the parents consent?', title: /^Information sharing and consent by level$/ },
    { area: 'nottingham', text: 'can I share information without the parents consent?', title: /^Information sharing$/ },
    { area: 'nottingham', text: 'what happens after I refer?', title: /^Strategy discussion, section 47 enquiries/ },
    { area: 'bury', text: 'what is contextual safeguarding?', title: /exploitation/i },
    { area: 'salford', text: 'can I share information without the parents consent?', title: /^Sharing information$/ },
  ];
  it.each(ASKED)('$area: "$text" gets the topic’s own card, not the welcome card', ({ area, text, title }) => {
    const engine = engines[area];
    const r = engine.recognise(text);
    const a = answerOf(engine, { from: 'message', recognition: r, text }, AT, { personal: true });
    expect(a.kind).toBe('topic');
    expect(a.title).toMatch(title);
    expect(a.steps.length).toBeGreaterThan(0);
  });
});
