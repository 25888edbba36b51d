/**
 * Steps in the order for who is asking (issue 17, section 2), read off the cards the bot sends:
 * "Do now:" on the first screen, then the numbered steps behind "More detail".
 * - School or nursery staff (and health, voluntary): the step about their designated safeguarding
 *   lead comes before any step that sends them to the front door, on every route below an
 *   emergency and on every worry; where the route has no such step, the pack's own cited one.
 * - A DSL or manager: the front door's step first.
 * - 999 stays first wherever it is the first step, for everyone.
 * - Every step shown carries its citation, and no step is invented (Nottingham's guidance names no
 *   DSL, so its order is the pack's).
 */
import { describe, expect, it } from 'vitest';
import { cardNodes } from '../helpers/cardNodes';
import { answerFor, firstScreenText, topicCard, type AdaptiveCard } from '../../cards';
import { AREAS, answerOf, loadEngines, topicAnswer, type Engine, type Recognition, type Role } from '../../rules';

const engines = loadEngines();
const WEEKDAY = new Date('2026-11-24T10:00:00Z');
const DSL = /designated safeguarding (lead|person)/i;

/** The steps as the card shows them, in order: "Do now: …" on the first screen, then "2. …", "3. …" in the detail. */
function shownSteps(card: AdaptiveCard): string[] {
  const doNow = firstScreenText(card).find((t) => t.startsWith('Do now: '));
  const numbered = cardNodes(card.body).flatMap((n) => (n.type === 'TextBlock' && typeof n.text === 'string' && /^\d+\. /.test(n.text) ? [n.text.replace(/^\d+\. /, '')] : []));
  return [...(doNow ? [doNow.slice('Do now: '.length)] : []), ...numbered];
}

const worry = (engine: Engine, id: string): Recognition => ({ intent: 'concern', also: [], indicators: [{ id, matched: [engine.pack.indicators.find((i) => i.id === id)?.phrases[0] ?? id] }], negated: [], contacts: [], uncertain: false, confidence: 'high' });

