import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The Node flags `npm start` uses (package.json config.nodeFlags; scripts/node-flags.mjs reads the same). */
export function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { config?: { nodeFlags?: string } };
  return (pkg.config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
}
