/**
 * rules/ and cards/ are plain TypeScript that could run in a browser: no bot SDK,
 * no web server, no Node built-ins (STYLE.md, "SDK at the edge").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Modules that only work in Node or belong to the bot's edge. */
const FORBIDDEN = [
  /^node:/,
  /^botbuilder(-.*)?$/,
  /^botframework-/,
  /^@microsoft\/agents-/,
  /^restify(\/.*)?$/,
  /^(fs|path|os|http|https|net|tls|crypto|child_process|worker_threads|stream|zlib|url|util|events|buffer|process|dns|cluster|readline|vm|module)(\/.*)?$/,
  /^(better-sqlite3|pino|azurite|nock|dotenv)(\/.*)?$/,
];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier a file imports: static, export-from, dynamic and require. */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

function violations(folder: string): string[] {
  return sourceFiles(path.join(ROOT, folder)).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((s) => FORBIDDEN.some((re) => re.test(s)))
      .map((s) => `${path.relative(ROOT, file)} imports ${s}`),
  );
}

describe('the import checker', () => {
  it('sees every form of import', () => {
    const code = [
      "import { x } from 'node:fs';",
      "import type { TurnContext } from 'botbuilder';",
      "import * as r from 'restify';",
      "export * from 'botbuilder-dialogs';",
      "const p = await import('path');",
      "const c = require('crypto');",
      "import './side-effect';",
      "import { z } from 'zod';",
    ].join('\n');
    const found = specifiers(code);
    expect(found).toEqual(expect.arrayContaining(['node:fs', 'botbuilder', 'restify', 'botbuilder-dialogs', 'path', 'crypto', './side-effect', 'zod']));
    expect(found.filter((s) => FORBIDDEN.some((re) => re.test(s))).sort()).toEqual(['botbuilder', 'botbuilder-dialogs', 'crypto', 'node:fs', 'path', 'restify']);
  });
});

describe.each(['rules', 'cards'])('%s/ runs anywhere', (folder) => {
  it('imports nothing from botbuilder, restify, node:* or other Node-only modules', () => {
    expect(violations(folder)).toEqual([]);
  });

});

it('the scan reaches into rules/packs/ (an empty or missing cards/ folder simply has nothing to scan)', () => {
  const files = sourceFiles(path.join(ROOT, 'rules')).map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
  expect(files).toEqual(expect.arrayContaining(['rules/assess.ts', 'rules/recognise.ts', 'rules/packs/salford.ts']));
});

describe('imports run one way: bot/ → dialogs/ → cards/ → rules/', () => {
  it('dialogs/ imports nothing from bot/ (it declares what it needs in dialogs/core/ports.ts; bot/app.ts passes it in)', () => {
    const up = sourceFiles(path.join(ROOT, 'dialogs')).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => path.resolve(path.dirname(file), s).startsWith(path.join(ROOT, 'bot')))
        .map((s) => `${path.relative(ROOT, file)} imports ${s}`),
    );
    expect(sourceFiles(path.join(ROOT, 'dialogs')).length).toBeGreaterThan(5);
    expect(up).toEqual([]);
  });

  it('cards/ and rules/ import nothing from dialogs/ or bot/', () => {
    const up = ['cards', 'rules'].flatMap((folder) =>
      sourceFiles(path.join(ROOT, folder)).flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((s) => s.startsWith('.') && ['bot', 'dialogs'].some((d) => path.resolve(path.dirname(file), s).startsWith(path.join(ROOT, d))))
          .map((s) => `${path.relative(ROOT, file)} imports ${s}`),
      ),
    );
    expect(up).toEqual([]);
  });
});
