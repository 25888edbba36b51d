/**
 * The training corpus is labelled in its own area's terms: every file names its pack (a file
 * without one is read as Salford's), and every item's level and indicators are that pack's.
 * A Bury or Nottingham file that forgot its pack would teach the model Salford labels that
 * are not Salford's, and the cross-validation would score them against the wrong pack.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, loadPacks } from '../../rules';

const CORPUS = new URL('../../rules/corpus/', import.meta.url).pathname;
const packs = loadPacks();
const LEVEL_ROUTES = new Set(['emergency', 'risk', 'more_help', 'early_help', 'advice']);
const TOPIC_ROUTES = new Set(['info_sharing', 'contact', 'lado', 'escalation', 'after_referral', 'fgc', 'private_fostering', 'disability', 'anonymous', 'adult_concern', 'secure_estate', 'none', 'non_english']);

interface Item { text: string; route: string; level: string | null; indicators?: string[] }
/** The files trained on and the ones waiting in pending/ (labelled the same way, and moved to train/ when taken). */
const files = ['train', 'pending'].flatMap((dir) => readdirSync(path.join(CORPUS, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => `${dir}/${f}`));

/** Problems with one file's labels, as readable lines (empty when it is right). */
export function labelProblems(file: string, data: { pack?: string; items: Item[] }): string[] {
  const area = data.pack ?? 'salford';
  const pack = packs[area as keyof typeof packs];
  if (!pack) return [`${file}: unknown pack ${area}`];
  const problems: string[] = [];
  const prefix = path.basename(file).split(/[-.]/)[0] as string;
  if ((AREAS as readonly string[]).includes(prefix) && prefix !== area) problems.push(`${file}: named for ${prefix} but read as ${area} (no "pack" field?)`);
  const levels = new Set(pack.levels.map((l) => l.id));
  const indicators = new Set(pack.indicators.map((i) => i.id));
  data.items.forEach((it, n) => {
    const at = `${file} item ${n}`;
    if (LEVEL_ROUTES.has(it.route)) {
      if (it.level === null || !levels.has(it.level)) problems.push(`${at}: level ${it.level} is not one of ${area}'s`);
    } else if (!TOPIC_ROUTES.has(it.route)) problems.push(`${at}: unknown route ${it.route}`);
    for (const id of it.indicators ?? []) if (!indicators.has(id)) problems.push(`${at}: indicator ${id} is not one of ${area}'s`);
  });
  return problems;
}

describe('the training corpus is labelled in its own pack’s terms', () => {
  it.each(files)('%s', (file) => {
    const data = JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as { pack?: string; items: Item[] };
    expect(labelProblems(file, data)).toEqual([]);
  });

  it('catches a Bury file that forgot its pack, and a level or indicator from another pack', () => {
    const item = { text: 'x', route: 'early_help', level: 'level2', indicators: ['school_attendance'] };
    expect(labelProblems('bury-9.json', { items: [item] })).toEqual(expect.arrayContaining([expect.stringMatching(/read as salford/), expect.stringMatching(/level level2 is not one of salford's/)]));
    expect(labelProblems('bury-9.json', { pack: 'bury', items: [item] })).toEqual([]);
    expect(labelProblems('bury-9.json', { pack: 'bury', items: [{ ...item, indicators: ['hygiene_hunger'] }] })).toEqual([expect.stringMatching(/indicator hygiene_hunger/)]);
  });
});
