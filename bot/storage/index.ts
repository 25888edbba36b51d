/**
 * Chooses the bot's storage from config: memory (botbuilder MemoryStorage), sqlite or blobs.
 *
 * All three raise {@link EtagConflictError} (`code: 'ETAG_CONFLICT'`) on an eTag mismatch,
 * so callers can catch conflicts the same way whatever the backend.
 */
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import type { AppConfig } from '../edge/config';
import { createBlobsStorage } from './blobs';
import { normaliseStorageError } from './errors';
import { SqliteStorage } from './sqlite';

export { EtagConflictError, StorageError, isEtagConflict, type StorageErrorCode } from './errors';
export { SqliteStorage } from './sqlite';
export { SafeBlobsStorage } from './blobs';

export interface StorageHandle {
  /** Pass this to ConversationState / UserState and to your own eTag-checked writes. */
  readonly storage: Storage;
  /** Keys starting with `prefix`, ascending (reminders, retention sweeps). */
  listKeys(prefix?: string): Promise<string[]>;
  /**
   * Atomic create-if-absent: store `{ expiresAt }` under `key` and resolve true, unless an
   * unexpired claim is already stored (resolve false). Shared by every instance using the
   * same backend (activity de-duplication across instances).
   */
  claim(key: string, expiresAtMs: number, nowMs: number): Promise<boolean>;
  /**
   * Keys under `prefix` last written before `cutoffMs` (ms since epoch): retention sweeps.
   * Every backend here has it; optional only so that hand-built test handles need not.
   */
  keysOlderThan?(prefix: string, cutoffMs: number): Promise<string[]>;
  /** Readiness probe: resolves when the backend answers, rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** MemoryStorage with conflict errors normalised and key listing (it keeps JSON strings per key). */
class ListableMemoryStorage implements Storage {
  // MemoryStorage deletes by setting a key to undefined, whatever its declared type says.
  private readonly memory: Record<string, string> = {};
  private readonly inner = new MemoryStorage(this.memory);
  /** When each key was last written (for retention). */
  private readonly written = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (err) {
      throw normaliseStorageError(err);
    }
    const at = this.now();
    for (const key of Object.keys(changes)) this.written.set(key, at);
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.written.delete(key);
    return this.inner.delete(keys);
  }

  async keysOlderThan(prefix: string, cutoffMs: number): Promise<string[]> {
    return (await this.listKeys(prefix)).filter((k) => (this.written.get(k) ?? 0) < cutoffMs);
  }

  /** Synchronous check-and-set: atomic within the one process that holds this memory. */
  async claim(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    const stored = this.memory[key];
    if (typeof stored === 'string') {
      const parsed = JSON.parse(stored) as { expiresAt?: unknown };
      if (typeof parsed.expiresAt === 'number' && parsed.expiresAt > nowMs) return false;
    }
    this.memory[key] = JSON.stringify({ expiresAt: expiresAtMs, eTag: String(nowMs) });
    this.written.set(key, this.now());
    return true;
  }

  /** In process: always answers. */
  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  async listKeys(prefix = ''): Promise<string[]> {
    return Object.keys(this.memory)
      .filter((k) => typeof this.memory[k] === 'string' && k.startsWith(prefix))
      .sort();
  }
}

/** The operations a backend offers beyond `Storage`; every backend here has them all. */
type Backend = Storage & Pick<Required<StorageHandle>, 'listKeys' | 'claim' | 'keysOlderThan' | 'ping' | 'close'>;

function handleOf(storage: Backend): StorageHandle {
  return {
    storage,
    listKeys: (prefix) => storage.listKeys(prefix),
    claim: (key, expiresAtMs, nowMs) => storage.claim(key, expiresAtMs, nowMs),
    keysOlderThan: (prefix, cutoffMs) => storage.keysOlderThan(prefix, cutoffMs),
    ping: () => storage.ping(),
    close: () => storage.close(),
  };
}

export function createStorage(
  config: Pick<AppConfig, 'storage' | 'dataDir' | 'blobConnectionString' | 'blobContainer'>,
  /** Wall clock for write times (retention); tests inject one. Default Date.now. */
  options: { now?: () => number } = {},
): StorageHandle {
  switch (config.storage) {
    case 'memory':
      return handleOf(new ListableMemoryStorage(options.now));
    case 'sqlite':
      return handleOf(SqliteStorage.inDirectory(config.dataDir, undefined, options.now));
    case 'blobs': {
      if (!config.blobConnectionString || !config.blobContainer) {
        // loadConfig already refuses this; the guard keeps the types honest.
        throw new TypeError('createStorage: blobs needs blobConnectionString and blobContainer');
      }
      return handleOf(createBlobsStorage({ connectionString: config.blobConnectionString, container: config.blobContainer }));
    }
    default: {
      const unknownKind: never = config.storage;
      throw new TypeError(`createStorage: unknown storage ${String(unknownKind)}`);
    }
  }
}
