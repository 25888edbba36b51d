#!/usr/bin/env node
// Bundles the bot (bot/index.ts -> dist/bot.cjs) and, when web/*.ts entry
// points exist, the web pages (-> dist/web/*.js, with their HTML (scripts/pages.mjs) and web/*.css beside them).
//
//   node scripts/build.mjs                       # the real bot + web pages into dist/
//   node scripts/build.mjs --entry test/e2e/fixtures/echo-bot.ts --outdir dist/e2e/x --no-web
//
// The bot's bundle includes its dependencies (start-up: one file to read and compile instead of
// about 3,000 modules to resolve; BENCHMARKS.md), minified with names kept (profiles and stack
// traces stay readable; some libraries read constructor names). Left external, so the output
// must live inside the repository for Node to resolve them from node_modules:
//  - better-sqlite3: a native addon, found by its own package through `bindings`;
//  - dtrace-provider: an optional native addon restify tries and does without;
//  - anything imported with import() from an external package stays an import() (none in the bot).
// date-holidays comes with GB's data only, and its parser with only the calendars and time zone
// those rules use (scripts/holidays.mjs), in the bot's bundle and the pages'.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { asciiSource } from './ascii.mjs';
import { englandHolidaysOnly } from './holidays.mjs';
import { nodeFlags } from './node-flags.mjs';
import { renderPages } from './pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Packages left out of the bot's bundle (see above). pino-pretty: only a developer at a terminal loads it (bot/edge/logger.ts). */
export const BOT_EXTERNALS = ['better-sqlite3', 'dtrace-provider', 'pino-pretty'];

/**
 * restify's `require('spdy')` (HTTP/2, never used here) resolves to a small stand-in
 * (scripts/stubs/spdy.cjs): the real one reads process.binding('http_parser') and Node
 * prints a DEP0111 deprecation warning at every start.
 */
const noSpdy = {
  name: 'no-spdy',
  setup(build) {
    build.onResolve({ filter: /^spdy$/ }, () => ({ path: path.join(root, 'scripts', 'stubs', 'spdy.cjs') }));
  },
};

/**
 * node-fetch 2's `require('whatwg-url')` resolves to a stand-in (scripts/stubs/whatwg-url.cjs) that gives
 * Node's own URL: node-fetch reads whatwg-url only where Node has no URL (`Url.URL || whatwgUrl.URL`), and
 * the real package loads tr46's Unicode mapping table at every start (decision 020, round 7). Only for
 * node-fetch: anything else that asks for whatwg-url gets the real one.
 */
const noWhatwgUrlForNodeFetch = {
  name: 'no-whatwg-url-for-node-fetch',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, (args) =>
      /[\\/]node_modules[\\/]node-fetch[\\/]/.test(args.importer) ? { path: path.join(root, 'scripts', 'stubs', 'whatwg-url.cjs') } : undefined,
    );
  },
};

/**
 * axios 1.x (the copies in botbuilder and botframework-connector, used only to call other bots as skills,
 * which this bot never does) reads `globalThis.FormData` in its module code and ends it with a bare
 * `getFetch();`, which works out ahead of any request how its fetch adapter would run here (it reads
 * `globalThis.Request`, `Response` and `fetch` and builds a Request with a stream body). On Node either
 * loads Node's own fetch (undici): about 60 ms of every start on the 2-core AMD host (decision 020, round 8).
 * Neither is needed before a request: `getFetch()`'s result is thrown away (the adapter table calls
 * `getFetch(config)` again when a request names the fetch adapter, and on Node axios takes its http adapter),
 * and `FormData` is only compared with a request's data. So in the bundle `getFetch();` is left out and
 * `FormData` is read at the first `isFormData` call instead of at load: the same values, read later. The
 * build fails if either text is not there exactly once (a new axios); test/build/launch.test.ts checks that
 * the bundle's axios still posts form data and fetches with its fetch adapter, and that the bot is ready
 * without Node's fetch loaded.
 */
