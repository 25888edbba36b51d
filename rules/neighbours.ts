/**
 * Small helpers for the phrase layer's readings of a listed phrase's neighbours (rules/agency.ts, notNow.ts,
 * wordSense.ts): what the phrase's own words are, and the nearest word before it that is more than how it is said.
 */
import type { Token } from './text';

/** Whether a word of the phrase from `start` to `end` is one of `words`. */
export function phraseHas(tokens: Token[], start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let k = start; k <= end; k++) if (words.has(tokens[k]?.raw ?? '')) return true;
  return false;
}

/**
 * The nearest word before `start`, in its clause, past the words in `passing` (how it is said: "has", "just been
 * made"...), at most `within` words back; undefined when the clause begins first or none is that near.
 */
export function nearestBefore(tokens: Token[], start: number, passing: ReadonlySet<string>, within: number): string | undefined {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= Math.max(0, start - within); k--) {
    const t = tokens[k];
    if (!t || t.clause !== clause) return undefined;
    if (!passing.has(t.raw)) return t.raw;
  }
  return undefined;
}

/** An age written as one word ("3yo", "10yr", "14yrs", "15yos"): a child named by their age. */
export const AGE_AS_ONE = /^\d{1,2}(yo|yos|yro|yr|yrs|yrold)$/;
