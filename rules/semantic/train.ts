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
  /**
   * A second model beside the linear one: one hidden layer of this many units (ReLU) over the same features,
   * its probabilities averaged with the linear model's (see `hiddenMix`). 0: the linear model only. 64 by
   * cross-validation (32 scored lower, 128 no higher); see decision 012, "sixth session".
   */
  hidden?: number;
  /** Epochs for the hidden-layer model. */
  hiddenEpochs?: number;
  /** Learning rate for the hidden-layer model (AdaGrad). */
  hiddenLearningRate?: number;
  /** Share of a hidden unit's output dropped at random while training (0: none). */
  hiddenDropout?: number;
  /** Weight of the hidden-layer model's probabilities in the average (the linear model has the rest). */
  hiddenMix?: number;
  /**
   * Hidden-layer models trained from different starting points, their class scores averaged: stored as one
   * model with `hidden × hiddenRuns` units (averaging scores is what one wider layer with scaled outputs computes).
   */
  hiddenRuns?: number;
  /** Features seen fewer times than this have no weights into the hidden layer (a smaller model; the linear one still reads them). */
  hiddenMinCount?: number;
}

/** The hidden-layer model: feature → its H weights into the hidden units; hidden units → classes. */
export interface TrainedHidden {
  size: number;
  mix: number;
  /** feature → H weights × 1000 (the `bias` feature carries the hidden units' bias). */
  embed: Record<string, number[]>;
  /** H rows of C weights, then one row of C output biases, × 1000. */
  out: number[];
}

