/** Reading the labelled corpus, its fingerprint, and cross-validation (for `npm run eval` and the tuning script). */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createEngine, type Pack } from '../rules';
import type { Thresholds } from '../rules/semantic/combine';
import { packHidden, packWeights, SemanticModel, type ModelData, type StoredHead } from '../rules/semantic/model';
import modelData from '../rules/semantic/model-data';
import { LEVEL_ROUTES, train, trainLevelHead, type CorpusItem, type TrainOptions } from '../rules/semantic/train';
import { score, type Scored } from './evaluation';

export const CORPUS_DIR = path.join('rules', 'corpus', 'train');
/** Files whose change makes the committed model stale. */
const TRAINER_FILES = ['rules/semantic/features.ts', 'rules/semantic/train.ts', 'rules/text.ts', 'scripts/word-clusters.ts'];

/** The pending sets: labelled like the corpus and never trained on (rules/corpus/README.md). */
const PENDING_DIR = path.join('rules', 'corpus', 'pending');

function corpusFiles(root: string, dir = CORPUS_DIR): string[] {
  const full = path.join(root, dir);
  return readdirSync(full).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(full, f));
}

/** Every message of the files in `dir` (the training corpus unless told), each with its pack (Salford when the file names none). */
export function readCorpus(root: string, dir = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of corpusFiles(root, dir)) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { pack?: string; items: CorpusItem[] };
    for (const it of data.items) items.push({ ...it, indicators: it.indicators ?? [], pack: data.pack ?? 'salford' });
  }
  return items;
}

/** The pending sets (`rules/corpus/pending/`), labelled like the corpus and never trained on. */
export function readPending(root: string): CorpusItem[] {
  return readCorpus(root, PENDING_DIR);
}

/** The pending sets' names (their file names without `.json`), sorted: so the method text names what was scored. */
export function pendingSetNames(root: string): string[] {
  return corpusFiles(root, PENDING_DIR).map((f) => path.basename(f, '.json'));
}

