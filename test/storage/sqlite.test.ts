import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationState, TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EtagConflictError, isEtagConflict } from '../../bot/storage/errors';
import { createStorage } from '../../bot/storage/index';
import { SqliteStorage } from '../../bot/storage/sqlite';

const CHILD_NAME = 'Zoë Ó Súilleabháin 🌟';

describe('SqliteStorage', () => {
  let dir: string;
  const open: SqliteStorage[] = [];
  const openStorage = (): SqliteStorage => {
    const storage = SqliteStorage.inDirectory(dir);
    open.push(storage);
    return storage;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sqlite-storage-'));
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes, reads and deletes items; reads skip missing keys', async () => {
    const storage = openStorage();
    await storage.write({ a: { count: 1 }, b: { list: ['x', 'y'] } });

    const items = await storage.read(['a', 'b', 'missing']);
    expect(Object.keys(items).sort()).toEqual(['a', 'b']);
    expect(items.a).toMatchObject({ count: 1 });
    expect(items.b).toMatchObject({ list: ['x', 'y'] });

    await storage.delete(['a', 'never-existed']);
    expect(await storage.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ list: ['x', 'y'] }) });
  });

  it('gives every write a new eTag and does not store the eTag in the item', async () => {
    const storage = openStorage();
    await storage.write({ k: { v: 1, eTag: '*' } });
    const first = (await storage.read(['k'])).k;
    await storage.write({ k: { v: 2, eTag: '*' } });
    const second = (await storage.read(['k'])).k;

    expect(typeof first.eTag).toBe('string');
    expect(first.eTag).not.toBe('*');
    expect(second.eTag).not.toBe(first.eTag);
    expect(second).toEqual({ v: 2, eTag: second.eTag });
  });

  it('accepts a write carrying the current eTag', async () => {
    const storage = openStorage();
    await storage.write({ k: { v: 1 } });
    const current = (await storage.read(['k'])).k;
    await storage.write({ k: { ...current, v: 2 } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
  });

  it('rejects a write with a stale eTag, with code ETAG_CONFLICT, and keeps the stored item', async () => {
    const storage = openStorage();
    await storage.write({ k: { v: 1 } });
    const stale = (await storage.read(['k'])).k;
    await storage.write({ k: { ...stale, v: 2 } }); // someone else wins

    const attempt = storage.write({ k: { ...stale, v: 3 } });
    await expect(attempt).rejects.toBeInstanceOf(EtagConflictError);
    await expect(attempt).rejects.toMatchObject({ code: 'ETAG_CONFLICT', key: 'k' });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
  });

  it('rolls back the whole multi-key write when one key conflicts', async () => {
    const storage = openStorage();
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const err = await storage
      .write({ a: { v: 2, eTag: '*' }, b: { v: 2, eTag: 'stale' } })
      .catch((e: unknown) => e);
    expect(isEtagConflict(err)).toBe(true);
    const items = await storage.read(['a', 'b']);
    expect(items.a).toMatchObject({ v: 1 });
    expect(items.b).toMatchObject({ v: 1 });
  });

  it.each([
    ["'*'", '*'],
    ['an empty eTag', ''],
    ['no eTag', undefined],
  ])('overwrites with %s whatever is stored', async (_label, eTag) => {
    const storage = openStorage();
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2 } });
    await storage.write({ k: { v: 3, ...(eTag === undefined ? {} : { eTag }) } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 3 });
  });

  it('like MemoryStorage, accepts any eTag for a key that does not exist yet', async () => {
    const storage = openStorage();
    await storage.write({ fresh: { v: 1, eTag: 'whatever' } });
    expect((await storage.read(['fresh'])).fresh).toMatchObject({ v: 1 });
  });

  it('keeps state across a restart (a new instance on the same file)', async () => {
    const first = openStorage();
    await first.write({ 'msteams/conversations/a:1': { step: 'childDetails', childName: CHILD_NAME } });
    const before = (await first.read(['msteams/conversations/a:1']))['msteams/conversations/a:1'];
    await first.close();

    const second = openStorage();
    const after = (await second.read(['msteams/conversations/a:1']))['msteams/conversations/a:1'];
    expect(after).toEqual(before);
    expect(after.childName).toBe(CHILD_NAME);
  });

  it('sees writes from another open instance at once (WAL, shared file)', async () => {
    const a = openStorage();
    const b = openStorage();
    await a.write({ k: { v: 1 } });
    const seen = (await b.read(['k'])).k;
    expect(seen).toMatchObject({ v: 1 });
    await a.write({ k: { v: 2 } });
    await expect(b.write({ k: { ...seen, v: 3 } })).rejects.toMatchObject({ code: 'ETAG_CONFLICT' });
  });

  it('round-trips accented and emoji text byte for byte', async () => {
    const storage = openStorage();
    const text = `${CHILD_NAME} — naïve café, 👩🏽‍⚕️ \u0000 "quoted" \\ back`;
    await storage.write({ k: { childName: CHILD_NAME, text } });
    const item = (await storage.read(['k'])).k;
    expect(Buffer.from(item.childName, 'utf8').equals(Buffer.from(CHILD_NAME, 'utf8'))).toBe(true);
    expect(item.text).toBe(text);
  });

  it('uses WAL mode and an owner-only file', async () => {
    openStorage();
    const file = path.join(dir, 'bot-state.sqlite');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}-wal`).isFile()).toBe(true);
  });

  it('lists keys by prefix in order', async () => {
    const storage = openStorage();
    await storage.write({
      'reminder/2024-05-02/b': { v: 1 },
      'reminder/2024-05-01/a': { v: 1 },
      'draft/x': { v: 1 },
      'reminder%': { v: 1 },
    });
    expect(await storage.listKeys('reminder/')).toEqual(['reminder/2024-05-01/a', 'reminder/2024-05-02/b']);
    expect(await storage.listKeys('reminder%')).toEqual(['reminder%']);
    expect((await storage.listKeys()).length).toBe(4);
  });

  it('pings while open and fails after close', async () => {
    const storage = openStorage();
    await expect(storage.ping()).resolves.toBeUndefined();
    await storage.close();
    await expect(storage.ping()).rejects.toMatchObject({ code: 'STORAGE_CLOSED' });
  });

  it('works under botbuilder ConversationState across two adapters (restart mid-conversation)', async () => {
    const run = async (storage: SqliteStorage): Promise<string[]> => {
      const state = new ConversationState(storage);
      const turns = state.createProperty<number>('turns');
      const adapter = new TestAdapter(async (context) => {
        const n = (await turns.get(context, 0)) + 1;
        await turns.set(context, n);
        await context.sendActivity(`turn ${n}`);
        await state.saveChanges(context);
      });
      await adapter.receiveActivity('hello');
      return adapter.activeQueue.map((a) => a.text ?? '');
    };
    expect(await run(openStorage())).toEqual(['turn 1']);
    expect(await run(openStorage())).toEqual(['turn 2']);
  });
});

describe('createStorage', () => {
  it('memory: behaves like MemoryStorage, with ETAG_CONFLICT and listKeys', async () => {
    const handle = createStorage({
      storage: 'memory',
      dataDir: '/nonexistent',
      blobConnectionString: undefined,
      blobContainer: undefined,
    });
    await handle.storage.write({ 'p/1': { v: 1 }, 'q/1': { v: 1 } });
    const item = (await handle.storage.read(['p/1']))['p/1'];
    await handle.storage.write({ 'p/1': { ...item, v: 2 } });
    await expect(handle.storage.write({ 'p/1': { ...item, v: 3 } })).rejects.toMatchObject({
      code: 'ETAG_CONFLICT',
    });
    await handle.storage.delete(['q/1']);
    expect(await handle.listKeys('')).toEqual(['p/1']);
    await expect(handle.ping()).resolves.toBeUndefined();
    await handle.close();
  });

  it('sqlite: creates DATA_DIR and the database inside it', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'create-storage-')), 'nested', 'data');
    const handle = createStorage({
      storage: 'sqlite',
      dataDir: dir,
      blobConnectionString: undefined,
      blobContainer: undefined,
    });
    try {
      await handle.storage.write({ k: { v: 1 } });
      await handle.ping();
      expect(statSync(path.join(dir, 'bot-state.sqlite')).isFile()).toBe(true);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      await handle.close();
      rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
    }
  });
});
