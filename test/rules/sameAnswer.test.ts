/**
 * One answer, built once (issue 17, section 1): for the same words and clock, the chat
 * (what MainDialog sends), the message extension ("Check next steps") and the Guidance tab give
 * the same Answer, and the decision record keeps the assessment that Answer was built from.
 * fast-check over messages made of the packs' own phrases, topic words and filler, and any
 * instant from 2025 to 2028 (office hours, evenings, weekends, bank holidays).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextStepsCard } from '../../bot/extensions/messageExtensions';
import { cardForAnswer, messageAnswer } from '../../cards';
import { AREAS, answersFromMessage, loadEngines, type Answer, type Engine } from '../../rules';
import { tabAnswer } from '../../web/answer';

const engines = loadEngines();
const instant = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T23:59:00Z'), noInvalidDate: true });
const FILLER = ['I am', 'worried', 'about', 'a child', 'in my class', 'not sure', 'today', 'he said', 'she has', 'who do I call', 'the', 'and', 'no', 'mum', 'escalate', 'help', 'thanks', 'aged 6', 'aged 16', 'at home'];

/** A message: a few of the pack's indicator and topic phrases, contact names and filler words, in any order. */
function messageFor(engine: Engine): fc.Arbitrary<string> {
  const { pack } = engine;
  const phrases = [...pack.indicators.flatMap((i) => i.phrases.slice(0, 2)), ...pack.topics.flatMap((t) => t.phrases.slice(0, 2)), ...pack.contacts.map((c) => c.name)];
  return fc.array(fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...FILLER)), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
}

/** The Answer without "why", which quotes the words only where they may be quoted (a personal chat, the tab). */
const withoutWhy = (a: Answer): Omit<Answer, 'why'> => {
  const { why: _why, ...rest } = a;
  return rest;
};

describe.each(AREAS)('%s: the chat, the message extension and the Guidance tab give the same answer', (area) => {
  const engine = engines[area];

  it('for the same words and clock', () => {
    fc.assert(
      fc.property(messageFor(engine), instant, (text, at) => {
        const r = engine.recognise(text);
        const chatPersonal = messageAnswer(engine, r, text, at, { personal: true });
        const chatGroup = messageAnswer(engine, r, text, at, { personal: false });
        const extension = nextStepsCard(engine, text, at).answer;
        const tab = tabAnswer(engine, text, at);
        // Where the words may be quoted (a personal chat, the tab) and where only labels are (a group chat, the extension's card), the answers are identical.
        expect(tab).toEqual(chatPersonal);
        expect(extension).toEqual(chatGroup);
        // Across the two, everything but "why" is the same: route, level, steps, contacts open now, warnings, sources, safety net.
        expect(withoutWhy(extension as Answer)).toEqual(withoutWhy(tab));
        // The decision record keeps the assessment the answer was built from: the one the engine gives for the message's answers.
        if (chatPersonal.assessment) expect(chatPersonal.assessment).toEqual(engine.assess(answersFromMessage(r, text), at));
        else expect(['escalation', 'contact', 'topic', 'unsure', 'none']).toContain(chatPersonal.kind);
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('the chat card displays that answer and nothing else decides the route', () => {
    fc.assert(
      fc.property(messageFor(engine), instant, (text, at) => {
        const answer = tabAnswer(engine, text, at);
        const card = JSON.stringify(cardForAnswer(engine, answer, at, { personal: true }));
        // The route given (feedback buttons carry it) is the answer's.
        const given = /"given":"([^"]+)"/.exec(card)?.[1];
        if (given && answer.routeId) expect(given).toBe(answer.routeId);
        // Every contact's first number on a concern, topic or emergency card is the answer's.
        if (answer.kind === 'concern' || answer.kind === 'emergency') for (const c of answer.contacts) for (const p of c.contact.phones.slice(0, 1)) expect(card).toContain(p.number);
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
