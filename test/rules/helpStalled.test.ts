/**
 * Early help in place or tried and stalled (rules/helpStalled.ts) and combine's step 3f: where the pack's guidance defines
 * a level by needs that targeted support has not met (Bury's level 4, pack `needsUnmetByHelp`), a worry only the meaning
 * places at child protection that tells of early help stalled is answered at that level, with a line on the card that
 * says why and when it is child protection. Harm the words name, a red flag, and the other packs are left as they were.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules';
import { answerOf } from '../../rules/answer';
import { whyFromRecognition } from '../../rules/explain';
import { helpJustBegun, helpStalled } from '../../rules/helpStalled';
import { loadPack, PackInvalidError } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { salford } from '../../rules/packs/salford';
import type { SemanticModel } from '../../rules/semantic/model';
import { changedPack } from '../helpers/packs';

describe('helpStalled', () => {
  it.each([
    'we’ve had a TAF six months and mum says she’s done with it',
    'we have had a TAF since Easter. Mum now says she is done with it.',
    'EHFSP for 8 months, mum has cancelled the last 3 visits',
    'dad relapsed despite the early help plan, the kids are late again',
    'early help closed in July when mum was clean, she has relapsed',
    'mum won’t engage w early help anymore, attendance 58%',
    'the family worker has been going in for a year and mum has stopped letting her in',
    'TAF running 9 months but things have got worse at home',
    // Thirtieth session: more ways of saying it.
    'Early help plan stalled, family evicted again',
    '13 yo arrested again, the TAF hasn’t made a dent, mum says she’s given up',
    'mum was doing well on the plan but she has withdrawn consent for the TAF',
    'stepped down to early help in the spring and it’s sliding again',
    'they stopped early help after 2 sessions',
    'EHFSP closed in June and now all the same issues are back',
    'Team Oasis closed the case and now it’s all fallen apart',
    // Fortieth session: as practitioners say it.
    'EH plan 6 months, some things better some not. mum low, GP knows. just not moving',
    'EH plan 5 months, parents engage on and off. No incidents, just not getting better.',
    'EHFSP open since Sept for poor attendance. Dad hasn’t turned up to a single review',
    'Early help plan since March, they said they’d go to drug services but haven’t once',
    'persistent absence for a year with early help, parents just dont respond anymore',
    'the school EH plan isn’t enough any more',
    // Forty-first session.
    'a year of TAF and we\'re just firefighting, mum drinking, the 12yo in trouble with police',
    'the TAF was working but she\'s unwell again, both kids missing school',
    'early help can\'t give her the overnight support she needs and she\'s at breaking point',
    'honestly think this family needs more than a TAF now',
    // ...and things going back while the help is there.
    "early help plan since Y3. It's all creeping back in - dad's drinking again, she's unkempt",
    "Dad was doing great on his early help plan. last few weeks he's clearly drinking again, missed 2 reviews",
    "Mum's got bipolar and has stopped her meds again (TAF in place). kids coming in tired and unwashed",
    'TAF was working while she was well. Now up all night',
    // Forty-second session.
    "Family on a TAF since March for mum's low mood and toddler's behaviour. Mum now not getting out of bed. It's going backwards",
    'Housing. Family of 5 in B&B 4 months now, EH worker on board but kids missing school. nothing shifting',
    'mum had started engaging with the TAF a bit more but this has knocked it all back',
    "dad rang, 15yo arrested twice this month, early help 'gave up' on them",
    "family stepped down from CIN to TAF in June. dad's drinking is back",
    "Young carer in y7, mum has MS. We set up a TAF in Sept with the young carers service but mum's got much worse",
    "we set up a TAF. Mum says he's out till midnight and she can't stop him, exclusions are piling up",
  ])('early help stalled: "%s"', (text) => {
    expect(helpStalled(text)).toBe(true);
  });

  it.each([
    // Early help going well, or asked for.
    'the TAF is going really well and mum comes to every meeting',
    'mum has asked for early help, she is struggling with his behaviour',
    'should I start a TAF for this family?',
    // Stalled, but nothing of early help.
    'mum cancelled the dentist again and he is getting worse at reading',
    // Help and stalling far apart, about different things.
    'the early help plan started last month and the family are keen to get going with it. Separately, the flat has had no heating since the boiler broke in October and the landlord keeps cancelling the repair.',
    // Near misses of the thirtieth session's forms: a habit given up, slipping as the reason help began, help that made a difference.
    'mum has given up smoking and the early help plan is going well',
    'we started early help last week because his attendance is slipping',
    'the TAF has made a real difference, attendance is back up',
    // Fortieth session: the child refusing school or work is no family refusing help.
    'y8 lad anxious, refusing school, mum and dad both keen on CAMHS and a TAF',
    'Yr7 boy refusing to go to school, mum depressed, EHFSP agreed',
    'Y6 boy, attendance 82%, behaviour getting worse, family in temp accommodation since eviction. dad signed the EHFSP yesterday',
    'things have got worse at home so we just started a TAF',
    'dad is back on the drink and mum agrees to a plan - do we start an EHFSP?',
    // Forty-first session's near misses: a parent who cannot manage the child, help that is working.
    '15yo ADHD, excluded twice, weed, mum on antidepressants can\'t manage him. she\'s agreed to TAF',
    'the TAF was working well and still is, mum says',
    // Appointments missed are not the plan's reviews; drinking again with no help named is no help stalled.
    "young parents, dad smokes weed every night, they've missed two appointments. thinking children's centre and family support",
    "dad's drinking again and the kids are late most days",
    // Forty-second session's near misses: going back to school, a habit given up, a parent back from work.
    'the TAF is going well, he is back in school every day and nothing is worrying us',
    'mum has given up smoking and the TAF is going well',
  ])('not early help stalled: "%s"', (text) => {
    expect(helpStalled(text)).toBe(false);
  });
});

describe('helpJustBegun (combine step 3f-2): early help agreed, starting or just set up, nothing stalled told', () => {
  it.each([
    "Young carer now missing school and getting into fights, mum's bipolar and not always taking her meds. Mum agrees to an early help plan",
    'dad signed the EHFSP yesterday',
    "we've set up a TAF with school and the HV, attendance 80% and mum's low",
    'should I start a TAF for this family?',
  ])('"%s"', (text) => {
    expect(helpJustBegun(text)).toBe(true);
  });

  it.each([
    // Set up long ago, or told stalling since.
    'We set up a TAF back in September for a single mum. Six months on, mum has stopped coming to the meetings',
    "we set up a TAF in March and she's missed every review",
    'we set up a TAF. Six months later nothing has changed',
    // No help begun at all.
    'mum has asked for help with his behaviour',
  ])('not: "%s"', (text) => {
    expect(helpJustBegun(text)).toBe(false);
  });
});

describe('combine step 3f: early help stalled, child protection read by the meaning alone', () => {
  // A stand-in model that reads neglect (child protection) with no phrase for it in the message.
  const model = { classify: () => ({ ranked: [{ id: 'neglect', p: 0.8 }, { id: 'advice', p: 0.1 }], englishShare: 1, knownWords: 14 }), isEnglishWord: () => false } as unknown as SemanticModel;
  const stalled = 'we have had a TAF since Easter and mum now says she is done with it and will not let the family worker in';
  const at = new Date('2026-12-03T10:00:00Z');
  const answer = (engine: ReturnType<typeof createEngine>, text: string) => {
    const r = engine.recognise(text);
    return { r, level: engine.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id };
  };

  it('Bury: level 4 (a referral to the MASH), with why on the card; without the pack’s field, level 5', () => {
    const withIt = answer(createEngine(loadPack(bury), model), stalled);
    expect(withIt.level).toBe('level4');
    // ("TAF" itself is level 3's response named, pack 1.10.0; the stalled help is level 4 above it.)
    expect(withIt.r.indicators.map((i) => i.id)).toContain('needs_unmet_despite_help');
    expect(withIt.r.indicators.map((i) => i.id)).not.toContain('neglect');
    expect(withIt.r.helpStalled?.map((i) => i.id)).toEqual(['neglect']);
    const why = whyFromRecognition(withIt.r, loadPack(bury)).join(' ');
    expect(why).toContain('Level 4: Child in Need (CIN)');
    expect(why).toContain('significant harm');
    // The card a practitioner sees in a channel: level 4, a referral to the MASH, and the line that says why.
    const engine = createEngine(loadPack(bury), model);
    const card = answerOf(engine, { from: 'message', recognition: withIt.r, text: stalled }, at, { personal: false });
    expect(card.title).toBe('Level 4: refer to the MASH (child in need)');
    expect(card.why.join(' ')).toContain('early help in place or tried that has not met the child');
    expect(card.why.join(' ')).not.toContain('done with it');
    expect(card.safetyNet).toContain('999');

    const without = answer(
      createEngine(loadPack(changedPack(bury, (p) => {
        delete p.needsUnmetByHelp;
        p.stalledHelpOutweighs = [];
      })), model),
      stalled,
    );
    expect(without.level).toBe('level5');
    expect(without.r.helpStalled).toBeUndefined();
  });

  it('Bury: harm the words name stays at level 5; a red flag keeps 999', () => {
    const engine = createEngine(loadPack(bury), model);
    const named = answer(engine, 'TAF closed as mum would not engage, and today he came in with a black eye and says dad punched him');
    expect(named.level).toBe('level5');
    expect(named.r.helpStalled).toBeUndefined();
    const danger = engine.recognise('mum is done with the TAF and has left the 3 year old home alone tonight');
    expect(danger.intent).toBe('emergency');
    expect(danger.helpStalled).toBeUndefined();
  });

  it('Bury: without early help stalled, the meaning’s child protection stands', () => {
    const r = answer(createEngine(loadPack(bury), model), 'the kids come in every day smelling and tired and mum says she is in bed all day');
    expect(r.level).toBe('level5');
  });

  it('Bury: a sign or two of neglect the words name, with early help stalled, is level 4; three signs stay level 5', () => {
    const engine = createEngine(loadPack(bury), model);
    const oneSign = answer(engine, 'TAF for a year now, mum stopped coming to meetings, boy looking more unkempt');
    expect(oneSign.r.helpStalled?.map((i) => i.id)).toEqual(['neglect']);
    expect(oneSign.level).toBe('level4');
    const twoSigns = answer(engine, 'we have had a TAF 6 months and mum says she is done with it, he is still unkempt and always hungry');
    expect(twoSigns.level).toBe('level4');
    const threeSigns = answer(engine, 'TAF since Easter and mum has stopped engaging. He is always hungry, has rotten teeth and is stealing food from other children');
    expect(threeSigns.r.indicators.find((i) => i.id === 'neglect')?.matched.length).toBeGreaterThanOrEqual(3);
    expect(threeSigns.level).toBe('level5');
    expect(threeSigns.r.helpStalled).toBeUndefined();
    // A baby: any sign of neglect stays level 5, whatever the help ("6 months" of help is a time, not an age).
    const baby = answer(engine, 'we have had a TAF 6 months and mum has stopped engaging, the 8 week old is not being fed properly');
    expect(baby.level).toBe('level5');
    expect(baby.r.helpStalled).toBeUndefined();
    // Without the pack's list, the words' neglect stands at level 5.
    const without = answer(createEngine(loadPack(changedPack(bury, (p) => void (p.stalledHelpOutweighs = []))), model), 'TAF for a year now, mum stopped coming to meetings, boy looking more unkempt');
    expect(without.level).toBe('level5');
  });

  it('Salford names no such level: the meaning’s child protection stands', () => {
    const r = answer(createEngine(loadPack(salford), model), stalled);
    expect(r.level).toBe('getting_risk_support');
    expect(r.r.helpStalled).toBeUndefined();
  });

  it('the loader refuses a needsUnmetByHelp that is not a need below child protection', () => {
    expect(() => loadPack(changedPack(bury, (p) => void (p.needsUnmetByHelp = 'neglect')))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.needsUnmetByHelp = 'no_such_indicator')))).toThrow(PackInvalidError);
  });

  it('the loader refuses stalledHelpOutweighs naming other than harm at child protection, or without needsUnmetByHelp', () => {
    expect(() => loadPack(changedPack(bury, (p) => void (p.stalledHelpOutweighs = ['range_of_needs'])))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.stalledHelpOutweighs = ['no_such_indicator'])))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void delete p.needsUnmetByHelp))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.stalledHelpOutweighs = ['physical_abuse'])))).not.toThrow();
  });
});

describe('combine step 3f-3: needs below level 4 with early help stalled', () => {
  // A stand-in model that reads nothing at child protection: the needs are the words'.
  const model = { classify: () => ({ ranked: [{ id: 'advice', p: 0.9 }], englishShare: 1, knownWords: 14 }), isEnglishWord: () => false } as unknown as SemanticModel;
  const at = new Date('2026-12-07T10:00:00Z');
  const levelOf = (engine: ReturnType<typeof createEngine>, text: string) => {
    const r = engine.recognise(text);
    return { r, level: engine.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id };
  };
  const stalled = 'Family in temporary accommodation with a TAF, but mum has stopped engaging with every service and his attendance is 60%';

  it('Bury: level 4, needs unmet despite early help', () => {
    const { r, level } = levelOf(createEngine(loadPack(bury), model), stalled);
    expect(level).toBe('level4');
    expect(r.indicators.map((i) => i.id)).toContain('needs_unmet_despite_help');
  });

  it('Bury: stalled help alone, with no need named, is level 4 too, not the early help consultant\'s advice', () => {
    const { r, level } = levelOf(createEngine(loadPack(bury), model), '13yo on TAF now had a 2nd police caution, mum says she has given up on him');
    expect(level).toBe('level4');
    expect(r.intent).toBe('concern');
  });

  it('Bury: the same needs with the help going well stay at level 3', () => {
    const { r, level } = levelOf(createEngine(loadPack(bury), model), 'Family in temporary accommodation with a TAF, mum comes to every meeting, his attendance is 60%');
    expect(level).toBe('level3');
    expect(r.indicators.map((i) => i.id)).not.toContain('needs_unmet_despite_help');
  });

  it('Bury: a child refusing school beside a TAF agreed is no help stalled', () => {
    const { r, level } = levelOf(createEngine(loadPack(bury), model), 'Yr7 boy refusing to go to school, mum depressed, EHFSP agreed');
    expect(level).not.toBe('level4');
    expect(r.indicators.map((i) => i.id)).not.toContain('needs_unmet_despite_help');
  });

  it('Salford names no such level: the needs stand where they are', () => {
    const { r } = levelOf(createEngine(loadPack(salford), model), stalled);
    expect(r.indicators.map((i) => i.id)).not.toContain('needs_unmet_despite_help');
  });
});
