/**
 * Chooses the trainer's settings and the combining bars by 5-fold cross-validation on the
 * TRAINING corpus only (never the frozen set):
 *   node scripts/run-ts.mjs scripts/tune-recogniser.ts '[{}, {"thresholds":{"LEVEL_P":0.6}}]'
 */
import { createEngine, loadPack } from '../rules';
import { salford } from '../rules/packs/salford';
import { crossValidatedScores, readCorpus } from './corpus';
import { summarise } from './evaluation';

const pack = loadPack(salford);
const items = readCorpus(process.cwd());
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Parameters<typeof crossValidatedScores>[3][];
for (const g of grid) {
  const s = summarise(createEngine(pack), crossValidatedScores(items, pack, 5, g));
  console.log(JSON.stringify(g), `acc ${(s.accuracy * 100).toFixed(1)} em ${s.emergencyToEmergencyCard}/${s.emergencies} cp ${(s.riskRecall * 100).toFixed(1)} overCP ${s.overToProtection}/${s.lowN} under ${s.under} unsure ${s.unsure}`);
}
