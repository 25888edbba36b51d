// The Node flags production starts the bot with: package.json `config.nodeFlags`, which
// `npm start` passes as $npm_package_config_nodeFlags. The build writes V8's code cache with the
// same flags (V8 refuses a cache made under other flags) and `npm run bench` measures the bot
// started the same way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {string[]} */
export function nodeFlags() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const flags = pkg.config?.nodeFlags ?? '';
  return flags.split(/\s+/).filter(Boolean);
}
