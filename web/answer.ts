/**
 * The Guidance tab's answer for what was typed: the bot's one answer (rules/answer.ts) for
 * the same words and clock. Nothing typed leaves the page, so "why" may quote the words,
 * as in a personal chat. Kept apart from the page code so a test can call it without a DOM.
 */
import { answerText, type Answer, type Engine } from '../rules';

export function tabAnswer(engine: Engine, text: string, at: Date): Answer {
  return answerText(engine, text, at, { personal: true });
}
