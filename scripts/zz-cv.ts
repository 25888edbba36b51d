import { createEngine, loadPacks } from '../rules';
import { crossValidatedScores, readCorpus } from './corpus';
import { summarise } from './evaluation';
const pack = loadPacks().salford;
const items = readCorpus(process.cwd());
for (const arg of process.argv.slice(2)) {
  const opts = arg === 'none' ? { clusters: undefined } : {};
  const s = summarise(createEngine(pack), crossValidatedScores(items, pack, 5, opts));
  console.log(arg, `acc ${(s.accuracy * 100).toFixed(1)} em ${s.emergencyTo999}/${s.emergencies} cp ${(s.riskRecall * 100).toFixed(1)} overCP ${s.overToProtection}/${s.lowN} under ${s.under} unsure ${s.unsure}`);
}
