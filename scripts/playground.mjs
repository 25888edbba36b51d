#!/usr/bin/env node
// `npm run playground`: build, start the bot without credentials, wait for
// /readyz, then start the Microsoft 365 Agents Playground (Teams channel) on
// 56150 and leave both running until Ctrl-C / SIGTERM. If either child dies,
// the other is stopped and this script exits non-zero.
//
// Environment: PORT (bot, default 3978), PLAYGROUND_PORT (default 56150).
// `--entry some/other-bot.ts` runs another bot entry (e.g. the e2e echo fixture)
// built into dist/playground-entry/ instead of bot/index.ts.
// The Playground falls back to a random port when its port is taken; the URL
// printed is the one it actually listens on.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const botPort = Number(process.env.PORT ?? '3978');
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? '56150');
const READY_TIMEOUT_MS = 30_000;

const { values: cli } = parseArgs({ options: { entry: { type: 'string' } }, strict: true });
const outdir = cli.entry === undefined ? 'dist' : 'dist/playground-entry';
const buildArgs = cli.entry === undefined ? [] : ['--entry', cli.entry, '--outdir', outdir, '--no-web'];
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), ...buildArgs], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('playground: build failed');
  process.exit(build.status ?? 1);
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
let stopping = false;

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // children run in their own process group
  } catch {
    // already gone
  }
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) killGroup(child, 'SIGTERM');
  const force = setTimeout(() => {
    for (const child of children) killGroup(child, 'SIGKILL');
    process.exit(code);
  }, 5000);
  force.unref();
  const waitAll = () => {
    if ([...children].every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code);
    else setTimeout(waitAll, 100);
  };
  waitAll();
}

function start(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  children.add(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`playground: ${name} exited (${signal ?? `code ${code}`}); stopping`);
      stopAll(1);
    }
  });
  return child;
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});

// --- bot -------------------------------------------------------------------
const botEnv = { ...process.env, PORT: String(botPort), NODE_ENV: 'development' };
// The Playground sends no token: run without credentials (empty app id = no inbound auth).
for (const key of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType']) delete botEnv[key];
const bot = start('bot', ['--enable-source-maps', path.join(root, outdir, 'bot.cjs')], botEnv);
bot.stdout.pipe(process.stdout);

const readyUrl = `http://127.0.0.1:${botPort}/readyz`;
const deadline = Date.now() + READY_TIMEOUT_MS;
for (;;) {
  if (stopping) await new Promise(() => {}); // exiting; let stopAll finish
  try {
    const res = await fetch(readyUrl, { signal: AbortSignal.timeout(1000) });
    if (res.status === 200) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error(`playground: bot not ready at ${readyUrl} after ${READY_TIMEOUT_MS / 1000} s`);
    stopAll(1);
    await new Promise(() => {});
  }
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`playground: bot ready on http://127.0.0.1:${botPort}`);

// --- Agents Playground -----------------------------------------------------
const require = createRequire(import.meta.url);
const playgroundCli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
const playgroundEnv = {
  ...process.env,
  // scripts/bin/xdg-open is a no-op: the Playground exits when it cannot open a browser.
  PATH: `${path.join(root, 'scripts/bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  TEAMSAPPTESTER_BROWSER: 'none', // also asks it not to open one at all
  // Its default log file is ./devTools/m365agentsplayground.log (not gitignored).
  M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(root, 'dist/m365agentsplayground.log'),
};
const playground = start(
  'Agents Playground',
  [playgroundCli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(playgroundPort)],
  playgroundEnv,
);
let announced = false;
let buffered = '';
playground.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (announced) return;
  buffered += chunk.toString();
  const match = /Listening on (\d+)/.exec(buffered);
  if (match) {
    announced = true;
    console.log(`\nOpen http://localhost:${match[1]} to chat with the bot (Ctrl-C to stop)\n`);
  }
});
