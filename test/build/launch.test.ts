/**
 * dist/launch.cjs (bot/launch.ts) and the build's part in it: the bundle is one-byte (ASCII)
 * source, the build writes V8's code cache with the production Node flags, and the launcher
 * uses it, runs the bundle as Node's CommonJS loader would, and never fails because of a cache.
 * The semantic model is read from model-data.json beside the bundle, not carried in it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiSource, inRegexLiteral } from '../../scripts/ascii.mjs';
import { nodeEnv, nodeFlags as productionNodeFlags } from '../../scripts/node-flags.mjs';
import { defaultSemanticModel, loadPacks } from '../../rules';
import { OTHER_FLAGS_WARNING } from '../../bot/launch';
import { featureTablesOf, lexiconOf, type LayerTable } from '../../rules/semantic/model';
import modelData from '../../rules/semantic/model-data';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist', `test-launch-${process.pid}`);
const BUNDLE = path.join(OUT, 'bot.cjs');
const CACHE = `${BUNDLE}.${process.version}-${process.arch}.v8cache`;

/** Bundles a fixture into `out` before the describe's tests (as the real build does) and removes it after. */
function useFixtureBundle(fixture: string, out: string): void {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--entry', `test/build/fixtures/${fixture}`, '--outdir', path.relative(ROOT, out), '--no-web'], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));
}

/** Runs a bundle's launcher as `npm start` would, with nothing from this process's environment but PATH. */
function launch(out: string, args: string[] = [], flags: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...flags, path.join(out, 'launch.cjs'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 });
}

/** The size of the code cache V8 makes for a bundle compiled as the launcher compiles it and not run (what a cache written before running would hold). */
function compiledOnlyCacheSize(bundle: string): number {
  const source = `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(bundle, 'latin1')}\n})`;
  const script = 'const vm = require("node:vm"); process.stdout.write(String(new vm.Script(require("node:fs").readFileSync(0, "latin1"), { filename: "x.cjs", lineOffset: -1 }).createCachedData().length))';
  return Number(execFileSync(process.execPath, [...productionNodeFlags(), '-e', script], { input: source, encoding: 'utf8', maxBuffer: 1 << 20 }));
}

