/** Reading the labelled corpus, its fingerprint, and cross-validation (for the trainer and `npm run eval`). */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SemanticModel } from '../rules/semantic/model';
import { classOf, train, type CorpusItem, type LevelOf } from '../rules/semantic/train';

export const CORPUS_DIR = path.join('rules', 'corpus', 'train');
/** Files whose change makes the committed model stale. */
const TRAINER_FILES = ['rules/semantic/features.ts', 'rules/semantic/train.ts', 'rules/text.ts'];

function corpusFiles(root: string): string[] {
  const dir = path.join(root, CORPUS_DIR);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

export function readCorpus(root: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of corpusFiles(root)) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { items: CorpusItem[] };
    for (const it of data.items) items.push({ ...it, indicators: it.indicators ?? [] });
  }
  return items;
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

/** k-fold cross-validation on the training corpus: the figure we tuned on, printed beside the frozen one. */
export function crossValidate(items: CorpusItem[], levelOf: LevelOf, k: number): { accuracy: number } {
  let right = 0;
  for (let fold = 0; fold < k; fold++) {
    const trainSet = items.filter((_, i) => i % k !== fold);
    const testSet = items.filter((_, i) => i % k === fold);
    const t = train(trainSet, levelOf);
    const m = new SemanticModel({ version: 1, corpusHash: '', classes: t.classes, weights: t.weights, neighbours: {}, english: '' });
    for (const it of testSet) if (m.classify(it.text).ranked[0]?.id === classOf(it, levelOf)) right++;
  }
  const accuracy = right / items.length;
  console.log(`${k}-fold cross-validation on the training corpus: class accuracy ${(accuracy * 100).toFixed(1)} %`);
  return { accuracy };
}
