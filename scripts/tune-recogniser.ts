/**
 * Chooses the trainer's settings by 5-fold cross-validation on the TRAINING corpus only
 * (never the frozen set): `node scripts/run-ts.mjs scripts/tune-recogniser.ts`.
 */
import { createEngine, loadPack } from '../rules';
import { salford } from '../rules/packs/salford';
import { SemanticModel } from '../rules/semantic/model';
import modelData from '../rules/semantic/model-data';
import type { Thresholds } from '../rules/semantic/combine';
import { train, type TrainOptions } from '../rules/semantic/train';
import { readCorpus } from './corpus';
import { score, summarise, type Scored } from './evaluation';

const AT = new Date('2026-11-23T10:00:00Z');
const pack = loadPack(salford);
const levelOf = (id: string) => pack.indicators.find((i) => i.id === id)?.level;
const items = readCorpus(process.cwd()).filter((it) => it.route !== 'non_english');
const LEVEL_ROUTES = ['emergency', 'risk', 'more_help', 'early_help', 'advice'];

function cv(opts: TrainOptions & { thresholds?: Partial<Thresholds> }, k = 5): string {
  const all: Scored[] = [];
  for (let fold = 0; fold < k; fold++) {
    const t = train(items.filter((_, i) => i % k !== fold), levelOf, opts);
    const model = new SemanticModel({ version: 1, corpusHash: '', classes: t.classes, weights: t.weights, neighbours: {}, english: modelData.english });
    const engine = createEngine(pack, model, opts.thresholds);
    all.push(...score(engine, items.filter((_, i) => i % k === fold).map((it) => ({ text: it.text, route: it.route, level: LEVEL_ROUTES.includes(it.route) ? it.level : null })), AT));
  }
  const s = summarise(createEngine(pack), all);
  return `acc ${(s.accuracy * 100).toFixed(1)} em ${s.emergencyToEmergencyCard}/${s.emergencies} cp ${(s.riskRecall * 100).toFixed(1)} overCP ${s.overToProtection}/${s.lowN} under ${s.under} unsure ${s.unsure}`;
}

const grid: TrainOptions[] = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) console.log(JSON.stringify(g), cv(g));