function start(flags: string[]): { report: string; output: Record<string, unknown> } {
  const result = launch(OUT, [], flags, { LAUNCH_REPORT: '1' });
  expect(result.status, result.stderr).toBe(0);
  return { report: result.stderr.trim(), output: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe('the launcher and its code cache', () => {
  useFixtureBundle('tiny-bot.ts', OUT);

  it('the bundle is ASCII, and escaping its regular expressions kept their meaning', () => {
    const source = readFileSync(BUNDLE);
    expect(source.every((byte) => byte < 0x80)).toBe(true);
    const { output } = start(productionNodeFlags());
    expect(output).toMatchObject({ apostrophe: true, star: true });
  });

  it('the build wrote a cache the production flags accept; the bundle runs as a CommonJS module of dist/', () => {
    expect(existsSync(CACHE)).toBe(true);
    const { report, output } = start(productionNodeFlags());
    expect(report).toBe('launch: code cache used');
    const stackLine = readFileSync(BUNDLE, 'latin1').split('\n').findIndex((line) => line.includes('tiny-bot stack line')) + 1;
    expect(stackLine).toBeGreaterThan(1);
    expect(output).toEqual({ filename: BUNDLE, dirname: OUT, zod: true, apostrophe: true, star: true, stackLine, malloc: {} });
  });

  it('the cache holds the code start-up compiled, not only the top level: larger than a cache of the compiled bundle alone', () => {
    const compiledOnly = compiledOnlyCacheSize(BUNDLE);
    expect(compiledOnly).toBeGreaterThan(0);
    // A cache written before running is the size of this one, give or take its file name (measured: 0.05 %).
    expect(readFileSync(CACHE).length).toBeGreaterThan(compiledOnly * 1.05);
  });

  it('a cache made under other V8 flags is refused by V8: the bot still starts, and the cache is left alone', () => {
    const before = readFileSync(CACHE);
    const { report, output } = start(['--max-old-space-size=77', '--stack-size=900']);
    // The deployment is told, once, that it runs without the flags `npm start` gives (and so without the measured memory settings).
    expect(report.split('\n')).toEqual([OTHER_FLAGS_WARNING, 'launch: code cache rejected']);
    expect(output['zod']).toBe(true);
    expect(readFileSync(CACHE).equals(before)).toBe(true);
  });

  it('`npm start` starts the launcher with package.json config.nodeEnv in its environment and config.nodeFlags, as the bench does', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { config: Record<string, string>; scripts: Record<string, string> };
    // What `npm start` runs once the build is done, with npm's config variables and the fixture's launcher.
    const command = pkg.scripts['start']!.split('&&').at(-1)!.trim();
    expect(command).toBe('env $npm_package_config_nodeEnv node $npm_package_config_nodeFlags dist/launch.cjs');
    const result = spawnSync('sh', ['-c', command.replace('dist/launch.cjs', path.join(OUT, 'launch.cjs'))], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LAUNCH_REPORT: '1', npm_package_config_nodeEnv: pkg.config['nodeEnv']!, npm_package_config_nodeFlags: pkg.config['nodeFlags']! },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status, result.stderr).toBe(0);
    // The flags are the ones the build made the cache with (V8 accepts it), and malloc's settings arrive.
    expect(result.stderr.trim()).toBe('launch: code cache used');
    expect(Object.keys(nodeEnv()).length).toBeGreaterThan(0);
    expect((JSON.parse(result.stdout) as { malloc: unknown }).malloc).toEqual(nodeEnv());
  });

  it('config.nodeEnv is read as NAME=value pairs, and anything else is refused', () => {
    expect(nodeEnv('MALLOC_ARENA_MAX=2  MALLOC_TRIM_THRESHOLD_=131072')).toEqual({ MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072' });
    expect(nodeEnv('')).toEqual({});
    expect(() => nodeEnv('MALLOC_ARENA_MAX')).toThrow(/not NAME=value/);
    expect(() => nodeEnv('2X=1')).toThrow(/not NAME=value/);
  });

  it('without a cache it starts and writes one, which the next start uses', () => {
    rmSync(CACHE);
    const first = start(productionNodeFlags());
    expect(first.report).toBe('launch: code cache absent');
    expect(statSync(CACHE).size).toBeGreaterThan(0);
    expect(start(productionNodeFlags()).report).toBe('launch: code cache used');
  });
});

describe('asciiSource (scripts/ascii.mjs)', () => {
  it('escapes non-ASCII characters of regular expression literals, which then match the same text', () => {
    const source = 'module.exports = [/can[’\']t/, /🌟/u, /é+/];';
    const { text, escaped, left } = asciiSource(source);
    expect(left).toEqual([]);
    expect(escaped).toBe(4); // ’, the star's two UTF-16 halves, é
    expect([...Buffer.from(text)].every((byte) => byte < 0x80)).toBe(true);
    const mod = { exports: [] as RegExp[] };
    new Function('module', text)(mod);
    const [apostrophe, star, accent] = mod.exports;
    expect(apostrophe!.test('can’t')).toBe(true);
    expect(star!.test('a 🌟 b')).toBe(true);
    expect(accent!.test('éé')).toBe(true);
  });

  it('a slash that is a division does not open a regular expression', () => {
    const source = 'const c = a / b + String.raw`’` + d / e;';
    expect(inRegexLiteral(source, source.indexOf('’'))).toBe(false);
    expect(asciiSource(source).left).toHaveLength(1);
  });

  it('leaves a character that may be in the raw text of a template literal, and reports it', () => {
    const source = 'const a = String.raw`it’s`;\nconst b = /’/;';
    const { text, escaped, left } = asciiSource(source);
    expect(text).toBe('const a = String.raw`it’s`;\nconst b = /\\u2019/;');
    expect(escaped).toBe(1);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('String.raw`it');
  });
});

describe('the real bot bundle', () => {
  const REAL = path.join(ROOT, 'dist', `test-launch-real-${process.pid}`);
  afterAll(() => rmSync(REAL, { recursive: true, force: true }));

  it('is all ASCII after the build (a dependency with non-ASCII template text would show here), with its code cache', () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', path.relative(ROOT, REAL), '--no-web'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).not.toContain('left as they are');
    expect(readFileSync(path.join(REAL, 'bot.cjs')).every((byte) => byte < 0x80)).toBe(true);
    const cache = `${path.join(REAL, 'bot.cjs')}.${process.version}-${process.arch}.v8cache`;
    expect(existsSync(cache)).toBe(true);
    // The build started the bot to write it: it holds the code of the dependencies' module code, the packs, the
    // recogniser and the rest of start-up, about three times what compiling the bundle alone gives (decision 020, round 8).
    expect(statSync(cache).size).toBeGreaterThan(2 * compiledOnlyCacheSize(path.join(REAL, 'bot.cjs')));
  }, 60_000);
});

describe('the semantic model in the bundle (read from model-data.json beside it, decision 020)', () => {
  const out = path.join(ROOT, 'dist', `test-model-${process.pid}`);
  useFixtureBundle('semantic-model.ts', out);

  it('is the trained model: the files beside the bundle hold the same data, and the bundle does not carry its text', () => {
    // model-data.json holds [from, length] where the module has base64 rows; model-rows.bin holds those rows as little-endian Int16.
    const stored = JSON.parse(readFileSync(path.join(out, 'model-data.json'), 'utf8')) as Record<string, unknown>;
    const bytes = readFileSync(path.join(out, 'model-rows.bin'));
    const rowsAt = (at: unknown): string => {
      const [from, length] = at as [number, number];
      return bytes.subarray(2 * from, 2 * (from + length)).toString('base64');
    };
    const hidden = stored['hidden'] as Record<string, unknown>;
    hidden['rows'] = rowsAt(hidden['rows']);
    hidden['out'] = rowsAt(hidden['out']);
    stored['rows'] = rowsAt(stored['rows']);
    for (const head of Object.values(stored['heads'] as Record<string, Record<string, unknown>>)) head['rows'] = rowsAt(head['rows']);
    // The lists only lexiconOf and featureTablesOf read are left out: their tables are in `lexicon` and `tables` (the next test).
    expect(stored['lexicon']).toBeDefined();
    expect(stored['tables']).toBeDefined();
    delete stored['lexicon'];
    delete stored['tables'];
    const { clusters: _clusters, ...withoutClusters } = modelData;
    const withoutLists = JSON.parse(JSON.stringify({ ...withoutClusters, english: '', neighbours: {}, features: '' })) as typeof modelData;
    if (withoutLists.hidden) withoutLists.hidden.features = '';
    for (const head of Object.values(withoutLists.heads ?? {})) head.features = '';
    expect(stored).toEqual(withoutLists);
    // The rows file holds those rows and nothing else.
    expect(bytes.length).toBe(2 * [modelData.rows, modelData.hidden?.rows, modelData.hidden?.out, ...Object.values(modelData.heads ?? {}).map((h) => h.rows)]
      .reduce((sum: number, rows) => sum + atob(rows as string).length / 2, 0));
    expect(readFileSync(path.join(out, 'bot.cjs'), 'utf8')).not.toContain(modelData.corpusHash);
  });

  it('holds the word and feature tables lexiconOf and featureTablesOf make from the module\'s data (model-data.json and model-tables.bin, worked out at build time)', () => {
    type Ref = [number, number];
    type StoredLayer = { rowOf: Ref; size: number };
    const stored = JSON.parse(readFileSync(path.join(out, 'model-data.json'), 'utf8')) as {
      lexicon: { words: string; stems: string; neighbour: Ref; cluster: Ref; english: Ref };
      tables: { names: string; known: string; typoWords: number; linear: StoredLayer; hidden?: StoredLayer; heads: Record<string, StoredLayer> };
    };
    const bytes = readFileSync(path.join(out, 'model-tables.bin'));
    const table = ([from, length]: Ref, size: number, read: (offset: number) => number): number[] => Array.from({ length }, (_, i) => read(from + i * size));
    const int32s = (at: Ref) => table(at, 4, (i) => bytes.readInt32LE(i));
    const layer = ({ rowOf, size }: StoredLayer) => ({ rowOf: int32s(rowOf), size });
    const lexicon = lexiconOf(modelData);
    expect(lexicon.words.length).toBeGreaterThan(10_000);
    expect(stored.lexicon.words.split(' ')).toEqual(lexicon.words);
    expect(stored.lexicon.stems.split(' ')).toEqual(lexicon.stems);
    expect(int32s(stored.lexicon.neighbour)).toEqual([...lexicon.neighbour]);
    expect(table(stored.lexicon.cluster, 2, (i) => bytes.readUInt16LE(i))).toEqual([...lexicon.cluster]);
    expect(table(stored.lexicon.english, 1, (i) => bytes.readUInt8(i))).toEqual([...lexicon.english]);
    const tables = featureTablesOf(modelData);
    expect(tables.names.length).toBeGreaterThan(10_000);
    expect(tables.hidden).toBeDefined();
    const plainLayer = ({ rowOf, size }: LayerTable) => ({ rowOf: [...rowOf], size });
    expect({ ...stored.tables, names: stored.tables.names.split(' '), known: stored.tables.known.split(' '), linear: layer(stored.tables.linear), hidden: stored.tables.hidden && layer(stored.tables.hidden), heads: Object.fromEntries(Object.entries(stored.tables.heads).map(([area, t]) => [area, layer(t)])) })
      .toEqual({ ...tables, linear: plainLayer(tables.linear), hidden: tables.hidden && plainLayer(tables.hidden), heads: Object.fromEntries(Object.entries(tables.heads).map(([area, t]) => [area, plainLayer(t)])) });
    // The file holds those tables and nothing else.
    const layers = [tables.linear, tables.hidden, ...Object.values(tables.heads)].reduce((sum, t) => sum + 4 * (t?.rowOf.length ?? 0), 0);
    expect(bytes.length).toBe(7 * lexicon.words.length + layers);
  });

  it('gives the same readings as the model built from the module', () => {
    const texts = [
      'A Year 4 pupil came in with bruising on his upper arm that looks like grip marks and does not want to go home tonight',
      'mum seems to be struggling with money and the kids keep arriving hungry',
      'Not sure if this is a safeguarding concern: his attendance is down to 60 percent',
    ];
    const result = launch(out, texts);
    expect(result.status, result.stderr).toBe(0);
    const expected = texts.map((t) => defaultSemanticModel().classify(t));
    expect(expected[0]?.ranked.length).toBeGreaterThan(0);
    const { readings, tables } = JSON.parse(result.stdout) as { readings: unknown; tables: Record<string, string> | null };
    expect(readings).toEqual(JSON.parse(JSON.stringify(expected)));
    // The bundle's model took the word and feature tables read from the files beside it, and they are lexiconOf's and featureTablesOf's.
    const digest = (values: ArrayLike<number | string>): string => createHash('sha256').update(JSON.stringify(Array.from(values))).digest('hex');
    const lexicon = lexiconOf(modelData);
    const features = featureTablesOf(modelData);
    expect(tables).toEqual({
      words: digest(lexicon.words), cluster: digest(lexicon.cluster), english: digest(lexicon.english), neighbour: digest(lexicon.neighbour), stems: digest(lexicon.stems),
      names: digest(features.names), known: digest(features.known), typoWords: features.typoWords,
      layers: [features.linear, features.hidden, ...Object.values(features.heads)].map((t) => t && { rowOf: digest(t.rowOf), size: t.size }),
    });
  });
});

describe('the bundle loads restify without a deprecation warning', () => {
  const out = path.join(ROOT, 'dist', `test-restify-${process.pid}`);
  useFixtureBundle('restify-server.ts', out);

  it('restify works, and nothing reads process.binding("http_parser") (spdy, which restify loads for HTTP/2, is left out)', () => {
    // Started as production starts it (the flags `npm start` gives), so that stderr holds no launcher warning either.
    const result = launch(out, [], productionNodeFlags());
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ restify: true });
    expect(result.stderr).not.toMatch(/DEP0111|http_parser|DeprecationWarning/);
    expect(result.stderr).toBe('');
  });
});

