/**
 * Packs name their own conditions: level raises and warnings are data in each pack (`when` →
 * level or text, with a source), and the engine evaluates them without naming a pack id. These
 * tests change a pack's conditions and check the engine follows the data, and that the loader
 * refuses a condition that names something the pack does not have.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules';
import { assess, type Answers } from '../../rules/assess';
import { loadPack, PackInvalidError } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { nottingham } from '../../rules/packs/nottingham';
import { salford } from '../../rules/packs/salford';
import { doNotTellRule } from '../../rules/referral';
import type { PackInput } from '../../rules/schema';
import { changedPack } from '../helpers/packs';

const at = new Date('2026-11-24T10:00:00Z'); // a Tuesday, front doors open

const changed = changedPack;

function problems(input: PackInput): string[] {
  try {
    loadPack(input);
  } catch (e) {
    if (e instanceof PackInvalidError) return e.problems;
    throw e;
  }
  return [];
}

describe('level raises come from the pack', () => {
  // Complex needs (several services together) is each seed's multi-agency level: Salford "Getting More Help", Bury
  // "Level 3" (Team Around the Family), Nottingham "Extensive". Early help not meeting the needs is Bury's "Level 4"
  // (needs that "persist and have not been met by targeted support"); Nottingham keeps Child in Need there.
  it('each pack raises "some needs", "complex needs" and "early help not working" to the levels it names', () => {
    for (const [input, some, complex, notMet] of [
      [salford, 'getting_help', 'getting_more_help', 'getting_more_help'],
      [bury, 'level2', 'level3', 'level4'],
      [nottingham, 'additional', 'extensive', 'child_in_need'],
    ] as const) {
      const pack = loadPack(input);
      expect(assess(pack, { needs: 'some' }, at).level.id, pack.id).toBe(some);
      expect(assess(pack, { needs: 'complex' }, at).level.id, pack.id).toBe(complex);
      expect(assess(pack, { needs: 'not_sure' }, at).level.id, pack.id).toBe(complex);
      expect(assess(pack, { earlyHelp: 'not_working' }, at).level.id, pack.id).toBe(notMet);
      expect(assess(pack, { earlyHelp: 'not_sure' }, at).level.id, pack.id).toBe(notMet);
    }
  });

  it('follows a raise the pack changes, not the position of a level in the list', () => {
    const pack = loadPack(
      changed(salford, (p) => {
        const some = p.raises?.find((r) => r.when.needs === 'some');
        if (!some) throw new Error('Salford has no raise for some needs');
        some.level = 'getting_more_help';
        some.because = 'A test pack that says some needs mean more help.';
      }),
    );
    const a = assess(pack, { needs: 'some' }, at);
    expect(a.level.id).toBe('getting_more_help');
    expect(a.rationale.map((r) => r.because)).toContain('A test pack that says some needs mean more help.');
  });

  it('raises nothing for an answer the pack gives no raise for', () => {
    const pack = loadPack(changed(salford, (p) => (p.raises = p.raises?.filter((r) => r.when.earlyHelp === undefined))));
    expect(assess(pack, { earlyHelp: 'not_working' }, at).level.id).toBe('getting_advice');
  });

  it('a raise that tests a "not sure" answer is the safer branch: the level stands because it might be so', () => {
    const a = assess(loadPack(salford), { earlyHelp: 'not_sure' }, at);
    expect(a.level.id).toBe('getting_more_help');
    expect(a.levelFromNotSure).toBe(true);
    expect(a.warnings.map((w) => w.id)).toContain('not_sure');
  });
});

describe('Bury: one need is level 2, a range of needs is level 3 (seed 004, "Level 2" and "Level 3")', () => {
  const pack = loadPack(bury);
  const why = (a: ReturnType<typeof assess>) => a.rationale.map((r) => `${r.because} [${r.source.section}]`);

  it('a need on its own, even one the guidance describes within a level-3 family, is met by one agency: level 2', () => {
    for (const id of ['child_mental_health', 'challenging_behaviour', 'parent_mental_health', 'housing', 'school_attendance', 'speech_language']) {
      const a = assess(pack, { indicators: [id] }, at);
      expect(a.level.id, id).toBe('level2');
      expect(why(a).join(' '), id).not.toMatch(/more than one need/);
    }
  });

  it('two different needs make level 3, the Team Around the Family, and say why with the level-3 source', () => {
    const a = assess(pack, { indicators: ['school_attendance', 'parent_mental_health'] }, at);
    expect(a.level.id).toBe('level3');
    expect(why(a)).toContain('There is more than one need: Bury’s guidance meets a range of needs with a plan that more than one agency delivers together (Team Around the Family). [Level 3]');
    expect(a.levelFromNotSure).toBe(false);
  });

  it('the same need named twice is one need', () => {
    expect(assess(pack, { indicators: ['housing', 'housing'] }, at).level.id).toBe('level2');
  });

  it('level 2’s own definition ("additional needs that one agency can meet") is no need apart from a need named beside it', () => {
    // Pack `levelIndicators`: the indicator the meaning gives for "a worry at level 2" with no particular need.
    expect(assess(pack, { indicators: ['parent_mental_health', 'single_agency_need'] }, at).level.id).toBe('level2');
    expect(assess(pack, { indicators: ['single_agency_need'] }, at).level.id).toBe('level2');
    // Two needs named are still two.
    expect(assess(pack, { indicators: ['parent_mental_health', 'challenging_behaviour', 'single_agency_need'] }, at).level.id).toBe('level3');
  });

  it('signs of one need count once: speech delay, developmental delay and falling behind are the child’s development', () => {
    for (const ids of [['speech_language', 'developmental_delay'], ['learning_progress', 'developmental_delay'], ['speech_language', 'learning_progress']]) {
      const a = assess(pack, { indicators: ids }, at);
      expect(a.level.id, ids.join('+')).toBe('level2');
      expect(why(a).join(' '), ids.join('+')).not.toMatch(/more than one need/);
    }
    // The child's development beside a different need is still a range of needs.
    expect(assess(pack, { indicators: ['speech_language', 'housing'] }, at).level.id).toBe('level3');
    expect(assess(pack, { indicators: ['developmental_delay', 'parent_mental_health'] }, at).level.id).toBe('level3');
  });

  it('Level 3’s worked examples: a child not meeting milestones, and a parent not coping, are level 3 on their own (pack 1.10.0)', () => {
    expect(assess(pack, { indicators: ['developmental_milestones'] }, at).level.id).toBe('level3');
    expect(assess(pack, { indicators: ['parent_not_coping'] }, at).level.id).toBe('level3');
    // A speech delay alone is still level 2's single service.
    expect(assess(pack, { indicators: ['speech_language'] }, at).level.id).toBe('level2');
  });

  it.each([
    ['20 month old has global developmental delay, parents want help', 'developmental_milestones', 'level3'],
    ['2yo not walking or talking, not much interest in toys', 'developmental_milestones', 'level3'],
    ['HV says mum is not coping since the new baby', 'parent_not_coping', 'level3'],
    ["mum's overwhelmed with the three of them", 'parent_not_coping', 'level3'],
    // Near misses: speech alone, and the parent's own mental health, stay level 2.
    ['2yo only saying about 5 words, parents asking for SALT', 'speech_language', 'level2'],
    ['mum has postnatal depression, baby thriving', 'parent_mental_health', 'level2'],
    // Level 3's response named: a question about running a TAF or an EHFSP is answered with level 3's steps.
    ['who chairs a TAF meetin, school or early help team??', 'range_of_needs', 'level3'],
    // Pack 1.11.0: a parent's use said without the drug, speech behind, the youth offending service named.
    ['Y9 hardly in school, fairly sure mum uses, she has hinted', 'parent_substance_misuse', 'level3'],
    ['3yo speech behind, mum asked about a referral', 'speech_language', 'level2'],
    ['15 yo, YOT involved for something minor', 'offending_antisocial', 'level3'],
    ['8 wks pp, EPDS 11, feels a bit flat, happy to have some listening visits with me', 'parent_mental_health', 'level2'],
    ['13yo is his mums carer', 'young_carer', 'level2'],
    // "What is the TAF doing about...": the plan itself, not the term.
    ['what is the TAF doing about his attendance? mum keen but nothing changes', 'range_of_needs', 'level3'],
    ['how do I pick a lead professional for a family with health and school involved?', 'range_of_needs', 'level3'],
    // Money offered by men is sexual exploitation, level 5 (pack 1.10.0).
    ["Y9 in foster care missing again, carer found messages from men offering her £50 to 'come round'", 'child_sexual_exploitation', 'level5'],
  ] as const)('"%s" names %s, at %s', (text, id, level) => {
    const r = createEngine(pack).recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain(id);
    expect(assess(pack, { indicators: r.indicators.map((i) => i.id) }, at).level.id).toBe(level);
  });

  it.each([
    'where do i download the EHFSP form',
    'what does TAF stand for',
    'is there EHFSP and TAF meeting training for new staff?',
    'what is an EHFSP pls',
    "what's a TAF",
  ])('the plan asked about as paperwork, a term or training is no level 3 need: "%s"', (text) => {
    expect(createEngine(pack).recognise(text).indicators.map((i) => i.id)).not.toContain('range_of_needs');
  });

  it('a young carer’s isolation or low mood is the young carer’s one need (Level 2’s young carers row)', () => {
    const a = assess(pack, { indicators: ['young_carer', 'child_mental_health'] }, at);
    expect(a.level.id).toBe('level2');
    expect(why(a).join(' ')).not.toMatch(/more than one need/);
    // Beside a different need, the child's wellbeing still makes a range of needs.
    expect(assess(pack, { indicators: ['child_mental_health', 'school_attendance'] }, at).level.id).toBe('level3');
    expect(assess(pack, { indicators: ['young_carer', 'housing'] }, at).level.id).toBe('level3');
  });

  it('a need the loader is told is shared counts once, in any pack (the engine reads the data)', () => {
    const grouped = loadPack(changed(bury, (p) => {
      for (const i of p.indicators) if (i.id === 'housing' || i.id === 'school_attendance') i.need = 'home_and_school';
    }));
    expect(assess(grouped, { indicators: ['housing', 'school_attendance'] }, at).level.id).toBe('level2');
    expect(assess(pack, { indicators: ['housing', 'school_attendance'] }, at).level.id).toBe('level3');
  });

  it('a second need the practitioner is not sure about makes level 3 as the safer branch, worded as "might be so"', () => {
    const a = assess(pack, { indicators: ['housing'], unsureIndicators: ['child_mental_health'] }, at);
    expect(a.level.id).toBe('level3');
    expect(a.levelFromNotSure).toBe(true);
  });

  it('never lowers: a need at level 4 or harm at level 5 keeps its level beside another need', () => {
    expect(assess(pack, { indicators: ['housing', 'young_person_homeless'] }, at).level.id).toBe('level4');
    expect(assess(pack, { indicators: ['housing', 'neglect'] }, at).level.id).toBe('level5');
  });

  it('counts needs only: a harm beside one need is not "a range of needs"', () => {
    const a = assess(pack, { indicators: ['housing', 'neglect'] }, at);
    expect(why(a).join(' ')).not.toMatch(/more than one need/);
  });

  it('the screening’s "Complex needs: several services" is level 3 with the level-3 source, not level 4 (Child in Need)', () => {
    const a = assess(pack, { needs: 'complex', earlyHelp: 'none' }, at);
    expect(a.level.id).toBe('level3');
    expect(why(a)).toEqual(['The family has complex needs that need several services. [Level 3]']);
    expect(a.levelFromNotSure).toBe(false);
  });

  it('"not sure" how complex the needs are is level 3 as the safer branch; early help not meeting the needs is still level 4', () => {
    const unsure = assess(pack, { needs: 'not_sure' }, at);
    expect(unsure.level.id).toBe('level3');
    expect(unsure.levelFromNotSure).toBe(true);
    const notMet = assess(pack, { needs: 'complex', earlyHelp: 'not_working' }, at);
    expect(notMet.level.id).toBe('level4');
    expect(why(notMet)).toContain('Early help is in place but the needs are not being met. [Level 4]');
  });

  it('the loader refuses a count below two (one need is not a range)', () => {
    expect(problems(changed(bury, (p) => p.raises?.push({ when: { needsAtLeast: 1 }, level: 'level3', because: 'A test raise.', source: { file: '004_c2d64e532e0d5cd5.txt', section: 'Level 3' } })))).not.toEqual([]);
  });
});

describe('warnings come from the pack', () => {
  it('shows the pack’s own text for a warning, with the labels of the indicators that brought it', () => {
    const pack = loadPack(
      changed(salford, (p) => {
        const w = p.warnings?.find((x) => x.id === 'mandatory_reporting');
        if (!w) throw new Error('Salford has no reporting warning');
        w.text = 'A test pack’s own words on who reports to whom.';
      }),
    );
    const w = assess(pack, { indicators: ['fgm'] }, at).warnings.find((x) => x.id === 'mandatory_reporting');
    expect(w?.text).toBe('Female genital mutilation (FGM), or a girl at risk of it: A test pack’s own words on who reports to whom.');
  });

  it('tests every field of a condition: no "tell the family" note where the level is not above the one named', () => {
    const raised = changed(salford, (p) => {
      const w = p.warnings?.find((x) => x.id === 'tell_family');
      if (!w) throw new Error('Salford has no tell-the-family warning');
      w.when.levelAbove = 'getting_risk_support';
    });
    const answers: Answers = { indicators: ['neglect'], familyKnows: 'no' };
    expect(assess(loadPack(salford), answers, at).warnings.map((w) => w.id)).toContain('tell_family');
    expect(assess(loadPack(raised), answers, at).warnings.map((w) => w.id)).not.toContain('tell_family');
  });

  it('keeps the engine’s notes between the pack’s warnings and those the pack puts last', () => {
    const a = assess(loadPack(salford), { indicators: ['neglect'], unsureIndicators: ['fgm'], familyKnows: 'no' }, at);
    expect(a.warnings.map((w) => w.id)).toEqual(['mandatory_reporting', 'not_sure', 'tell_family']);
  });

  it('the referral checklist and the screening hint use the pack’s own do-not-tell words', () => {
    expect(doNotTellRule(loadPack(salford))?.text).toMatch(/^Salford’s guidance does not list these cases; Bury’s guidance says/);
    expect(doNotTellRule(loadPack(bury))?.source).toEqual({ file: '004_c2d64e532e0d5cd5.txt', section: '5.6 Children in Need' });
  });
});

describe('Bury and Nottingham: the FGM warning says who reports to whom, as far as each seed says', () => {
  it('Bury: refer to the MASH, other agencies’ own procedures too, and says the seed does not name to whom those report', () => {
    const pack = loadPack(bury);
    const w = assess(pack, { indicators: ['fgm'] }, at).warnings.find((x) => x.id === 'mandatory_reporting');
    expect(w?.text).toContain('Refer concerns about FGM to Children’s Social Care (the MASH) for an assessment.');
    expect(w?.text).toContain('additional mandatory reporting procedures');
    expect(w?.text).toContain('does not say who those procedures report to');
    expect(w?.source).toEqual({ file: '004_c2d64e532e0d5cd5.txt', section: 'Level 5' });
  });

  it('Bury: the do-not-tell warning is Bury’s own words, not a made-up fallback', () => {
    const w = assess(loadPack(bury), { indicators: ['sexual_abuse'] }, at).warnings.find((x) => x.id === 'do_not_tell_parents');
    expect(w?.text).toMatch(/^Do not tell the parents or carers before you refer, because of: .+\. Bury’s guidance says parents or carers must not be told/);
    expect(w?.text).toContain('contact the MASH for advice');
    expect(w?.text).not.toContain('Ask the front door');
  });

  it('Nottingham: a referral to Children and Families Direct, and says what its guidance does not say', () => {
    const w = assess(loadPack(nottingham), { indicators: ['fgm'] }, at).warnings.find((x) => x.id === 'mandatory_reporting');
    expect(w?.text).toContain('make a safeguarding referral to Children and Families Direct');
    expect(w?.text).toContain('does not say who else must report FGM, or to whom');
  });
});

describe('the loader checks every reference in a condition', () => {
  it('refuses an unknown level, indicator or level in a condition', () => {
    const bad = changed(salford, (p) => {
      p.raises?.push({ when: { anyIndicator: ['no_such_indicator'] }, level: 'no_such_level', because: 'A raise that names nothing real.', source: p.source });
      p.warnings?.push({ id: 'tell_family', when: { levelAbove: 'no_such_level_either' }, text: 'A warning that names nothing real.', source: p.source });
    });
    const ps = problems(bad);
    expect(ps.some((x) => /^raises\.\d+\.level: unknown level/.test(x)), ps.join('\n')).toBe(true);
    expect(ps.some((x) => /^raises\.\d+\.when\.anyIndicator\.0: unknown indicator/.test(x)), ps.join('\n')).toBe(true);
    expect(ps.some((x) => /^warnings\.\d+\.when\.levelAbove: unknown level/.test(x)), ps.join('\n')).toBe(true);
  });

  it('refuses a flagged indicator with no warning for its flag', () => {
    const ps = problems(changed(bury, (p) => (p.warnings = p.warnings?.filter((w) => w.id !== 'mandatory_reporting'))));
    expect(ps.some((x) => /indicators\.\d+\.mandatoryReporting: an indicator flagged mandatoryReporting needs a warning/.test(x)), ps.join('\n')).toBe(true);
  });

  it('refuses a raise that tests the level it makes', () => {
    const ps = problems(changed(salford, (p) => p.raises?.push({ when: { levelAbove: 'getting_help' }, level: 'getting_risk_support', because: 'A raise that tests the level.', source: p.source })));
    expect(ps.some((x) => x.includes('a raise makes the level')), ps.join('\n')).toBe(true);
  });

  it('refuses "not sure" raising less than a certain answer to the same question', () => {
    const ps = problems(
      changed(salford, (p) => {
        const unsure = p.raises?.find((r) => r.when.needs === 'not_sure');
        if (unsure) unsure.level = 'getting_help';
      }),
    );
    expect(ps.some((x) => x.includes('"not sure" to needs must raise the level at least as high')), ps.join('\n')).toBe(true);
  });

  it('refuses a condition with no field, or a field it does not know', () => {
    const empty = problems(changed(salford, (p) => p.raises?.push({ when: {}, level: 'getting_help', because: 'A raise with no condition.', source: p.source })));
    expect(empty.some((x) => x.includes('a condition needs at least one field')), empty.join('\n')).toBe(true);
    const unknown = problems(
      changed(salford, (p) => p.raises?.push({ when: { needs: 'some', ageBand: 'under_5' } as never, level: 'getting_help', because: 'A raise with a typo.', source: p.source })),
    );
    expect(unknown.length).toBeGreaterThan(0);
  });
});
