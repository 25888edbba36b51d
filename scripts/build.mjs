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
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { asciiSource } from './ascii.mjs';
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
      plugins: [noSpdy],
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

// V8's code cache for the bundle (bot/launch.ts): compiled by the Node that will run it.
execFileSync(process.execPath, [...nodeFlags(), path.join(outdir, 'launch.cjs'), '--write-code-cache'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const ms = Math.round(performance.now() - started);
const web = webEntries.length > 0 ? ` and ${webEntries.length} web page(s) -> ${path.relative(root, path.join(outdir, 'web'))}/` : '';
console.log(`build: ${path.relative(root, entry)} -> ${path.relative(root, path.join(outdir, 'bot.cjs'))}${web} in ${ms} ms`);
