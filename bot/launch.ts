/**
 * Starts the built bot (dist/bot.cjs) with V8's code cache: `node dist/launch.cjs`.
 *
 * The bundle is one file of about 8 MB. Compiling it is about a third of the bot's start-up on a
 * 2-core machine (BENCHMARKS.md); with the code V8 produced for it last time, start-up skips
 * that work. This does for the one bundle what Node 22's `module.enableCompileCache()` does for
 * every module (Node 20 has no such thing), with the documented `vm.Script` `cachedData` API:
 *
 * - `npm run build` writes the cache beside the bundle (scripts/build.mjs, `writeCodeCache`), so
 *   a read-only deployment starts fast too;
 * - the cache's name carries the Node version and architecture, and V8 itself refuses a cache
 *   made for other source or V8 flags (`cachedDataRejected`); then the bot starts without it (as
 *   fast as `node dist/bot.cjs`), never failing because of it. The build makes the cache with the
 *   flags `npm start` uses (package.json `config.nodeFlags`, scripts/node-flags.mjs).
 *
 * The bundle runs exactly as Node's CommonJS loader would run it (same wrapper, `require`
 * resolving from dist/, `module`, `__filename`, `__dirname`).
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

/** The parameters of Node's CommonJS module wrapper. */
const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

type CompiledModule = ((exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void) & {
  cachedDataRejected?: boolean;
  cachedData?: Buffer;
};

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

/** Compile the bundle as Node's loader does (vm.compileFunction: the source is kept once, not wrapped in a copy). */
function compile(file: string, cachedData: Buffer | undefined): CompiledModule {
  return vm.compileFunction(readText(file), WRAPPER_PARAMS, { filename: file, cachedData, produceCachedData: cachedData === undefined }) as CompiledModule;
}

function writeAtomically(file: string, data: Buffer): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/** Compile `bundle` (without running it) and write its code cache; used by the build. */
export function writeCodeCache(bundle: string): string {
  const file = codeCachePath(path.resolve(bundle));
  const fn = compile(path.resolve(bundle), undefined);
  if (!fn.cachedData) throw new Error('V8 produced no code cache');
  writeAtomically(file, fn.cachedData);
  return file;
}

export type CacheOutcome = 'used' | 'rejected' | 'absent';

/** Load and run `bundle` as a CommonJS module, with its code cache when there is a valid one. */
export function launch(bundle: string): CacheOutcome {
  const file = path.resolve(bundle);
  const cacheFile = codeCachePath(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapper = compile(file, cachedData);
  const outcome: CacheOutcome = cachedData === undefined ? 'absent' : wrapper.cachedDataRejected === true ? 'rejected' : 'used';
  // No cache yet (say, a new Node version): write one, best effort (dist/ may be read-only). A
  // rejected one (other Node flags than the build's) is left alone, so that two ways of starting
  // do not keep replacing each other's cache; `npm run build` makes it again.
  if (outcome === 'absent' && wrapper.cachedData) {
    try {
      writeAtomically(cacheFile, wrapper.cachedData);
    } catch {
      // start without a cache; nothing is lost but time
    }
  }
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return outcome;
}

// `node dist/launch.cjs` starts the bot; `node dist/launch.cjs --write-code-cache` (the build) only
// writes the cache. Run the build's way with the same Node flags as production (V8 checks them).
if (typeof require !== 'undefined' && require.main === module) {
  const bundle = path.join(__dirname, 'bot.cjs');
  if (process.argv[2] === '--write-code-cache') {
    process.stdout.write(`${writeCodeCache(bundle)}\n`);
  } else {
    const outcome = launch(bundle);
    if (process.env['LAUNCH_REPORT'] === '1') process.stderr.write(`launch: code cache ${outcome}\n`);
  }
}
