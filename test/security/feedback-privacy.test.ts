/**
 * Feedback without personal data, end to end: a worry carrying a sentinel (a made-up reference,
 * a child's name and a date of birth) goes through the answer and the feedback on it (No, a
 * route picked; Yes in a group chat; a forged press carrying the sentinel, refused), then the
 * administrator's insights and both CSV exports, with the whole app on SQLite storage and every
 * log line captured at trace level. The sentinel may appear in no log line, no console output,
 * no row of any SQLite table (bot state and the decision record), no byte of any file in the
 * data directory, no CSV export and no /metrics output.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { groupChatMessage, personalMessage, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { registerChildSentinels } from '../helpers/cardAudit';
import { startConnector, type SentActivity, type StandInConnector, turnReplies } from '../helpers/connector';
import { startHarness, type Harness } from './harness';
import { salford } from '../../rules/packs/salford';

const SENTINEL = 'ZQX-SENTINEL-7731 Jayden Smith 03/04/2017';
const PARTS = [SENTINEL, 'ZQX-SENTINEL-7731', 'ZQX', 'Jayden', 'Smith', '03/04/2017'];
registerChildSentinels(...PARTS);
const WORRY = `${SENTINEL} has unexplained bruises and is reluctant to change for PE`;
const ADMIN: TeamsUser = { id: '29:admin-privacy', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-000000000001' };
const TODAY = new Date('2026-11-24T10:17:00Z');

function leaks(text: string): string[] {
  return PARTS.filter((p) => text.includes(p));
}

function buttons(a: SentActivity | undefined): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Submit') out.push(o.data as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(a?.body.attachments?.map((x) => x.content));
  return out;
}

describe('feedback keeps no personal data (sentinel, SQLite storage, trace logs)', () => {
  let connector: StandInConnector;
  let h: Harness;
  let dataDir: string;
  const csvs: string[] = [];
  const consoleSpies: MockInstance[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) consoleSpies.push(vi.spyOn(console, method).mockImplementation(() => undefined));
    dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-privacy-'));
    connector = await startConnector();
    h = await startHarness(
      { STORAGE: 'sqlite', DATA_DIR: dataDir, LOG_LEVEL: 'trace', ADMIN_AAD_IDS: ADMIN.aadObjectId, PUBLIC_BASE_URL: 'https://bot.example.org', RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_BURST: '1000' },
      { clock: () => TODAY, reminderIntervalSeconds: 0 },
    );
  });

  afterAll(async () => {
    await h?.close();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
    for (const spy of consoleSpies) spy.mockRestore();
  });

  const turn = (activity: TeamsActivity): Promise<SentActivity[]> => turnReplies(connector, h.messagesUrl, activity);
  const press = (value: Record<string, unknown>, from?: TeamsUser): TeamsActivity => {
    const a = personalMessage({ serviceUrl: connector.url, value, ...(from ? { from } : {}) });
    delete a.text;
    return a;
  };

  it('the worry is answered, the feedback recorded, and the administrator sees the counts', async () => {
    const [answer] = await turn(personalMessage({ serviceUrl: connector.url, text: WORRY }));
    const no = buttons(answer).find((b) => b.verb === 'feedback.no');
    expect(no).toEqual({ verb: 'feedback.no', given: 'risk_support', pack: 'salford', version: expect.any(String) });
    const [picker] = await turn(press(no ?? {}));
    const emergency = buttons(picker).find((b) => b.chosen === 'emergency');
    const [thanks] = await turn(press(emergency ?? {}));
    expect(thanks?.body.text).toMatch(/^Thank you: I have noted that it was about “Immediate danger: Call 999 now”/);
    expect(thanks?.body.text).toContain('999');

    // In a group chat: the same worry (the bot asks for no names there), and Yes.
    const [, groupAnswer] = await turn(groupChatMessage({ serviceUrl: connector.url, text: WORRY }));
    const yes = buttons(groupAnswer).find((b) => b.verb === 'feedback.yes');
    expect(yes).toBeDefined();
    const pressInGroup = groupChatMessage({ serviceUrl: connector.url, value: yes });
    delete pressInGroup.text;
    delete pressInGroup.entities;
    const [groupThanks] = await turn(pressInGroup);
    expect(groupThanks?.body.text).toMatch(/^Thank you: I have noted that this was the right answer/);

    // A forged press carrying the sentinel as the route chosen: refused.
    const [refused] = await turn(press({ verb: 'feedback.route', given: 'risk_support', pack: 'salford', version: salford.version, chosen: SENTINEL }));
    expect(JSON.stringify(refused?.body)).toContain('I could not read that');

    const [insights] = await turn(personalMessage({ serviceUrl: connector.url, from: ADMIN, text: 'insights' }));
    const card = JSON.stringify(insights?.body.attachments?.[0]?.content);
    expect(card).toContain('{"title":"Answers with feedback","value":"2"}');
    expect(card).toContain('{"title":"Getting Risk Support: Refer to the Bridge now → Immediate danger: Call 999 now","value":"1"}');
    expect(leaks(card)).toEqual([]);

    const [exported] = await turn(personalMessage({ serviceUrl: connector.url, from: ADMIN, text: 'export' }));
    for (const link of (exported?.body.attachments?.[0]?.content as { actions: { url: string }[] }).actions) {
      const res = await fetch(`${h.url}${new URL(link.url).pathname}`);
      expect(res.status).toBe(200);
      csvs.push(await res.text());
    }
    expect(csvs).toHaveLength(2);
    expect(csvs[1]).toContain(`given_chosen,salford,${salford.version},risk_support,emergency,1`);
  });

  it('no CSV export carries the sentinel', () => {
    expect(csvs.join('\n')).toMatch(/risk_support/);
    expect(csvs.flatMap(leaks)).toEqual([]);
  });

  it('no row of any SQLite table, and no byte of any file in the data directory, carries it', () => {
    const files = readdirSync(dataDir);
    const databases = files.filter((f) => f.endsWith('.sqlite'));
    expect(databases.sort()).toEqual(['bot-state.sqlite', 'decisions.sqlite']);
    let rows = 0;
    for (const file of databases) {
      const db = new Database(path.join(dataDir, file), { readonly: true, fileMustExist: true });
      try {
        const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
        for (const { name } of tables) {
          for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all()) {
            rows += 1;
            expect(leaks(JSON.stringify(row)), `${file} ${name}`).toEqual([]);
          }
        }
      } finally {
        db.close();
      }
    }
    expect(rows).toBeGreaterThan(4); // the answers and the feedback are there, as ids
    for (const file of files) expect(leaks(readFileSync(path.join(dataDir, file)).toString('latin1')), file).toEqual([]);
  });

  it('no log line (trace level), console output or /metrics output carries it', async () => {
    expect(h.logLines.length).toBeGreaterThan(10);
    expect(h.logLines.filter((l) => leaks(l).length > 0)).toEqual([]);
    const printed = consoleSpies.flatMap((s) => s.mock.calls.map((c) => c.map(String).join(' ')));
    expect(printed.filter((p) => leaks(p).length > 0)).toEqual([]);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/safeguarding_feedback_total\{given="risk_support",chosen="emergency"\} 1/);
    expect(leaks(metrics)).toEqual([]);
  });
});