describe.each(AREAS)('%s: the order of the steps on the card', (area) => {
  const engine = engines[area];
  const { pack } = engine;
  const door = pack.contacts.find((c) => c.id === pack.frontDoor);
  /** A step that sends the practitioner to the front door: its name or its number. */
  const toDoor = (t: string): boolean => !DSL.test(t) && !!door && (t.includes(door.name) || door.phones.some((p) => t.includes(p.number)) || (door.aliases ?? []).some((a) => a.length > 3 && t.includes(a)));
  const levelRoutes = Object.entries(pack.levelRoutes).filter(([level]) => level !== pack.emergencyLevel).map(([, route]) => route);
  const harms = pack.indicators.filter((i) => i.kind === 'harm');

  it('school or nursery staff: the DSL step first, before any step to the front door, on every route below an emergency and every worry', () => {
    for (const role of ['school', 'health', 'voluntary'] as Role[]) {
      const cards: [string, AdaptiveCard][] = [
        ...levelRoutes.map((r): [string, AdaptiveCard] => [`route ${r}`, topicCard(engine, r, WEEKDAY, [], { personal: true, role })]),
        ...harms.map((i): [string, AdaptiveCard] => [`worry ${i.id}`, answerFor(engine, worry(engine, i.id), 'x', WEEKDAY, { personal: true, role })]),
      ];
      for (const [name, card] of cards) {
        const steps = shownSteps(card);
        const dsl = steps.findIndex((t) => DSL.test(t));
        if (!pack.staffFirstStep) {
          // The guidance names no DSL: nothing is added, and the order is the pack's.
          const none = name.startsWith('route ') ? topicCard(engine, name.slice(6), WEEKDAY, [], { personal: true }) : answerFor(engine, worry(engine, name.slice(6)), 'x', WEEKDAY, { personal: true });
          expect(steps, `${name} ${role}`).toEqual(shownSteps(none));
          continue;
        }
        expect(dsl, `${name} ${role}: ${steps.join(' | ')}`).toBe(0);
        const first = steps.findIndex(toDoor);
        if (first >= 0) expect(dsl, `${name} ${role}`).toBeLessThan(first);
      }
    }
  });

  it('a designated safeguarding lead or manager: the front door first, the DSL step after it', () => {
    for (const r of levelRoutes) {
      const steps = shownSteps(topicCard(engine, r, WEEKDAY, [], { personal: true, role: 'dsl' }));
      const first = steps.findIndex(toDoor);
      const dsl = steps.findIndex((t) => DSL.test(t));
      if (first >= 0 && dsl >= 0) expect(first, `${r}: ${steps.join(' | ')}`).toBeLessThan(dsl);
      // Nothing is added for the DSL: the steps are the pack's, each once.
      const base = topicAnswer(engine, r, WEEKDAY);
      expect([...steps].sort(), r).toEqual([...(base?.steps.map((s) => s.text) ?? [])].sort());
    }
  });

  it('999 stays first on the emergency route and on every red flag, whoever is asking', () => {
    const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
    const emergencyRoute = pack.levelRoutes[pack.emergencyLevel];
    for (const role of ['school', 'health', 'voluntary', 'dsl'] as Role[]) {
      if (emergencyRoute) {
        const steps = shownSteps(topicCard(engine, emergencyRoute, WEEKDAY, [], { personal: true, role }));
        expect(steps[0], `${emergencyRoute} ${role}`).toContain(police);
      }
      for (const ind of pack.indicators.filter((i) => i.kind === 'red-flag')) {
        const card = answerFor(engine, { ...worry(engine, ind.id), intent: 'emergency' }, 'x', WEEKDAY, { personal: true, role });
        expect(firstScreenText(card)[0], `${ind.id} ${role}`).toBe(`Call ${police} now`);
      }
    }
  });

  it('every step, in every order, carries its citation, and the added DSL step is the pack’s own, cited', () => {
    for (const role of ['school', 'dsl'] as Role[]) {
      for (const i of harms) {
        const a = answerOf(engine, { from: 'screening', answers: { indicators: [i.id] } }, WEEKDAY, { personal: true, role });
        for (const s of a.steps) expect(s.source, `${i.id} ${role}: ${s.text}`).toBeDefined();
      }
    }
    if (pack.staffFirstStep) {
      const a = answerOf(engine, { from: 'screening', answers: { indicators: [harms[0]?.id ?? ''] } }, WEEKDAY, { personal: true, role: 'school' });
      expect(a.steps[0]).toEqual({ text: a.steps[0]?.text, source: a.steps[0]?.source });
      expect(DSL.test(a.steps[0]?.text ?? '')).toBe(true);
    }
  });
});

it('Salford: a class teacher worried about a child at Getting Help is told to consult their DSL first, never to start with the family', () => {
  const engine = engines.salford;
  const card = topicCard(engine, 'early_help', WEEKDAY, [], { personal: true, role: 'school' });
  const steps = shownSteps(card);
  expect(steps[0]).toBe('Consult your designated safeguarding lead throughout, and follow your organisation’s safeguarding policy.');
  expect(steps[1]).toMatch(/^Talk with the family/);
  // The DSL's own answer starts with the pack's first step, and a DSL at Getting Risk Support calls the Bridge first.
  expect(shownSteps(topicCard(engine, 'early_help', WEEKDAY, [], { personal: true, role: 'dsl' }))[0]).toMatch(/^Talk with the family/);
  expect(shownSteps(topicCard(engine, 'risk_support', WEEKDAY, [], { personal: true, role: 'dsl' }))[0]).toMatch(/^Call the Bridge on 0161 603 4500/);
  expect(shownSteps(topicCard(engine, 'risk_support', WEEKDAY, [], { personal: true, role: 'school' })).slice(0, 2)).toEqual([
    'Consult your designated safeguarding lead throughout, and follow your organisation’s safeguarding policy.',
    'Call the Bridge on 0161 603 4500 now to raise the concern and get advice. Outside office hours, call the Emergency Duty Team on 0161 794 8888.',
  ]);
});
