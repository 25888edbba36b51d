/**
 * No lost work: concurrent changes to one draft (eTag conflicts retried against fresh
 * state) on memory and SQLite; a storage outage mid-notice gives the user 999 and the
 * front door and leaves the draft as it was; retention deletes state as configured.
 * (A process killed mid-dialog: kill.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/edge/config';
import { DraftRepository, type DraftRecord } from '../../bot/escalation/drafts';
import { createStorage, type StorageHandle } from '../../bot/storage';
import { USER, personalMessage, type TeamsActivity } from '../helpers/activities';
import { useBotOverHttp } from '../helpers/app';
import { postToBot, type SentActivity, exchange } from '../helpers/connector';

const DAY = 86_400_000;
const T0 = new Date('2026-03-02T10:00:00Z');

function readable(sent: SentActivity[]): string {
  return sent.map((a) => `${a.body.text ?? ''} ${JSON.stringify(a.body.attachments ?? [])}`).join(' ');
}

describe.each(['memory', 'sqlite'] as const)('concurrent turns on one draft (%s)', (kind) => {
  let dir: string;
  let handle: StorageHandle;
  let drafts: DraftRepository;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'drafts-race-'));
    handle = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: kind, DATA_DIR: dir }));
    drafts = new DraftRepository(handle, { retentionDays: 30, clock: () => T0 });
  });

  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newDraft = (): Promise<DraftRecord> =>
    drafts.create({ ownerId: USER.aadObjectId, area: 'salford', stageId: 'practice_manager', conversation: {}, reference: (id) => `ESC-TEST-${id.slice(0, 6)}` });

  it('two turns at once, each setting a different field: both fields survive', async () => {
    const draft = await newDraft();
    await Promise.all([
      drafts.update(USER.aadObjectId, draft.id, (d) => ({ ...d, lastInput: { ...d.lastInput, childName: 'A' } })),
      drafts.update(USER.aadObjectId, draft.id, (d) => ({ ...d, lastInput: { ...d.lastInput, concern: 'B' } })),
    ]);
    const stored = await drafts.get(USER.aadObjectId, draft.id);
    expect(stored?.lastInput).toEqual({ childName: 'A', concern: 'B' });
  });

  it('four turns at once appending to one list: nothing lost', async () => {
    const draft = await newDraft();
    await Promise.all(
      ['c1', 'c2', 'c3', 'c4'].map((channelKey) =>
        drafts.update(USER.aadObjectId, draft.id, (d) => ({ ...d, shared: [...d.shared, { channelKey, at: T0.toISOString() }] })),
      ),
    );
    const stored = await drafts.get(USER.aadObjectId, draft.id);
    expect(stored?.shared.map((s) => s.channelKey).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
  });
});

/** Storage that can be switched off: every call rejects while `down`. */
class SwitchableStorage implements Storage {
  down = false;
  constructor(private readonly inner: Storage) {}
  private check(): void {
    if (this.down) throw Object.assign(new Error('storage unavailable (injected)'), { code: 'STORAGE_UNAVAILABLE' });
  }
  async read(keys: string[]): Promise<StoreItems> {
    this.check();
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    this.check();
    return this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    this.check();
    return this.inner.delete(keys);
  }
}

