/**
 * `npm run eval`: recognition scored on the frozen evaluation set (never tuned on)
 * for each pack, beside 5-fold cross-validation on the training corpus (the figure
 * we tuned on), through the whole recogniser (phrases + meaning) and the rules.
 * Prints the figures and writes EVALUATION.md. Only counts are reported, never
 * the messages: the frozen set keeps measuring only while nobody studies its misses.
 *
 *   npm run eval                 frozen sets and cross-validation, writes EVALUATION.md
 *   npm run eval -- --no-write   print only
 *   npm run eval -- --phrases-only   the phrase layer alone (before the semantic layer)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AREAS, createEngine, loadPack, type Area } from '../rules';
import { bury } from '../rules/packs/bury';
import { nottingham } from '../rules/packs/nottingham';
import { salford } from '../rules/packs/salford';
import { crossValidatedScores, pendingSetNames, readCorpus, readPending } from './corpus';
import { readFrozen, score, summarise, type Summary } from './evaluation';

/** Pending sets whose misses were read message by message (rules/corpus/README.md, thirty-fifth session). */
const READ_PENDING = [
  'salford-extra-22', 'bury-17', 'nottingham-17', 'bury-18', 'nottingham-18', 'bury-19', 'nottingham-19', 'bury-20', 'nottingham-20', 'salford-extra-23',
  'bury-21', 'nottingham-21', 'bury-22', 'nottingham-22', 'bury-23', 'bury-24', 'bury-25', 'bury-26', 'bury-27', 'bury-28', 'bury-29',
  'bury-30', 'bury-31', 'bury-32', 'bury-33', 'bury-34', 'bury-35', 'bury-36', 'bury-37', 'bury-38', 'bury-39', 'bury-40',
  'nottingham-23', 'salford-extra-24',
  'bury-41', 'bury-42', 'bury-43', 'bury-44', 'bury-45', 'bury-46', 'bury-47', 'bury-48', 'bury-49', 'bury-50', 'bury-51',
  'nottingham-24', 'nottingham-25', 'bury-52', 'bury-53', 'nottingham-26', 'salford-extra-25',
  'bury-54', 'nottingham-27', 'salford-extra-26', 'salford-extra-27',
  'bury-55', 'nottingham-28', 'salford-extra-28',
];

const root = process.cwd();
const AT = new Date('2026-11-23T10:00:00Z');
const packs = { salford: loadPack(salford), bury: loadPack(bury), nottingham: loadPack(nottingham) };
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
/** Right route and level: to two places, with the count, so that a figure just under a bar (206 of 229, 89.96 %) never reads as the bar. */
const accuracyCell = (s: Summary) => `${(s.accuracy * 100).toFixed(2)} % (${Math.round(s.accuracy * s.n)})`;

/** `--phrases-only`: the phrase layer alone (the recogniser before the semantic layer), for comparison. */
const phrasesOnly = process.argv.includes('--phrases-only');

function frozen(area: Area): Summary {
  const engine = phrasesOnly ? createEngine(packs[area], null) : createEngine(packs[area]);
  return summarise(engine, score(engine, readFrozen(root, area), AT));
}

const cvScored = crossValidatedScores(readCorpus(root), packs, 5);

function row(name: string, s: Summary): string {
  return `| ${name} | ${s.n} | ${accuracyCell(s)} | ${s.emergencyTo999}/${s.emergencies} (${s.emergencyToEmergencyCard} as the emergency card${s.emergencyAskedNow ? `, ${s.emergencyAskedNow} asked about danger now first` : ''}) | ${pct(s.riskRecall)} of ${s.riskN} | ${s.overToProtection}/${s.lowN} (${pct(s.overToProtection / Math.max(1, s.lowN))}) | ${s.overAny} | ${s.under} | ${s.unsure} |`;
}

const results = Object.fromEntries(AREAS.map((a) => [a, frozen(a)])) as Record<Area, Summary>;
const cv = Object.fromEntries(AREAS.filter((a) => cvScored[a]).map((a) => [a, summarise(createEngine(packs[a]), cvScored[a] ?? [])])) as Partial<Record<Area, Summary>>;
const cvRows = AREAS.flatMap((a) => (cv[a] ? [row(`training corpus, 5-fold cross-validation: ${a} (tuned on)`, cv[a])] : []));
const header = '| set | messages | right route and level | immediate danger: 999 first | child-protection recall | advice/early help sent to child protection | any level too high | level too low | answered "not sure" |\n|---|---|---|---|---|---|---|---|---|';
/** The pending sets (`rules/corpus/pending/`): labelled like the training corpus, never trained on; each area's together. */
function pending(area: Area): Summary | undefined {
  const items = readPending(root).filter((it) => (it.pack ?? 'salford') === area);
  if (items.length === 0) return undefined;
  const engine = createEngine(packs[area]);
  return summarise(engine, score(engine, items.map((it) => ({ text: it.text, route: it.route, level: it.level })), AT));
}
const pendingRows = phrasesOnly ? [] : AREAS.flatMap((a) => {
  const s = pending(a);
  return s ? [row(`pending sets, never trained on: ${a}`, s)] : [];
});
const table = [header, ...AREAS.map((a) => row(`frozen: ${a}`, results[a])), ...cvRows, ...pendingRows].join('\n');
console.log(table);