export interface Trained {
  classes: string[];
  weights: Record<string, [number[], number[]]>;
  /** Stems the model knows, with the word most often typed for each (for word-vector neighbours). */
  vocabulary: Map<string, string>;
  hidden?: TrainedHidden;
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

/** Routes that carry a level of need: an area's level head is taught the level of these, and "topic" for the rest. */
export const LEVEL_ROUTES: ReadonlySet<string> = new Set(['emergency', 'risk', 'more_help', 'early_help', 'advice']);

/** The class an area's level head learns for an item labelled in that area's own terms. */
export function levelClassOf(item: CorpusItem): string {
  return item.level && LEVEL_ROUTES.has(item.route) ? `level:${item.level}` : 'topic';
}

/**
 * An area's level head: a linear model taught that area's own levels of need from its own labelled messages
 * (Bury's five levels, Nottingham's Family Support Pathway), beside the one model taught in Salford's classes.
 * The shared model's classes carry over to another area's indicators, but not where the areas draw the line
 * between two levels differently (Bury's level 2 / 3 / 4, Nottingham's additional / extensive / child in need).
 */
export function trainLevelHead(items: CorpusItem[], opts: TrainOptions = {}): Trained {
  const taught = items.map((it) => ({ ...it, route: levelClassOf(it), level: null, indicators: [] }));
  return train(taught, () => undefined, { ...opts, hidden: 0 });
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

/** Fisher–Yates, in place, with the seeded generator: the same order for the same seed. */
function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
}

const identity = (stem: string) => ({ stem, weight: 1 });
/** Weights (× 1000) smaller than this are dropped: they move no answer and would only make the model bigger. */
const MIN_WEIGHT = 50;

export function train(items: CorpusItem[], levelOf: LevelOf, opts: TrainOptions = {}): Trained {
  const { epochs = 30, learningRate = 0.3, l2 = 1e-5, minCount = 2, seed = 7, runs = 6, clusters, classWeightPower = 0.15 } = opts;
  const { hidden: H = 64, hiddenEpochs = 12, hiddenLearningRate = 0.05, hiddenDropout = 0.2, hiddenMix = 0.5, hiddenRuns = 1, hiddenMinCount = 3 } = opts;
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
  let hidden: TrainedHidden | undefined;
  if (H > 0) {
    const inHidden = features.map((f) => (featureCounts.get(f) ?? 0) >= hiddenMinCount || f === 'bias');
    const XH = X.map((x) => x.filter(([f]) => inHidden[f]));
    const nets = Array.from({ length: hiddenRuns }, (_, r) =>
      trainHidden(XH, Y, C, features.length, H, featureIndex.get('bias'), {
        classWeight, meanWeight, epochs: hiddenEpochs, learningRate: hiddenLearningRate, dropout: hiddenDropout, l2, seed: seed + 100 + r,
      }));
    const HR = H * hiddenRuns;
    const embed: Record<string, number[]> = {};
    features.forEach((f, fi) => {
      if (!inHidden[fi]) return;
      const row = nets.flatMap((net) => Array.from(net.E.subarray(fi * H, (fi + 1) * H), (v) => Math.round(v * 1000)));
      if (row.some((v) => Math.abs(v) >= MIN_WEIGHT)) embed[f] = row;
    });
    // Each run's hidden → class weights scaled by 1/runs, one run after another; then the biases averaged.
    const out = new Array<number>((HR + 1) * C).fill(0);
    nets.forEach((net, r) => {
      for (let j = 0; j < H; j++) for (let c = 0; c < C; c++) out[(r * H + j) * C + c] = Math.round(((net.V[j * C + c] as number) / hiddenRuns) * 1000);
      for (let c = 0; c < C; c++) out[HR * C + c] = (out[HR * C + c] as number) + Math.round(((net.V[H * C + c] as number) / hiddenRuns) * 1000);
    });
    hidden = { size: HR, mix: hiddenMix, embed, out };
  }
  const vocabulary = new Map<string, string>();
  for (const [stem, raws] of rawCounts) {
    if (!weights[`w:${stem}`] && !weights[`w:~${stem}`] && !hidden?.embed[`w:${stem}`] && !hidden?.embed[`w:~${stem}`]) continue;
    const best = [...raws.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) vocabulary.set(stem, best[0]);
  }
  return { classes, weights, vocabulary, ...(hidden ? { hidden } : {}) };
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
    shuffle(order, rand);
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


/**
 * One hidden layer (ReLU) over the sparse features, trained with AdaGrad and dropout on the hidden units:
 * it can learn what two words mean together that neither means alone, which the linear model cannot.
 * E: F × H (feature → hidden), V: (H + 1) × C (hidden → class, then the output bias).
 */
function trainHidden(
  X: (readonly (readonly [number, number])[])[],
  Y: number[],
  C: number,
  F: number,
  H: number,
  bias: number | undefined,
  o: { classWeight: number[]; meanWeight: number; epochs: number; learningRate: number; dropout: number; l2: number; seed: number },
): { E: Float64Array; V: Float64Array } {
  const { classWeight, meanWeight, epochs, learningRate, dropout, l2, seed } = o;
  const rand = mulberry32(seed);
  const E = new Float64Array(F * H);
  const V = new Float64Array((H + 1) * C);
  const rE = 0.1;
  const rV = Math.sqrt(6 / (H + C));
  for (let k = 0; k < E.length; k++) E[k] = (rand() * 2 - 1) * rE;
  // Hidden units start a little on, so that none is off for every message from the start (a ReLU that is never on never learns).
  if (bias !== undefined) for (let j = 0; j < H; j++) E[bias * H + j] = rE;
  for (let k = 0; k < H * C; k++) V[k] = (rand() * 2 - 1) * rV;
  const GE = new Float64Array(F * H).fill(1e-8);
  const GV = new Float64Array((H + 1) * C).fill(1e-8);
  const order = X.map((_, i) => i);
  const a = new Float64Array(H);
  const h = new Float64Array(H);
  const gh = new Float64Array(H);
  const scores = new Float64Array(C);
  const keep = 1 - dropout;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    for (const n of order) {
      const x = X[n] ?? [];
      const y = Y[n] as number;
      a.fill(0);
      for (const [f, v] of x) {
        const base = f * H;
        for (let j = 0; j < H; j++) a[j] = (a[j] as number) + v * (E[base + j] as number);
      }
      for (let j = 0; j < H; j++) {
        const on = (a[j] as number) > 0 && (dropout === 0 || rand() < keep);
        h[j] = on ? (a[j] as number) / keep : 0;
      }
      for (let c = 0; c < C; c++) scores[c] = V[H * C + c] as number;
      for (let j = 0; j < H; j++) {
        const hj = h[j] as number;
        if (hj === 0) continue;
        const base = j * C;
        for (let c = 0; c < C; c++) scores[c] = (scores[c] as number) + hj * (V[base + c] as number);
      }
      const p = softmax(scores);
      const cw = (classWeight[y] ?? 1) / meanWeight;
      gh.fill(0);
      for (let c = 0; c < C; c++) {
        const gs = cw * ((p[c] as number) - (c === y ? 1 : 0));
        for (let j = 0; j < H; j++) {
          const hj = h[j] as number;
          if (hj === 0) continue;
          const k = j * C + c;
          gh[j] = (gh[j] as number) + gs * (V[k] as number);
          const g = gs * hj + l2 * (V[k] as number);
          GV[k] = (GV[k] as number) + g * g;
          V[k] = (V[k] as number) - (learningRate * g) / Math.sqrt(GV[k] as number);
        }
        const kb = H * C + c;
        GV[kb] = (GV[kb] as number) + gs * gs;
        V[kb] = (V[kb] as number) - (learningRate * gs) / Math.sqrt(GV[kb] as number);
      }
      for (let j = 0; j < H; j++) if ((h[j] as number) !== 0) gh[j] = (gh[j] as number) / keep;
      for (const [f, v] of x) {
        const base = f * H;
        for (let j = 0; j < H; j++) {
          if ((h[j] as number) === 0) continue;
          const k = base + j;
          const g = (gh[j] as number) * v + l2 * (E[k] as number);
          GE[k] = (GE[k] as number) + g * g;
          E[k] = (E[k] as number) - (learningRate * g) / Math.sqrt(GE[k] as number);
        }
      }
    }
  }
  return { E, V };
}
