#!/usr/bin/env node
// Builds the Teams app package from manifest/manifest.template.json, with the bot's command
// menus generated from the action registry (cards/capabilities.ts).
//
//   BOT_ID=<guid> BOT_DOMAIN=bot.example.org npm run package
//   npm run package -- --dev        (placeholder bot id and localhost; local testing only)
//
// Reads BOT_ID (or MicrosoftAppId) and BOT_DOMAIN, and optionally TEAMS_APP_ID, APP_VERSION,
// DEVELOPER_NAME, DEVELOPER_WEBSITE_URL, PRIVACY_URL and TERMS_URL. Validates the result
// against the official schema shipped in @microsoft/app-manifest (offline), then writes
// dist/manifest/ (manifest.json and the icons) and dist/app-package.zip.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import appManifest from '@microsoft/app-manifest';
import * as esbuild from 'esbuild';
import {
  DEV_DEFAULTS,
  ManifestConfigError,
  buildAppPackage,
  checkCommandLimits,
  renderManifest,
  resolveManifestVariables,
  serialiseManifest,
  withCommandLists,
} from '../manifest/build.mjs';

const root = new URL('../', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));

function parseArgs(argv) {
  const options = { dev: false };
  for (const arg of argv) {
    if (arg === '--dev') options.dev = true;
    else throw new ManifestConfigError(`Unknown argument ${arg}. The only option is --dev.`);
  }
  return options;
}

/** Loads the schema named by the manifest's $schema from node_modules, never from the network. */
function loadLocalSchema(schemaUrl) {
  const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/.exec(
    String(schemaUrl),
  );
  if (!match) throw new Error(`Unexpected $schema ${schemaUrl}; expected a developer.microsoft.com Teams schema URL.`);
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/${match[1]}/MicrosoftTeams.schema.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The bot's command menus, generated from the action registry (cards/capabilities.ts, TypeScript):
 * bundled into a temporary file under dist/ and imported, as scripts/run-ts.mjs does.
 */
async function loadCommandLists() {
  mkdirSync(path('dist'), { recursive: true });
  const dir = mkdtempSync(join(path('dist'), 'package-'));
  const outfile = join(dir, 'capabilities.mjs');
  try {
    await esbuild.build({ entryPoints: [path('cards/capabilities.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'error' });
    const { commandLists } = await import(pathToFileURL(outfile).href);
    return commandLists();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const pkg = JSON.parse(readFileSync(path('package.json'), 'utf8'));
  const variables = resolveManifestVariables(process.env, { dev: options.dev, defaultVersion: pkg.version });
  const manifest = withCommandLists(renderManifest(readFileSync(path('manifest/manifest.template.json'), 'utf8'), variables), await loadCommandLists());

  const schemaErrors = await appManifest.AppManifestUtils.validateAgainstSchema(manifest, loadLocalSchema(manifest.$schema));
  const problems = [...schemaErrors, ...checkCommandLimits(manifest)];
  if (problems.length > 0) {
    console.error(`The manifest is not valid:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }

  const colorPng = readFileSync(path('manifest/color.png'));
  const outlinePng = readFileSync(path('manifest/outline.png'));
  mkdirSync(path('dist/manifest'), { recursive: true });
  writeFileSync(path('dist/manifest/manifest.json'), serialiseManifest(manifest));
  writeFileSync(path('dist/manifest/color.png'), colorPng);
  writeFileSync(path('dist/manifest/outline.png'), outlinePng);
  writeFileSync(path('dist/app-package.zip'), buildAppPackage({ manifest, colorPng, outlinePng }));

  if (variables.BOT_ID === DEV_DEFAULTS.BOT_ID || variables.BOT_DOMAIN === DEV_DEFAULTS.BOT_DOMAIN) {
    console.warn('Built with --dev placeholders (bot id and/or localhost): do not upload this package to a real tenant.');
  }
  console.log(
    `Wrote dist/app-package.zip (manifest ${manifest.manifestVersion}, app ${variables.APP_VERSION}, ` +
      `bot ${variables.BOT_ID}, host ${variables.BOT_DOMAIN}).`,
  );
}

main().catch((error) => {
  if (error instanceof ManifestConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
