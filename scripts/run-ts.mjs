#!/usr/bin/env node
// Runs a TypeScript script of this repository: bundles it with esbuild (packages
// left to node_modules) into a temporary file under dist/ and runs it with the same arguments.
//   node scripts/run-ts.mjs scripts/eval.ts [args...]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
// Inside the repository, so that the bundle's imports of packages resolve from node_modules.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(path.join(root, 'dist'), { recursive: true });
const dir = mkdtempSync(path.join(root, 'dist', 'run-ts-'));
const outfile = path.join(dir, 'script.mjs');
try {
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'error' });
  process.argv = [process.argv[0], path.resolve(entry), ...rest];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
