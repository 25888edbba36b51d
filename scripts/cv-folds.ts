/**
 * Cross-validation with the fold models trained once and kept, for changes that need no retraining: the packs'
 * phrases, the phrase layer's readings (rules/agency.ts, rules/notNow.ts...) and the combining steps and bars
 * (rules/semantic/combine.ts). Training is nearly all of `scripts/tune-recogniser.ts`'s 10–15 minutes; scoring the
 * kept folds takes seconds, and gives the same figures as the tuning script (the same folds, models and scoring).
 *
 *   node --max-old-space-size=4096 scripts/run-ts.mjs scripts/cv-folds.ts train
 *   node scripts/run-ts.mjs scripts/cv-folds.ts score ['[{}, {"LEVEL_P":0.6}]'] [--out scored.json]
 *
 * The folds are kept in .cache/cv-folds/, under a key of what the models depend on: the corpus and the trainer's code
 * (`corpusHash`), the indicators and levels the labels are taught through, and the committed model's word clusters.
 * When any of those changes, `score` refuses and asks for `train` again. The training corpus only: never the frozen set.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createEngine, loadPacks } from '../rules';
import type { Thresholds } from '../rules/semantic/combine';
import { SemanticModel } from '../rules/semantic/model';
import modelData from '../rules/semantic/model-data';
import { corpusHash, readCorpus, scoreFold, trainFold } from './corpus';
import { tuningLine, type Scored } from './evaluation';

const K = 5;
const root = process.cwd();
const packs = loadPacks();
const items = readCorpus(root);

/** What the fold models depend on besides the phrase layer and combine. */
function foldKey(): string {
  const h = createHash('sha256');
  h.update(corpusHash(root));
  for (const [area, pack] of Object.entries(packs)) {
    h.update(area);
    h.update(JSON.stringify(pack.semantic));
    h.update(JSON.stringify(pack.indicators.map((i) => [i.id, i.level])));
  }
  h.update(JSON.stringify(modelData.clusters ?? []));
  return h.digest('hex').slice(0, 16);
}

const dir = path.join(root, '.cache', 'cv-folds', foldKey());
const foldFile = (fold: number) => path.join(dir, `fold-${fold}.json`);
const [command = 'score', ...rest] = process.argv.slice(2);

if (command === 'train') {
  mkdirSync(dir, { recursive: true });
  for (let fold = 0; fold < K; fold++) {
    const started = Date.now();
    writeFileSync(foldFile(fold), JSON.stringify(trainFold(items, packs, K, fold)));
    console.log(`fold ${fold + 1} of ${K} trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(`kept in ${path.relative(root, dir)}`);
} else if (command === 'score') {
  const outAt = rest.indexOf('--out');
  const outFile = outAt >= 0 ? rest[outAt + 1] : undefined;
  const gridArg = rest.find((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  const grid = JSON.parse(gridArg ?? '[{}]') as Partial<Thresholds>[];
  if (!existsSync(foldFile(K - 1))) {
    console.error(`No fold models for this corpus, trainer and packs' indicators (${path.relative(root, dir)}): run "cv-folds.ts train" first.`);
    process.exit(2);
  }
  const out: Record<string, Scored[]>[] = grid.map(() => ({}));
  for (let fold = 0; fold < K; fold++) {
    const model = new SemanticModel(JSON.parse(readFileSync(foldFile(fold), 'utf8')));
    grid.forEach((thresholds, g) => scoreFold(model, items, packs, K, fold, thresholds, out[g] as Record<string, Scored[]>));
  }
  out.forEach((cv, g) => {
    for (const [area, scored] of Object.entries(cv)) console.log(JSON.stringify(grid[g]), area.padEnd(10), tuningLine(createEngine(packs[area as keyof typeof packs]), scored));
  });
  if (outFile) writeFileSync(outFile, JSON.stringify(grid.length === 1 ? out[0] : out));
} else {
  console.error('usage: cv-folds.ts train | score [grid JSON] [--out file]');
  process.exit(2);
}
