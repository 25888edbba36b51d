/**
 * Browser test harness: the bot + the Microsoft 365 Agents Playground
 * (@microsoft/m365agentsplayground 0.2.28) + headless Debian Chromium.
 *
 *   const { stack, browser } = usePlaygroundStack({ bot: 'test/e2e/fixtures/echo-bot.ts' });
 *   const page = await openPlayground(browser(), stack());
 *   await send(page, 'hello');
 *   await waitForText(page, 'Echo: hello');
 *   await clickCardButton(page, 'Press me');
 *
 * What was learned about the Playground (checked against 0.2.28):
 * - CLI: `agentsplayground -e <endpoint> -c msteams --dt -p <port> [--conversation-id <id>]`.
 *   `-p` defaults to 56150 and silently falls back to a RANDOM port when taken,
 *   so the harness reads the real port from its "Listening on <port>" line.
 *   It listens on all interfaces (no host flag).
 * - It calls xdg-open (exits when that fails); scripts/bin/xdg-open is a no-op
 *   shim put first on PATH, and TEAMSAPPTESTER_BROWSER=none also disables it.
 * - It writes ./devTools/m365agentsplayground.log by default; the harness points
 *   M365_AGENTS_PLAYGROUND_LOGFILE at a temp dir instead. It reads an optional
 *   ./.m365agentsplayground.yml from its cwd (the repo root).
 * - The personal-chat conversation id is a uuid fixed for the Playground
 *   process's lifetime: every page load starts with an empty chat and sends
 *   installationUpdate + conversationUpdate again, but the bot sees the SAME
 *   conversation id, so bot-side dialog state carries over between pages of
 *   one stack. Pass `conversationId`, or start a stack per test file, to isolate.
 * - DOM (Fluent UI v9 with hashed class names: never select by class):
 *   - compose box: Lexical editor `div[role="textbox"][data-lexical-editor="true"]`
 *     (the only role=textbox on the page; the Log Panel is a contenteditable
 *     WITHOUT a role). Enter sends, Shift+Enter makes a new line. Send button:
 *     `button[aria-label="Send Message"]`.
 *   - every chat message is `div:has(> [aria-label="Message header"])`; bot
 *     messages additionally contain `[aria-label="Message author"]` ("Test Bot");
 *     the user's own messages have no author. Scoping text searches to these
 *     avoids false matches in the Log Panel (which logs message text) and in
 *     the chat list's last-message preview.
 *   - Adaptive Cards render as plain DOM in the message. Action buttons are
 *     `button[aria-label=<title>][title=<title>]` (role button, name = title).
 *     Inputs get random ids (`__ac-<uuid>`): the card's own input `id` is NOT
 *     in the DOM. Each input has `<label for=…>` with its label text (a required
 *     input's label reads "Note *"), and aria-labelledby = label + error text,
 *     so the accessible name changes once validation fails; the harness goes
 *     label -> `for` -> element. Input.Text: <input type=text> (placeholder is
 *     also its aria-label); Input.ChoiceSet compact: Fluent combobox
 *     (`input[role=combobox]`, options are role=option in a popup);
 *     expanded: `div[role=radiogroup]` of radios labelled by choice title;
 *     Input.Toggle: checkbox; Input.Date: `input[role=combobox][aria-haspopup=dialog]`
 *     taking typed "YYYY-MM-DD" + Enter, whose calendar popup then covers the
 *     card until Escape.
 *   - Client-side validation (isRequired) blocks the submit and shows errorMessage.
 *   - Fonts come from a Microsoft CDN; the harness aborts all non-local requests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { nodeFlags as productionNodeFlags } from '../../scripts/node-flags.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
const WATCHDOG = path.join(REPO_ROOT, 'test/e2e/support/parent-watchdog.cjs');
const PLAYGROUND_CLI = path.join(REPO_ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');

export interface StackOptions {
  /** Bot entry, relative to the repo root: a .ts entry is bundled with scripts/build.mjs,
   *  a .cjs/.js file runs as is. Default: the real bot, 'bot/index.ts'. */
  readonly bot?: string;
  /** Bot port; default a free 127.0.0.1 port. */
  readonly port?: number;
  /** Playground port; default a free port (it may still pick another if taken). */
  readonly playgroundPort?: number;
  /** Personal-chat conversation id the Playground mocks; default a fresh uuid. */
  readonly conversationId?: string;
  /** Extra environment for the bot (wins over the defaults). */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for /readyz and the Playground; default 30 s. */
  readonly readyTimeoutMs?: number;
}

