/**
 * The real bot in the Agents Playground (Teams channel), driven from headless Chromium:
 * "escalate" → "Draft escalation notice" → the form filled in → the notice → "Next stage"
 * twice (Practice Manager by phone, Service Manager by email, each on a day the user gives),
 * checking the working-day due dates the user sees, counted from those days.
 * The bot runs on the real clock, so the expected date is worked out from today with the
 * same rules module (weekends and England and Wales bank holidays skipped).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, formatLongDate, londonTime } from '../../rules';
import { ask, clickCardButton, fillCardInput, screenshot, shownText, usePlaygroundPages, waitForText } from '../helpers/playground.js';

/** "Next stage": the question, the day it was raised and how, "Move to the next stage"; returns the new stage's card text. */
async function moveOn(page: Page, step: { button: string; question: string; raisedOn: string; how: string; stage: string }): Promise<string> {
  await clickCardButton(page, step.button);
  await waitForText(page, step.question, 15_000);
  await fillCardInput(page, 'The date you raised it', step.raisedOn);
  await fillCardInput(page, 'How you raised it', step.how);
  await clickCardButton(page, 'Move to the next stage');
  return shownText(await waitForText(page, step.stage, 15_000));
}

describe('escalation notice in the Agents Playground (real bot, Teams channel)', () => {
  const onPage = usePlaygroundPages({ env: { DEFAULT_AREA: 'salford' } });

  it('drafts a notice, then moves it on twice with the dates and ways the user gives; each due date counts from that date', async () => {
    // The bot runs on the real clock: the dates are worked out from today, with the same rules module.
    const today = londonTime(new Date()).date;
    const noticeDate = addDays(today, -14);
    const calledPracticeManager = addDays(today, -10);
    const emailedServiceManager = addDays(today, -2);
    const due = (from: string) => `A response is due by ${formatLongDate(addWorkingDays(from, 5))} (5 working days).`;
    await onPage('escalation-notice', async (page) => {
      await ask(page, 'escalate', 'Challenging a decision: escalation');
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
      await fillCardInput(page, 'Date', noticeDate);
      await clickCardButton(page, 'Draft the notice');

      // Stage 1 (the practitioner) has no deadline in the guidance.
      await waitForText(page, 'The guidance sets no response time at this stage.', 15_000);
      const second = await moveOn(page, {
        button: 'Next stage: Practice Manager at the Bridge',
        question: 'When did you raise it with a Practice Manager at the Bridge, and how?',
        raisedOn: calledPracticeManager,
        how: 'Phone call',
        stage: 'Stage 2: Practice Manager at the Bridge',
      });
      expect(second).toContain(`At this stage: raised by phone call on ${formatLongDate(calledPracticeManager)}.`);
      expect(second).toContain(due(calledPracticeManager));
      expect(second).toContain('worriedaboutachild@salford.gov.uk');
      expect(second).toContain(`Resolve it with the practitioner: sent ${formatLongDate(noticeDate)}`);
      expect(second).toContain('Record the challenge and how it was resolved on the child’s file');

      const third = await moveOn(page, {
        button: 'Next stage: Service Manager',
        question: 'When did you raise it with the Service Manager, and how?',
        raisedOn: emailedServiceManager,
        how: 'Email',
        stage: 'Stage 3: Service Manager',
      });
      expect(third).toContain(`At this stage: raised by email on ${formatLongDate(emailedServiceManager)}.`);
      expect(third).toContain(due(emailedServiceManager));
      expect(third).toContain(`2. Practice Manager at the Bridge: raised by phone call on ${formatLongDate(calledPracticeManager)}, response due ${formatLongDate(addWorkingDays(calledPracticeManager, 5))}`);
      expect(third).toContain('Sutherland House');
      await screenshot(page, 'escalation-notice');
    });
  }, 150_000);
});
