/**
 * "Forget me" and retention must make deletion mean it on disk. The whole app runs on
 * SQLite in a fresh DATA_DIR; a practitioner drafts an escalation notice (one submission
 * that fails validation, so `lastInput` is kept too, then a valid one) and saves a
 * strengths note, each carrying a sentinel child name and date of birth. Then every byte
 * of every file under DATA_DIR (the database, its -wal and -shm) is searched: the sentinels
 * must be there before, and nowhere after "forget me", and nowhere after a retention sweep.
 *
 * The same on Azure Blob Storage (Azurite), as far as the service lets a client see: with a
 * snapshot of every blob taken (as a backup or versioning would), nothing listed with
 * deleted blobs, snapshots and versions included carries the sentinels afterwards. Soft
 * delete is an account setting the bot cannot see past: SECURITY.md tells operators.
 */
import { ContainerClient } from '@azure/storage-blob';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/edge/config';
import { createStorage, type StorageHandle } from '../../bot/storage';
import { personalMessage, SECOND_USER, USER, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { registerChildSentinels } from '../helpers/cardAudit';
import { startConnector, type SentActivity, type StandInConnector, turnReplies } from '../helpers/connector';
import { startHarness, type Harness } from '../helpers/app';
import { startAzuriteBlob, type AzuriteBlob } from '../helpers/azurite';

const CHILD = 'Erasmina Quillfeather';
const DOB = '2015-04-17';
const SENTINELS = [CHILD, 'Quillfeather', DOB];
registerChildSentinels(...SENTINELS);
const T0 = new Date('2026-03-02T10:00:00Z'); // a Monday
const DAY = 86_400_000;

const FORM = {
  childName: CHILD,
  childDob: DOB,
  concern: `${CHILD} has bruising on her arms`,
  decision: 'Closed without a visit',
  triedAtPractitionerLevel: 'Phoned twice',
  completedByName: 'Alex Example',
  completedByRole: 'Teacher',
  completedByContact: 'alex.example@school.example',
  copiedTo: 'Our DSL',
  date: '2026-03-02',
};
const NOTE = { workingWell: `${CHILD} (born ${DOB}) comes to breakfast club.`, worried: 'Marks on her arms.', next: 'DSL to phone the front door.' };

type Card = { actions?: { title?: string; data?: Record<string, unknown> }[] };
const cardOf = (a: SentActivity | undefined): Card | undefined => a?.body.attachments?.[0]?.content as Card | undefined;
const lastCard = (rs: SentActivity[]): Card | undefined => [...rs].reverse().map(cardOf).find((c) => c !== undefined);
function action(c: Card | undefined, title: RegExp): Record<string, unknown> {
  const found = c?.actions?.find((a) => title.test(a.title ?? ''))?.data;
  if (!found) throw new Error(`no action ${String(title)}`);
  return found;
}

/** A scenario's turns, against the app and stand-in connector of one describe block. */
function practitioner(get: () => { h: Harness; connector: StandInConnector; handle: StorageHandle }) {
  async function turn(activity: TeamsActivity): Promise<SentActivity[]> {
    const { h, connector } = get();
    return turnReplies(connector, h.messagesUrl, activity);
  }
  const press = (value: Record<string, unknown>, from: TeamsUser): TeamsActivity => {
    const a = personalMessage({ serviceUrl: get().connector.url, from, value });
    delete a.text;
    return a;
  };
  const say = (text: string, from: TeamsUser) => turn(personalMessage({ serviceUrl: get().connector.url, from, text }));

  /** A notice (an invalid submission, then a valid one) and a strengths note, all carrying the sentinels. */
  async function writeAboutTheChild(from: TeamsUser): Promise<void> {
    const form = lastCard(await turn(press({ verb: 'notice.start', stage: 'practice_manager' }, from)));
    const draftId = String(action(form, /Draft the notice/).draftId);
    await turn(press({ verb: 'notice.submit', draftId, ...FORM, childDob: '31/02/2015' }, from));
    await turn(press({ verb: 'notice.submit', draftId, ...FORM }, from));
    const help = lastCard(await say('recording', from));
    const noteForm = lastCard(await turn(press(action(help, /Write a strengths note/), from)));
    await turn(press({ ...action(noteForm, /Save as a draft/), ...NOTE }, from));
    expect(await get().handle.listKeys(`drafts/${encodeURIComponent(from.aadObjectId)}/`)).toHaveLength(2);
  }

  async function forgetMe(from: TeamsUser): Promise<void> {
    await say('forget me', from);
    const [reply] = await turn(press({ verb: 'forget.confirm' }, from));
    expect(reply?.body.text).toContain('I have deleted 1 escalation notice');
  }
  return { writeAboutTheChild, forgetMe };
}

/** Every file under `dir` (recursively) in which a sentinel's bytes occur, with how often. */
function sentinelsOnDisk(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    for (const s of SENTINELS) {
      let count = 0;
      for (let at = bytes.indexOf(s); at !== -1; at = bytes.indexOf(s, at + 1)) count++;
      if (count > 0) found.push(`${name}: "${s}" ×${count}`);
    }
  }
  return found;
}

