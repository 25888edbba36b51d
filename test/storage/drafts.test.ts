/**
 * The drafts repository's eTag-checked writes, on memory and SQLite storage: concurrent
 * changes are re-applied, not lost; a guarded change (advance from stage X) happens once;
 * a reminder can be claimed by one writer only.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DraftRepository, reminderKey, type DraftRecord } from '../../bot/escalation/drafts';
import { createStorage, isEtagConflict, SqliteStorage, type StorageHandle } from '../../bot/storage';

/** Counts the eTag conflicts the repository met (so the test shows the race really happened). */
function counting(handle: StorageHandle): { handle: StorageHandle; conflicts: () => number } {
  let conflicts = 0;
  const inner = handle.storage;
  const storage: Storage = {
    read: (keys) => inner.read(keys),
    delete: (keys) => inner.delete(keys),
    write: async (changes: StoreItems) => {
      // Yield first, so two writers that both read before either writes really interleave.
      await new Promise((r) => setTimeout(r, 1));
      try {
        await inner.write(changes);
      } catch (err) {
        if (isEtagConflict(err)) conflicts++;
        throw err;
      }
    },
  };
  return { handle: { ...handle, storage }, conflicts: () => conflicts };
}

const backends: [string, () => StorageHandle][] = [
  ['memory', () => createStorage({ storage: 'memory', dataDir: '', blobConnectionString: undefined, blobContainer: undefined })],
  [
    'sqlite',
    () => {
      const s = new SqliteStorage({ filename: ':memory:' });
      return { storage: s, listKeys: (p) => s.listKeys(p), claim: async () => true, ping: () => s.ping(), close: () => s.close() } as StorageHandle;
    },
  ],
];

describe.each(backends)('DraftRepository on %s', (_name, make) => {
  const now = new Date('2026-12-24T10:00:00Z');

  async function fresh() {
    const base = make();
    const { handle, conflicts } = counting(base);
    const drafts = new DraftRepository(handle, { retentionDays: 30, clock: () => now });
    const draft = await drafts.create({ ownerId: 'owner-1', area: 'salford', stageId: 'practice_manager', conversation: {}, reference: () => 'ESC-TEST' });
    return { drafts, draft, conflicts, base };
  }

  it('two concurrent edits of different fields both survive', async () => {
    const { drafts, draft, conflicts, base } = await fresh();
    await Promise.all([
      drafts.update('owner-1', draft.id, (d) => ({ ...d, lastInput: { ...d.lastInput, childName: 'A' } })),
      drafts.update('owner-1', draft.id, (d) => ({ ...d, lastInput: { ...d.lastInput, concern: 'B' } })),
    ]);
    const stored = (await drafts.get('owner-1', draft.id)) as DraftRecord;
    expect(stored.lastInput).toEqual({ childName: 'A', concern: 'B' });
    expect(conflicts()).toBeGreaterThanOrEqual(1);
    await base.close();
  });

  it('two concurrent "advance from practice_manager" move the draft one stage only', async () => {
    const { drafts, draft, base } = await fresh();
    const advance = (d: DraftRecord) => (d.stageId === 'practice_manager' ? { ...d, stageId: 'service_manager', history: [...d.history, { stageId: d.stageId, sentOn: '2026-12-17' }] } : undefined);
    const results = await Promise.all([drafts.update('owner-1', draft.id, advance), drafts.update('owner-1', draft.id, advance)]);
    expect(results.map((r) => r?.changed).sort()).toEqual([false, true]);
    const stored = (await drafts.get('owner-1', draft.id)) as DraftRecord;
    expect(stored.stageId).toBe('service_manager');
    expect(stored.history).toHaveLength(1);
    await base.close();
  });

  it('only one of two writers holding the same reminder eTag can claim it', async () => {
    const { drafts, draft, base } = await fresh();
    const key = await drafts.scheduleReminder({ ...draft, dueOn: '2027-01-05' });
    expect(key).toBe(reminderKey('2027-01-05', draft.id));
    const seenByA = await drafts.readReminder(key as string);
    const seenByB = await drafts.readReminder(key as string);
    const a = await drafts.writeReminder(key as string, { ...(seenByA as NonNullable<typeof seenByA>), state: 'claimed', claimedBy: 'A' });
    const b = await drafts.writeReminder(key as string, { ...(seenByB as NonNullable<typeof seenByB>), state: 'claimed', claimedBy: 'B' });
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect((await drafts.readReminder(key as string))?.claimedBy).toBe('A');
    await base.close();
  });

  it('someone else’s owner id finds nothing', async () => {
    const { drafts, draft, base } = await fresh();
    expect(await drafts.get('owner-2', draft.id)).toBeUndefined();
    expect(await drafts.update('owner-2', draft.id, (d) => ({ ...d, stageId: 'head_of_service' }))).toBeUndefined();
    expect((await drafts.get('owner-1', draft.id))?.stageId).toBe('practice_manager');
    await base.close();
  });
});