const AXIOS_NODE = /[\\/]node_modules[\\/]axios[\\/]dist[\\/]node[\\/]axios\.cjs$/;
const AXIOS_EDITS = [
  ['\ngetFetch();\n', '\n'],
  [
    "\nconst FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;\nconst isFormData = thing => {\n  if (!thing) return false;\n  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n",
    "\nconst isFormData = thing => {\n  if (!thing) return false;\n  const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;\n  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n",
  ],
];
const axiosFetchWhenAsked = {
  name: 'axios-fetch-when-asked',
  setup(build) {
    build.onLoad({ filter: AXIOS_NODE }, (loaded) => {
      let source = readFileSync(loaded.path, 'utf8');
      for (const [from, to] of AXIOS_EDITS) {
        const at = source.indexOf(from);
        if (at < 0 || source.indexOf(from, at + 1) >= 0) {
          throw new Error(`${path.relative(root, loaded.path)}: expected ${JSON.stringify(from.trim().split('\n')[0])} exactly once (scripts/build.mjs, axiosFetchWhenAsked); has axios changed?`);
        }
        source = source.slice(0, at) + to + source.slice(at + from.length);
      }
      return { loader: 'js', resolveDir: path.dirname(loaded.path), contents: source };
    });
  },
};

/**
 * The semantic model (rules/semantic/model-data.js, generated by `npm run train`) is a 6 MB JSON text in a
 * string literal. Inside the bundle that text stays in memory twice for the life of the process: in the
 * bundle's source, which V8 keeps for compiling functions on first use, and as the literal, which the
 * module code's constants keep (about 6 MB of live heap; decision 020). The bot's bundle therefore reads
 * it from dist/model-data.json beside the bundle, once at start, and the text is garbage after parsing.
 *
 * The weights (about three quarters of the text: Int16 rows in base64) go to dist/model-rows.bin as the
 * bytes they stand for, and the JSON holds [from, length] in their place: start-up reads them as one
 * Int16Array instead of reading, parsing and unpacking 4.6 MB of base64 with Node's atob, which is written
 * in JavaScript (decision 020, round 8). The files are written from the same literal, so the model is the
 * same; test/build/launch.test.ts puts the rows back into the JSON and compares it with the module's data.
 *
 * What the model works out from its stored word and feature lists is worked out here too, by the model's own code
 * bundled and run apart, instead of at every start (about a tenth of start-up; decision 020, round 9): its word tables
 * (rules/semantic/model.ts `lexiconOf`: the English words, the clustered words and the words with a word-vector
 * neighbour, sorted, with each one's cluster, English flag and neighbour) and its feature tables (`featureTablesOf`: the
 * feature names numbered once, each layer's rows by number, the known words). The JSON holds the word lists as
 * space-separated text in `lexicon` and `tables`, and [byte offset, length] of each numeric table in
 * dist/model-tables.bin (little-endian: the Int32 tables, then the Uint16 clusters, then the Uint8 English flags); the
 * stored lists only those functions read (`english`, `clusters`, `neighbours`, every `features`) are left out of it.
 * test/build/launch.test.ts compares the tables with the functions' results on the module's data.
 */
const MODEL_DATA = /[\\/]rules[\\/]semantic[\\/]model-data\.js$/;
const MODEL_JSON = 'model-data.json';
const MODEL_ROWS = 'model-rows.bin';
const MODEL_TABLES = 'model-tables.bin';

/**
 * Bundles `lines` (TypeScript importing from the repository) on its own, runs it with this Node and returns what it
 * wrote to stdout: work done once at build time with the project's own code, never a copy of it.
 */
