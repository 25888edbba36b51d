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

/**
 * Features as folders (docs/decisions/021): bot/<feature>/ and dialogs/<feature>/ (one feature when the
 * names match). A file may import its own feature's files, the shared folders (bot/edge, bot/storage,
 * bot/feature.ts, dialogs/core, cards, rules) and another feature only through that feature's index.ts.
 * The shared folders import no feature; bot/app.ts (the composition root) imports features by index only.
 */
const SHARED = ['bot/edge', 'bot/storage', 'dialogs/core'];

function featureFolders(): string[] {
  return ['bot', 'dialogs'].flatMap((top) =>
    readdirSync(path.join(ROOT, top))
      .filter((name) => statSync(path.join(ROOT, top, name)).isDirectory())
      .map((name) => `${top}/${name}`)
      .filter((folder) => !SHARED.includes(folder)),
  );
}

/** The feature folder (repo-relative, '/'-separated) a path is in, if any. */
function featureOf(rel: string, features: readonly string[]): string | undefined {
  return features.find((f) => rel === f || rel.startsWith(`${f}/`));
}

/** A feature's name: bot/escalation and dialogs/escalation are one feature. */
const nameOf = (folder: string) => folder.split('/')[1];

/** The imports in `file` (repo-relative) that break the rule, given its specifiers and the feature folders. */
function layoutViolations(file: string, specs: readonly string[], features: readonly string[]): string[] {
  const from = featureOf(file, features);
  const shared = SHARED.some((s) => file.startsWith(`${s}/`));
  return specs
    .filter((s) => s.startsWith('.'))
    .filter((s) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.ts$/, '');
      const to = featureOf(target, features);
      if (!to) return false;
      if (shared) return true;
      if (from && nameOf(from) === nameOf(to)) return false;
      return target !== to && target !== `${to}/index`;
    })
    .map((s) => `${file} imports ${s}`);
}

describe('features import each other only through their index', () => {
  it('the checker refuses a reach into another feature, and allows its index and the shared folders', () => {
    const features = ['bot/dsl', 'bot/insights', 'bot/escalation', 'dialogs/escalation', 'dialogs/triage'];
    expect(
      layoutViolations(
        'bot/insights/feedback.ts',
        ['../dsl/orgSettings', '../dsl', '../dsl/index', '../edge/adapter', '../../dialogs/triage/mainDialog', '../../dialogs/triage', './decisions', '../../cards'],
        features,
      ),
    ).toEqual(['bot/insights/feedback.ts imports ../dsl/orgSettings', 'bot/insights/feedback.ts imports ../../dialogs/triage/mainDialog']);
    expect(layoutViolations('bot/escalation/index.ts', ['../../dialogs/escalation/escalationNoticeDialog'], features)).toEqual([]);
    expect(layoutViolations('bot/edge/teamsBot.ts', ['../dsl'], features)).toEqual(['bot/edge/teamsBot.ts imports ../dsl']);
    expect(layoutViolations('bot/app.ts', ['./dsl/consults', './dsl', './edge/config'], features)).toEqual(['bot/app.ts imports ./dsl/consults']);
  });

  it('every feature folder has an index.ts, and no import in bot/ or dialogs/ breaks the rule', () => {
    const features = featureFolders();
    expect(features).toEqual(expect.arrayContaining(['bot/dsl', 'bot/escalation', 'bot/insights', 'bot/extensions', 'bot/pages', 'dialogs/triage', 'dialogs/escalation', 'dialogs/referral']));
    expect(features.filter((f) => !existsSync(path.join(ROOT, f, 'index.ts')))).toEqual([]);
    const found = ['bot', 'dialogs'].flatMap((top) =>
      sourceFiles(path.join(ROOT, top)).flatMap((full) => {
        const file = path.relative(ROOT, full).split(path.sep).join('/');
        return layoutViolations(file, specifiers(readFileSync(full, 'utf8')), features);
      }),
    );
    expect(found).toEqual([]);
  });
});
