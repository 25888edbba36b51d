// Summarise a V8 .cpuprofile (node --cpu-prof): self time by function and by package.
//
//   node bench/profile.mjs FILE.cpuprofile [--top 20]
//   import { summariseProfile } from './profile.mjs'
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where a frame's code lives: a node_modules package, our source (from the source map-less bundle), node internals or V8. */
function ownerOf(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node core';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.includes('/dist/')) return `our bundle (${path.basename(url)})`;
  return path.basename(url);
}

/**
 * `lastMs`: count only the samples of the profile's last `lastMs` milliseconds (the load
 * window, leaving out start-up's module loading).
 */
export function summariseProfile(file, top = 20, { lastMs } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const from = lastMs === undefined ? -Infinity : profile.endTime - lastMs * 1000;
  // timeDeltas[i] is the time before samples[i]; attribute it to that sample.
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from) continue;
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fnSelf = new Map();
  const pkgSelf = new Map();
  let idle = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id);
    const name = callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    const where = callFrame.url ? `${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}` : '';
    const owner = name === '(garbage collector)' ? 'GC' : ownerOf(callFrame.url);
    const key = `${name} ${where ? `(${owner === 'node core' ? where : `${owner} ${where}`})` : ''}`.trim();
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + us);
    pkgSelf.set(owner, (pkgSelf.get(owner) ?? 0) + us);
  }
  const busy = total - idle;
  const rows = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pctBusy: Math.round((1000 * us) / busy) / 10 }));
  return { totalMs: Math.round(total / 1000), busyMs: Math.round(busy / 1000), idleMs: Math.round(idle / 1000), functions: rows(fnSelf), packages: rows(pkgSelf) };
}

if (import.meta.url === `file://${process.argv[1]}` && !process.argv.includes('--callers') && !process.argv.includes('--categories')) {
  const file = process.argv[2];
  const top = Number(process.argv[process.argv.indexOf('--top') + 1] || 20) || 20;
  const s = summariseProfile(file, top);
  console.log(`total ${s.totalMs} ms, busy ${s.busyMs} ms, idle ${s.idleMs} ms`);
  console.log('\nself time by package:');
  for (const r of s.packages) console.log(`${String(r.pctBusy).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
  console.log('\nself time by function:');
  for (const r of s.functions) console.log(`${String(r.pctBusy).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
}

/** Self time of functions named `name`, grouped by the chain of `depth` callers above them (for finding who calls what). */
export function callersOf(file, name, depth = 4) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const chains = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (n.callFrame.functionName !== name) continue;
    const chain = [];
    let p = parent.get(id);
    while (p !== undefined && chain.length < depth) {
      const f = byId.get(p).callFrame;
      chain.push(`${f.functionName || '(anon)'}@${path.basename(f.url)}:${f.lineNumber + 1}`);
      p = parent.get(p);
    }
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + us);
  }
  return [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, us]) => `${Math.round(us / 1000)} ms  ${k}`);
}
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--callers')) {
  const i = process.argv.indexOf('--callers');
  for (const line of callersOf(process.argv[2], process.argv[i + 1], Number(process.argv[i + 2] || 5))) console.log(line);
}

/** Which part of the work a package or a source file of the bundle belongs to. */
const CATEGORY_RULES = [
  [/^(pino|slow-redact|sonic-boom|fast-redact|pino-std-serializers)$|^bot\/logger\.ts$/, 'logging (pino, redaction)'],
  [/^(adaptivecards-templating|adaptive-expressions|antlr4ts)$|^cards\//, 'cards (templates, builders)'],
  [/^rules\//, 'rules engine (recognise, assess)'],
  [/^dialogs\//, 'our dialogs'],
  [/^botbuilder-dialogs/, 'dialog framework (botbuilder-dialogs)'],
  [/^(@azure\/|@typespec\/|botframework-connector$|botframework-schema$)/, 'Bot Connector client (outbound reply)'],
  [/^(botbuilder|botbuilder-core|botbuilder-stdlib)$/, 'bot framework (adapter, turn context, state)'],
  [/^better-sqlite3$|^bot\/storage\//, 'SQLite storage'],
  [/^(restify|find-my-way|restify-errors)$|^bot\/server\.ts$/, 'HTTP server (restify, our edge)'],
  [/^zod$/, 'validation (zod)'],
  [/^bot\//, 'our bot/ modules (middleware, features)'],
];

/** Source file of a line in an esbuild bundle, from its `// path/file.ts` markers. */
function bundleMap(bundleFile) {
  const marks = [];
  const lines = readFileSync(bundleFile, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const m = /^\/\/ ((?:bot|cards|dialogs|rules|web)\/\S+\.(?:ts|json))$/.exec(line);
    if (m) marks.push([i + 1, m[1]]);
  });
  return (lineNumber) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= lineNumber) {
        found = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/**
 * Busy time by kind of work: each sample goes to the nearest frame on its stack (leaf first)
 * that belongs to a known package or source file, so time in node core and native code
 * (socket writes, JSON, crypto) is charged to whoever called it. GC and idle apart.
 */
export function categorise(file, { lastMs, bundle } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sourceOf = bundle ? bundleMap(bundle) : () => undefined;
  const categoryCache = new Map();
  const categoryOfNode = (id) => {
    if (categoryCache.has(id)) return categoryCache.get(id);
    const { callFrame } = byId.get(id);
    let key;
    const url = callFrame.url ?? '';
    const nm = url.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const rest = url.slice(nm + 13).split('/');
      key = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    } else if (bundle && url.endsWith(path.basename(bundle))) {
      key = sourceOf(callFrame.lineNumber + 1);
    }
    const category = key ? (CATEGORY_RULES.find(([re]) => re.test(key))?.[1] ?? `other: ${key}`) : undefined;
    categoryCache.set(id, category);
    return category;
  };
  const totals = new Map();
  let busy = 0;
  const from = lastMs === undefined ? -Infinity : profile.endTime - lastMs * 1000;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (t < from) continue;
    const leaf = profile.samples[i];
    const name = byId.get(leaf).callFrame.functionName;
    if (name === '(idle)') continue;
    busy += dt;
    let category;
    if (name === '(garbage collector)') category = 'garbage collection';
    else if (name === '(program)') category = 'V8 / runtime (program)';
    else {
      for (let id = leaf; id !== undefined && !category; id = parent.get(id)) category = categoryOfNode(id);
      category ??= 'node core (event loop, sockets)';
    }
    totals.set(category, (totals.get(category) ?? 0) + dt);
  }
  return {
    busyMs: Math.round(busy / 1000),
    categories: [...totals].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: Math.round(us / 1000), pctBusy: Math.round((1000 * us) / busy) / 10 })),
  };
}
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--categories')) {
  const i = process.argv.indexOf('--bundle');
  const res = categorise(process.argv[2], { bundle: i > 0 ? process.argv[i + 1] : undefined });
  console.log(`busy ${res.busyMs} ms`);
  for (const r of res.categories) console.log(`${String(r.pctBusy).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
}
