/**
 * Azure Blob Storage behind botbuilder's `Storage`, via botbuilder-azure-blobs.
 *
 * What this wrapper adds to `BlobsStorage`:
 * - eTag conflicts surface as {@link EtagConflictError} (`code: 'ETAG_CONFLICT'`), the
 *   same as SqliteStorage, instead of a plain Error recognisable only by its message;
 * - `ping()` for readiness and `listKeys(prefix)` for sweeps;
 * - `delete` removes a blob together with its snapshots (BlobsStorage's own delete fails with
 *   409 when a blob has any, so "forget me" would fail where a backup job took snapshots).
 *   Soft delete and blob versioning are account settings a client cannot undo: with either on,
 *   Azure keeps deleted content for its retention period. SECURITY.md tells operators to keep
 *   them off for this container (or the retention short).
 *
 * Non-ASCII text (PITFALLS.md): `BlobsStorage.write` passes `serialized.length` (UTF-16
 * code units) as the upload length. With @azure/storage-blob 12.32.0 (the version in
 * package-lock.json) the request still goes out with the right byte count, because the
 * storage pipeline's `storageCorrectContentLengthPolicy` resets Content-Length to
 * `Buffer.byteLength(body)`. test/storage/blobs.test.ts pins this down twice: a wire-level
 * check of Content-Length against the body's bytes, and an accented + emoji round trip
 * through Azurite. If either fails after a dependency bump, fix it here.
 *
 * Start-up: @azure/storage-blob and botbuilder-azure-blobs take about 200 ms to load and are
 * needed only when STORAGE=blobs, so they are imported when the first instance is made (not when
 * this module is), and every method waits for them. A malformed connection string therefore
 * rejects the first call (the readiness probe, so /readyz answers 503) rather than the constructor.
 */
