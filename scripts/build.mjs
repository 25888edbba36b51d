#!/usr/bin/env node
// Bundles the bot (bot/index.ts -> dist/bot.cjs) and, when web/*.ts entry
// points exist, the web pages (-> dist/web/*.js, with web/*.html and web/*.css copied beside them).
//
//   node scripts/build.mjs                       # the real bot + web pages into dist/
//   node scripts/build.mjs --entry test/e2e/fixtures/echo-bot.ts --outdir dist/e2e/x --no-web
//
// Dependencies stay external (`packages: 'external'`), so the output must live
// inside the repository for Node to resolve them from node_modules.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

const started = performance.now();
try {
  const builds = [
    esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: path.join(outdir, 'bot.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
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

// The pages' static files: HTML and CSS next to their bundles, so /web/* serves one directory.
const webAssets = args['no-web'] || !existsSync(webDir) ? [] : readdirSync(webDir).filter((name) => name.endsWith('.html') || name.endsWith('.css'));
if (webAssets.length > 0) {
  mkdirSync(path.join(outdir, 'web'), { recursive: true });
  for (const name of webAssets) copyFileSync(path.join(webDir, name), path.join(outdir, 'web', name));
}

const ms = Math.round(performance.now() - started);
const web = webEntries.length > 0 ? ` and ${webEntries.length} web page(s) -> ${path.relative(root, path.join(outdir, 'web'))}/` : '';
console.log(`build: ${path.relative(root, entry)} -> ${path.relative(root, path.join(outdir, 'bot.cjs'))}${web} in ${ms} ms`);
