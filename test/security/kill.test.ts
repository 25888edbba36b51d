/**
 * A process killed mid-dialog resumes from storage: the real bundled bot (dist build of
 * bot/index.ts) runs as a child process on SQLite; a screening is answered part way,
 * the process is SIGKILLed (no shutdown hooks run), a new process starts on the same
 * file and the next answer carries on where the first left off.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsFor } from '../../dialogs/triage/questions';
import { loadEngines } from '../../rules';
import { nextActivityId, personalMessage } from '../helpers/activities';
import { postToBot, startConnector, type SentActivity, type StandInConnector } from '../helpers/connector';
import { nodeEnv as productionNodeEnv, nodeFlags as productionNodeFlags } from '../../scripts/node-flags.mjs';

const ROOT = path.resolve(__dirname, '../..');
const OUT = 'dist/security-kill-test';
const QUESTIONS = questionsFor(loadEngines().salford.pack);

interface Running {
  child: ChildProcess;
  messagesUrl: string;
}

function startBot(dataDir: string): Promise<Running> {
  // As `npm start` runs it: the launcher (code cache) with the production Node flags and malloc settings.
  const child = spawn(process.execPath, [...productionNodeFlags(), path.join(ROOT, OUT, 'launch.cjs')], {
    cwd: ROOT,
    env: { ...productionNodeEnv(), PATH: process.env.PATH ?? '', NODE_ENV: 'test', STORAGE: 'sqlite', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_BURST: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bot did not start: ${out.slice(0, 500)}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, messagesUrl: `${match[1]}/api/messages` });
      }
    });
    child.once('exit', (code) => reject(new Error(`bot exited with ${code}: ${out.slice(0, 500)}`)));
  });
}

function killHard(running: Running): Promise<void> {
  return new Promise((resolve) => {
    if (running.child.exitCode !== null || running.child.signalCode !== null) return resolve();
    running.child.once('exit', () => resolve());
    running.child.kill('SIGKILL');
  });
}

describe('a process killed mid-dialog resumes from storage', () => {
  let connector: StandInConnector;
  let dir: string;
  const running: Running[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', OUT, '--no-web'], { cwd: ROOT, stdio: 'ignore' });
    connector = await startConnector();
    dir = mkdtempSync(path.join(tmpdir(), 'kill-'));
  }, 60_000);

  afterAll(async () => {
    for (const r of running) await killHard(r);
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
  });

  it('answers two questions, is SIGKILLed, and the new process asks question 3 → 4', async () => {
    const conversationId = 'a:kill-test';
    const msg = (o: { text?: string; value?: unknown }) => {
      const a = personalMessage({ serviceUrl: connector.url, conversationId, id: nextActivityId(), ...o });
      if (o.text === undefined) delete a.text;
      return a;
    };
    const last = (): string => {
      const sent: SentActivity | undefined = connector.activities().at(-1);
      return (sent?.body.attachments?.[0]?.content as { fallbackText?: string } | undefined)?.fallbackText ?? sent?.body.text ?? '';
    };

    const first = await startBot(dir);
    running.push(first);
    await postToBot(first.messagesUrl, msg({ text: 'worried' }));
    expect(last()).toMatch(/^Question 1 of /);
    await postToBot(first.messagesUrl, msg({ value: { verb: 'screen.answer', question: 'immediateDanger', answer: 'no' } }));
    await postToBot(first.messagesUrl, msg({ value: { verb: 'screen.answer', question: 'homeAlone', answer: 'no' } }));
    expect(last()).toMatch(/^Question 3 of /);
    await killHard(first);
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startBot(dir);
    running.push(second);
    const harm = QUESTIONS[2]?.choices[0]?.value as string;
    await postToBot(second.messagesUrl, msg({ value: { verb: 'screen.answer', question: 'harms', answer: '__multi__', choices: harm } }));
    expect(last()).toMatch(/^Question 4 of /);
  });
});