/** sha-256 over the corpus files and the trainer's code. */
export function corpusHash(root: string): string {
  const h = createHash('sha256');
  for (const f of [...corpusFiles(root), ...TRAINER_FILES.map((t) => path.join(root, t))]) {
    h.update(path.relative(root, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

/** Salford's level for each level-bearing route: how another area's labels are taught to the one model. */
const SALFORD_LEVEL_OF_ROUTE: Record<string, string> = {
  emergency: 'emergency', risk: 'getting_risk_support', more_help: 'getting_more_help', early_help: 'getting_help', advice: 'getting_advice',
};

/**
 * An item labelled in another area's terms, relabelled in the model's (Salford's) classes: its indicators
 * through the pack's own `semantic` map read backwards, its level by its route. Salford's items are unchanged.
 */
export function inModelTerms(item: CorpusItem, packs: Record<string, Pack>): CorpusItem {
  const pack = item.pack ? packs[item.pack] : undefined;
  if (!pack || item.pack === 'salford') return item;
  const back = new Map<string, string>();
  for (const [cls, target] of Object.entries(pack.semantic)) if (!back.has(target)) back.set(target, cls);
  return {
    ...item,
    indicators: item.indicators.map((id) => back.get(id) ?? id),
    level: SALFORD_LEVEL_OF_ROUTE[item.route] ?? null,
  };
}

/** Areas whose messages teach a level head of their own (rules/semantic/train.ts `trainLevelHead`). */
export const HEAD_AREAS = ['salford', 'bury', 'nottingham'];

/** Each area's level head, from that area's own messages labelled in its own terms (not `inModelTerms`). */
export function levelHeads(items: CorpusItem[], opts: TrainOptions, areas: readonly string[] = HEAD_AREAS): Record<string, StoredHead> {
  const heads: Record<string, StoredHead> = {};
  for (const area of areas) {
    const own = items.filter((it) => (it.pack ?? 'salford') === area && it.route !== 'non_english');
    if (own.length === 0) continue;
    const t = trainLevelHead(own, opts);
    heads[area] = { classes: t.classes, ...packWeights(t.classes, t.weights) };
  }
  return heads;
}

/**
 * k-fold cross-validation through the whole recogniser (phrases + a model trained on the other folds),
 * scored as the frozen set is, each held-out message by its own area's pack: the figure we tuned on.
 * The word-vector neighbours are learned from the corpus and left out; the English word list and the
 * word clusters (from word vectors alone) are kept.
 */
export function crossValidatedScores(
  items: CorpusItem[],
  packs: Record<string, Pack>,
  k: number,
  opts: TrainOptions & { thresholds?: Partial<Thresholds> } = {},
): Record<string, Scored[]> {
  const { thresholds, ...trainOptions } = opts;
  return crossValidatedGrid(items, packs, k, trainOptions, [thresholds ?? {}])[0] ?? {};
}

/**
 * The same, for several settings of the combining bars at once: each fold's model is trained once and
 * every setting scored on it (training is most of the time). One result per setting, in order.
 */
export function crossValidatedGrid(
  items: CorpusItem[],
  packs: Record<string, Pack>,
  k: number,
  opts: TrainOptions & { headAreas?: string[] },
  grid: Partial<Thresholds>[],
): Record<string, Scored[]>[] {
  const out: Record<string, Scored[]>[] = grid.map(() => ({}));
  for (let fold = 0; fold < k; fold++) {
    const model = new SemanticModel(trainFold(items, packs, k, fold, opts));
    grid.forEach((thresholds, g) => scoreFold(model, items, packs, k, fold, thresholds, out[g] as Record<string, Scored[]>));
  }
  return out;
}

/** The messages cross-validation uses: all but those in a language the bot does not read. */
function usableForFolds(items: CorpusItem[]): CorpusItem[] {
  return items.filter((it) => it.route !== 'non_english');
}

/**
 * The model of one fold (trained on the other k − 1), as stored data. The word-vector neighbours are left out; the
 * English word list and the committed model's word clusters are kept (they come from word vectors, not from labels).
 */
export function trainFold(items: CorpusItem[], packs: Record<string, Pack>, k: number, fold: number, opts: TrainOptions & { headAreas?: string[] } = {}): ModelData {
  const salford = packs.salford;
  if (!salford) throw new Error('cross-validation needs the Salford pack (the model is in its terms)');
  const levelOf = (id: string) => salford.indicators.find((i) => i.id === id)?.level;
  const { headAreas, ...trainOptions } = opts;
  const clusters = 'clusters' in opts ? opts.clusters : clustersOf(modelData);
  const trainingFolds = usableForFolds(items).filter((_, i) => i % k !== fold);
  const t = train(trainingFolds.map((it) => inModelTerms(it, packs)), levelOf, { ...trainOptions, clusters });
  const heads = levelHeads(trainingFolds, { clusters }, headAreas);
  return { version: 2, corpusHash: '', classes: t.classes, ...packWeights(t.classes, t.weights), neighbours: {}, english: modelData.english, clusters: clusterLists(clusters), ...(t.hidden ? { hidden: packHidden(t.hidden) } : {}), heads };
}

/** Scores one fold's held-out messages, each by its own area's pack, with `model` and the bars given; adds them to `out`. */
export function scoreFold(model: SemanticModel, items: CorpusItem[], packs: Record<string, Pack>, k: number, fold: number, thresholds: Partial<Thresholds>, out: Record<string, Scored[]>): void {
  const usable = usableForFolds(items);
  for (const [area, pack] of Object.entries(packs)) {
    const held = usable.filter((it, i) => i % k === fold && (it.pack ?? 'salford') === area);
    if (held.length === 0) continue;
    const asked = held.map((it) => ({ text: it.text, route: it.route, level: LEVEL_ROUTES.has(it.route) ? it.level : null }));
    (out[area] ??= []).push(...score(createEngine(pack, model, thresholds), asked, CV_CLOCK));
  }
}

/** Word → cluster as the model stores it: cluster index → its words, space-separated. */
export function clusterLists(clusters: ReadonlyMap<string, number> | undefined, keep: (c: number) => boolean = () => true): string[] {
  const lists: string[][] = [];
  for (const [w, c] of clusters ?? []) if (keep(c)) (lists[c] ??= []).push(w);
  return Array.from(lists, (l) => (l ?? []).join(' '));
}

/** The clusters a stored model holds, as a map (for cross-validating with the same clusters). */
export function clustersOf(data: { clusters?: string[] }): Map<string, number> | undefined {
  if (!data.clusters) return undefined;
  const m = new Map<string, number>();
  data.clusters.forEach((words, c) => {
    for (const w of words.split(' ')) if (w) m.set(w, c);
  });
  return m;
}

/** Office hours: the answers do not depend on the clock, only their contacts' open-now lines. */
const CV_CLOCK = new Date('2026-11-23T10:00:00Z');
