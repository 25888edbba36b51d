/**
 * The result card's kept expansions (cards/result.ts, decision 020): everything but "Why" is
 * expanded once per distinct pack data and copied after that, and "Why" is expanded on every card.
 * The card must be the same, byte for byte, as the whole template expanded in one go, on every
 * route the screening and typed messages reach, in a personal chat and a channel, for every role,
 * with and without "Ask my DSL" and other buttons, in office hours and out of them, the first time
 * and from what was kept. And the words typed (quoted in "Why" in a personal chat) never reach
 * what is kept.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, buildResultCard, messageAnswer, resultCardsKeptText, type Button, type ResultCardData } from '../../cards';
import { AREAS, assessmentToAnswer, loadEngines, type Answer, type Engine, type Recognition, type Role } from '../../rules';
import { PUBLIC_SCENARIOS } from '../helpers/scenarios';

const engines = loadEngines();
const WEEKDAY_10AM = new Date('2026-11-25T10:00:00Z');
const SATURDAY_NIGHT = new Date('2026-11-28T23:30:00Z');
const ALSO: Button[] = [
  { title: 'Concerns about staff (LADO)', action: ACTIONS.routeShow.value({ route: 'lado' }) },
  { title: 'Escalation steps', action: ACTIONS.escalationShow.value() },
];
const SETTINGS: Pick<ResultCardData, 'also' | 'consultChannel' | 'stale'>[] = [
  { also: [], consultChannel: false },
  { also: ALSO, consultChannel: true, stale: 'Contact details last checked on 30 September 2026.' },
  { also: ALSO, consultChannel: undefined },
];
/** No role, a role that gets the DSL step first, and the DSL (the front door first). */
const ROLES_SHOWN: (Role | undefined)[] = [undefined, 'school', 'dsl'];

/** Every card the test compares: the answer, and the settings it is shown with. */
function* answers(engine: Engine): Generator<{ answer: Answer; personal: boolean }> {
  const { pack } = engine;
  for (const at of [WEEKDAY_10AM, SATURDAY_NIGHT]) {
    for (const personal of [true, false]) {
      for (const role of ROLES_SHOWN) {
        const opts = { personal, ...(role ? { role } : {}) };
        for (const ind of pack.indicators) {
          const recognition: Recognition = { intent: 'concern', also: [], indicators: [{ id: ind.id, matched: ['zqx typed words'] }], negated: [], contacts: [], uncertain: false, confidence: 'high' };
          yield { answer: assessmentToAnswer(engine, engine.assess({ indicators: [ind.id] }, at), { ...opts, answers: { indicators: [ind.id] }, recognition }), personal };
          yield { answer: assessmentToAnswer(engine, engine.assess({ unsureIndicators: [ind.id] }, at), { ...opts, answers: { unsureIndicators: [ind.id] } }), personal };
        }
        yield { answer: assessmentToAnswer(engine, engine.assess({ harmUnsure: true }, at), { ...opts, answers: { harmUnsure: true } }), personal };
        const all = pack.indicators.map((i) => i.id);
        yield { answer: assessmentToAnswer(engine, engine.assess({ indicators: all }, at), { ...opts, answers: { indicators: all } }), personal };
        for (const text of MESSAGES) yield { answer: messageAnswer(engine, engine.recognise(text), text, at, opts), personal };
      }
    }
  }
}

/** A message with a typo (quoted as typed in "Why"), and the worked practitioner messages. */
const TYPED = 'A Year 4 pupil came in today with brusies on his upper arm that look like grip marks and says he does not want to go home tonight.';
const MESSAGES = [TYPED, ...PUBLIC_SCENARIOS.map((s) => s.text)];

describe('the result card from kept expansions', () => {
  it('is byte for byte the whole template expanded in one go, on every route, the first time and from what was kept', () => {
    const routes = new Set<string>();
    let compared = 0;
    for (const area of AREAS) {
      const engine = engines[area];
      for (const { answer, personal } of answers(engine)) {
        if (answer.kind !== 'concern') continue;
        routes.add(`${area}:${answer.routeId}`);
        for (const settings of SETTINGS) {
          const d: ResultCardData = { pack: engine.pack, answer, personal, ...settings };
          const whole = JSON.stringify(buildResultCard(d, { whole: true }));
          expect(JSON.stringify(buildResultCard(d))).toBe(whole);
          expect(JSON.stringify(buildResultCard(d))).toBe(whole);
          compared++;
        }
      }
    }
    // Among them, the route of every level a worry can be placed at (a level with indicators of its own) in every pack.
    let levelRoutes = 0;
    for (const area of AREAS) {
      const { pack } = engines[area];
      for (const level of pack.levels) {
        if (level.id === pack.emergencyLevel || !pack.indicators.some((i) => i.level === level.id)) continue;
        expect(routes, `${area} ${level.id}`).toContain(`${area}:${pack.levelRoutes[level.id]}`);
        levelRoutes++;
      }
    }
    expect(levelRoutes).toBeGreaterThanOrEqual(12);
    expect(compared).toBeGreaterThan(1000);
  });

  it('"Why" quotes the words typed in a personal chat, and they are never among what is kept', () => {
    const engine = engines.salford;
    const text = TYPED;
    const answer = messageAnswer(engine, engine.recognise(text), text, WEEKDAY_10AM, { personal: true });
    const card = JSON.stringify(buildResultCard({ pack: engine.pack, answer, personal: true, also: [], consultChannel: false }));
    // The typo as typed is on the card (so the test would see it if it were kept)...
    expect(card).toContain('brusies');
    const kept = resultCardsKeptText();
    expect(kept.length).toBeGreaterThan(0);
    // ...and not in anything kept (nor the words of the screening's recognitions above).
    for (const word of ['brusies', 'zqx typed words']) for (const entry of kept) expect(entry).not.toContain(word);
  });
});