describe('nothing recoverable on disk (SQLite) after "forget me" and after retention', () => {
  let connector: StandInConnector;
  let handle: StorageHandle;
  let h: Harness;
  let dataDir: string;
  let now = T0.getTime();

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'erasure-'));
    connector = await startConnector();
    // The storage's write times follow the test's clock, so the retention sweep can be run 31 days on.
    handle = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'sqlite', DATA_DIR: dataDir }), { now: () => now });
    h = await startHarness(
      { STORAGE: 'sqlite', DATA_DIR: dataDir, DRAFT_RETENTION_DAYS: '30', RATE_LIMIT_PER_MINUTE: '10000', RATE_LIMIT_BURST: '1000' },
      { storage: handle, clock: () => new Date(now), opsClock: () => now, reminderIntervalSeconds: 0 },
    );
  });

  afterAll(async () => {
    await h?.close();
    await handle?.close();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const { writeAboutTheChild, forgetMe } = practitioner(() => ({ h, connector, handle }));

  it('"forget me": no sentinel in any file under DATA_DIR (the database still open)', async () => {
    await writeAboutTheChild(USER);
    expect(sentinelsOnDisk(dataDir).length).toBeGreaterThan(0); // the search can find them
    await forgetMe(USER);
    expect(sentinelsOnDisk(dataDir)).toEqual([]);
  });

  it('retention sweep: no sentinel in any file under DATA_DIR', async () => {
    await writeAboutTheChild(SECOND_USER);
    expect(sentinelsOnDisk(dataDir).length).toBeGreaterThan(0);
    now += 31 * DAY;
    await h.app.ticker.runDue(new Date(now));
    await h.app.escalation.reminders.runDue(new Date(now));
    expect(await handle.listKeys('drafts/')).toEqual([]);
    expect(sentinelsOnDisk(dataDir)).toEqual([]);
  });

  it('and none once the database is closed', async () => {
    await h.close();
    await handle.close();
    expect(sentinelsOnDisk(dataDir)).toEqual([]);
  });
});

describe('nothing left in blob storage (Azurite) after "forget me" and after retention, snapshots included', () => {
  let azurite: AzuriteBlob;
  let connector: StandInConnector;
  let handle: StorageHandle;
  let h: Harness;
  let container: ContainerClient;
  let now = T0.getTime();
  const CONTAINER = 'erasure-test';

  beforeAll(async () => {
    azurite = await startAzuriteBlob();
    connector = await startConnector();
    const env = { STORAGE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: CONTAINER };
    handle = createStorage(loadConfig({ NODE_ENV: 'test', ...env }));
    container = new ContainerClient(azurite.connectionString, CONTAINER);
    h = await startHarness(
      { ...env, DRAFT_RETENTION_DAYS: '30', RATE_LIMIT_PER_MINUTE: '10000', RATE_LIMIT_BURST: '1000' },
      { storage: handle, clock: () => new Date(now), opsClock: () => now, reminderIntervalSeconds: 0 },
    );
  });

  afterAll(async () => {
    await h?.close();
    await handle?.close();
    await connector?.close();
    await azurite?.stop();
  });

  const { writeAboutTheChild, forgetMe } = practitioner(() => ({ h, connector, handle }));

  /** Blob names (snapshots and versions marked) whose content carries a sentinel, deleted, snapshot and version blobs included. */
  async function sentinelsInBlobs(): Promise<string[]> {
    const found: string[] = [];
    for await (const blob of container.listBlobsFlat({ includeDeleted: true, includeSnapshots: true, includeVersions: true })) {
      let client = container.getBlobClient(blob.name);
      if (blob.snapshot) client = client.withSnapshot(blob.snapshot);
      else if (blob.versionId) client = client.withVersion(blob.versionId);
      const text = (await client.downloadToBuffer().catch(() => Buffer.alloc(0))).toString('utf8');
      const name = `${decodeURIComponent(blob.name)}${blob.snapshot ? ' (snapshot)' : ''}${blob.deleted ? ' (deleted)' : ''}`;
      if (SENTINELS.some((s) => text.includes(s) || name.includes(s))) found.push(name);
    }
    return found;
  }

  /** A snapshot of each of the user's draft blobs, as a backup job or blob versioning would leave. */
  async function snapshotDrafts(from: TeamsUser): Promise<number> {
    let taken = 0;
    for await (const blob of container.listBlobsFlat({ prefix: encodeURIComponent(`drafts/${encodeURIComponent(from.aadObjectId)}/`) })) {
      await container.getBlobClient(blob.name).createSnapshot();
      taken++;
    }
    return taken;
  }

  it('"forget me" deletes each blob with its snapshots', async () => {
    await writeAboutTheChild(USER);
    expect(await snapshotDrafts(USER)).toBe(2);
    expect((await sentinelsInBlobs()).length).toBeGreaterThan(2); // the search can find them
    await forgetMe(USER);
    expect(await sentinelsInBlobs()).toEqual([]);
  });

  it('the retention sweep does too', async () => {
    await writeAboutTheChild(SECOND_USER);
    expect(await snapshotDrafts(SECOND_USER)).toBe(2);
    now += 31 * DAY;
    await h.app.escalation.reminders.runDue(new Date(now));
    await h.app.ticker.runDue(new Date(now));
    expect(await handle.listKeys('drafts/')).toEqual([]);
    expect(await sentinelsInBlobs()).toEqual([]);
  });
});
