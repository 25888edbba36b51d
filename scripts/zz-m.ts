import { loadEngines } from '../rules';
const e = loadEngines();
for (const t of process.argv.slice(3)) {
  const r = e[process.argv[2] as 'bury'].recognise(t);
  console.log(t.slice(0, 60), '=>', r.intent, JSON.stringify(r.indicators.map((i) => [i.id, i.matched, i.by])));
}
