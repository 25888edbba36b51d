/**
 * The Teams pages in headless Chromium (Debian package, playwright-core), served by
 * the bot's own server from a fresh build: outside Teams and inside a stand-in
 * Teams host, the Guidance tab's threshold check against the bot's answer for every
 * worked scenario, the theme, and an axe-core scan (no serious or critical issues).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';
import { answerFor, type AdaptiveCard, type Json } from '../../cards';
import { personalMessage, USER, type TeamsActivity } from '../helpers/activities';
import { postToBot, startConnector, type StandInConnector } from '../helpers/connector';
import { launchBrowser, REPO_ROOT, screenshot } from '../helpers/playground';
import { hostHtml } from './support/teamsHost';
import { PUBLIC_SCENARIOS } from '../helpers/scenarios';

const run = promisify(execFile);
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');
const OUT_DIR = path.join('dist', 'e2e', 'pages');

/** Monday 23 November 2026, 10:00 in London: offices open. */
const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');
/** Saturday 28 November 2026, 11:00: the Bridge is closed, the out-of-hours team is not. */
const SATURDAY = new Date('2026-11-28T11:00:00Z');
const BRIDGE = '0161 603 4500';
const PUBLIC_BASE_URL = 'https://safeguarding.example.org';
/** Stands in for a child's details: it may reach the personal chat, never a log. */
const CHILD = 'Zoë Sentinel-7Q';

const SCENARIOS = PUBLIC_SCENARIOS;

/** The scenario file's route names, as the page reports them (route id, or the kind of answer). */
const EXPECTED_ROUTE: Record<string, string> = { risk: 'risk_support', contact: 'kind:contact' };

interface PageAnswer {
  route: string;
  kind: string;
  title: string;
  text: string;
  /** Phone numbers and email addresses of the contacts listed, in order. */
  details: string[];
  /** For escalation: "Your next step: ... (...)". */
  nextStep: string;
}