describe('node-fetch 2 in the bundle (whatwg-url left out, decision 020 round 7)', () => {
  const out = path.join(ROOT, 'dist', `test-fetch-${process.pid}`);
  useFixtureBundle('node-fetch.ts', out);

  it('fetches and follows a redirect with Node\'s own URL, and the bundle carries neither whatwg-url nor tr46 and its mapping table', () => {
    const result = launch(out);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ status: 200, text: 'arrived at /to?x=1', redirected: true });
    const source = readFileSync(path.join(out, 'bot.cjs'), 'utf8');
    // The bundle names each module by its path: the stand-in is there, the real packages are not.
    expect(source.includes('scripts/stubs/whatwg-url.cjs')).toBe(true);
    expect(['node_modules/whatwg-url/', 'node_modules/tr46/', 'mappingTable'].filter((p) => source.includes(p))).toEqual([]);
  });
});

describe('axios 1.x in the bundle (its fetch worked out when asked, decision 020 round 8)', () => {
  const out = path.join(ROOT, 'dist', `test-axios-${process.pid}`);
  useFixtureBundle('axios.ts', out);

  it('loads without loading Node\'s fetch (undici), and still posts FormData and fetches with its fetch adapter', () => {
    const result = launch(out, [], productionNodeFlags());
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      loadedWithAxios: false,
      posted: { url: '/form', type: 'multipart/form-data', field: 'axios' },
      fetched: { url: '/fetched', type: '', field: null },
    });
    expect(result.stderr).toBe('');
  });
});

describe('the packs in the bundle (validated at build time, decision 020 round 8)', () => {
  const out = path.join(ROOT, 'dist', `test-packs-${process.pid}`);
  useFixtureBundle('packs.ts', out);

  it('are the packs the schema validates here, frozen; a second loadPacks() validates them again and gives the same', () => {
    const result = launch(out);
    expect(result.status, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { first: unknown; second: unknown; firstFrozen: boolean; sameObjects: boolean };
    const here = JSON.parse(JSON.stringify(loadPacks())) as unknown;
    expect(output.first).toEqual(here);
    expect(output.second).toEqual(here);
    expect(output.firstFrozen).toBe(true);
    // The first came from the build's JSON, the second from the schema: two sets of objects.
    expect(output.sameObjects).toBe(false);
    const source = readFileSync(path.join(out, 'bot.cjs'), 'latin1');
    expect(source).toContain('function takePrevalidatedPacks(){let json');
  });
});