export interface Stack {
  readonly botPort: number;
  readonly botEndpoint: string;
  readonly playgroundPort: number;
  readonly playgroundUrl: string;
  readonly conversationId: string;
  /** Temp dir given to the bot as DATA_DIR; removed by stop(). */
  readonly dataDir: string;
  /** Combined stdout/stderr of the bot and the Playground so far (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

// Process groups still running, killed on exit even if a test forgets stop().
const liveChildren = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveChildren) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    liveChildren.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  liveChildren.delete(child);
}

/** A port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function startChild(name: string, args: readonly string[], env: NodeJS.ProcessEnv, log: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--require', WATCHDOG, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so the whole tree can be killed
  });
  liveChildren.add(child);
  const append = (chunk: Buffer): void => {
    log.push(`[${name}] ${chunk.toString()}`);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  child.once('exit', (code, signal) => {
    liveChildren.delete(child);
    log.push(`[${name}] exited (${signal ?? `code ${String(code)}`})\n`);
  });
  return child;
}

function buildBot(entry: string, outdir: string): string {
  if (/\.(c?js)$/.test(entry)) return path.resolve(REPO_ROOT, entry);
  const args = ['scripts/build.mjs', '--entry', entry, '--outdir', outdir];
  if (entry !== 'bot/index.ts') args.push('--no-web');
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`building ${entry} failed:\n${result.stdout}${result.stderr}`);
  }
  // The real bot starts the way `npm start` starts it: the launcher, with its code cache.
  return path.join(REPO_ROOT, outdir, entry === 'bot/index.ts' ? 'launch.cjs' : 'bot.cjs');
}

async function waitUntil(what: string, timeoutMs: number, check: () => Promise<boolean>, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = failed();
    if (failure !== undefined) throw new Error(`${what}: ${failure}`);
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what}: timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Builds and starts the bot (no credentials, NODE_ENV=development, STORAGE=memory,
 * a temp DATA_DIR) and the Playground on the Teams channel; resolves when the bot
 * answers GET /readyz with 200 and the Playground serves its page.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const bot = options.bot ?? 'bot/index.ts';
  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  const runId = randomUUID().slice(0, 8);
  const tempDir = mkdtempSync(path.join(tmpdir(), 'e2e-stack-'));
  const dataDir = path.join(tempDir, 'data');
  mkdirSync(dataDir);
  // Inside the repo so the bundle's external packages resolve from node_modules.
  const outdir = path.join('dist', 'e2e', runId);
  const log: string[] = [];
  const children: ChildProcess[] = [];

  const stop = async (): Promise<void> => {
    await Promise.all(children.map(stopChild));
    rmSync(tempDir, { recursive: true, force: true });
    rmSync(path.join(REPO_ROOT, outdir), { recursive: true, force: true });
  };

  try {
    const botFile = buildBot(bot, outdir);
    const botPort = options.port ?? (await freePort());
    const botEnv: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      // Not vitest's own variables, and never credentials: the Playground sends no token.
      if (key.startsWith('VITEST') || key.startsWith('MicrosoftApp')) continue;
      botEnv[key] = value;
    }
    Object.assign(botEnv, { NODE_ENV: 'development', PORT: String(botPort), STORAGE: 'memory', DATA_DIR: dataDir }, options.env);
    const botChild = startChild('bot', ['--enable-source-maps', ...productionNodeFlags(), botFile], botEnv, log);
    children.push(botChild);
    const exitedEarly = (child: ChildProcess) => (): string | undefined =>
      child.exitCode !== null || child.signalCode !== null ? `process exited early\n${log.join('')}` : undefined;
    await waitUntil(`bot ${bot} on :${botPort}`, timeoutMs, () => httpOk(`http://127.0.0.1:${botPort}/readyz`), exitedEarly(botChild));

    const botEndpoint = `http://127.0.0.1:${botPort}/api/messages`;
    const requestedPort = options.playgroundPort ?? (await freePort());
    const conversationId = options.conversationId ?? randomUUID();
    const pgEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${path.join(REPO_ROOT, 'scripts/bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(tempDir, 'playground.log'),
    };
    const pgArgs = [PLAYGROUND_CLI, '-e', botEndpoint, '-c', 'msteams', '--dt', '-p', String(requestedPort), '--conversation-id', conversationId];
    const pgChild = startChild('playground', pgArgs, pgEnv, log);
    children.push(pgChild);
    let playgroundPort = 0;
    await waitUntil('Agents Playground', timeoutMs, async () => {
      if (playgroundPort === 0) {
        const match = /\[playground\] [^\n]*?Listening on (\d+)/.exec(log.join(''));
        if (match?.[1] === undefined) return false;
        playgroundPort = Number(match[1]);
      }
      return httpOk(`http://127.0.0.1:${playgroundPort}/`);
    }, exitedEarly(pgChild));

    return {
      botPort,
      botEndpoint,
      playgroundPort,
      playgroundUrl: `http://127.0.0.1:${playgroundPort}/`,
      conversationId,
      dataDir,
      logs: () => log.join(''),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Headless Debian Chromium. Playwright gives each launch a fresh temporary
 *  user-data-dir and deletes it on close(). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens the Playground in a new page (its own browser context) and waits for the compose box. */
export async function openPlayground(browser: Browser, stack: Stack): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Only the Playground itself: its web fonts come from a CDN this machine cannot reach.
  await context.route((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(stack.playgroundUrl, { waitUntil: 'domcontentloaded' });
  await composeBox(page).waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

/** The Lexical compose box at the bottom of the chat. */
export function composeBox(page: Page): Locator {
  return page.locator('div[role="textbox"][data-lexical-editor="true"]');
}

/** Every message in the open chat, user's and bot's, oldest first. */
export function chatMessages(page: Page): Locator {
  return page.locator('div:has(> [aria-label="Message header"])');
}

/** The bot's messages (text and cards) in the open chat, oldest first. */
export function botMessages(page: Page): Locator {
  return chatMessages(page).filter({ has: page.locator('[aria-label="Message author"]') });
}

/** Types `text` into the compose box and sends it (Enter); lines are joined with Shift+Enter.
 *  Resolves once the user's message shows in the chat. */
export async function send(page: Page, text: string): Promise<void> {
  const before = await chatMessages(page).count();
  const box = composeBox(page);
  await box.click();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(line);
  }
  await page.keyboard.press('Enter');
  await chatMessages(page).nth(before).waitFor({ state: 'visible', timeout: 5000 });
}

/** Waits until a BOT message contains `text` (substring, case-insensitive) or matches the
 *  RegExp; returns that message. The user's own messages, the chat list preview and the
 *  Log Panel are not searched. */
export async function waitForText(page: Page, text: string | RegExp, timeout = 10_000): Promise<Locator> {
  const message = botMessages(page).filter({ hasText: text }).last();
  try {
    await message.waitFor({ state: 'visible', timeout });
  } catch (error) {
    const seen = await botMessages(page).allInnerTexts().catch(() => []);
    const shown = seen.map((t, i) => `  ${i + 1}. ${t.replace(/\s+/g, ' ').trim()}`).join('\n');
    throw new Error(`no bot message matching ${String(text)} within ${timeout} ms; bot messages so far:\n${shown || '  (none)'}`, { cause: error });
  }
  return message;
}

/** Sends `text` as the user and waits for the bot's answer containing (or matching) `answer`;
 *  returns that message. The timeout allows for the real bot's first turn. */
export async function ask(page: Page, text: string, answer: string | RegExp, timeout = 15_000): Promise<Locator> {
  await send(page, text);
  return waitForText(page, answer, timeout);
}

/** The text a person reads in a message or card (no-break spaces read as spaces). */
export async function shownText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}

/** Clicks the Adaptive Card action titled `title` (exact) on the newest bot message that has one. */
export async function clickCardButton(page: Page, title: string): Promise<void> {
  const button = (scope: Page | Locator): Locator => scope.getByRole('button', { name: title, exact: true });
  const card = botMessages(page).filter({ has: button(page) }).last();
  await button(card).click({ timeout: 5000 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Fills the Adaptive Card input whose label is `label` (exact, ignoring the " *" of a
 * required input), on the newest bot message with such a label. Falls back to an input
 * whose placeholder is `label`. The card input's `id` is not in the DOM, so it cannot be
 * used. By input type: text/number/multiline -> typed; compact ChoiceSet -> the option
 * titled `value`; expanded ChoiceSet -> the radio titled `value`; Toggle -> 'true'/'false';
 * Date -> 'YYYY-MM-DD'.
 */
export async function fillCardInput(page: Page, label: string, value: string): Promise<void> {
  const labelText = new RegExp(`^\\s*${escapeRegExp(label)}\\s*\\*?\\s*$`);
  const labelEl = (scope: Page | Locator): Locator => scope.locator('label').filter({ hasText: labelText });
  const placeholder = (scope: Page | Locator): Locator => scope.getByPlaceholder(label, { exact: true });
  const card = botMessages(page).filter({ has: labelEl(page).or(placeholder(page)) }).last();
  await card.waitFor({ state: 'visible', timeout: 5000 });

  let input: Locator;
  const labels = labelEl(card);
  if ((await labels.count()) > 0) {
    const id = await labels.last().getAttribute('for');
    if (id === null) throw new Error(`card label "${label}" is not tied to an input`);
    input = card.locator(`[id="${id}"]`);
  } else {
    input = placeholder(card).last();
  }

  const info = await input.evaluate((el) => ({
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type') ?? '',
    role: el.getAttribute('role') ?? '',
    popup: el.getAttribute('aria-haspopup') ?? '',
  }));
  if (info.role === 'radiogroup') {
    await input.getByLabel(value, { exact: true }).check();
  } else if (info.type === 'checkbox') {
    await input.setChecked(value === 'true');
  } else if (info.role === 'combobox' && info.popup === 'dialog') {
    await input.fill(value); // date picker
    await input.press('Enter');
    await input.press('Escape'); // the calendar popup covers the card's buttons
  } else if (info.role === 'combobox') {
    await input.click();
    await page.getByRole('option', { name: value, exact: true }).click();
  } else if (info.tag === 'select') {
    await input.selectOption({ label: value });
  } else {
    await input.fill(value);
  }
}

/** Saves a full-page PNG to test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Registers beforeAll/afterAll in the calling describe block: one stack and one
 * browser for the block, both stopped afterwards. Call at describe level.
 */
export function usePlaygroundStack(options: StackOptions = {}): { stack: () => Stack; browser: () => Browser } {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startStack(options), launchBrowser()]);
    if (started.status === 'fulfilled') stack = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  }, 90_000);
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), stack?.stop()]);
  }, 30_000);
  return {
    stack: () => {
      if (stack === undefined) throw new Error('stack not started (is usePlaygroundStack called at describe level?)');
      return stack;
    },
    browser: () => {
      if (browser === undefined) throw new Error('browser not launched');
      return browser;
    },
  };
}

/**
 * Opens a fresh Playground page, runs `body` on it and closes it. When `body` fails: a
 * screenshot (`<name>-failure`) and the bot's and Playground's logs in the error.
 */
export async function onPlaygroundPage(browser: Browser, stack: Stack, name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await openPlayground(browser, stack);
  try {
    await body(page);
  } catch (error) {
    await screenshot(page, `${name}-failure`).catch(() => undefined);
    throw new Error(`${String(error)}\n--- stack logs ---\n${stack.logs()}`, { cause: error });
  } finally {
    await page.context().close();
  }
}

/**
 * usePlaygroundStack for the calling describe block, and `onPage(name, body)`: a fresh page of
 * that stack's Playground in that browser (onPlaygroundPage). Call at describe level.
 */
export function usePlaygroundPages(options: StackOptions = {}): (name: string, body: (page: Page) => Promise<void>) => Promise<void> {
  const { stack, browser } = usePlaygroundStack(options);
  return (name, body) => onPlaygroundPage(browser(), stack(), name, body);
}