async function runApart(outdir, name, lines, plugins = []) {
  const script = path.join(outdir, `${name}-${process.pid}.cjs`);
  mkdirSync(outdir, { recursive: true });
  try {
    await esbuild.build({
      absWorkingDir: root,
      stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts', sourcefile: `${name}.ts` },
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      plugins,
      logLevel: 'silent',
    });
    return execFileSync(process.execPath, [script], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  } finally {
    rmSync(script, { force: true });
  }
}

/** `lexiconOf(modelData)` and `featureTablesOf(modelData)` (rules/semantic/model.ts), bundled and run apart, with their typed arrays as plain arrays. */
async function modelTables(outdir) {
  const out = await runApart(outdir, 'model-tables', [
    "import { featureTablesOf, lexiconOf } from './rules/semantic/model';",
    "import modelData from './rules/semantic/model-data';",
    'const plain = (value) => (ArrayBuffer.isView(value) ? [...value] : value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) : value);',
    'process.stdout.write(JSON.stringify({ lexicon: plain(lexiconOf(modelData)), tables: plain(featureTablesOf(modelData)) }));',
  ]);
  return JSON.parse(out);
}

/** Space-separated, and fails the build if a word would not come back the same from `split(' ')`. */
function spaceSeparated(words, what) {
  const text = words.join(' ');
  const back = text.split(' ');
  if (words.length === 0 || back.length !== words.length || back.some((w, i) => w !== words[i])) throw new Error(`the semantic model's ${what} cannot be stored space-separated`);
  return text;
}

/** Numeric tables packed one after another, each little-endian, and [byte offset, length] of each. */
class TablePacker {
  parts = [];
  at = 0;
  add(values, size) {
    if (this.at % size !== 0) throw new Error('model tables: a table out of alignment');
    const bytes = Buffer.alloc(values.length * size);
    values.forEach((v, i) => (size === 4 ? bytes.writeInt32LE(v, 4 * i) : size === 2 ? bytes.writeUInt16LE(v, 2 * i) : bytes.writeUInt8(v, i)));
    this.parts.push(bytes);
    const ref = [this.at, values.length];
    this.at += bytes.length;
    return ref;
  }
}

/** The model's JSON without the stored lists and with `lexicon` and `tables` in their place, and the tables' bytes (see above). */
function splitTables(json, { lexicon, tables }) {
  const data = JSON.parse(json);
  const n = lexicon.words.length;
  if (![lexicon.neighbour, lexicon.cluster, lexicon.english].every((t) => t.length === n)) throw new Error("the semantic model's word tables do not match its words");
  const packer = new TablePacker();
  const layer = (t) => ({ rowOf: packer.add(t.rowOf, 4), size: t.size });
  // The Int32 tables first, then the Uint16, then the Uint8: each starts aligned to its size.
  const neighbour = packer.add(lexicon.neighbour, 4);
  const linear = layer(tables.linear);
  const hidden = tables.hidden ? layer(tables.hidden) : undefined;
  const heads = Object.fromEntries(Object.entries(tables.heads).map(([area, t]) => [area, layer(t)]));
  const cluster = packer.add(lexicon.cluster, 2);
  const english = packer.add(lexicon.english, 1);
  delete data.clusters;
  data.english = '';
  data.neighbours = {};
  data.features = '';
  if (data.hidden) data.hidden.features = '';
  for (const head of Object.values(data.heads ?? {})) head.features = '';
  data.lexicon = { words: spaceSeparated(lexicon.words, 'words'), stems: spaceSeparated(lexicon.stems, 'neighbour stems'), neighbour, cluster, english };
  data.tables = { names: spaceSeparated(tables.names, 'feature names'), known: spaceSeparated(tables.known, 'known words'), typoWords: tables.typoWords, linear, ...(hidden ? { hidden } : {}), heads };
  return { json: JSON.stringify(data), bytes: Buffer.concat(packer.parts) };
}

/** The model's Int16 weights in base64 (rules/semantic/model.ts `ModelData`): [object, key] of each, in a fixed order. */
function modelRowFields(data) {
  const fields = [[data, 'rows']];
  if (data.hidden) fields.push([data.hidden, 'rows'], [data.hidden, 'out']);
  for (const head of Object.values(data.heads ?? {})) fields.push([head, 'rows']);
  return fields;
}

/** The model's JSON with its rows as [from, length] into one little-endian Int16 file, and that file's bytes. */
function splitModelRows(data) {
  const copy = JSON.parse(JSON.stringify(data));
  const parts = [];
  let from = 0;
  for (const [object, key] of modelRowFields(copy)) {
    const bytes = Buffer.from(object[key], 'base64');
    if (bytes.length % 2 !== 0 || bytes.toString('base64') !== object[key]) throw new Error(`the semantic model's ${key} is not base64 of Int16 rows`);
    parts.push(bytes);
    object[key] = [from, bytes.length / 2];
    from += bytes.length / 2;
  }
  return { json: JSON.stringify(copy), rows: Buffer.concat(parts) };
}

function modelDataBeside(outdir) {
  return {
    name: 'model-data-beside',
    setup(build) {
      build.onLoad({ filter: MODEL_DATA }, async (loaded) => {
        const source = readFileSync(loaded.path, 'utf8');
        const head = 'export default /* @__PURE__ */ JSON.parse(';
        const from = source.indexOf(head);
        const to = source.lastIndexOf(');');
        if (from < 0 || to < from) throw new Error(`${path.relative(root, loaded.path)} is not \`export default JSON.parse("...")\` as npm run train writes it`);
        const text = JSON.parse(source.slice(from + head.length, to));
        const { json: withRows, rows } = splitModelRows(JSON.parse(text)); // the JSON itself must parse, or the build fails rather than the bot
        const { json, bytes: tableBytes } = splitTables(withRows, await modelTables(outdir));
        mkdirSync(outdir, { recursive: true });
        writeFileSync(path.join(outdir, MODEL_JSON), json);
        writeFileSync(path.join(outdir, MODEL_ROWS), rows);
        writeFileSync(path.join(outdir, MODEL_TABLES), tableBytes);
        // The JSON is ASCII, so read as Latin-1 (a straight copy) it is the same text as read as UTF-8, sooner;
        // the rows are little-endian, read as they are where the machine is (x64, arm64) and byte by byte elsewhere.
        return {
          loader: 'js',
          contents: [
            `import { isAscii } from 'node:buffer';`,
            `import { readFileSync } from 'node:fs';`,
            `import { endianness } from 'node:os';`,
            `import { join } from 'node:path';`,
            `const text = readFileSync(join(__dirname, ${JSON.stringify(MODEL_JSON)}));`,
            `const data = JSON.parse(text.toString(isAscii(text) ? 'latin1' : 'utf8'));`,
            `const bytes = readFileSync(join(__dirname, ${JSON.stringify(MODEL_ROWS)}));`,
            `let all;`,
            `if (endianness() === 'LE' && bytes.byteOffset % 2 === 0) all = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);`,
            `else { all = new Int16Array(bytes.length / 2); for (let i = 0; i < all.length; i++) all[i] = bytes.readInt16LE(2 * i); }`,
            `const take = ([from, length]) => all.subarray(from, from + length);`,
            `data.rows = take(data.rows);`,
            `if (data.hidden) { data.hidden.rows = take(data.hidden.rows); data.hidden.out = take(data.hidden.out); }`,
            `for (const head of Object.values(data.heads ?? {})) head.rows = take(head.rows);`,
            `const tableBytes = readFileSync(join(__dirname, ${JSON.stringify(MODEL_TABLES)}));`,
            `const table = (Type, read, [from, length]) => {`,
            `  if (endianness() === 'LE' && (tableBytes.byteOffset + from) % Type.BYTES_PER_ELEMENT === 0) return new Type(tableBytes.buffer, tableBytes.byteOffset + from, length);`,
            `  const out = new Type(length); for (let i = 0; i < length; i++) out[i] = read(from + i * Type.BYTES_PER_ELEMENT); return out;`,
            `};`,
            `const int32s = (at) => table(Int32Array, (i) => tableBytes.readInt32LE(i), at);`,
            `const { lexicon, tables } = data;`,
            `data.lexicon = {`,
            `  words: lexicon.words.split(' '), stems: lexicon.stems.split(' '), neighbour: int32s(lexicon.neighbour),`,
            `  cluster: table(Uint16Array, (i) => tableBytes.readUInt16LE(i), lexicon.cluster), english: table(Uint8Array, (i) => tableBytes.readUInt8(i), lexicon.english),`,
            `};`,
            `const layer = ({ rowOf, size }) => ({ rowOf: int32s(rowOf), size });`,
            `data.tables = {`,
            `  names: tables.names.split(' '), known: tables.known.split(' '), typoWords: tables.typoWords, linear: layer(tables.linear),`,
            `  ...(tables.hidden ? { hidden: layer(tables.hidden) } : {}), heads: Object.fromEntries(Object.entries(tables.heads).map(([area, t]) => [area, layer(t)])),`,
            `};`,
            `export default data;`,
          ].join('\n'),
        };
      });
    },
  };
}

/**
 * The packs validated at build time (rules/prevalidatedPacks.ts says why): the bot's bundle gets a
 * rules/prevalidatedPacks.ts that gives their JSON to `loadPacks`' first call, and the build fails if a pack
 * is invalid or its validated form is not plain JSON (the same after a round trip, or it would not be the
 * same pack). The packs are validated by the rules' own `loadPacks`, bundled and run here apart.
 */
const PREVALIDATED = /[\\/]rules[\\/]prevalidatedPacks\.ts$/;
async function validatedPacksJson(outdir) {
  return runApart(outdir, 'validate-packs', [
    "import { isDeepStrictEqual } from 'node:util';",
    "import { takePrevalidatedPacks } from './rules/prevalidatedPacks';",
    "import { loadPacks } from './rules';",
    "if (takePrevalidatedPacks() !== undefined) throw new Error('rules/prevalidatedPacks.ts gives packs outside the bot bundle');",
    'const packs = loadPacks();',
    'const json = JSON.stringify(packs);',
    "if (!isDeepStrictEqual(JSON.parse(json), packs)) throw new Error('the validated packs are not plain JSON');",
    'process.stdout.write(json);',
  ], [englandHolidaysOnly()]);
}
function prevalidatedPacks(outdir) {
  return {
    name: 'prevalidated-packs',
    setup(build) {
      build.onLoad({ filter: PREVALIDATED }, async () => {
        const json = await validatedPacksJson(outdir);
        // Given once, then let go: a later call validates with the schema, as loadPacks does everywhere else.
        return {
          loader: 'js',
          contents: `let text = ${JSON.stringify(json)};\nexport function takePrevalidatedPacks() {\n  const json = text;\n  text = undefined;\n  return json === undefined ? undefined : JSON.parse(json);\n}\n`,
        };
      });
    },
  };
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      entry: { type: 'string', default: 'bot/index.ts' },
      outdir: { type: 'string', default: 'dist' },
      'no-web': { type: 'boolean', default: false },
    },
    strict: true,
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nusage: node scripts/build.mjs [--entry bot/index.ts] [--outdir dist] [--no-web]`);
}

const entry = path.resolve(root, args.entry);
const outdir = path.resolve(root, args.outdir);
if (!existsSync(entry)) {
  fail(`entry point ${path.relative(root, entry)} does not exist (nothing to build yet?)`);
}

const webDir = path.join(root, 'web');
const webEntries = args['no-web'] || !existsSync(webDir)
  ? []
  : readdirSync(webDir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts'))
      .map((name) => path.join(webDir, name));

// The pages' HTML (scripts/pages.mjs), put together first: a page not as it should be stops the build at once.
let webPages = [];
if (!args['no-web'] && existsSync(webDir)) {
  try {
    webPages = renderPages(webDir);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const started = performance.now();
try {
  const builds = [
    esbuild.build({
      absWorkingDir: root,
      entryPoints: [path.join(root, 'bot/launch.ts')],
      outfile: path.join(outdir, 'launch.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
    }),
    esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: path.join(outdir, 'bot.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: BOT_EXTERNALS,
      plugins: [noSpdy, noWhatwgUrlForNodeFetch, axiosFetchWhenAsked, modelDataBeside(outdir), prevalidatedPacks(outdir), englandHolidaysOnly()],
      minifyWhitespace: true,
      minifySyntax: true,
      // Names stay as written: profiles, stack traces and libraries that read class names.
      minifyIdentifiers: false,
      // Dependencies published as ES modules use import.meta.url; in a CommonJS bundle it is this file's URL.
      define: { 'import.meta.url': '__bundleImportMetaUrl' },
      banner: { js: 'var __bundleImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
      sourcemap: true,
      logLevel: 'silent',
    }),
  ];
  if (webEntries.length > 0) {
    builds.push(
      esbuild.build({
        absWorkingDir: root,
        entryPoints: webEntries,
        outdir: path.join(outdir, 'web'),
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: 'es2022',
        // The pages carry the rules packs and their calendar: minified, about 2 MB instead of 3.
        minify: true,
        plugins: [englandHolidaysOnly()],
        sourcemap: true,
        logLevel: 'silent',
      }),
    );
  }
  const results = await Promise.allSettled(builds);
  const failures = results.filter((r) => r.status === 'rejected');
  if (failures.length > 0) {
    for (const failure of failures) {
      const reason = failure.reason;
      const messages = reason && Array.isArray(reason.errors) && reason.errors.length > 0
        ? await esbuild.formatMessages(reason.errors, { kind: 'error', color: process.stderr.isTTY })
        : [String(reason?.message ?? reason)];
      console.error(messages.join('\n'));
    }
    fail(`failed (${failures.length} of ${results.length} bundles had errors)`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

// The pages' static files next to their bundles, so /web/* serves one directory: the CSS as it
// is, and each page's HTML as put together above.
if (webPages.length > 0) {
  const styles = readdirSync(webDir).filter((name) => name.endsWith('.css'));
  mkdirSync(path.join(outdir, 'web'), { recursive: true });
  for (const name of styles) copyFileSync(path.join(webDir, name), path.join(outdir, 'web', name));
  for (const [name, html] of webPages) writeFileSync(path.join(outdir, 'web', name), html);
}

// One-byte source for V8 (scripts/ascii.mjs says why and what it leaves alone).
const botBundle = path.join(outdir, 'bot.cjs');
{
  const source = readFileSync(botBundle, 'utf8');
  const { text, left } = asciiSource(source);
  if (text !== source) writeFileSync(botBundle, text);
  if (left.length > 0) {
    console.warn(`build: ${left.length} non-ASCII character(s) outside regular expression literals were left as they are (the bundle will take twice the memory for its source):\n  ${left.join('\n  ')}`);
  }
}

// V8's code cache for the bundle (bot/launch.ts): compiled by the Node that will run it, with the code of
// every function the bot's synchronous start-up runs. The bundle is started as far as that and the process
// ends there: as a development bot (no credentials), on port 0 of 127.0.0.1, logging nothing, with SQLite in a
// throw-away directory, and nothing else from this environment.
{
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'build-code-cache-'));
  try {
    execFileSync(process.execPath, [...nodeFlags(), path.join(outdir, 'launch.cjs'), '--write-code-cache'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORAGE: 'sqlite', DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = Math.round(performance.now() - started);
const web = webEntries.length > 0 ? ` and ${webEntries.length} web page(s) -> ${path.relative(root, path.join(outdir, 'web'))}/` : '';
console.log(`build: ${path.relative(root, entry)} -> ${path.relative(root, path.join(outdir, 'bot.cjs'))}${web} in ${ms} ms`);
