/**
 * dist/launch.cjs (bot/launch.ts) and the build's part in it: the bundle is one-byte (ASCII)
 * source, the build writes V8's code cache with the production Node flags, and the launcher
 * uses it, runs the bundle as Node's CommonJS loader would, and never fails because of a cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionNodeFlags } from '../helpers/nodeFlags';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist', `test-launch-${process.pid}`);
const BUNDLE = path.join(OUT, 'bot.cjs');
const LAUNCH = path.join(OUT, 'launch.cjs');
const CACHE = `${BUNDLE}.${process.version}-${process.arch}.v8cache`;

function start(flags: string[]): { report: string; output: Record<string, unknown> } {
  const result = spawnSync(process.execPath, [...flags, LAUNCH], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LAUNCH_REPORT: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return { report: result.stderr.trim(), output: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe('the launcher and its code cache', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--entry', 'test/build/fixtures/tiny-bot.ts', '--outdir', path.relative(ROOT, OUT), '--no-web'], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('the bundle is ASCII, and escaping its regular expressions kept their meaning', () => {
    const source = readFileSync(BUNDLE);
    expect(source.every((byte) => byte < 0x80)).toBe(true);
    const { output } = start(productionNodeFlags());
    expect(output).toMatchObject({ apostrophe: true, star: true });
  });

  it('the build wrote a cache the production flags accept; the bundle runs as a CommonJS module of dist/', () => {
    expect(existsSync(CACHE)).toBe(true);
    const { report, output } = start(productionNodeFlags());
    expect(report).toBe('launch: code cache used');
    expect(output).toEqual({ filename: BUNDLE, dirname: OUT, zod: true, apostrophe: true, star: true });
  });

  it('a cache made under other V8 flags is refused by V8: the bot still starts, and the cache is left alone', () => {
    const before = readFileSync(CACHE);
    const { report, output } = start(['--max-old-space-size=77', '--stack-size=900']);
    expect(report).toBe('launch: code cache rejected');
    expect(output['zod']).toBe(true);
    expect(readFileSync(CACHE).equals(before)).toBe(true);
  });

  it('without a cache it starts and writes one, which the next start uses', () => {
    rmSync(CACHE);
    const first = start(productionNodeFlags());
    expect(first.report).toBe('launch: code cache absent');
    expect(statSync(CACHE).size).toBeGreaterThan(0);
    expect(start(productionNodeFlags()).report).toBe('launch: code cache used');
  });
});
