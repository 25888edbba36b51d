/**
 * Starts the built bot (dist/bot.cjs) with V8's code cache: `node dist/launch.cjs`.
 *
 * The bundle is one file of about 9.5 MB. Compiling it, and compiling each function that start-up runs,
 * is a large part of the bot's start-up on a 2-core machine (BENCHMARKS.md); with the code V8 produced
 * for it last time, start-up skips that work. This does for the one bundle what Node 22's
 * `module.enableCompileCache()` does for every module (Node 20 has no such thing), with the documented
 * `vm.Script` `cachedData` and `createCachedData()` API:
 *
 * - the cache holds the code of every function compiled by the end of start-up's synchronous part
 *   (the dependencies' module code, the configuration, the packs, the recogniser, the dialogs), not
 *   only the bundle's top level: `createCachedData()` is called once that part has run (decision 020,
 *   round 8). It holds code only, no state of the program;
 * - `npm run build` writes the cache beside the bundle (scripts/build.mjs, `--write-code-cache`: the
 *   bundle is started as far as that, with a throw-away data directory and port 0, and the process
 *   ends there), so a read-only deployment starts fast too;
 * - the cache's name carries the Node version and architecture, and V8 itself refuses a cache
 *   made for other source or V8 flags (`cachedDataRejected`); then the bot starts without it (as
 *   fast as `node dist/bot.cjs`), never failing because of it, and says once on stderr that it runs
 *   under other flags than `npm start`'s (`OTHER_FLAGS_WARNING`). The build makes the cache with the
 *   flags `npm start` uses (package.json `config.nodeFlags`, scripts/node-flags.mjs).
 *
 * The bundle runs exactly as Node's CommonJS loader would run it (the same wrapper function, `require`
 * resolving from dist/, `module`, `__filename`, `__dirname`), and its lines keep their numbers.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Where the code cache for `bundle` lives for this Node version and architecture. */
export function codeCachePath(bundle: string): string {
  return `${bundle}.${process.version}-${process.arch}.v8cache`;
}

/**
 * Node's CommonJS module wrapper, on a line of its own before the bundle's first line (`lineOffset: -1`
 * keeps the bundle's line numbers, which its source map and stack traces use).
 */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_TAIL = '\n})';

type ModuleWrapper = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/**
 * A file's text. The build makes the bundle ASCII (scripts/ascii.mjs), and ASCII bytes are the same
 * characters read as Latin-1, which Node copies straight into a string; read as UTF-8, the 9.5 MB
 * bundle took 2-3 times as long at every start (decision 020, round 8). A file with any other byte
 * is read as UTF-8, as before.
 */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function writeAtomically(file: string, data: Buffer): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

export type CacheOutcome = 'used' | 'rejected' | 'absent';

/** Written to stderr at start when V8 refuses the build's code cache (other Node flags than `npm start`'s). */
export const OTHER_FLAGS_WARNING =
  'launch: warning: this process was started with other Node flags than `npm start` uses (package.json config.nodeFlags), ' +
  'so V8 refused the code cache and the memory settings are not the measured ones (README, "Quick start"); start it as `npm start` does.';

/**
 * Load and run `bundle` as a CommonJS module, with its code cache when there is a valid one. With
 * `writeCache`, or when there is no cache yet (say, a new Node version), the cache is written once the
 * bundle's synchronous start-up has run: best effort at a normal start (dist/ may be read-only), and
 * failing loudly for the build. A rejected one (other Node flags than the build's) is left alone, so that
 * two ways of starting do not keep replacing each other's cache; `npm run build` makes it again.
 */
export function launch(bundle: string, { writeCache = false } = {}): CacheOutcome {
  const file = path.resolve(bundle);
  const cacheFile = codeCachePath(file);
  let cachedData: Buffer | undefined;
  if (!writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(`${WRAPPER_HEAD}${readText(file)}${WRAPPER_TAIL}`, { filename: file, lineOffset: -1, cachedData });
  const outcome: CacheOutcome = cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  cachedData = undefined;
  const wrapper = script.runInThisContext() as ModuleWrapper;
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (writeCache) {
    writeAtomically(cacheFile, script.createCachedData());
  } else if (outcome === 'absent') {
    try {
      writeAtomically(cacheFile, script.createCachedData());
    } catch {
      // start without a cache; nothing is lost but time
    }
  }
  return outcome;
}

// `node dist/launch.cjs` starts the bot; `node dist/launch.cjs --write-code-cache` (the build) starts it as far
// as its synchronous start-up, writes the cache and ends the process. Run the build's way with the same Node
// flags as production (V8 checks them).
if (typeof require !== 'undefined' && require.main === module) {
  const bundle = path.join(__dirname, 'bot.cjs');
  if (process.argv[2] === '--write-code-cache') {
    launch(bundle, { writeCache: true });
    process.stdout.write(`${codeCachePath(path.resolve(bundle))}\n`);
    process.exit(0);
  } else {
    const outcome = launch(bundle);
    // V8 refuses the build's cache when this process runs under other flags than `npm start` gives it: say so once, so
    // that a deployment started another way learns it is without the memory settings the bot is measured with.
    if (outcome === 'rejected') process.stderr.write(`${OTHER_FLAGS_WARNING}\n`);
    if (process.env['LAUNCH_REPORT'] === '1') process.stderr.write(`launch: code cache ${outcome}\n`);
  }
}
