/**
 * The real bot in the Agents Playground (Teams channel), driven from headless Chromium:
 * "escalate" → "Draft escalation notice" → the form filled in → the notice → "Next stage"
 * to the Practice Manager, checking the working-day due date the user sees.
 * The bot runs on the real clock, so the expected date is worked out from today with the
 * same rules module (weekends and England and Wales bank holidays skipped).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, formatLongDate, londonTime } from '../../rules';
import { clickCardButton, fillCardInput, openPlayground, screenshot, send, usePlaygroundStack, waitForText } from '../helpers/playground.js';

async function fail(page: Page, name: string, error: unknown, logs: string): Promise<never> {
  await screenshot(page, `${name}-failure`).catch(() => undefined);
  throw new Error(`${String(error)}\n--- stack logs ---\n${logs}`, { cause: error });
}

describe('escalation notice in the Agents Playground (real bot, Teams channel)', () => {
  const { stack, browser } = usePlaygroundStack({ env: { DEFAULT_AREA: 'salford' } });

  it('drafts a notice and shows the response due date', async () => {
    const page = await openPlayground(browser(), stack());
    try {
      await send(page, 'escalate');
      await waitForText(page, 'Challenging a decision: escalation', 15_000);
      await clickCardButton(page, 'Draft escalation notice');
      await waitForText(page, 'Name of child or young person', 15_000);

      await fillCardInput(page, 'Name of child or young person', 'Test Child');
      await fillCardInput(page, 'Date of birth', '2015-03-01');
      await fillCardInput(page, 'Information of concern', 'Test concern for the end-to-end check');
      await fillCardInput(page, 'The decision you are challenging', 'Closed with no further action');
      await fillCardInput(page, 'What you have tried at practitioner level', 'Spoke to the caseworker');
      await fillCardInput(page, 'Report completed by: name', 'Test Practitioner');
      await fillCardInput(page, 'Role', 'Designated safeguarding lead');
      await fillCardInput(page, 'Contact details', 'test@example.org');
      await clickCardButton(page, 'Draft the notice');

      // Stage 1 (the practitioner) has no deadline in the guidance.
      await waitForText(page, 'The guidance sets no response time at this stage.', 15_000);
      await clickCardButton(page, 'Next stage: Practice Manager at the Bridge');

      // Re-read "today" after the click (the bot uses its own clock): accept either side of midnight.
      const dueFor = (d: Date) => `A response is due by ${formatLongDate(addWorkingDays(londonTime(d).date, 5))} (5 working days).`;
      const expected = [dueFor(new Date()), dueFor(new Date(Date.now() - 60_000))];
      const card = await waitForText(page, 'Stage 2: Practice Manager at the Bridge', 15_000);
      const text = (await card.innerText()).replace(/\u00a0/g, ' ');
      expect(expected.some((e) => text.includes(e)), `expected one of ${expected.join(' | ')} in:\n${text}`).toBe(true);
      expect(text).toContain('worriedaboutachild@salford.gov.uk');
      expect(text).toContain('Resolve it with the practitioner: sent');
      expect(text).toContain('Sutherland House');
      await screenshot(page, 'escalation-notice');
    } catch (error) {
      await fail(page, 'escalation-notice', error, stack().logs());
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