/** Issue #15's bars on the frozen sets, each area's own: which are met and which are not (computed, never written by hand). */
function bars(): string {
  const checks: [string, (s: Summary) => boolean][] = [
    ['every immediate-danger message to 999 first', (s) => s.emergencyTo999 === s.emergencies],
    ['child-protection recall ≥ 95 %', (s) => s.riskRecall >= 0.95],
    ['route accuracy ≥ 90 %', (s) => s.accuracy >= 0.9],
    ['over-triage of advice and early help ≤ 5 %', (s) => s.overToProtection <= 0.05 * s.lowN],
  ];
  const lines = checks.map(([bar, ok]) => {
    const missed = AREAS.filter((a) => !ok(results[a]));
    return `- ${bar}: ${missed.length === 0 ? 'met in every area' : `**not met** in ${missed.join(', ')}`}`;
  });
  return `**Issue #15's bars on the frozen sets:**\n${lines.join('\n')}\n\n\`test/eval/frozen.test.ts\` holds the immediate-danger misses to today's counts (a ratchet) so that they can only go down.`;
}

function detail(name: string, s: Summary): string {
  const routes = s.perRoute.map((r) => `| ${r.route} | ${r.n} | ${pct(r.recall)} | ${pct(r.precision)} |`).join('\n');
  const conf = s.confusions.slice(0, 12).map((c) => `${c.want} → ${c.got} (${c.n})`).join('; ');
  return `### ${name}\n\n| route | messages | recall | precision |\n|---|---|---|---|\n${routes}\n\nMost common confusions (expected → answered): ${conf || 'none'}.\n`;
}

if (!process.argv.includes('--no-write') && !phrasesOnly) {
  const md = `# Evaluation of recognition

Written by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)}. Each message is the first message of a fresh
chat; the score is the route and level of the bot's first answer (the rules engine's level for a
concern, the topic otherwise), as a practitioner meets it. An answer one level too low is a miss; so
is a higher one (counted apart as over-triage).

## Method

- **Frozen sets** (\`test/eval/frozen/\`): ${AREAS.map((a) => `${results[a].n} ${a}`).join(', ')} messages, written by
  separate sessions given only the seeds and the route and level lists, never the packs, the phrase
  lists, the training corpus or the code. Nobody tunes on them: this file reports counts only, and
  the misses are not read message by message.
- **Training corpus** (\`rules/corpus/train/\`): the semantic layer learns from it. Its 5-fold
  cross-validation (through the whole recogniser, each message by its own area's pack) is the figure we tuned on.
- **Pending sets** (\`rules/corpus/pending/\`): written by helper sessions from the seeds like the training corpus,
  never trained on: today ${pendingSetNames(root).map((n) => `\`${n}\``).join(', ')}. None is read message by message but the
  stress-test sets ${READ_PENDING.map((n) => `\`${n}\``).join(', ')}, whose misses were read to find words the recogniser did not know.
  rules/corpus/README.md tells how each was written and split, and where the other half of a split set is.
- "999 first": the answer leads with 999, as the emergency card, as the red-flag question of the
  "not sure" card, or as the red-flag question on top of a worry placed at its level when the meaning gives danger
  now a real chance (counted apart in brackets: the emergency card itself, and the answers that asked about danger now).
- "Child-protection recall": messages the guidance puts at child protection (Getting Risk Support,
  Bury level 5, Nottingham protection) answered at that level or 999.

## Results

${table}

Before the semantic layer (the phrase layer alone, \`npm run eval -- --phrases-only\`, same sets):
Salford 47.2 % right, 24/68 immediate-danger messages to 999, child-protection recall 55.8 %; Bury 38.4 %,
4/32, 54.8 %; Nottingham 32.8 %, 3/31, 45.5 %.

${bars()}

${AREAS.map((a) => detail(`Frozen: ${a}`, results[a])).join('\n')}
${AREAS.flatMap((a) => (cv[a] ? [detail(`Training corpus, cross-validated (${a})`, cv[a])] : [])).join('\n')}
`;
  writeFileSync(path.join(root, 'EVALUATION.md'), md);
  console.log('\nwrote EVALUATION.md');
}

// `--cv-misses`: the cross-validated misses on the training corpus (never the frozen set's), to tune on.
if (process.argv.includes('--cv-misses')) {
  const lines = Object.entries(cvScored).flatMap(([area, scored]) =>
    scored.filter((m) => !m.correct).map((m) => `${area}\t${m.route}/${m.level}\t→ ${m.got.route}/${m.got.level} [${m.got.intent} ${(m.got.indicators ?? []).join(',')}]\t${m.text}`));
  console.log(lines.join('\n'));
}
