// Summarise a V8 .cpuprofile (node --cpu-prof): self time by function and by package.
//
//   node bench/profile.mjs FILE.cpuprofile [--top 20]
//   import { summariseProfile } from './profile.mjs'
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The bot is one minified bundle (dist/bot.cjs) that holds its dependencies too: a frame's
// package or source file comes from the bundle's source map (node:module SourceMap).
const sourceMaps = new Map();
function sourceMapOf(url) {
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (!sourceMaps.has(file)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      // no map: the frame keeps the bundle's own name
    }
    sourceMaps.set(file, map);
  }
  return sourceMaps.get(file);
}

/** Where a frame's code came from: { source (package-relative or repo path), line } after the source map. */
function located(callFrame) {
  const url = callFrame.url ?? '';
  if (url.includes('/dist/') && url.endsWith('.cjs')) {
    const entry = sourceMapOf(url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
    if (entry?.originalSource) return { source: entry.originalSource, line: entry.originalLine + 1 };
  }
  return { source: url, line: callFrame.lineNumber + 1 };
}

/** The package (from node_modules) or our source file (bot/…, cards/…) a path belongs to. */
function ownerKey(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return /(?:^|\/)((?:bot|cards|dialogs|rules|web|bench|test)\/[^?#]+)$/.exec(source)?.[1];
}

/** Where a frame's code lives: a node_modules package, our source, node internals or V8. */
function ownerOf(callFrame) {
  if (!callFrame.url) return '(native / V8)';
  if (callFrame.url.startsWith('node:')) return 'node core';
  const { source } = located(callFrame);
  const key = ownerKey(source);
  if (!key) return path.basename(source);
  return /^(bot|cards|dialogs|rules|web)\//.test(key) ? `ours: ${key.split('/')[0]}/` : key;
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
    const loc = located(callFrame);
    const where = callFrame.url ? `${path.basename(loc.source)}:${loc.line}` : '';
    const owner = name === '(garbage collector)' ? 'GC' : ownerOf(callFrame);
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
      const loc = located(f);
      chain.push(`${f.functionName || '(anon)'}@${path.basename(loc.source)}:${loc.line}`);
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

/**
 * Busy time by kind of work: each sample goes to the nearest frame on its stack (leaf first)
 * that belongs to a known package or source file, so time in node core and native code
 * (socket writes, JSON, crypto) is charged to whoever called it. GC and idle apart.
 */
export function categorise(file, { lastMs } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const categoryCache = new Map();
  const categoryOfNode = (id) => {
    if (categoryCache.has(id)) return categoryCache.get(id);
    const { callFrame } = byId.get(id);
    const url = callFrame.url ?? '';
    const key = url && !url.startsWith('node:') ? ownerKey(located(callFrame).source) : undefined;
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
  const res = categorise(process.argv[2]);
  console.log(`busy ${res.busyMs} ms`);
  for (const r of res.categories) console.log(`${String(r.pctBusy).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
}
