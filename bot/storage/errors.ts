/**
 * Storage errors with stable codes, so callers can catch them narrowly:
 *
 * ```ts
 * try { await storage.write(changes); }
 * catch (err) { if (isEtagConflict(err)) { ...reload and retry... } else throw err; }
 * ```
 */
export type StorageErrorCode = 'ETAG_CONFLICT' | 'STORAGE_CLOSED' | 'STORAGE_UNAVAILABLE';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** A write carried an eTag that no longer matches the stored item. */
export class EtagConflictError extends StorageError {
  readonly key: string;

  constructor(key: string, options?: { cause?: unknown }) {
    super('ETAG_CONFLICT', `Storage: error writing "${key}" due to eTag conflict.`, options);
    this.name = 'EtagConflictError';
    this.key = key;
  }
}

export function isEtagConflict(err: unknown): err is EtagConflictError {
  return err instanceof StorageError && err.code === 'ETAG_CONFLICT';
}

const BOTBUILDER_CONFLICT = /^Storage: error writing "(.*)" due to eTag conflict\.$/s;

/**
 * botbuilder's MemoryStorage and BlobsStorage signal a conflict only through the
 * message text. Translate that into an {@link EtagConflictError}; return anything else as is.
 */
export function normaliseStorageError(err: unknown): unknown {
  if (err instanceof StorageError || !(err instanceof Error)) return err;
  const match = BOTBUILDER_CONFLICT.exec(err.message);
  return match ? new EtagConflictError(match[1] ?? '', { cause: err }) : err;
}