import type { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
import { normaliseStorageError } from './errors';

export interface BlobStorageOptions {
  readonly connectionString: string;
  readonly container: string;
}

/** A key that is never written; reading it makes BlobsStorage create the container if needed. */
const ENSURE_KEY = '__ensure_container__';

/** Blobs deleted at once (BlobsStorage's own default concurrency is 5). */
const DELETE_CONCURRENCY = 5;

/** Readiness must answer quickly: one try, short timeout. */
const PING_TIMEOUT_MS = 2500;

interface BlobClients {
  readonly inner: BlobsStorage;
  readonly container: ContainerClient;
  readonly probe: ContainerClient;
}

async function openClients(options: BlobStorageOptions): Promise<BlobClients> {
  const [{ ContainerClient }, { BlobsStorage }] = await Promise.all([import('@azure/storage-blob'), import('botbuilder-azure-blobs')]);
  return {
    inner: new BlobsStorage(options.connectionString, options.container),
    container: new ContainerClient(options.connectionString, options.container),
    probe: new ContainerClient(options.connectionString, options.container, {
      retryOptions: { maxTries: 1, tryTimeoutInMs: PING_TIMEOUT_MS },
    }),
  };
}

export class SafeBlobsStorage implements Storage {
  private readonly clients: Promise<BlobClients>;
  private ensured: Promise<void> | undefined;

  constructor(options: BlobStorageOptions) {
    if (!options?.connectionString) throw new TypeError('SafeBlobsStorage: connectionString is required');
    if (!options.container) throw new TypeError('SafeBlobsStorage: container is required');
    this.clients = openClients(options);
    // Reported by whichever call comes first (each awaits this promise); never unhandled.
    this.clients.catch(() => undefined);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const { inner } = await this.clients;
    try {
      return await inner.read(keys);
    } catch (err) {
      throw normaliseStorageError(err);
    }
  }

  async write(changes: StoreItems): Promise<void> {
    const { inner } = await this.clients;
    try {
      await inner.write(changes);
    } catch (err) {
      throw normaliseStorageError(err);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string')) throw new TypeError('SafeBlobsStorage.delete: keys must be strings');
    const { inner, container } = await this.clients;
    await inner.read([ENSURE_KEY]); // creates the container if needed, as BlobsStorage.delete does
    for (let i = 0; i < keys.length; i += DELETE_CONCURRENCY) {
      await Promise.all(
        keys.slice(i, i + DELETE_CONCURRENCY).map(async (key) => {
          try {
            await container.deleteBlob(blobName(key), { deleteSnapshots: 'include' });
          } catch (err) {
            if (statusOf(err) !== 404) throw normaliseStorageError(err);
          }
        }),
      );
    }
  }

  /**
   * Readiness probe: one request, no retries, at most ~2.5 s. Any answer about the
   * container (present or not yet created) proves the service is reachable and the
   * credentials work; network errors and 403s reject.
   */
  async ping(): Promise<void> {
    const { probe } = await this.clients;
    await probe.exists({ abortSignal: AbortSignal.timeout(PING_TIMEOUT_MS) });
  }

  /**
   * Keys that start with `prefix`. BlobsStorage names each blob `encodeURIComponent(key)`
   * (after collapsing empty path segments), so this decodes blob names back to keys.
   */
  async listKeys(prefix: string = ''): Promise<string[]> {
    const { inner, container } = await this.clients;
    await inner.read([ENSURE_KEY]); // creates the container if needed
    const keys: string[] = [];
    const blobPrefix = prefix === '' ? undefined : encodeURIComponent(prefix);
    for await (const blob of container.listBlobsFlat(blobPrefix ? { prefix: blobPrefix } : {})) {
      keys.push(decodeURIComponent(blob.name));
    }
    return keys.sort();
  }

  /**
   * Create-if-absent with a conditional upload (`If-None-Match: *`); an expired claim is
   * replaced only if its eTag is unchanged (`If-Match`), so exactly one instance wins.
   */
  async claim(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    const { container } = await this.clients;
    this.ensured ??= container.createIfNotExists().then(() => undefined);
    await this.ensured;
    const blob = container.getBlockBlobClient(encodeURIComponent(key));
    const body = JSON.stringify({ expiresAt: expiresAtMs });
    try {
      await blob.upload(body, Buffer.byteLength(body), { conditions: { ifNoneMatch: '*' } });
      return true;
    } catch (err) {
      if (!isConditionFailure(err)) throw normaliseStorageError(err);
    }
    const existing = await blob.download();
    const chunks: Buffer[] = [];
    for await (const chunk of existing.readableStreamBody ?? []) chunks.push(Buffer.from(chunk as Uint8Array));
    let expiresAt = 0;
    try {
      const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { expiresAt?: unknown };
      if (typeof parsed.expiresAt === 'number') expiresAt = parsed.expiresAt;
    } catch {
      // unreadable: treat as expired
    }
    if (expiresAt > nowMs) return false;
    try {
      await blob.upload(body, Buffer.byteLength(body), { conditions: { ifMatch: existing.etag } });
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw normaliseStorageError(err);
    }
  }

  /** Keys under `prefix` whose blob was last modified before `cutoffMs` (retention sweeps). */
  async keysOlderThan(prefix: string, cutoffMs: number): Promise<string[]> {
    const { inner, container } = await this.clients;
    await inner.read([ENSURE_KEY]);
    const keys: string[] = [];
    const blobPrefix = prefix === '' ? undefined : encodeURIComponent(prefix);
    for await (const blob of container.listBlobsFlat(blobPrefix ? { prefix: blobPrefix } : {})) {
      if (blob.properties.lastModified.getTime() < cutoffMs) keys.push(decodeURIComponent(blob.name));
    }
    return keys.sort();
  }

  async close(): Promise<void> {
    // HTTP clients hold no resources that need closing.
  }
}

function statusOf(err: unknown): unknown {
  return typeof err === 'object' && err !== null ? (err as { statusCode?: unknown }).statusCode : undefined;
}

/** 409 (blob exists) or 412 (eTag changed): another writer got there first. */
function isConditionFailure(err: unknown): boolean {
  const status = statusOf(err);
  return status === 409 || status === 412;
}

/** The blob BlobsStorage keeps `key` in (its sanitizeBlobKey: empty path segments collapsed, URI-encoded, at most 1024). */
export function blobName(key: string): string {
  if (key === '') throw new TypeError('blob keys must not be empty');
  const collapsed = key.split('/').reduce((acc, part, i) => (part ? [acc, part].join(i < 255 ? '/' : '') : acc));
  return encodeURIComponent(collapsed).slice(0, 1024);
}

/** Factory used by createStorage. */
export function createBlobsStorage(options: BlobStorageOptions): SafeBlobsStorage {
  return new SafeBlobsStorage(options);
}
