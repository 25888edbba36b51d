/**
 * "Prepare my referral" end to end: the real bot (bot/index.ts, built) in the
 * Microsoft 365 Agents Playground on the Teams channel, driven from headless
 * Chromium. A free-text concern → the result card → click “Prepare my referral”
 * → the checklist with the Bridge's number and the portal; tick an item and save.
 * Screenshots go to test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { ask, clickCardButton, screenshot, shownText, usePlaygroundPages, waitForText } from '../helpers/playground.js';

const BRIDGE = '0161 603 4500';

describe('Prepare my referral in the Agents Playground (real bot, Teams channel)', () => {
  const onPage = usePlaygroundPages({ env: { DEFAULT_AREA: 'salford' } });

  it('free-text concern → result card → “Prepare my referral” → checklist', async () => {
    await onPage('referral-checklist', async (page) => {
      const result = await ask(page, 'she has bruises on her face and says she is frightened of dad', 'Level of need');
      await expect.poll(() => result.getByRole('button', { name: 'Prepare my referral', exact: true }).count()).toBe(1);

      await clickCardButton(page, 'Prepare my referral');
      const checklist = await waitForText(page, 'Prepare your referral', 15_000);
      const text = await shownText(checklist);
      expect(text).toContain('For: Refer to the Bridge now');
      expect(text).toContain('The reason for the referral, and the facts');
      expect(text).toContain('A contingency plan');
      expect(text).toContain('Salford Children and Families Portal');
      expect(text).toContain(BRIDGE);
      expect(text).toContain('within one week');
      expect(text).toContain('0 of 8 ticked.');
      expect(await checklist.locator('input[type="checkbox"]').count()).toBe(8);
      await screenshot(page, 'referral-checklist');

      // Tick the first item and save: the new checklist shows it ticked.
      await checklist.locator('input[type="checkbox"]').first().check();
      await clickCardButton(page, 'Save my ticks');
      await waitForText(page, '1 of 8 ticked.', 15_000);
      await screenshot(page, 'referral-checklist-ticked');
    });
  }, 90_000);
});