describe('a storage outage mid-notice', () => {
  const base = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory' }));
  const switchable = new SwitchableStorage(base.storage);
  const handle: StorageHandle = {
    ...base,
    storage: switchable,
    claim: async (...args) => {
      if (switchable.down) throw new Error('storage unavailable (injected)');
      return base.claim(...args);
    },
  };
  afterAll(() => base.close()); // registered before the app's, so it runs after the app has closed
  const bot = useBotOverHttp({ RATE_LIMIT_BURST: '1000' }, { storage: handle, clock: () => T0 });

  const press = (value: Record<string, unknown>): TeamsActivity => {
    const a = personalMessage({ serviceUrl: bot.connector.url, value, conversationId: 'a:outage' });
    delete a.text;
    return a;
  };
  async function turn(activity: TeamsActivity): Promise<{ status: number; sent: SentActivity[] }> {
    const { status, replies } = await exchange(bot.connector, bot.messagesUrl, activity);
    return { status, sent: replies };
  }

  it('the user gets 999 and the front door, and the draft is not corrupted', async () => {
    const started = await turn(press({ verb: 'notice.start', stage: 'practice_manager' }));
    const form = started.sent[0]?.body.attachments?.[0]?.content as { actions?: { title: string; data?: { draftId?: string } }[] };
    const draftId = form.actions?.find((a) => a.title === 'Draft the notice')?.data?.draftId ?? '';
    expect(draftId).not.toBe('');
    await turn(press({ verb: 'notice.submit', draftId, childName: 'Before Outage', concern: 'kept' }));
    const key = `drafts/${encodeURIComponent(USER.aadObjectId)}/${draftId}`;
    const before = JSON.stringify((await base.storage.read([key]))[key]);
    expect(before).toContain('Before Outage');

    switchable.down = true;
    const during = await turn(press({ verb: 'notice.submit', draftId, childName: 'During Outage', concern: 'lost?' }));
    expect(during.status).toBeLessThan(500);
    const text = readable(during.sent);
    expect(text).toContain('999');
    expect(text).toContain('0161 603 4500');
    expect(text).toMatch(/something went wrong|could not/i);
    const plain = await turn(personalMessage({ serviceUrl: bot.connector.url, text: 'a child is being hurt', conversationId: 'a:outage' }));
    expect(readable(plain.sent)).toContain('999');
    switchable.down = false;

    const after = JSON.stringify((await base.storage.read([key]))[key]);
    expect(after).toBe(before);
    // and the notice carries on once storage is back
    const resumed = await turn(press({ verb: 'notice.edit', draftId }));
    expect(readable(resumed.sent)).toContain('Before Outage');
  });
});

describe('retention as configured', () => {
  let now = T0.getTime();
  const handle = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory' }), { now: () => now });
  afterAll(() => handle.close()); // runs after the app has closed
  const bot = useBotOverHttp({ DRAFT_RETENTION_DAYS: '30', USER_RETENTION_DAYS: '90', DEDUPE_TTL_SECONDS: '600' }, { storage: handle, clock: () => new Date(now), opsClock: () => now });

  const keys = async () => {
    const all = await handle.listKeys('');
    return {
      conversations: all.filter((k) => /^msteams\/conversations\//.test(k)),
      users: all.filter((k) => /^msteams\/users\//.test(k)),
      drafts: all.filter((k) => k.startsWith('drafts/')),
      claims: all.filter((k) => k.startsWith('claims/')),
    };
  };

  it('claims go after their TTL, conversation state and drafts after 30 days, user state after 90', async () => {
    const start = personalMessage({ serviceUrl: bot.connector.url, value: { verb: 'notice.start', stage: 'practice_manager' } });
    delete start.text;
    await postToBot(bot.messagesUrl, start);
    await postToBot(bot.messagesUrl, personalMessage({ serviceUrl: bot.connector.url, text: 'area bury' }));
    const k0 = await keys();
    expect(k0.users.length).toBeGreaterThan(0);
    expect(k0.conversations.length).toBeGreaterThan(0);
    expect(k0.drafts.length).toBe(1);
    expect(k0.claims.length).toBe(2);

    now += 11 * 60_000;
    await bot.app.ticker.runDue(new Date(now));
    expect((await keys()).claims).toEqual([]);
    expect((await keys()).conversations).toEqual(k0.conversations);

    now += 29 * DAY;
    await bot.app.ticker.runDue(new Date(now));
    expect((await keys()).conversations).toEqual(k0.conversations); // 29 days: kept

    now += 2 * DAY;
    await bot.app.ticker.runDue(new Date(now));
    const k31 = await keys();
    expect(k31.conversations).toEqual([]);
    expect(k31.drafts).toEqual([]);
    expect(k31.users).toEqual(k0.users);

    now += 60 * DAY;
    await bot.app.ticker.runDue(new Date(now));
    expect((await keys()).users).toEqual([]);
  });
});
