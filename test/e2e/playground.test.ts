/**
 * Proves the Playground harness end to end against a throwaway echo bot
 * (test/e2e/fixtures/echo-bot.ts): compose box -> bot reply -> Adaptive Card
 * input + Action.Submit -> bot reply to the submit. Swap `bot` for the real
 * entry ('bot/index.ts', the default) once it exists.
 */
import { describe, expect, it } from 'vitest';
import { botMessages, clickCardButton, fillCardInput, onPlaygroundPage, screenshot, send, usePlaygroundStack, waitForText } from '../helpers/playground.js';

describe('Agents Playground harness (echo bot)', () => {
  const { stack, browser } = usePlaygroundStack({ bot: 'test/e2e/fixtures/echo-bot.ts' });

  it('sends a message, reads the reply and submits a card', async () => {
    await onPlaygroundPage(browser(), stack(), 'playground-echo-bot', async (page) => {
      await send(page, 'hello from the harness');
      await waitForText(page, 'Echo: hello from the harness');
      const card = await waitForText(page, 'Echo card');
      await expect.poll(() => card.getByRole('button', { name: 'Press me' }).count()).toBe(1);

      await fillCardInput(page, 'Note', 'typed into the card');
      await clickCardButton(page, 'Press me');
      await waitForText(page, 'Card clicked: press (note: typed into the card)');

      // Exactly the three bot messages, in order: echo, card, submit reply.
      const texts = await botMessages(page).allInnerTexts();
      expect(texts).toHaveLength(3);
      expect(texts[0]).toContain('Echo: hello from the harness');
      expect(texts[1]).toContain('Echo card');
      expect(texts[2]).toContain('Card clicked: press (note: typed into the card)');
      await screenshot(page, 'playground-echo-bot');
    });
  }, 60_000);
});
