// How production starts the bot, in one place (package.json `config`):
//  - `config.nodeFlags`: the Node flags, which `npm start` passes as $npm_package_config_nodeFlags;
//  - `config.nodeEnv`: environment variables for the C library's malloc (and nothing of the app's
//    own configuration), which `npm start` sets with `env $npm_package_config_nodeEnv`. They must be
//    in the environment when the process starts: glibc reads them once, before any JavaScript runs.
// The build writes V8's code cache with the same flags (V8 refuses a cache made under other flags)
// and `npm run bench` measures the bot started the same way, flags and environment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function config() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return pkg.config ?? {};
}

/** @returns {string[]} */
export function nodeFlags() {
  const flags = config().nodeFlags ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

/**
 * `config.nodeEnv` as an object: space-separated NAME=value pairs (values without spaces, as
 * `env` takes them from an unquoted $npm_package_config_nodeEnv). Anything else throws, so a typo
 * fails the build and the bench instead of being ignored.
 * @param {string} [text] the setting (default: package.json's)
 * @returns {Record<string, string>}
 */
export function nodeEnv(text = config().nodeEnv ?? '') {
  /** @type {Record<string, string>} */
  const out = {};
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/.exec(pair);
    if (!match) throw new Error(`package.json config.nodeEnv: "${pair}" is not NAME=value`);
    out[match[1]] = match[2];
  }
  return out;
}
