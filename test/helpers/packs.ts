import type { PackInput } from '../../rules/schema';

/** A deep copy of a pack's input with one change (the pack itself is left as it was), to load and test. */
export function changedPack(base: PackInput, change: (p: PackInput) => void): PackInput {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}
