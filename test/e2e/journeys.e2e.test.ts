/**
 * Journeys of issue 18 in the Agents Playground (real bot, Teams channel), driven from headless
 * Chromium as a person would: `help` shows everything by need as buttons (and, with no consult
 * channel, who can set up "Ask my DSL" and the advice line instead of the button); a button on it
 * works; "forget me" asks first, and Cancel deletes nothing; a name posted in the group chat gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { ask, clickCardButton, composeBox, screenshot, shownText, usePlaygroundPages, waitForText } from '../helpers/playground.js';

describe('journeys in the Agents Playground (real bot, Teams channel)', () => {
  const onPage = usePlaygroundPages({ env: { DEFAULT_AREA: 'salford' } });

  it('help → a feature; forget me → Cancel', async () => {
    await onPage('journeys', async (page) => {
      const help = await ask(page, 'help', 'What I can do in this chat');
      const text = await shownText(help);
      for (const heading of ['I am worried about a child', 'Making a referral and recording it', 'Special situations', 'I disagree with a decision', 'Your settings and data', 'For DSLs and administrators']) {
        expect(text).toContain(heading);
      }
      expect(text).toContain('“Ask my DSL” is not set up for your organisation yet');
      expect(text).toContain('0161 603 4555');
      for (const title of ['Answer a few questions', 'Prepare my referral', 'Recording help', 'My saved notes', 'Is it private fostering?', 'Challenge a decision', 'Forget me']) {
        await expect.poll(() => help.getByRole('button', { name: title, exact: true }).count(), { message: title }).toBe(1);
      }
      expect(await help.getByRole('button', { name: 'Ask my DSL', exact: true }).count()).toBe(0);

      await clickCardButton(page, 'Prepare my referral');
      await waitForText(page, /\d+ of \d+ ticked/, 15_000);

      await ask(page, 'forget me', 'Forget me: is this what you want to delete?');
      await clickCardButton(page, 'Cancel');
      await waitForText(page, 'Cancelled: I have not deleted anything.', 15_000);
      await screenshot(page, 'journeys-help-forget');
    });
  }, 120_000);

  it('a child’s name posted in the group chat (@mentioning the bot): the warning and how to delete the message, and the name is not repeated (the personal-chat button needs a Teams bot id: test/http/journeys.test.ts)', async () => {
    await onPage('journeys-group-chat', async (page) => {
      await page.getByText('Group Chat', { exact: true }).click();
      // In a group chat the bot hears only messages that @mention it: pick it from the compose box's list.
      await composeBox(page).click();
      await page.keyboard.type('@Test');
      await page.locator('[role=listbox], [role=menu]').getByText('Test Bot', { exact: true }).first().click();
      await page.keyboard.type(' the girl is called Jamie and she has bruises on her arms');
      await page.keyboard.press('Enter');
      const warning = await waitForText(page, 'Please do not share a child’s name or date of birth in this chat', 15_000);
      const text = await shownText(warning);
      expect(text).toContain('choose More options (…) and then Delete');
      expect(text).not.toContain('Jamie');
      await screenshot(page, 'journeys-group-chat');
    });
  }, 120_000);
});
