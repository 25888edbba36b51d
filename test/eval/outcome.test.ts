/**
 * The evaluation scores what the practitioner sees: a topic the pack gives no answer for is scored as no answer
 * ("none"), not as the topic's name. (Until 5 December 2026 Bury's and Nottingham's information-sharing questions were
 * scored right while the bot answered them with the welcome card.)
 */
import { describe, expect, it } from 'vitest';
import { loadEngines, type Engine } from '../../rules';
import { outcomeOf } from '../../scripts/evaluation';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');
const QUESTION = 'can I share information without the parents consent?';

describe('the evaluation’s outcome of a topic', () => {
  it('is the topic’s route where the pack answers it', () => {
    expect(outcomeOf(engines.bury, QUESTION, AT).route).toBe('info_sharing');
  });

  it('is no answer where the pack has no route for it', () => {
    const lost: Engine = { ...engines.bury, route: () => undefined };
    const got = outcomeOf(lost, QUESTION, AT);
    expect(got.intent).toBe('info_sharing');
    expect(got.route).toBe('none');
  });
});
