/**
 * Chooses the trainer's settings and the combining bars by 5-fold cross-validation on the
 * TRAINING corpus only (never the frozen set):
 *   node scripts/run-ts.mjs scripts/tune-recogniser.ts '[{}, {"thresholds":{"LEVEL_P":0.6}}]'
 */
import { createEngine, loadPacks } from '../rules';
import { crossValidatedScores, readCorpus } from './corpus';
import { summarise } from './evaluation';

const packs = loadPacks();
const items = readCorpus(process.cwd());
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Parameters<typeof crossValidatedScores>[3][];
for (const g of grid) {
  const cv = crossValidatedScores(items, packs, 5, g);
  for (const [area, scored] of Object.entries(cv)) {
    const s = summarise(createEngine(packs[area as keyof typeof packs]), scored);
    console.log(JSON.stringify(g), area.padEnd(10), `acc ${(s.accuracy * 100).toFixed(1)} em ${s.emergencyToEmergencyCard}/${s.emergencies} cp ${(s.riskRecall * 100).toFixed(1)} overCP ${s.overToProtection}/${s.lowN} under ${s.under} unsure ${s.unsure}`);
  }
}
