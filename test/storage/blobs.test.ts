import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConversationState, TestAdapter } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobsStorage } from '../../bot/storage/blobs';
import { EtagConflictError } from '../../bot/storage/errors';
import { createStorage } from '../../bot/storage/index';
import { devConnectionString, startAzuriteBlob, type AzuriteBlob } from '../helpers/azurite';

const run = promisify(execFile);

const CHILD_NAME = 'Zoë Ó Súilleabháin 🌟';

describe('blob storage against Azurite', () => {
  let azurite: AzuriteBlob;
  const newContainer = (): string => `test-${randomUUID()}`;

  beforeAll(async () => {
    azurite = await startAzuriteBlob();
  });

  afterAll(async () => {
    await azurite?.stop();
  });

  it('runs Azurite on its own port, not the default 10000', () => {
    expect(azurite.port).not.toBe(10000);
    expect(azurite.connectionString).toContain(`127.0.0.1:${azurite.port}`);
  });

  it('writes, reads and deletes', async () => {
    const storage = createBlobsStorage({ connectionString: azurite.connectionString, container: newContainer() });
    await storage.write({ 'msteams/conversations/a:1': { step: 'start', count: 1 } });
    const items = await storage.read(['msteams/conversations/a:1', 'missing']);
    expect(Object.keys(items)).toEqual(['msteams/conversations/a:1']);
    expect(items['msteams/conversations/a:1']).toMatchObject({ step: 'start', count: 1 });
    expect(typeof items['msteams/conversations/a:1'].eTag).toBe('string');

    await storage.delete(['msteams/conversations/a:1', 'missing']);
    expect(await storage.read(['msteams/conversations/a:1'])).toEqual({});
  });

  it("round-trips a child's name with accents and an emoji byte for byte", async () => {
    const container = newContainer();
    const storage = createBlobsStorage({ connectionString: azurite.connectionString, container });
    const concern = 'Zoë said “don’t tell” — 😢 ñ ü ß 漢字 👩🏽‍⚕️';
    await storage.write({ draft: { childName: CHILD_NAME, concern } });

    // Through the wrapper…
    const item = (await storage.read(['draft'])).draft;
    expect(Buffer.from(item.childName, 'utf8').equals(Buffer.from(CHILD_NAME, 'utf8'))).toBe(true);
    expect(item.concern).toBe(concern);

    // …and through a fresh, unwrapped BlobsStorage, so the stored bytes themselves are right.
    const plain = new BlobsStorage(azurite.connectionString, container);
    const raw = (await plain.read(['draft'])).draft;
    expect(raw.childName).toBe(CHILD_NAME);
    expect(raw.concern).toBe(concern);
  });

  it('rejects a stale eTag with ETAG_CONFLICT; "*" overwrites', async () => {
    const container = newContainer();
    const a = createBlobsStorage({ connectionString: azurite.connectionString, container });
    const b = createBlobsStorage({ connectionString: azurite.connectionString, container });
    await a.write({ k: { v: 1 } });
    const stale = (await b.read(['k'])).k;
    await a.write({ k: { ...(await a.read(['k'])).k, v: 2 } });

    const attempt = b.write({ k: { ...stale, v: 3 } });
    await expect(attempt).rejects.toBeInstanceOf(EtagConflictError);
    await expect(attempt).rejects.toMatchObject({ code: 'ETAG_CONFLICT' });
    expect((await a.read(['k'])).k).toMatchObject({ v: 2 });

    await b.write({ k: { v: 4, eTag: '*' } });
    expect((await a.read(['k'])).k).toMatchObject({ v: 4 });
  });

  it('lists keys by prefix and pings', async () => {
    const storage = createBlobsStorage({ connectionString: azurite.connectionString, container: newContainer() });
    await expect(storage.ping()).resolves.toBeUndefined();
    await storage.write({ 'reminder/b': { v: 1 }, 'reminder/a': { v: 1 }, 'draft/Zoë': { v: 1 } });
    expect(await storage.listKeys('reminder/')).toEqual(['reminder/a', 'reminder/b']);
    expect(await storage.listKeys('draft/')).toEqual(['draft/Zoë']);
  });

  it('createStorage("blobs") returns a working handle', async () => {
    const handle = createStorage({
      storage: 'blobs',
      dataDir: '/nonexistent',
      blobConnectionString: azurite.connectionString,
      blobContainer: newContainer(),
    });
    await handle.ping();
    await handle.storage.write({ k: { childName: CHILD_NAME } });
    expect((await handle.storage.read(['k'])).k).toMatchObject({ childName: CHILD_NAME });
    await handle.close();
  });

  it('ping fails when the blob service is unreachable', async () => {
    const storage = createBlobsStorage({
      connectionString: devConnectionString(1), // nothing listens on port 1
      container: newContainer(),
    });
    await expect(storage.ping()).rejects.toThrow();
  });

  it('two ConversationState stacks on two BlobsStorage instances continue one conversation', async () => {
    const container = newContainer();
    const stack = (): TestAdapter => {
      const state = new ConversationState(
        createBlobsStorage({ connectionString: azurite.connectionString, container }),
      );
      const turns = state.createProperty<number>('turns');
      return new TestAdapter(
        async (context) => {
          const n = (await turns.get(context, 0)) + 1;
          await turns.set(context, n);
          await context.sendActivity(`turn ${n}`);
          await state.saveChanges(context);
        },
        { channelId: 'msteams', conversation: { id: 'a:shared', isGroup: false, name: '', conversationType: 'personal' } },
      );
    };
    const first = stack();
    const second = stack();
    await first.receiveActivity('one');
    await second.receiveActivity('two');
    await first.receiveActivity('three');
    expect(first.activeQueue.map((a) => a.text)).toEqual(['turn 1', 'turn 3']);
    expect(second.activeQueue.map((a) => a.text)).toEqual(['turn 2']);
  });

  describe('across processes', () => {
    let scriptDir: string;
    let script: string;

    beforeAll(async () => {
      // Inside the repository, so that the script's import() of the (external) blob packages
      // resolves from node_modules: NODE_PATH serves require() but not import().
      mkdirSync(path.resolve('dist'), { recursive: true });
      scriptDir = mkdtempSync(path.join(path.resolve('dist'), 'blobs-turn-'));
      script = path.join(scriptDir, 'blobs-turn.cjs');
      await build({
        entryPoints: [path.resolve('test/storage/fixtures/blobs-turn.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        packages: 'external',
        outfile: script,
        logLevel: 'silent',
      });
    });

    afterAll(() => {
      if (scriptDir) rmSync(scriptDir, { recursive: true, force: true });
    });

    const turnInChild = async (container: string, text: string): Promise<{ pid: number; notes: unknown }> => {
      const { stdout } = await run(process.execPath, [script], {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_PATH: path.resolve('node_modules'),
          BLOB_CONNECTION_STRING: azurite.connectionString,
          BLOB_CONTAINER: container,
          CONVERSATION_ID: '19:shared-conversation@thread.v2',
          TURN_TEXT: text,
        },
        timeout: 20_000,
      });
      const line = JSON.parse(stdout.trim()) as { pid: number; replies: string[] };
      expect(line.replies).toHaveLength(1);
      return { pid: line.pid, notes: JSON.parse(line.replies[0] ?? 'null') };
    };

    it('two separate bot processes continue one conversation, unicode intact', async () => {
      const container = newContainer();
      const a = await turnInChild(container, 'first');
      const b = await turnInChild(container, CHILD_NAME);
      const c = await turnInChild(container, 'third');

      expect(new Set([a.pid, b.pid, c.pid, process.pid]).size).toBe(4);
      expect(a.notes).toEqual({ turns: 1, said: ['first'] });
      expect(b.notes).toEqual({ turns: 2, said: ['first', CHILD_NAME] });
      expect(c.notes).toEqual({ turns: 3, said: ['first', CHILD_NAME, 'third'] });
    });
  });
});

describe('BlobsStorage upload length (PITFALLS: character count vs bytes)', () => {
  it('sends Content-Length equal to the UTF-8 byte length of the body', async () => {
    const seen: Array<{ method: string; url: string; headers: IncomingHttpHeaders; bytes: Buffer }> = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, bytes: Buffer.concat(chunks) });
        res.writeHead(201, { etag: '"0x1"', 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const storage = new BlobsStorage(devConnectionString(port), 'wire');
      await storage.write({ k: { childName: CHILD_NAME } });

      const upload = seen.find((r) => r.method === 'PUT' && r.url.startsWith('/devstoreaccount1/wire/k'));
      expect(upload).toBeDefined();
      const serialized = JSON.stringify({ childName: CHILD_NAME });
      expect(serialized.length).not.toBe(Buffer.byteLength(serialized)); // the case the pitfall is about
      expect(Number(upload?.headers['content-length'])).toBe(Buffer.byteLength(serialized));
      expect(upload?.bytes.toString('utf8')).toBe(serialized);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
