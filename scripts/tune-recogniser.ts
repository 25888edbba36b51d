/**
 * Chooses the trainer's settings and the combining bars by 5-fold cross-validation on the
 * TRAINING corpus only (never the frozen set). The first argument is a list of settings of the
 * bars (rules/semantic/combine.ts THRESHOLDS), all scored on one training per fold; the second,
 * optional, the trainer's options (rules/semantic/train.ts TrainOptions):
 *   node scripts/run-ts.mjs scripts/tune-recogniser.ts '[{}, {"LEVEL_P":0.6}]'
 *   node scripts/run-ts.mjs scripts/tune-recogniser.ts '[{}]' '{"epochs":40}'
 */
import { createEngine, loadPacks } from '../rules';
import type { Thresholds } from '../rules/semantic/combine';
import type { TrainOptions } from '../rules/semantic/train';
import { crossValidatedGrid, readCorpus } from './corpus';
import { tuningLine } from './evaluation';

const packs = loadPacks();
const items = readCorpus(process.cwd());
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Partial<Thresholds>[];
const trainOptions = JSON.parse(process.argv[3] ?? "{}") as TrainOptions & { headAreas?: string[] };
crossValidatedGrid(items, packs, 5, trainOptions, grid).forEach((cv, g) => {
  for (const [area, scored] of Object.entries(cv)) console.log(JSON.stringify(grid[g]), area.padEnd(10), tuningLine(createEngine(packs[area as keyof typeof packs]), scored));
});
