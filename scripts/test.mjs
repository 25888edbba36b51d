#!/usr/bin/env node
// The one test command (`npm test`): type check, lint, then every vitest test
// (unit, dialog, HTTP, browser) three times: on the real clock, and under two
// other dates and time zones that cross a weekend, a bank holiday and a clock
// change. A test that reads the real clock and compares it with a literal date
// fails in one of the shifted runs.
//
// What a fresh machine lacks (Debian's chromium for the browser tests, faketime for
// the shifted runs) is installed when this runs as root with apt-get; otherwise it
// stops at once with the one command to run.
//
//   npm test                      everything (about 15 minutes on 2 cores)
//   npm test -- --now-only        only the run on the real clock
//   npm test -- test/rules        the named files, on all three clocks
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The shifted clocks: [label, TZ, faketime start (the clock then runs on from there)]. */
export const SHIFTED_CLOCKS = [
  ['spring clock change (London, 28 March 2027, a Sunday, one minute before 1am GMT)', 'Europe/London', '@2027-03-28 00:59:00'],
  ['Christmas night (London, Friday 25 December 2026, a bank holiday, 11.59pm; Boxing Day is a Saturday)', 'Europe/London', '@2026-12-25 23:59:00'],
];

const REQUIRED = [
  { what: 'Debian chromium (browser tests)', path: '/usr/bin/chromium', pkg: 'chromium' },
  { what: 'faketime (the shifted-clock runs)', path: '/usr/bin/faketime', pkg: 'faketime' },
];

const args = process.argv.slice(2);
const nowOnly = args.includes('--now-only');
const files = args.filter((a) => !a.startsWith('--'));

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  return { status: r.status ?? 1, stdout: r.stdout ?? '' };
}

function ensureInstalled() {
  const missing = REQUIRED.filter((r) => !existsSync(r.path));
  if (missing.length === 0) return;
  const pkgs = missing.map((m) => m.pkg).join(' ');
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing: ${missing.map((m) => m.what).join(', ')}.\nInstall it first: sudo apt-get update && sudo apt-get install -y ${pkgs}`);
    process.exit(2);
  }
  console.log(`Installing ${pkgs} (Debian packages) for the tests...`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  for (const step of [['update'], ['install', '-y', ...missing.map((m) => m.pkg)]]) {
    const r = spawnSync('apt-get', step, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    if (r.status !== 0) {
      console.error(`apt-get ${step.join(' ')} failed; run: apt-get update && apt-get install -y ${pkgs}`);
      process.exit(2);
    }
  }
}

/** Reads the summary reporter's closing line, "tests: N passed, N failed[, N skipped]". */
function countsOf(stdout) {
  const m = [...stdout.matchAll(/^tests: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1);
  return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) } : undefined;
}

ensureInstalled();
const npx = 'npx';
for (const [name, cmdArgs] of [['typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']], ['lint', ['eslint', '.']]]) {
  console.log(`\n==== ${name}`);
  if (run(npx, cmdArgs).status !== 0) {
    console.log(`\n${name} failed`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const passes = [['real clock', undefined, undefined], ...(nowOnly ? [] : SHIFTED_CLOCKS)];
const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const [label, tz, start] of passes) {
  console.log(`\n==== vitest on the ${label}`);
  const vitest = [npx, 'vitest', 'run', ...files];
  const r = start
    ? run('faketime', ['-f', start, ...vitest], { TZ: tz })
    : run(vitest[0], vitest.slice(1));
  const c = countsOf(r.stdout) ?? { passed: 0, failed: 1, skipped: 0 };
  if (r.status !== 0 && c.failed === 0) c.failed = 1;
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  lines.push(`  ${label}: ${c.passed} passed, ${c.failed} failed`);
}
console.log(`\n==== All runs\n${lines.join('\n')}`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
