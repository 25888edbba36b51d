/**
 * Training for the semantic recogniser: labelled messages → a sparse softmax
 * model. Pure and deterministic (seeded shuffle), so the same corpus always
 * gives the same model and a test can re-train to cross-validate.
 */
import { featuresOf, semanticTokens } from './features';
import { softmax } from './model';

export interface CorpusItem {
  text: string;
  route: string;
  level: string | null;
  indicators: string[];
  voice?: string;
  source?: string;
  /** The pack whose guidance labelled it (level and indicator ids in its own terms); Salford when absent. */
  pack?: string;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Features seen fewer times than this are dropped. */
  minCount?: number;
  seed?: number;
  /** Training runs (each in its own order) whose weights are averaged. */
  runs?: number;
  /** Word → word-vector cluster (scripts/word-clusters.ts); none: words only. */
  clusters?: ReadonlyMap<string, number>;
  /**
   * Each class weighted by 1 / frequency^this (0: every message counts the same). 0.15 by cross-validation
   * (0.5, 0.4, 0.3 and 0.7 scored lower): rare classes still count, without taking probability from common ones.
   */
  classWeightPower?: number;
}

export interface Trained {
  classes: string[];
  weights: Record<string, [number[], number[]]>;
  /** Stems the model knows, with the word most often typed for each (for word-vector neighbours). */
  vocabulary: Map<string, string>;
}

/** Level of each Salford indicator, for choosing the class that matches an item's level. */
export type LevelOf = (indicator: string) => string | undefined;

/**
 * The class an item teaches: the first indicator at the item's own level
 * (red flags for emergencies), else the route for topics and advice, else the level.
 */
export function classOf(item: CorpusItem, levelOf: LevelOf): string {
  if (item.route === 'emergency') return item.indicators.find((i) => levelOf(i) === 'emergency') ?? 'immediate_danger';
  if (item.route === 'advice') return 'advice';
  if (['risk', 'more_help', 'early_help'].includes(item.route)) {
    const atLevel = item.indicators.find((i) => levelOf(i) === item.level);
    if (atLevel) return atLevel;
    return `level:${item.level ?? item.route}`;
  }
  return item.route;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const identity = (stem: string) => ({ stem, weight: 1 });
/** Weights (× 1000) smaller than this are dropped: they move no answer and would only make the model bigger. */
const MIN_WEIGHT = 50;

export function train(items: CorpusItem[], levelOf: LevelOf, opts: TrainOptions = {}): Trained {
  const { epochs = 30, learningRate = 0.3, l2 = 1e-5, minCount = 2, seed = 7, runs = 6, clusters, classWeightPower = 0.15 } = opts;
  const clusterOf = clusters ? (raw: string) => clusters.get(raw) : undefined;
  const labels = items.map((i) => classOf(i, levelOf));
  const classes = [...new Set(labels)].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));

  // Vocabulary: stem → the raw word most often typed for it.
  const rawCounts = new Map<string, Map<string, number>>();
  const featureCounts = new Map<string, number>();
  const featured = items.map((item) => {
    const tokens = semanticTokens(item.text);
    for (const t of tokens) {
      const m = rawCounts.get(t.stem) ?? new Map<string, number>();
      m.set(t.raw, (m.get(t.raw) ?? 0) + 1);
      rawCounts.set(t.stem, m);
    }
    const f = featuresOf(tokens, identity, clusterOf);
    for (const k of f.keys()) featureCounts.set(k, (featureCounts.get(k) ?? 0) + 1);
    return f;
  });
  const features = [...featureCounts.entries()].filter(([f, n]) => n >= minCount || f === 'bias').map(([f]) => f).sort();
  const featureIndex = new Map(features.map((f, i) => [f, i]));
  const C = classes.length;
  const X = featured.map((f) => [...f.entries()].filter(([k]) => featureIndex.has(k)).map(([k, v]) => [featureIndex.get(k) as number, v] as const));
  const Y = labels.map((l) => classIndex.get(l) as number);

  // Classes weighted by 1/frequency^classWeightPower: rare routes still count, common ones do not drown them.
  const freq = new Array<number>(C).fill(0);
  for (const y of Y) freq[y] = (freq[y] ?? 0) + 1;
  const classWeight = freq.map((n) => 1 / Math.max(1, n) ** classWeightPower);
  const meanWeight = Y.reduce((s, y) => s + (classWeight[y] ?? 0), 0) / Math.max(1, Y.length);

  // Several runs in different orders, their weights averaged: one model, less dependent on the order it saw.
  const W = new Float64Array(features.length * C);
  for (let run = 0; run < runs; run++) {
    const w = trainOnce(X, Y, C, features.length, { classWeight, meanWeight, epochs, learningRate, l2, seed: seed + run });
    for (let k = 0; k < W.length; k++) W[k] = (W[k] ?? 0) + (w[k] ?? 0) / runs;
  }

  const weights: Record<string, [number[], number[]]> = {};
  features.forEach((f, fi) => {
    const cls: number[] = [];
    const ws: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = Math.round((W[fi * C + c] ?? 0) * 1000);
      if (Math.abs(w) >= MIN_WEIGHT) {
        cls.push(c);
        ws.push(w);
      }
    }
    if (cls.length > 0) weights[f] = [cls, ws];
  });
  const vocabulary = new Map<string, string>();
  for (const [stem, raws] of rawCounts) {
    if (!weights[`w:${stem}`] && !weights[`w:~${stem}`]) continue;
    const best = [...raws.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) vocabulary.set(stem, best[0]);
  }
  return { classes, weights, vocabulary };
}

/** One run of AdaGrad over the examples in a seeded order. */
function trainOnce(
  X: (readonly (readonly [number, number])[])[],
  Y: number[],
  C: number,
  F: number,
  o: { classWeight: number[]; meanWeight: number; epochs: number; learningRate: number; l2: number; seed: number },
): Float64Array {
  const { classWeight, meanWeight, epochs, learningRate, l2, seed } = o;
  const W = new Float64Array(F * C);
  const G = new Float64Array(F * C).fill(1e-8);
  const rand = mulberry32(seed);
  const order = X.map((_, i) => i);
  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const n of order) {
      const x = X[n] ?? [];
      const y = Y[n] as number;
      scores.fill(0);
      for (const [f, v] of x) for (let c = 0; c < C; c++) scores[c] = (scores[c] ?? 0) + v * (W[f * C + c] ?? 0);
      const p = softmax(scores);
      const cw = (classWeight[y] ?? 1) / meanWeight;
      for (const [f, v] of x) {
        for (let c = 0; c < C; c++) {
          const k = f * C + c;
          const g = cw * ((p[c] ?? 0) - (c === y ? 1 : 0)) * v + l2 * (W[k] ?? 0);
          G[k] = (G[k] ?? 0) + g * g;
          W[k] = (W[k] ?? 0) - (learningRate * g) / Math.sqrt(G[k] ?? 1);
        }
      }
    }
  }

  return W;
}
