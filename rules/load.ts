import { packSchemas, type Pack } from './schema';

/** A pack failed validation: the message names the path of each bad field. */
export class PackInvalidError extends Error {
  readonly code = 'PACK_INVALID';
  constructor(
    readonly packId: string,
    readonly problems: string[],
  ) {
    super(`Safeguarding pack "${packId}" is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'PackInvalidError';
  }
}

/** `value` and everything in it frozen. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The pack schema (rules/schema.ts `packSchemas`): built for the packs being loaded, garbage after. */
export type PackSchema = ReturnType<typeof packSchemas>['PackSchema'];

/**
 * Validates a pack and returns it frozen; throws PackInvalidError naming every bad field. `schema`: one
 * already built, to check several packs with one (`loadPacks`); otherwise it is built for this pack.
 */
export function loadPack(input: unknown, schema: PackSchema = packSchemas().PackSchema): Pack {
  const result = schema.safeParse(input);
  if (!result.success) {
    const packId =
      input && typeof input === 'object' && 'id' in input && typeof (input as { id: unknown }).id === 'string'
        ? (input as { id: string }).id
        : '(unknown)';
    throw new PackInvalidError(
      packId,
      result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(pack)'}: ${i.message}`),
    );
  }
  return deepFreeze(result.data);
}
