/**
 * Cards as the Adaptive Cards renderer draws them (adaptivecards 3.0.6, the library Teams'
 * own renderer follows) in headless Chromium, with the buttons clicked as a person would.
 *
 * The point: an Action.Submit checks the card's required inputs before it sends anything. A
 * button that must work on an empty form ("Open the form in a window", Cancel) carries
 * `associatedInputs: "none"`; without it the user sees the form's error messages and nothing
 * happens. Each test also clicks a button that does validate, so the check can fail.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFor, buildForgetAskCard, MORE_DETAIL, type AdaptiveCard } from '../../cards';
import { buildNoticeFormCard } from '../../cards/noticeForm';
import { loadEngines, stageById } from '../../rules';
import { launchBrowser } from '../helpers/playground';

const AC_BUNDLE = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.js');
const engines = loadEngines();
const pack = engines.salford.pack;
const DRAFT_ID = '00000000-0000-4000-8000-000000000000';

function noticeForm(): AdaptiveCard {
  const stage = stageById(pack, 'practice_manager');
  if (!stage) throw new Error('no stage');
  return buildNoticeFormCard({ pack, draftId: DRAFT_ID, stage, addressee: { to: stage.to }, values: {}, errors: {}, today: '2026-11-23' });
}

interface Executed {
  title: string;
  data: Record<string, unknown>;
}

describe('cards in the Adaptive Cards renderer (headless Chromium)', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A blank page with the card rendered; every executed action is recorded in window.__executed. */
  async function render(card: AdaptiveCard): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 600, height: 1600 } });
    await context.route(() => true, (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.setContent('<!doctype html><html lang="en-GB"><body><main id="card"></main></body></html>');
    await page.addScriptTag({ path: AC_BUNDLE });
    await page.evaluate((json) => {
      type Action = { title?: string; data?: unknown };
      const AC = (window as unknown as { AdaptiveCards: { AdaptiveCard: new () => { onExecuteAction?: (a: Action) => void; parse(j: unknown): void; render(): HTMLElement } } }).AdaptiveCards;
      const w = window as unknown as { __executed: { title: string; data: unknown }[] };
      w.__executed = [];
      const c = new AC.AdaptiveCard();
      c.onExecuteAction = (a) => w.__executed.push({ title: a.title ?? '', data: a.data });
      c.parse(json);
      document.getElementById('card')?.append(c.render());
    }, card as unknown as Record<string, unknown>);
    return page;
  }

  const executed = (page: Page) => page.evaluate(() => (window as unknown as { __executed: Executed[] }).__executed);
  const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

  it('"Open the form in a window" on an empty notice form sends at once, with no required-field errors', async () => {
    const page = await render(noticeForm());
    try {
      await page.getByRole('button', { name: 'Open the form in a window' }).click();
      expect(await executed(page)).toEqual([{ title: 'Open the form in a window', data: { msteams: { type: 'task/fetch' }, verb: 'notice.form', draftId: DRAFT_ID } }]);
      const text = await visibleText(page);
      expect(text).not.toContain('Enter the child’s name.');
      expect(text).not.toContain('Enter the child’s date of birth.');
    } finally {
      await page.context().close();
    }
  });

  it('"Draft the notice" on the same empty form is stopped by the client, which shows the field errors (the check above can fail)', async () => {
    const page = await render(noticeForm());
    try {
      await page.getByRole('button', { name: 'Draft the notice' }).click();
      expect(await executed(page)).toEqual([]);
      expect(await visibleText(page)).toContain('Enter the child’s name.');
    } finally {
      await page.context().close();
    }
  });

  it('"forget me": Cancel and "Delete all of this" each send their verb', async () => {
    for (const [title, verb] of [
      ['Cancel', 'forget.cancel'],
      ['Delete all of this', 'forget.confirm'],
    ] as const) {
      const page = await render(buildForgetAskCard(pack, { notices: 1, reminders: 1, notes: 0, consults: 0 }));
      try {
        await page.getByRole('button', { name: title, exact: true }).click();
        expect(await executed(page)).toEqual([{ title, data: { verb } }]);
      } finally {
        await page.context().close();
      }
    }
  });

  it('the "not sure" card: 999 and the front door first; the kinds of harm behind More detail, and a ticked one goes on with the questions', async () => {
    const engine = engines.salford;
    const card = answerFor(engine, { intent: 'unsure', also: [], indicators: [], negated: [], contacts: [], uncertain: true, confidence: 'low' }, 'something is not right', new Date('2026-11-24T10:00:00Z'), { personal: true });
    const harm = pack.indicators.find((i) => i.kind === 'harm');
    if (!harm) throw new Error('no harm indicator');
    const page = await render(card);
    try {
      const first = await visibleText(page);
      expect(first).toContain('First: is the child in immediate danger, or home alone?');
      expect(first.indexOf('Call 999')).toBeLessThan(first.indexOf('Call The Bridge Partnership 0161 603 4500'));
      expect(first).not.toContain(harm.label);
      await page.getByRole('button', { name: MORE_DETAIL }).click();
      await page.getByRole('checkbox', { name: harm.label }).check();
      await page.getByRole('button', { name: 'Go on with the questions' }).click();
      // The renderer reports the More detail toggle too; the submit carries the ticked kind.
      expect((await executed(page)).filter((e) => e.title !== MORE_DETAIL)).toEqual([{ title: 'Go on with the questions', data: { verb: 'screen.start', harmKinds: harm.id } }]);
    } finally {
      await page.context().close();
    }
  });

  it('raised no uncaught errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
