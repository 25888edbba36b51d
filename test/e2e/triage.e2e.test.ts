/**
 * The real bot (bot/index.ts, built with scripts/build.mjs) in the Microsoft 365
 * Agents Playground on the Teams channel, driven from headless Chromium: one
 * free-text triage, then the screening questions answered by clicking the card
 * buttons through to a result card, checking the contacts a worker would see.
 * Screenshots go to test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { questionsFor } from '../../dialogs/triage/questions';
import { loadEngines, type Answers } from '../../rules';
import { ask, botMessages, clickCardButton, screenshot, send, shownText, usePlaygroundPages, waitForText } from '../helpers/playground.js';

const salford = loadEngines().salford;
const questions = questionsFor(salford.pack);
const BRIDGE = '0161 603 4500';

/** The answer to click for each question (by its button title), and what the engine stores for it. */
const PLAN: Record<string, { title: string; value: string }> = {
  immediateDanger: { title: 'No', value: 'no' },
  homeAlone: { title: 'No', value: 'no' },
  needs: { title: 'Some extra support', value: 'some' },
  earlyHelp: { title: 'No', value: 'none' },
  ageBand: { title: '5 to 11', value: '5_to_11' },
  familyKnows: { title: 'Yes, they know and agree', value: 'yes' },
};

describe('triage in the Agents Playground (real bot, Teams channel)', () => {
  const onPage = usePlaygroundPages({ env: { DEFAULT_AREA: 'salford' } });

  it('a free-text concern gets the route and the Bridge’s number, with why', async () => {
    await onPage('triage-free-text', async (page) => {
      const card = await ask(page, 'a child has unexplained bruises and is reluctant to change for PE', 'Level of need');
      // The first screen: the Bridge's number and 999; why is behind "More detail" until it is pressed.
      const first = await shownText(card);
      expect(first).toContain(BRIDGE);
      expect(first).toContain('999');
      expect(first).not.toMatch(/You mentioned .*bruis/i);
      await clickCardButton(page, 'More detail');
      await expect.poll(async () => (await card.innerText()).includes('Why')).toBe(true);
      const text = await shownText(card);
      expect(text).toMatch(/You mentioned .*bruis/i);
      expect(text).toContain('999');
      await expect.poll(() => card.getByRole('button', { name: 'Answer a few questions', exact: true }).count()).toBe(1);
      await screenshot(page, 'triage-free-text');
    });
  }, 60_000);

  it('"worried" → every screening question answered by card buttons → result card with its contacts', async () => {
    await onPage('triage-screening', async (page) => {
      await send(page, 'worried');
      const answers: Answers = {};
      for (const [index, q] of questions.entries()) {
        const heading = `Question ${index + 1} of ${questions.length}`;
        const card = await waitForText(page, heading, 15_000);
        if (q.multi) {
          // Tick the first harm, then Next.
          const harm = q.choices[0];
          if (!harm) throw new Error('the harms question has no choices');
          await card.getByText(harm.title, { exact: true }).click();
          await expect.poll(() => card.locator('input[type="checkbox"]:checked').count()).toBe(1);
          answers.indicators = [harm.value];
          await clickCardButton(page, 'Next');
        } else {
          const plan = PLAN[q.id] ?? { title: q.choices[0]?.title ?? '', value: q.choices[0]?.value ?? '' };
          (answers as Record<string, unknown>)[q.id] = plan.value;
          await clickCardButton(page, plan.title);
        }
        if (index === 2) await screenshot(page, 'triage-screening-question-3');
      }

      // The result card: what the engine says for these answers, with every contact's number.
      const expected = salford.assess(answers, new Date());
      const result = await waitForText(page, `Level of need: ${expected.level.name}`, 15_000);
      expect(await shownText(result)).toContain(BRIDGE);
      // Every contact is behind "More detail".
      await clickCardButton(page, 'More detail');
      await expect.poll(async () => (await result.innerText()).includes('Who to contact')).toBe(true);
      const text = await shownText(result);
      expect(text).toContain(expected.route.title);
      expect(expected.contacts.length).toBeGreaterThan(0);
      for (const c of expected.contacts) {
        expect(text).toContain(c.contact.name);
        for (const p of c.contact.phones) expect(text).toContain(p.number);
      }
      expect(text).toContain(BRIDGE);
      expect(text).toContain('999');
      // The answers were read from the buttons: no "could not read" along the way.
      const all = (await botMessages(page).allInnerTexts()).join('\n');
      expect(all).not.toMatch(/could not read|earlier question/i);
      await screenshot(page, 'triage-screening-result');
    });
  }, 120_000);
});
