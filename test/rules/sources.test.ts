/**
 * "No invented facts": every phone number, email address, cited section and
 * deadline in every pack must be found in the published guidance in
 * ../shared/seeds/ (beside the repository). Packs are discovered from
 * rules/packs/*.ts, so a new pack is covered without touching this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS_DIR = path.resolve(ROOT, '../shared/seeds');
const PACKS_DIR = path.join(ROOT, 'rules', 'packs');

type Json = unknown;
interface DiscoveredPack {
  file: string;
  exportName: string;
  pack: Record<string, Json>;
}

function isPackLike(v: unknown): v is Record<string, Json> {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { id?: unknown }).id === 'string' &&
    Array.isArray((v as { contacts?: unknown }).contacts) &&
    Array.isArray((v as { levels?: unknown }).levels)
  );
}

const packFiles = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const discovered: DiscoveredPack[] = [];
for (const file of packFiles) {
  const mod = (await import(pathToFileURL(path.join(PACKS_DIR, file)).href)) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(mod)) if (isPackLike(value)) discovered.push({ file, exportName, pack: value });
}

const seedFiles: Record<string, string> = Object.fromEntries(
  readdirSync(SEEDS_DIR)
    .filter((f) => f !== 'README.md')
    .map((f) => [f, readFileSync(path.join(SEEDS_DIR, f), 'utf8')]),
);
/** All seed text, for the verbatim checks (README.md is an index, not guidance). */
const ALL_SEED_TEXT = Object.values(seedFiles).join('\n');

/** Case-insensitive, with quotes, dashes and whitespace normalised (PDF extraction varies them). */
function normaliseForCompare(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How far after a section heading its facts may sit (the longest Salford section, Useful Contacts, needs ~4,500). */
const SECTION_WINDOW = 5000;
const normalisedSeeds = Object.fromEntries(Object.entries(seedFiles).map(([f, t]) => [f, normaliseForCompare(t)]));

/** Does `needle` occur in the cited file within SECTION_WINDOW characters after an occurrence of the section heading? */
function inCitedSection(source: { file: string; section: string }, needle: string): boolean {
  const text = normalisedSeeds[source.file];
  if (text === undefined) return false;
  const heading = normaliseForCompare(source.section);
  const want = normaliseForCompare(needle);
  for (let i = text.indexOf(heading); i >= 0; i = text.indexOf(heading, i + 1)) {
    if (text.slice(i, i + heading.length + SECTION_WINDOW).includes(want)) return true;
  }
  return false;
}

// UK numbers as written (0161 603 4500, 0115 876 4800, 01234 567890, 0800 123 4567, +44 161 ...), and short service numbers.
const PHONE_LIKE = /(?<![A-Za-z0-9])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:999|111|101|112)(?![A-Za-z0-9])/g;
const EMAIL_LIKE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty[- ]one|twenty[- ]eight|thirty)';
const DEADLINE_LIKE = new RegExp(`\\b${NUMBER_WORD}\\s+(?:working\\s+)?(?:days?|weeks?|months?|hours?)\\b`, 'gi');

interface SourceRef {
  file: string;
  section: string;
  page?: string;
}
function isSource(v: unknown): v is SourceRef {
  return typeof v === 'object' && v !== null && typeof (v as SourceRef).file === 'string' && typeof (v as SourceRef).section === 'string';
}

/**
 * Every fact in a pack that the seeds do not support, as "path: problem" lines.
 * Empty means the pack invents nothing this checker can see.
 */
