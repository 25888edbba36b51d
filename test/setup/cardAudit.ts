/** Every card the bot sent to the stand-in connector during a test file must pass the card audit. */
import { afterAll, expect } from 'vitest';
import { cardProblems } from '../helpers/cardAudit';

afterAll(() => {
  const found = cardProblems.splice(0);
  expect(found, 'cards the bot sent that Teams would reject or render badly').toEqual([]);
});
