import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../rules/load';
import type { Pack, Source } from '../../rules/schema';
import { bury } from '../../rules/packs/bury';
import { nottingham } from '../../rules/packs/nottingham';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = process.env.SEEDS_DIR ?? resolve(here, '../../../shared/seeds');
const seedCache = new Map<string, string>();
function seed(file: string): string {
  let text = seedCache.get(file);
  if (text === undefined) {
    text = readFileSync(resolve(SEEDS, file), 'utf8');
    seedCache.set(file, text);
  }
  return text;
}
/** Lower case, markdown emphasis and headings removed, whitespace collapsed. */
const norm = (s: string) => s.replace(/[*#_\\]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every Source object anywhere in the pack. */
function sources(value: unknown, out: Source[] = []): Source[] {
  if (Array.isArray(value)) value.forEach((v) => sources(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.section === 'string') out.push(o as unknown as Source);
    else Object.values(o).forEach((v) => sources(v, out));
  }
  return out;
}

const packs: Array<[string, Pack, string]> = [
  ['bury', loadPack(bury), '004_c2d64e532e0d5cd5.txt'],
  ['nottingham', loadPack(nottingham), '003_2bbeb111cec99a33.txt'],
];

describe.each(packs)('%s pack', (_name, pack, seedFile) => {
  it('cites only its own seed, under headings that are really in that file', () => {
    const text = norm(seed(seedFile));
    const all = sources(pack);
    expect(all.length).toBeGreaterThan(50);
    // The one exception: 999, which these documents do not print, is cited to the published fact.
    const police = pack.contacts.find((c) => c.id === 'police');
    expect(police?.phones[0]?.source.file).toBe('supplementary.md');
    const supplementary = all.filter((s) => s.file === 'supplementary.md');
    expect(supplementary.length).toBe(2);
    for (const s of all.filter((x) => x.file !== 'supplementary.md')) {
      expect(s.file).toBe(seedFile);
      expect(text, `section "${s.section}" not found in ${seedFile}`).toContain(norm(s.section));
    }
  });

  it('has no phone number or email that is not written verbatim in the seed', () => {
    const text = seed(seedFile);
    for (const c of pack.contacts) {
      for (const p of c.phones) {
        if (p.number === '999') continue;
        expect(text, `${c.id}: ${p.number}`).toContain(p.number);
      }
      for (const e of c.emails) expect(text, `${c.id}: ${e.address}`).toContain(e.address);
    }
  });

  it('ranks levels in order of seriousness, with the emergency level on top and a route for each', () => {
    const ranks = pack.levels.map((l) => l.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(pack.emergencyLevel).toBe('emergency');
    expect(pack.levels.at(-1)?.id).toBe('emergency');
    for (const l of pack.levels) {
      const route = pack.routes.find((r) => r.id === pack.levelRoutes[l.id]);
      expect(route?.level, l.id).toBe(l.id);
    }
  });

  it('sends emergencies to the police on 999', () => {
    const police = pack.contacts.find((c) => c.id === pack.emergencyContact);
    expect(police?.id).toBe('police');
    expect(police?.phones.map((p) => p.number)).toEqual(['999']);
    const emergency = pack.routes.find((r) => r.id === pack.levelRoutes.emergency);
    expect(emergency?.contacts[0]).toBe('police');
  });

  it('has red flags for immediate danger and a child home alone, and no other red flags', () => {
    const redFlags = pack.indicators.filter((i) => i.kind === 'red-flag').map((i) => i.id).sort();
    expect(redFlags).toEqual(['home_alone', 'immediate_danger']);
    for (const id of redFlags) expect(pack.indicators.find((i) => i.id === id)?.level).toBe('emergency');
    const homeAlone = pack.indicators.find((i) => i.id === 'home_alone');
    expect(homeAlone?.phrases).toEqual(expect.arrayContaining(['home alone', 'left alone']));
  });

  it('flags FGM as a mandatory reporting duty', () => {
    const fgm = pack.indicators.find((i) => i.id === 'fgm');
    expect(fgm?.mandatoryReporting).toBe(true);
    expect(fgm?.phrases).toEqual(expect.arrayContaining(['fgm', 'female genital mutilation']));
  });

  it('has many indicators with lower-case, non-repeated phrases', () => {
    expect(pack.indicators.length).toBeGreaterThanOrEqual(25);
    for (const ind of pack.indicators) {
      expect(ind.phrases.length, ind.id).toBeGreaterThanOrEqual(5);
      for (const p of ind.phrases) expect(p, ind.id).toBe(p.toLowerCase().trim());
      expect(new Set(ind.phrases).size, `${ind.id} repeats a phrase`).toBe(ind.phrases.length);
    }
  });

  it('gives a contact with no phone, email or web page a plain reason', () => {
    for (const c of pack.contacts) {
      if (c.phones.length === 0 && c.emails.length === 0 && !c.web) expect(c.missing, c.id).toMatch(/\w{3,}/);
    }
  });

  it('has no escalation ladder (the guidance gives none) and no localities', () => {
    expect(pack.escalation).toBeUndefined();
    expect(pack.localities).toEqual([]);
  });
});

describe('Nottingham specifics', () => {
  const pack = loadPack(nottingham);
  const front = pack.contacts.find((c) => c.id === pack.frontDoor);

  it('puts Children and Families Direct, 0115 876 4800, on the front door', () => {
    expect(front?.name).toBe('Children and Families Direct');
    expect(front?.phones.map((p) => p.number)).toContain('0115 876 4800');
    expect(front?.emails.map((e) => e.address)).toEqual(
      expect.arrayContaining(['candfdirect@nottinghamcity.gov.uk', 'candf.direct@nottinghamcity.gov.uk']),
    );
  });

  it('opens Monday to Friday, 08:30 to 17:00, with the same number for emergencies only out of hours', () => {
    expect(front?.hours).toMatchObject({
      kind: 'weekly',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      open: '08:30',
      close: '17:00',
    });
    const ooh = pack.contacts.find((c) => c.id === front?.outOfHours);
    expect(ooh?.hours).toMatchObject({ kind: 'when-closed', of: 'cfd' });
    expect(ooh?.phones.map((p) => p.number)).toEqual(['0115 876 4800']);
    expect(ooh?.purpose.toLowerCase()).toContain('emergency');
  });

  it('explains strategy discussions, section 47 and conference timescales as the source gives them', () => {
    const route = pack.routes.find((r) => r.id === 'strategy_s47');
    const text = route?.steps.map((s) => s.text).join(' ') ?? '';
    expect(text).toMatch(/police/);
    expect(text).toMatch(/within 10 days of the ICPC/);
    expect(text).toMatch(/within 5 days/);
    expect(text).toMatch(/within 3 months/);
    expect(text).toMatch(/not more than 6 months/);
  });

  it('has Signs of Safety and the information-sharing myths', () => {
    expect(pack.routes.some((r) => r.id === 'signs_of_safety')).toBe(true);
    const myths = pack.guidance.find((g) => g.id === 'information_sharing_myths');
    expect(myths?.points.length).toBeGreaterThanOrEqual(5);
    expect(myths?.points.some((p) => /consent/i.test(p.text))).toBe(true);
  });

  it('sends a MARF to the address the source gives for it', () => {
    const route = pack.routes.find((r) => r.id === 'marf_referral');
    expect(route?.steps.some((s) => s.text.includes('candf.direct@nottinghamcity.gov.uk'))).toBe(true);
  });
});

describe('Bury specifics', () => {
  const pack = loadPack(bury);
  const mash = pack.contacts.find((c) => c.id === pack.frontDoor);

  it('has the MASH as front door with no invented number, and says so', () => {
    expect(mash?.name).toMatch(/MASH/);
    expect(mash?.phones).toEqual([]);
    expect(mash?.emails).toEqual([]);
    expect(mash?.missing).toMatch(/gives no phone number or email/);
  });

  it('has no phone number anywhere except 999 (the guidance gives none)', () => {
    const numbers = pack.contacts.flatMap((c) => c.phones.map((p) => p.number));
    expect(numbers).toEqual(['999']);
    const allText = JSON.stringify(pack);
    expect(allText).not.toMatch(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/);
  });

  it('uses five levels of need plus the emergency level', () => {
    expect(pack.levels.map((l) => l.id)).toEqual(['level1', 'level2', 'level3', 'level4', 'level5', 'emergency']);
  });

  it('tells practitioners not to tell parents about sexual abuse, fabricated illness or forced marriage', () => {
    for (const id of ['sexual_abuse', 'fabricated_illness', 'forced_marriage']) {
      const ind = pack.indicators.find((i) => i.id === id);
      expect(ind?.doNotTellParents, id).toBe(true);
      expect(ind?.level, id).toBe('level5');
    }
    expect(pack.indicators.find((i) => i.id === 'neglect')?.doNotTellParents).toBe(false);
  });

  it('states consent by level: levels 1 to 3 consent, level 4 weigh and record, level 5 duty to share', () => {
    const g = pack.guidance.find((x) => x.id === 'consent_by_level');
    const text = g?.points.map((p) => p.text).join(' ') ?? '';
    expect(text).toMatch(/Levels 1 to 3: get consent/);
    expect(text).toMatch(/Level 4: .*record/);
    expect(text).toMatch(/Level 5: agencies have a duty to share/);
  });

  it('routes exploitation, radicalisation and FGM to their pathways', () => {
    const byId = (id: string) => pack.indicators.find((i) => i.id === id);
    expect(byId('child_criminal_exploitation')?.pathway).toBe('exploitation');
    expect(byId('child_sexual_exploitation')?.pathway).toBe('exploitation');
    expect(byId('radicalisation')?.pathway).toBe('channel');
    expect(byId('fgm')?.pathway).toBe('fgm');
    expect(byId('child_criminal_exploitation')?.phrases).toEqual(expect.arrayContaining(['county lines']));
  });
});

describe('Bury: the services its level 2 names, as practitioners write them', () => {
  // Seed 004's Level 2 table: "Refer to Speech and Language Therapeutic services", "Child is displaying symptoms that
  // require further investigation ... Refer to a paediatrician". One need, one agency: level 2.
  it.each([
    ['mum worried her 5 yr old isn’t growing as fast as his brother did, GP wants a paed referral, mum’s agreed', 'health_need'],
    ['constant headaches, mum says she gets them at home too, needs checking out', 'health_need'],
    ['twins both behind with talking, use their own words with each other, parents asked for a referral', 'speech_language'],
    ['mum worried her 2yo isn’t putting words together, she’d like speech therapy like his brother had', 'speech_language'],
  ])('"%s": %s, level 2', async (text, id) => {
    const { createEngine } = await import('../../rules/index');
    const b = createEngine(loadPack(bury));
    const r = b.recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain(id);
    const a = b.assess({ indicators: r.indicators.map((i) => i.id) }, new Date('2026-12-03T10:00:00Z'));
    expect(a.level.id).toBe('level2');
  });
});

describe('recognition through the engine (smoke)', () => {
  it('finds the indicators practitioners type', async () => {
    const { createEngine } = await import('../../rules/index');
    const b = createEngine(loadPack(bury));
    const n = createEngine(loadPack(nottingham));
    const ids = (r: { indicators: { id: string }[] }) => r.indicators.map((i) => i.id);
    expect(ids(b.recognise('he has bruises on his arm and says dad hit him'))).toContain('physical_abuse');
    expect(ids(b.recognise('I think mum is making up symptoms'))).toContain('fabricated_illness');
    expect(ids(b.recognise('the boy was found in another town running drugs'))).toContain('child_criminal_exploitation');
    expect(b.recognise('the child is home alone').intent).toBe('emergency');
    expect(ids(n.recognise('she told me she had fgm when she was little'))).toContain('fgm');
    expect(n.recognise('child left alone overnight').intent).toBe('emergency');
    expect(n.recognise('do I need consent to share information?').intent).toBe('info_sharing');
  });

  it('reads forced marriage told plainly, as Salford does (the shared phrases)', async () => {
    const { createEngine } = await import('../../rules/index');
    const ids = (r: { indicators: { id: string }[] }) => r.indicators.map((i) => i.id);
    const text = "she's 12 and says her parents are taking her home this summer to meet the man she's going to marry. she's in school";
    expect(ids(createEngine(loadPack(bury)).recognise(text))).toContain('forced_marriage');
    expect(ids(createEngine(loadPack(nottingham)).recognise(text))).toContain('honour_based_violence');
  });
});

/**
 * Bury's guidance draws its exploitation line in two places: "Children who may be at risk of Child Sexual Exploitation"
 * are screened at level 4 (the Level 4 table), while a child "being or suspected of being ... groomed for sexual
 * purpose", "groomed for criminal purpose" or "sexual exploitation of a young person" are among the "Concerns that
 * would require a referral" (5.6 Children in Need): level 5, beside the other items of that list.
 */
describe('Bury: exploitation at the level its guidance gives', () => {
  const b = loadPack(bury);
  const at = new Date('2026-12-02T10:00:00Z');
  const assessed = async (ids: string[]) => {
    const { createEngine } = await import('../../rules/index');
    return createEngine(b, null).assess({ indicators: ids }, at);
  };
  const phrasesFind = async (text: string) => {
    const { createEngine } = await import('../../rules/index');
    return createEngine(b, null).recognise(text).indicators.map((i) => i.id);
  };

  it('criminal exploitation and sexual exploitation known or suspected are level 5, with the do-not-tell rule for CSE', async () => {
    expect((await assessed(['child_criminal_exploitation'])).level.id).toBe('level5');
    const cse = await assessed(['child_sexual_exploitation']);
    expect(cse.level.id).toBe('level5');
    expect(cse.warnings.map((w) => w.id)).toContain('do_not_tell_parents');
    expect(await phrasesFind('he is running county lines for some older lads')).toContain('child_criminal_exploitation');
    expect(await phrasesFind('we think she is being sexually exploited')).toContain('child_sexual_exploitation');
  });

  it('signs that a child may be at risk of sexual exploitation are level 4, screened with the family', async () => {
    const found = await phrasesFind('she has a much older boyfriend who picks her up');
    expect(found).toContain('cse_risk');
    expect(found).not.toContain('child_sexual_exploitation');
    const risk = await assessed(['cse_risk']);
    expect(risk.level.id).toBe('level4');
    expect(risk.warnings.map((w) => w.id)).not.toContain('do_not_tell_parents');
  });

  it('a young person’s drinking or drug use on its own is level 3; with going missing or an older "boyfriend", level 4', async () => {
    expect(await phrasesFind('15 yo smoking cannabis most days, rows at home, mum wants help')).toContain('young_person_substance_misuse');
    expect((await assessed(['young_person_substance_misuse'])).level.id).toBe('level3');
    expect((await assessed(['young_person_substance_misuse', 'missing_from_home'])).level.id).toBe('level4');
    expect((await assessed(['young_person_substance_misuse', 'cse_risk'])).level.id).toBe('level4');
    expect((await assessed(['young_person_substance_misuse', 'young_person_homeless'])).level.id).toBe('level4');
  });

  it('a weapon on its own is a sign to screen (level 4), not exploitation known', async () => {
    const found = await phrasesFind('he brought a knife into school');
    expect(found).toContain('exploitation_signs');
    expect(found).not.toContain('child_criminal_exploitation');
  });
});