describe('Teams pages in a browser', () => {
  let app: App;
  let base: string;
  let browser: Browser;
  let connector: StandInConnector;
  const logLines: string[] = [];
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await run(process.execPath, ['scripts/build.mjs', '--outdir', OUT_DIR], { cwd: REPO_ROOT });
    connector = await startConnector();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', STORAGE: 'memory', PUBLIC_BASE_URL });
    const logger = createLogger(
      config,
      new Writable({
        write(chunk: Buffer, _e, cb) {
          logLines.push(chunk.toString('utf8'));
          cb();
        },
      }),
    );
    app = createApp({ config, logger, clock: () => MONDAY_MORNING, webDir: path.join(REPO_ROOT, OUT_DIR, 'web') });
    ({ url: base } = await app.server.listen(0, '127.0.0.1'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
    await connector?.close();
  });

  /** Every page runs on the bot's clock (Monday morning unless a test says otherwise), never the real one. */
  async function newPage(options: { bypassCSP?: boolean; at?: Date; viewport?: { width: number; height: number } } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1100, height: 900 }, bypassCSP: options.bypassCSP ?? false });
    contexts.push(context);
    // Nothing leaves the machine: only the bot's own server answers.
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.clock.setFixedTime(options.at ?? MONDAY_MORNING);
    return page;
  }

  /** Opens a page inside the stand-in Teams host, served at the same origin. */
  async function inHost(page: Page, src: string, opts: { theme?: 'default' | 'dark' | 'contrast'; frameContext?: 'content' | 'task' } = {}): Promise<Frame> {
    const hostUrl = `${base}/test-host.html`;
    await page.route(hostUrl, (route) => route.fulfill({ contentType: 'text/html', body: hostHtml({ src, ...opts }) }));
    await page.goto(hostUrl);
    const handle = await page.waitForSelector('iframe#app');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.waitForSelector('html[data-host]', { timeout: 10_000 });
    return frame;
  }

  async function check(target: Page | Frame, text: string): Promise<PageAnswer> {
    await target.fill('#worry', text);
    await target.click('#check-button');
    await target.waitForSelector('#check-result #result-title');
    return target.$eval('#check-result', (out) => ({
      route: (out as HTMLElement).dataset.route ?? '',
      kind: (out as HTMLElement).dataset.kind ?? '',
      title: out.querySelector('#result-title')?.textContent ?? '',
      text: (out as HTMLElement).innerText,
      nextStep: (out.querySelector('[data-stage] strong')?.textContent ?? '').replace(/\.\s*$/, ''),
      details: Array.from(out.querySelectorAll('#result-contacts a[href^="tel:"], #result-contacts a[href^="mailto:"]'), (a) => a.textContent ?? ''),
    }));
  }

  async function axeScan(target: Page | Frame): Promise<{ id: string; impact: string | null; help: string; nodes: number }[]> {
    await target.addScriptTag({ path: AXE_PATH });
    return target.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
    });
  }

  const seriousOrWorse = (v: { impact: string | null }[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');

  describe('serving', () => {
    it('serves the built pages with a CSP that lets Teams frame them, and nothing outside dist/web', async () => {
      const page = await fetch(`${base}/web/guidance.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
      expect(page.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
      expect((await page.text())).toContain('guidance.js');
      expect((await fetch(`${base}/web/theme.css`)).headers.get('content-type')).toContain('text/css');
      expect((await fetch(`${base}/web/guidance.js`)).status).toBe(200);
      for (const bad of ['/web/..%2Fbot.cjs', '/web/%2e%2e%2fpackage.json', '/web/nope.html', '/web/guidance.ts']) {
        expect((await fetch(`${base}${bad}`)).status, bad).toBe(404);
      }
    });
  });

  describe('Guidance tab', () => {
    it('works in a plain browser and says it is running outside Teams', async () => {
      const page = await newPage({ at: MONDAY_MORNING });
      await page.goto(`${base}/web/guidance.html`);
      await expect.poll(() => page.textContent('#host-status'), { timeout: 8000 }).toContain('Running outside Teams');
      expect(await page.getAttribute('html', 'data-theme')).toBe('default');
      const levels = await page.$$eval('#levels li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(levels.map((l) => l.split(':')[0])).toEqual(['Getting Advice', 'Getting Help', 'Getting More Help', 'Getting Risk Support', 'Immediate danger']);
      expect(levels[3]).toContain('significant harm');
      const bridge = await page.textContent('#contacts li[data-contact="bridge"]');
      expect(bridge).toContain(BRIDGE);
      expect(bridge).toContain('Open now.');
      expect(await page.textContent('#safety-net')).toContain('999');
    });

    it('a worry that might be danger now: the red-flag question and 999 come before the answer, as on the card', async () => {
      const page = await newPage({ at: MONDAY_MORNING });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-ready="true"]');
      const answer = await check(page, 'she says her stepdad put his hands round her neck');
      expect(answer.text).toMatch(/^First: is the child in danger right now, or home alone\? Some of what you described could mean the child is in danger now or later today\. If there is any chance of it, call 999 now\./);
      expect(answer.text).toContain('Getting Risk Support');
      expect(answer.text).toContain('0161 603 4500');
    });

    it('shows the Bridge as closed on a Saturday, with the out-of-hours team to use instead', async () => {
      const page = await newPage({ at: SATURDAY });
      await page.goto(`${base}/web/guidance.html`);
      const bridge = await page.textContent('#contacts li[data-contact="bridge"]');
      expect(bridge).toContain('Closed now. Use Emergency Duty Team');
      expect(await page.textContent('#contacts li[data-contact="edt"]')).toContain('Open now.');
    });

    it('agrees with the bot on every worked scenario: route, title and contacts', async () => {
      const page = await newPage({ at: MONDAY_MORNING });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-ready="true"]');
      const engine = app.engines.salford;
      expect(SCENARIOS.length).toBeGreaterThanOrEqual(19);
      for (const s of SCENARIOS) {
        const answer = await check(page, s.text);
        // The page against the worked scenario.
        const expected = EXPECTED_ROUTE[s.route] ?? s.route;
        expect(expected.startsWith('kind:') ? `kind:${answer.kind}` : answer.route, s.text).toBe(expected);
        for (const options of s.any) expect(options.some((o) => answer.text.includes(o)), `${s.text}: one of ${options.join(' | ')}`).toBe(true);
        // The page against the bot's own answer for the same words.
        const card = answerFor(engine, engine.recognise(s.text), s.text, MONDAY_MORNING, { personal: true });
        const cardText = JSON.stringify(card);
        // The emergency and escalation cards have their own headings; the escalation card highlights the next stage.
        if (answer.kind !== 'emergency' && answer.kind !== 'escalation') expect(cardText, s.text).toContain(JSON.stringify(answer.title).slice(1, -1));
        if (answer.kind === 'escalation') {
          expect(answer.nextStep, s.text).toMatch(/^Your next step: /);
          expect(cardText, s.text).toContain(answer.nextStep);
        }
        expect(answer.details.length, s.text).toBeGreaterThan(0);
        expect(factValues(card), s.text).toEqual(answer.details);
      }
    });

    it('inside a stand-in Teams host: initialises, follows the theme and its changes, and runs the check', async () => {
      const page = await newPage();
      const frame = await inHost(page, '/web/guidance.html', { theme: 'dark' });
      expect(await frame.getAttribute('html', 'data-host')).toBe('teams');
      expect(await frame.textContent('#host-status')).not.toContain('outside Teams');
      expect(await frame.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await frame.$eval('html', (h) => getComputedStyle(h).backgroundColor)).toBe('rgb(31, 31, 31)');
      await page.evaluate(() => (window as unknown as { setTheme(t: string): void }).setTheme('contrast'));
      await expect.poll(() => frame.getAttribute('html', 'data-theme')).toBe('contrast');
      expect(await frame.$eval('html', (h) => getComputedStyle(h).backgroundColor)).toBe('rgb(0, 0, 0)');
      const calls = await page.evaluate(() => (window as unknown as { __host: { calls: string[] } }).__host.calls);
      expect(calls).toContain('initialize');
      expect(calls).toContain('getContext');
      const answer = await check(frame, 'a child has unexplained bruises and is reluctant to change for PE');
      expect(answer.route).toBe('risk_support');
      expect(answer.details).toContain(BRIDGE);
    });

    it.each(['default', 'dark', 'contrast'] as const)('has no serious or critical accessibility issues (%s theme, with a result shown)', async (theme) => {
      const page = await newPage({ bypassCSP: true, at: MONDAY_MORNING });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-host]');
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await check(page, 'a young person keeps going missing and has unexplained money and several phones');
      const violations = await axeScan(page);
      expect(seriousOrWorse(violations)).toEqual([]);
    });
  });

  describe('Guidance tab on a phone (390 px) and a wide screen (1280 px)', () => {
    const PHONE = { width: 390, height: 844 };
    const WIDE = { width: 1280, height: 900 };

    /** Phone numbers in the page's text that are not inside a tel: link to that same number. */
    function unlinkedNumbers(page: Page): Promise<string[]> {
      return page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (const m of (n.textContent ?? '').matchAll(/(?<!\d)(?:0\d{3} \d{3} \d{4}|999)(?!\d)/g)) {
            const link = n.parentElement?.closest('a[href^="tel:"]');
            if (!link || link.getAttribute('href') !== `tel:${m[0].replace(/\s+/g, '')}`) out.push(`${m[0]} in “${(n.parentElement?.textContent ?? '').slice(0, 60)}”`);
          }
        }
        return out;
      });
    }

    it('the emergency line and the threshold check are on the first screen; sections fold; nothing scrolls sideways', async () => {
      const page = await newPage({ viewport: PHONE });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-ready="true"]');
      const box = await page.evaluate(() => {
        const bottom = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
        return {
          screen: window.innerHeight,
          emergency: bottom('#emergency-heading'),
          safetyNet: bottom('#safety-net'),
          check: bottom('#check-button'),
          height: document.documentElement.scrollHeight,
          width: document.documentElement.scrollWidth,
          open: Array.from(document.querySelectorAll('details.fold'), (d) => (d as HTMLDetailsElement).open),
        };
      });
      expect(box.emergency).toBeLessThanOrEqual(box.screen);
      expect(box.safetyNet).toBeLessThanOrEqual(box.screen);
      expect(box.check, `the Check button's bottom at ${box.check} px on a ${box.screen} px screen`).toBeLessThanOrEqual(box.screen);
      expect(box.open).toEqual([false, false]);
      expect(box.height).toBeLessThan(2 * box.screen); // was 6,630 px with every section open
      expect(box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.getAttribute('#emergency-heading a', 'href')).toBe('tel:999');
      // A section opens when tapped.
      await page.click('#contacts-fold > summary');
      expect(await page.$eval('#contacts-fold', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      await screenshot(page, 'guidance-390');
    });

    it('opens its sections on a wide screen', async () => {
      const page = await newPage({ viewport: WIDE });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-ready="true"]');
      expect(await page.$$eval('details.fold', (ds) => ds.map((d) => (d as HTMLDetailsElement).open))).toEqual([true, true]);
    });

    it.each([
      ['a phone (390 px)', PHONE],
      ['a wide screen (1280 px)', WIDE],
    ] as const)('every phone number is a tel: link, the 999 banner included (%s, every section open, a result and the out-of-hours team shown)', async (_name, viewport) => {
      const page = await newPage({ viewport, at: SATURDAY });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-ready="true"]');
      await page.$$eval('details.fold', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await check(page, 'I disagree with the decision of the bridge, the social worker did not resolve it');
      const text = await page.evaluate(() => document.body.innerText);
      for (const n of ['999', BRIDGE, '0161 794 8888']) expect(text).toContain(n);
      expect(await unlinkedNumbers(page)).toEqual([]);
      expect(await page.$$eval('#safety-net a[href^="tel:"]', (as) => as.map((a) => a.textContent))).toEqual(expect.arrayContaining(['999', BRIDGE]));
    });

    it.each([
      ['a phone (390 px)', PHONE],
      ['a wide screen (1280 px)', WIDE],
    ] as const)('has no serious or critical accessibility issues on %s, with a result shown', async (_name, viewport) => {
      const page = await newPage({ bypassCSP: true, viewport });
      await page.goto(`${base}/web/guidance.html`);
      await page.waitForSelector('html[data-host]');
      await check(page, 'a young person keeps going missing and has unexplained money and several phones');
      expect(seriousOrWorse(await axeScan(page))).toEqual([]);
      // Folded or open, the same with the sections open.
      await page.$$eval('details.fold', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(seriousOrWorse(await axeScan(page))).toEqual([]);
    });
  });

  describe('Escalation notice form (Teams dialog)', () => {
    /** A card submit in the personal chat, as Teams sends it (no text, the card's data in value). */
    function cardSubmit(value: Record<string, unknown>): TeamsActivity {
      const a = personalMessage({ serviceUrl: connector.url, value });
      delete a.text;
      return a;
    }

    function invoke(name: string, value: unknown): TeamsActivity {
      const a = personalMessage({ serviceUrl: connector.url });
      return { ...a, type: 'invoke', name, text: undefined, value } as TeamsActivity;
    }

    type CardAction = { type: string; title: string; data?: Record<string, unknown> };

    /** Starts a notice in the chat ("Draft escalation notice") and returns the form card's actions. */
    async function startNotice(): Promise<CardAction[]> {
      connector.reset();
      const res = await postToBot(`${base}/api/messages`, cardSubmit({ verb: 'notice.start', stage: 'practice_manager' }));
      expect(res.status).toBe(200);
      const [reply] = await connector.waitForActivities(1);
      const card = reply?.body.attachments?.[0]?.content as { actions: CardAction[] };
      return card.actions;
    }

    async function fillForm(target: Page | Frame, skip: string[] = []): Promise<void> {
      const answers: Record<string, string> = {
        childName: CHILD,
        childDob: '2015-02-01',
        concern: 'Referred on 10 November about bruising; no strategy discussion was held.',
        decision: 'No further action after the referral.',
        triedAtPractitionerLevel: 'Spoke to the social worker on 16 November.',
        completedByName: 'Alex Example',
        completedByRole: 'Designated safeguarding lead',
        completedByContact: 'alex@example.org',
      };
      for (const [field, value] of Object.entries(answers)) if (!skip.includes(field)) await target.fill(`#f-${field}`, value);
    }

    it('opens from the form card: task/fetch answers with the page URL (ids only), and the card form stays', async () => {
      const actions = await startNotice();
      expect(actions.map((a) => a.title)).toEqual(['Draft the notice', 'Open the form in a window']);
      const open = actions[1] as CardAction;
      expect(open.data?.msteams).toEqual({ type: 'task/fetch' });
      const res = await postToBot(`${base}/api/messages`, invoke('task/fetch', { data: open.data, context: { theme: 'dark' } }));
      expect(res.status).toBe(200);
      const task = (res.body as { task: { type: string; value: { url: string; title: string } } }).task;
      expect(task.type).toBe('continue');
      expect(task.value.title).toBe(app.engines.salford.pack.escalation?.notice.title);
      expect(task.value.title).toMatch(/^Escalation Notice/);
      const url = new URL(task.value.url);
      expect(url.origin).toBe(PUBLIC_BASE_URL);
      expect(url.pathname).toBe('/web/notice-form.html');
      expect([...url.searchParams.keys()].sort()).toEqual(['area', 'draftId', 'stage']);
      expect(url.searchParams.get('draftId')).toBe(open.data?.draftId);
      expect(url.searchParams.get('stage')).toBe('practice_manager');
    });

    it('shows the card form again when "Open the form in a window" arrives as a plain card submit (no dialog support)', async () => {
      const actions = await startNotice();
      connector.reset();
      const res = await postToBot(`${base}/api/messages`, cardSubmit(actions[1]?.data ?? {}));
      expect(res.status).toBe(200);
      const [again] = await connector.waitForActivities(1);
      const card = again?.body.attachments?.[0]?.content as { actions: CardAction[] };
      expect(card.actions[0]).toMatchObject({ title: 'Draft the notice', data: { verb: 'notice.submit', draftId: actions[0]?.data?.draftId } });
    });

    it('refuses task/fetch for a draft that is not the caller’s', async () => {
      const res = await postToBot(`${base}/api/messages`, invoke('task/fetch', { data: { verb: 'notice.form', draftId: '00000000-0000-4000-8000-000000000000' } }));
      expect(res.status).toBe(200);
      expect(res.text).toContain('I could not find that notice');
    });

    it('in a plain browser: checks the answers with the schema, and says it cannot send outside Teams', async () => {
      const page = await newPage();
      await page.goto(`${base}/web/notice-form.html?draftId=00000000-0000-4000-8000-000000000000&area=salford&stage=practice_manager`);
      await expect.poll(() => page.textContent('#host-status'), { timeout: 8000 }).toContain('Running outside Teams');
      expect(await page.textContent('#stage-line')).toBe('Stage 2: Practice Manager at the Bridge');
      await fillForm(page, ['childName']);
      await page.fill('#f-childDob', '2099-01-01');
      await page.click('#submit-button');
      expect(await page.textContent('#error-summary')).toContain('2 answers need checking');
      expect(await page.textContent('#f-childName-error')).toBe('Enter the child’s name.');
      expect(await page.textContent('#f-childDob-error')).toBe('The date of birth cannot be in the future.');
      expect(await page.getAttribute('#f-childName', 'aria-invalid')).toBe('true');
      await page.fill('#f-childName', CHILD);
      await page.fill('#f-childDob', '2015-02-01');
      await page.click('#submit-button');
      expect(await page.isHidden('#error-summary')).toBe(true);
      expect(await page.textContent('#form-status')).toContain('Running outside Teams: the answers are complete');
    });

    it('in a stand-in Teams dialog: submits with dialog.url.submit, and the bot continues the notice in the chat', async () => {
      const actions = await startNotice();
      const open = actions[1] as CardAction;
      const fetched = await postToBot(`${base}/api/messages`, invoke('task/fetch', { data: open.data }));
      const url = new URL((fetched.body as { task: { value: { url: string } } }).task.value.url);

      const page = await newPage();
      const frame = await inHost(page, `${url.pathname}${url.search}`, { theme: 'default', frameContext: 'task' });
      expect(await frame.getAttribute('html', 'data-host')).toBe('teams');
      await fillForm(frame);
      await frame.click('#submit-button');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __host: { submitted: unknown[] } }).__host.submitted.length)).toBe(1);
      const submitted = await page.evaluate(() => (window as unknown as { __host: { submitted: [unknown, unknown][] } }).__host.submitted);
      const result = submitted[0]?.[0];
      expect(result).toMatchObject({ verb: 'notice.submit', draftId: open.data?.draftId, childName: CHILD, childDob: '2015-02-01', date: '2026-11-23' });

      // Teams sends the submitted value to the bot as task/submit.
      connector.reset();
      const res = await postToBot(`${base}/api/messages`, invoke('task/submit', { data: result, context: { theme: 'default' } }));
      expect(res.status).toBe(200);
      expect((res.body as { task: { type: string; value: string } }).task).toEqual({ type: 'message', value: 'Thank you. Your draft notice is in your chat with the bot.' });
      const [notice] = await connector.waitForActivities(1);
      expect(notice?.conversationId).toBe(`a:1personal-${USER.aadObjectId}`);
      const text = JSON.stringify(notice?.body);
      expect(text).toContain(CHILD);
      expect(text).toContain('Practice Manager');
      // Due 5 working days after Monday 23 November 2026.
      expect(text).toContain('30 November 2026');
      expect(logLines.join('\n')).not.toContain('Sentinel');
    });

    it('sends task/submit answers that fail the schema back to the card form with its messages', async () => {
      const actions = await startNotice();
      const draftId = actions[0]?.data?.draftId;
      connector.reset();
      const res = await postToBot(`${base}/api/messages`, invoke('task/submit', { data: { verb: 'notice.submit', draftId, childName: CHILD } }));
      expect(res.status).toBe(200);
      expect(res.text).toContain('Some answers need checking');
      const [form] = await connector.waitForActivities(1);
      const text = JSON.stringify(form?.body);
      expect(text).toContain('Enter the child’s date of birth.');
      expect(text).toContain(CHILD);
      expect(logLines.join('\n')).not.toContain('Sentinel');
    });

    it.each(['default', 'dark', 'contrast'] as const)('has no serious or critical accessibility issues with errors shown (%s theme)', async (theme) => {
      const page = await newPage({ bypassCSP: true });
      await page.goto(`${base}/web/notice-form.html?draftId=00000000-0000-4000-8000-000000000000&area=salford&stage=practice_manager`);
      await page.waitForSelector('html[data-host]');
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await page.click('#submit-button');
      await page.waitForSelector('#error-summary:not([hidden])');
      expect(seriousOrWorse(await axeScan(page))).toEqual([]);
    });
  });

  it('raised no uncaught errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** The phone numbers and email addresses in a card's contact blocks (their FactSets), in order. */
function factValues(card: AdaptiveCard): string[] {
  const out: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'FactSet' && Array.isArray(node.facts)) {
      for (const f of node.facts) if (f && typeof f === 'object' && !Array.isArray(f) && typeof f.value === 'string') out.push(f.value);
      return;
    }
    // A contact in one line (cards/parts.ts contactLine): "**Name**. Label: number; Label: email. Hours: … Open now."
    if (node.type === 'TextBlock' && typeof node.text === 'string' && node.text.startsWith('**')) {
      const reach = /^\*\*[^*]+\*\*\. (.*?)\.(?= Hours:| Open| Closed| The |$)/.exec(node.text)?.[1] ?? '';
      for (const item of reach.split('; ')) {
        const value = item.slice(item.lastIndexOf(': ') + 2);
        if (item.includes(': ') && /^(\d[\d ]*\d|[^\s@]+@[^\s@]+)$/.test(value)) out.push(value);
      }
      return;
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(card.body);
  return out;
}