function unsupportedFacts(pack: Json): string[] {
  const problems: string[] = [];
  const walk = (value: Json, at: string, nearest: SourceRef | undefined): void => {
    if (typeof value === 'string') {
      for (const m of value.match(PHONE_LIKE) ?? [])
        if (!ALL_SEED_TEXT.includes(m)) problems.push(`${at}: phone number "${m}" is not in the seeds`);
      for (const m of value.match(EMAIL_LIKE) ?? [])
        if (!ALL_SEED_TEXT.includes(m)) problems.push(`${at}: email address "${m}" is not in the seeds`);
      for (const m of value.match(DEADLINE_LIKE) ?? []) {
        if (!nearest) problems.push(`${at}: deadline "${m}" has no source`);
        else if (!inCitedSection(nearest, m)) problems.push(`${at}: deadline "${m}" is not in ${nearest.file} under "${nearest.section}"`);
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${at}.${i}`, nearest));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Record<string, Json>;
    if (isSource(obj)) {
      if (!(obj.file in seedFiles)) problems.push(`${at}: cites ${obj.file}, which is not a file in shared/seeds`);
      else if (!normalisedSeeds[obj.file]?.includes(normaliseForCompare(obj.section)))
        problems.push(`${at}: section "${obj.section}" does not occur in ${obj.file}`);
      if (obj.file === 'supplementary.md') {
        if (typeof obj.page !== 'string' || obj.page.length === 0) problems.push(`${at}: a supplementary.md source must name its page`);
        else if (!normalisedSeeds['supplementary.md']?.includes(normaliseForCompare(obj.page)))
          problems.push(`${at}: page "${obj.page}" is not listed in supplementary.md`);
      }
    }
    const own = isSource(obj.source) ? obj.source : nearest;
    if ('source' in obj && !isSource(obj.source) && !isSource(obj)) problems.push(`${at}.source: not a {file, section} source`);
    // A structured contact detail must sit under the section it cites, not merely somewhere in the seeds.
    if (typeof obj.number === 'string' && own && !inCitedSection(own, obj.number))
      problems.push(`${at}.number: "${obj.number}" is not in ${own.file} under "${own.section}"`);
    if (typeof obj.address === 'string' && own && !inCitedSection(own, obj.address))
      problems.push(`${at}.address: "${obj.address}" is not in ${own.file} under "${own.section}"`);
    if (typeof obj.respondWithinWorkingDays === 'number' && own && !inCitedSection(own, `${obj.respondWithinWorkingDays} working days`))
      problems.push(`${at}.respondWithinWorkingDays: "${obj.respondWithinWorkingDays} working days" is not in ${own.file} under "${own.section}"`);
    // Private fostering: the days and age limits must sit under the section they cite.
    if (typeof obj.atLeast === 'number' && own && !inCitedSection(own, `${obj.atLeast} days`))
      problems.push(`${at}.atLeast: "${obj.atLeast} days" is not in ${own.file} under "${own.section}"`);
    if (typeof obj.under === 'number' && own && !inCitedSection(own, `up to ${obj.under}`) && !inCitedSection(own, `under ${obj.under}`))
      problems.push(`${at}.under: "under ${obj.under}" is not in ${own.file} under "${own.section}"`);
    for (const [k, v] of Object.entries(obj)) walk(v, at === '' ? k : `${at}.${k}`, own);
  };
  walk(pack, '', undefined);
  return problems;
}

const byId = (id: string): Record<string, Json> => {
  const found = discovered.find((d) => d.pack.id === id);
  if (!found) throw new Error(`pack ${id} not found in rules/packs`);
  return structuredClone(found.pack);
};

describe('pack discovery', () => {
  it('finds a pack in every file in rules/packs, including Salford, Bury and Nottingham', () => {
    expect(new Set(discovered.map((d) => d.file))).toEqual(new Set(packFiles));
    expect(discovered.map((d) => d.pack.id)).toEqual(expect.arrayContaining(['salford', 'bury', 'nottingham']));
  });

  it('reads the seeds from ../shared/seeds beside the repository', () => {
    expect(Object.keys(seedFiles)).toEqual(expect.arrayContaining(['000_d42a021cda291206.txt', 'supplementary.md']));
    expect(ALL_SEED_TEXT).toContain('0161 603 4500');
  });
});

describe.each(discovered.map((d) => [d.pack.id as string, d] as const))('pack %s: no invented facts', (_id, d) => {
  it('has no phone number, email, section, page or deadline that the seeds do not support', () => {
    expect(unsupportedFacts(d.pack)).toEqual([]);
  });

  it('has at least one phone number and every one of them is verbatim in the seeds', () => {
    const numbers = JSON.stringify(d.pack).match(PHONE_LIKE) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(ALL_SEED_TEXT, `phone ${n}`).toContain(n);
  });

  it('only writes phone numbers in its text that belong to one of its contacts', () => {
    const contacts = d.pack.contacts as { phones: { number: string }[] }[];
    const own = new Set(contacts.flatMap((c) => c.phones.map((p) => p.number)));
    const written = new Set(JSON.stringify(d.pack).match(PHONE_LIKE) ?? []);
    expect([...written].filter((n) => !own.has(n))).toEqual([]);
  });
});

describe('the checker catches invented facts', () => {
  it('rejects an invented phone number on a contact', () => {
    const pack = byId('salford');
    const bridge = (pack.contacts as { id: string; phones: { number: string }[] }[]).find((c) => c.id === 'bridge');
    if (!bridge?.phones[0]) throw new Error('salford has no bridge phone');
    bridge.phones[0].number = '0161 603 4599';
    const problems = unsupportedFacts(pack);
    expect(problems.some((p) => p.includes('0161 603 4599') && p.includes('is not in the seeds'))).toBe(true);
    expect(problems.some((p) => /^contacts\.\d+\.phones\.0\.number: /.test(p))).toBe(true);
  });

  it('rejects an invented number hidden inside a step text', () => {
    const pack = byId('salford');
    const route = (pack.routes as { steps: { text: string }[] }[])[0];
    if (!route?.steps[0]) throw new Error('salford has no steps');
    route.steps[0].text = 'Call the duty line on 0161 123 4567 first.';
    expect(unsupportedFacts(pack)).toEqual([expect.stringMatching(/^routes\.0\.steps\.0\.text: phone number "0161 123 4567" is not in the seeds$/)]);
  });

  it('rejects a real number cited to a section that does not contain it', () => {
    const pack = byId('salford');
    const fgc = (pack.contacts as { id: string; phones: { number: string }[] }[]).find((c) => c.id === 'fgc');
    if (!fgc?.phones[0]) throw new Error('salford has no FGC phone');
    fgc.phones[0].number = '0161 603 4500'; // real (the Bridge), but not under the FGC heading
    expect(unsupportedFacts(pack)).toEqual([expect.stringContaining('"0161 603 4500" is not in 001_6a0c92154672053a.txt under "Family Network Meetings')]);
  });

  it('rejects an invented email address', () => {
    const pack = byId('salford');
    const fgc = (pack.contacts as { id: string; emails: { address: string }[] }[]).find((c) => c.id === 'fgc');
    if (!fgc?.emails[0]) throw new Error('salford has no FGC email');
    fgc.emails[0].address = 'fgc.team@salford.gov.uk';
    expect(unsupportedFacts(pack).filter((p) => p.includes('fgc.team@salford.gov.uk')).length).toBeGreaterThanOrEqual(1);
  });

  it('rejects an invented section, an unknown file and a supplementary source without a page', () => {
    const pack = byId('salford');
    const levels = pack.levels as { source: SourceRef }[];
    if (!levels[0] || !levels[1] || !levels[2]) throw new Error('salford has too few levels');
    levels[0].source = { file: levels[0].source.file, section: 'Getting Advice from the Bridge Hotline' };
    levels[1].source = { file: '009_0000000000000000.txt', section: 'Getting Help' };
    levels[2].source = { file: 'supplementary.md', section: 'Supplementary published facts' };
    const problems = unsupportedFacts(pack);
    expect(problems).toEqual(
      expect.arrayContaining([
        'levels.0.source: section "Getting Advice from the Bridge Hotline" does not occur in 001_6a0c92154672053a.txt',
        'levels.1.source: cites 009_0000000000000000.txt, which is not a file in shared/seeds',
        'levels.2.source: a supplementary.md source must name its page',
      ]),
    );
  });

  it('rejects a changed deadline, in data and in text', () => {
    const pack = byId('salford');
    const esc = pack.escalation as { stages: { respondWithinWorkingDays?: number }[] };
    if (!esc.stages[1]) throw new Error('salford has no practice manager stage');
    esc.stages[1].respondWithinWorkingDays = 3;
    const after = (pack.routes as { id: string; summary: string }[]).find((r) => r.id === 'after_referral');
    if (!after) throw new Error('salford has no after_referral route');
    after.summary = 'You get a Referrals Outcome Form within 10 working days.';
    const problems = unsupportedFacts(pack);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^escalation\.stages\.1\.respondWithinWorkingDays: "3 working days" is not in 000_/),
        expect.stringMatching(/^routes\.\d+\.summary: deadline "10 working days" is not in 000_d42a021cda291206\.txt under "2\. Worried about a child/),
      ]),
    );
  });

  it('rejects changed private fostering days and ages', () => {
    const pack = byId('salford');
    const pf = pack.privateFostering as { days: { atLeast: number }; age: { under: number } };
    pf.days.atLeast = 21;
    pf.age.under = 14;
    expect(unsupportedFacts(pack)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^privateFostering\.days\.atLeast: "21 days" is not in 001_/),
        expect.stringMatching(/^privateFostering\.age\.under: "under 14" is not in 001_/),
      ]),
    );
  });

  it('accepts quotes, dashes and spacing written differently from the PDF text', () => {
    expect(normaliseForCompare('Child Protection – Getting  RiskSupport')).toBe(normaliseForCompare('Child Protection- Getting RiskSupport'));
    expect(normaliseForCompare('4. Steps to challenge a decision made by children’s services')).toBe(
      normaliseForCompare("4. Steps to challenge a decision made by children's services"),
    );
  });
});
