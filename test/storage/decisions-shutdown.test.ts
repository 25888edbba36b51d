/**
 * The decision record batches its appends (decision 020: one SQLite transaction per short
 * interval instead of one per turn). Nothing appended may be lost when the bot stops: `close`
 * writes what is waiting, and the bot's SIGTERM handler (bot/index.ts) awaits it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NewDecision, SqliteDecisionLog } from '../../bot/insights/decisions';

const ROOT = path.resolve(__dirname, '../..');
const ORG = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function rec(i: number): NewDecision {
  return {
    at: new Date(Date.UTC(2026, 10, 20, 10, 0, 0, i)),
    org: ORG,
    area: 'salford',
    packId: 'salford',
    packVersion: '1.2.0',
    source: 'message',
    asked: [],
    answers: [],
    indicators: ['neglect'],
    level: 'level2',
    route: 'early_help',
  };
}

function rowsIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM decisions').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('decision record: batched appends', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'decisions-batch-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a record appended is listed at once, before its batch is due', async () => {
    const log = new SqliteDecisionLog(path.join(dir, 'listed.sqlite'), { flushMs: 60_000 });
    await log.append(rec(1));
    expect((await log.list(ORG, new Date('2026-01-01T00:00:00Z'))).map((r) => r.route)).toEqual(['early_help']);
    await log.close();
  });

  it('close writes every waiting record: none lost, reopened from the file', async () => {
    const file = path.join(dir, 'closed.sqlite');
    const log = new SqliteDecisionLog(file, { flushMs: 60_000, maxPending: 10_000 });
    for (let i = 0; i < 300; i += 1) await log.append(rec(i));
    await log.close();
    expect(rowsIn(file)).toBe(300);
    const reopened = new SqliteDecisionLog(file);
    expect(await reopened.list(ORG, new Date('2026-01-01T00:00:00Z'))).toHaveLength(300);
    await reopened.close();
  });

  it('writes a batch when it is due, without close', async () => {
    const file = path.join(dir, 'due.sqlite');
    const log = new SqliteDecisionLog(file, { flushMs: 20 });
    for (let i = 0; i < 5; i += 1) await log.append(rec(i));
    await new Promise((r) => setTimeout(r, 200));
    expect(rowsIn(file)).toBe(5);
    await log.close();
  });

  it('a row that cannot be written loses only itself, and is reported', async () => {
    const lost: number[] = [];
    const log = new SqliteDecisionLog(':memory:', { flushMs: 60_000, onError: (_err, n) => lost.push(n) });
    const first = await log.append(rec(1));
    await log.append(rec(2));
    // The same id twice in one batch: the primary key refuses the second.
    (log as unknown as { pending: unknown[][] }).pending.push([first.id, ORG, first.at, JSON.stringify(first)]);
    expect(await log.list(ORG, new Date('2026-01-01T00:00:00Z'))).toHaveLength(2);
    expect(lost).toEqual([1]);
    await log.close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('decision record: SIGTERM right after a burst of triage turns', () => {
  const OUT = path.join(ROOT, 'dist', `test-decisions-shutdown-${process.pid}`);
  let dataDir: string;
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', path.relative(ROOT, OUT), '--no-web'], { cwd: ROOT, stdio: 'pipe' });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'decisions-sigterm-'));
  }, 90_000);
  afterAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('every answered turn is in the decision record after the bot stops', async () => {
    const port = await freePort();
    const bot = spawn(process.execPath, [path.join(OUT, 'bot.cjs')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'warn', STORAGE: 'sqlite', DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    bot.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 300; i += 1) {
        const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Free-text triage messages from bench/load.mjs's generator (its stand-in connector answers the replies).
      const load = execFileSync(process.execPath, ['bench/load.mjs', '--url', `http://127.0.0.1:${port}/api/messages`, '--once-each', '--conversations', '40', '--concurrency', '8'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      const result = JSON.parse(load.trim().split('\n').at(-1) as string) as { requests: number; errors: number };
      expect(result).toMatchObject({ requests: 40, errors: 0 });
      // At once: the last turns' records are still waiting for their batch.
      bot.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
    } finally {
      if (bot.exitCode === null) bot.kill('SIGKILL');
    }
    expect(rowsIn(path.join(dataDir, 'decisions.sqlite'))).toBe(40);
  }, 60_000);
});
