/**
 * Recognition, end to end: a practitioner's message goes through recognise and
 * then assess (or the topic's route), and the test reads what the practitioner
 * would see: the route, and the numbers and names in its steps and contacts.
 */
import { describe, expect, it } from 'vitest';
import { assess, routeFor } from '../../rules/assess';
import { lookupContacts } from '../../rules/contacts';
import { stageById } from '../../rules/escalation';
import { loadPack } from '../../rules/load';
import { salford } from '../../rules/packs/salford';
import { Recogniser, type Recognition } from '../../rules/recognise';
import type { Contact, Pack } from '../../rules/schema';
import { defaultSemanticModel } from '../../rules';
import { PUBLIC_SCENARIOS } from '../helpers/scenarios';
import { AREAS, loadEngines } from '../../rules';

const pack: Pack = loadPack(salford);
const recogniser = new Recogniser(pack, { model: defaultSemanticModel() });
/** Wednesday 25 November 2026, 10:00 in London: the Bridge is open. */
const OPEN = new Date('2026-11-25T10:00:00Z');

interface Reply {
  route: string;
  text: string;
  recognition: Recognition;
}

function contactText(c: Contact): string {
  return [c.name, ...c.phones.map((p) => p.number), ...c.emails.map((e) => e.address), c.missing ?? ''].join(' | ');
}

/** What the bot would put in front of the practitioner for this message. */
function reply(message: string, at: Date = OPEN): Reply {
  const recognition = recogniser.recognise(message);
  const { intent } = recognition;
  if (intent === 'emergency' || intent === 'concern') {
    const a = assess(pack, { indicators: recognition.indicators.map((i) => i.id) }, at);
    const text = [
      a.route.title,
      a.route.summary,
      ...a.actions.map((s) => s.text),
      ...a.contacts.map((c) => `${contactText(c.contact)}${c.instead ? ` | instead: ${contactText(c.instead)}` : ''}`),
      ...a.warnings.map((w) => w.text),
    ].join('\n');
    return { route: a.route.id === 'risk_support' ? 'risk' : a.route.id, text, recognition };
  }
  if (intent === 'contact') {
    const found = lookupContacts(pack, message);
    return { route: 'contact', text: found.contacts.map(contactText).join('\n'), recognition };
  }
  const topic = pack.topics.find((t) => t.id === intent);
  const route = topic ? routeFor(pack, topic.route) : undefined;
  if (!route) return { route: intent, text: '', recognition };
  const stage = intent === 'escalation' && recognition.escalationStage ? stageById(pack, recognition.escalationStage) : undefined;
  const text = [
    stage ? `${stage.title} | ${stage.to} | ${stage.how}` : '',
    route.title,
    route.summary,
    ...route.steps.map((s) => s.text),
    ...route.contacts.map((id) => pack.contacts.find((c) => c.id === id)).filter((c): c is Contact => c !== undefined).map(contactText),
  ].join('\n');
  return { route: route.id, text, recognition };
}

const scenarios = PUBLIC_SCENARIOS;

describe('worked scenarios (shared/scenarios/public.json)', () => {
  it('has the scenarios to test', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(19);
  });

  it.each(scenarios.map((s) => [s.text, s] as const))('%s', (_text, s) => {
    const r = reply(s.text);
    expect(r.route).toBe(s.route);
    for (const oneOf of s.any) expect(oneOf.some((want) => r.text.includes(want)), `one of ${JSON.stringify(oneOf)} in:\n${r.text}`).toBe(true);
  });
});

/**
 * Messages that are NOT in the scenario file: different wording, typos, British
 * spellings, negation and hedging. `has`: indicators that must be found;
 * `hasNot`: indicators that must not be (negated or absent).
 * route `nothing`: no concern declared and no indicator (the help card, the "not sure" card or universal advice).
 */
const general: { text: string; route: string; has?: string[]; hasNot?: string[]; shows?: string[] }[] = [
  // Emergency: danger or a child alone, however it is put
  { text: "I'm not sure if he's been left on his own", route: 'emergency', has: ['home_alone'], shows: ['999', '0161 603 4500'] },
  { text: 'mum left the 6 year old and the baby on their own overnight', route: 'emergency', has: ['home_alone'], shows: ['999'] },
  { text: 'the toddler was left in the car outside the shop', route: 'emergency', has: ['home_alone'], shows: ['999'] },
  { text: 'nobody is looking after the kids, the parents went out yesterday', route: 'emergency', has: ['home_alone'], shows: ['999'] },
  { text: 'Dad is threatening to kill her and she is too scared to go home', route: 'emergency', has: ['immediate_danger'], shows: ['999'] },
  { text: 'i think hes in immediate danger but not sure', route: 'emergency', has: ['immediate_danger'], shows: ['999'] },
  { text: 'A pupil says her brother has a knife and is waiting outside', route: 'emergency', has: ['immediate_danger'], shows: ['999'] },
  { text: 'the child is in imediate danger', route: 'emergency', has: ['immediate_danger'], shows: ['999'] },
  // Negation: the danger is denied but harm remains
  { text: 'she is safe now, not in immediate danger, but she has bruises', route: 'risk', has: ['physical_abuse'], hasNot: ['immediate_danger'], shows: ['0161 603 4500'] },
  { text: 'He is not home alone any more, but there are burn marks on his hands', route: 'risk', has: ['physical_abuse'], hasNot: ['home_alone'], shows: ['0161 603 4500'] },
  { text: 'no bruises seen, he seems happy in class', route: 'nothing', hasNot: ['physical_abuse'] },
  { text: 'there were no injuries and she is not in danger', route: 'nothing', hasNot: ['physical_abuse', 'immediate_danger'] },
  { text: 'the child has not disclosed anything', route: 'nothing', hasNot: ['disclosure'] },
  { text: 'no injuries and not at home alone, but attendance is poor this term', route: 'early_help', has: ['school_attendance'], hasNot: ['physical_abuse', 'home_alone'], shows: ['0161 603 4500'] },
  // Significant harm (Getting Risk Support), with typos and other words
  // One ambiguous word and little else: asked about (is it explained?); test/http/triage.test.ts reads that card.
  { text: 'pupil has brusies on her arms', route: 'asked', has: ['physical_abuse'] },
  { text: 'she has unexplianed injuries on her legs', route: 'risk', has: ['physical_abuse'], shows: ['0161 603 4500'] },
  { text: 'Year 4 boy came in with a black eye and wont say how he got it', route: 'risk', has: ['physical_abuse'], shows: ['0161 603 4500'] },
  { text: 'the baby has a fractured arm and the parents cannot explain it', route: 'risk', has: ['physical_abuse'], shows: ['0161 603 4500'] },
  { text: 'a girl in year 9 told me her stepdad touches her', route: 'risk', has: ['sexual_abuse'], shows: ['0161 603 4500', 'Do not tell the parents'] },
  { text: 'dad hits mum when hes been drinking and the kids see it', route: 'risk', has: ['domestic_abuse'], shows: ['0161 603 4500'] },
  { text: 'I am worreid about domestic abuse at home, police were called to the home last night', route: 'risk', has: ['domestic_abuse'], shows: ['0161 603 4500'] },
  { text: 'worried a teenager is involved in county lines, he has lots of cash', route: 'risk', has: ['exploitation'], shows: ['0161 603 4500', 'young person’s plan'] },
  { text: 'mum thinks the girls are being taken abroad for a special ceremony this summer', route: 'risk', has: ['fgm'], shows: ['0161 603 4500', 'mandatory reporting'] },
  { text: 'worried that mum is making her ill, the GP thinks she invents symptoms', route: 'risk', has: ['fabricated_illness'], shows: ['Do not tell the parents'] },
  { text: 'her father says she will be married off to a cousin in the holidays', route: 'risk', has: ['forced_marriage'], shows: ['Do not tell the parents'] },
  { text: 'there is a registered sex offender living with the family', route: 'risk', has: ['risky_adult'], shows: ['0161 603 4500'] },
  { text: 'negelct at home, there is no food in the house and no heating', route: 'risk', has: ['neglect'], shows: ['0161 603 4500'] },
  { text: 'he is frightened of dad and scared to go home', route: 'risk', has: ['emotional_abuse'], shows: ['0161 603 4500'] },
  // Getting More Help
  { text: "I'm worried about radicalisation, he has been watching extremist videos", route: 'more_help', has: ['radicalisation'], shows: ['0161 603 4555'] },
  { text: 'she told me she is cutting herself and feels suicidal', route: 'more_help', has: ['self_harm'], shows: ['0161 603 4555'] },
  { text: 'we have had a TAF for months but there has been no improvement despite early help', route: 'more_help', has: ['early_help_not_working'], shows: ['0161 603 4555'] },
  { text: 'mum is always drunk at pick up', route: 'more_help', has: ['parental_substance_misuse'], shows: ['0161 603 4555'] },
  // Getting Help (early help)
  { text: 'the child keeps coming to nursery hungry and in dirty clothes', route: 'early_help', has: ['hygiene_hunger'], shows: ['Early Help Assessment'] },
  { text: 'the family is being evicted and mum is really struggling to cope', route: 'early_help', has: ['housing_money'], shows: ['Early Help Assessment'] },
  { text: 'boy aged 11 is a young carer looking after his disabled mum', route: 'early_help', has: ['young_carer'], shows: ['Early Help Assessment'] },
  { text: 'his behaviour has been challenging and he was excluded last week', route: 'early_help', has: ['behaviour'], shows: ['Early Help Assessment'] },
  // Topics
  { text: 'a neighbour has been looking after a 10 year old for six weeks', route: 'private_fostering', shows: ['0161 779 7860'] },
  { text: 'she has been staying with a family friend since september', route: 'private_fostering', shows: ['0161 779 7860'] },
  { text: 'can i share info with the school nurse without the parents consent', route: 'info_sharing', shows: ['consent'] },
  { text: 'Is GDPR a barrier to sharing information with the police?', route: 'info_sharing', shows: ['Data protection'] },
  { text: 'a teacher at our club has been messaging a pupil on snapchat', route: 'lado', shows: ['Local Authority Designated Officer'] },
  { text: "I'm concerned about an elderly neighbour", route: 'adult_concern', shows: ['0161 206 0604'] },
  { text: 'what happens after I make a referral to the Bridge?', route: 'after_referral', shows: ['within one week'] },
  { text: 'I want to report my concerns anonymously', route: 'anonymous', shows: ['0161 603 4500'] },
  { text: 'the lad has been remanded to a young offender institution', route: 'secure_estate', shows: ['0161 603 4555'] },
  { text: 'could we set up a family network meeting with the grandparents', route: 'fgc', shows: ['0161 686 5264'] },
  { text: 'are there any holiday clubs or a childrens centre near Eccles', route: 'advice', shows: ['0161 909 6508'] },
  { text: 'my son is disabled, can he get support from the disability team', route: 'disability', shows: ['Children with Disabilities'] },
  // Escalation: the stage reached decides who to go to next
  { text: "the practice manager didn't resolve it", route: 'escalation', shows: ['Service Manager', '5 working days'] },
  { text: 'the service manager didnt respond within 5 days', route: 'escalation', shows: ['Head of Service', '0161 603 4322'] },
  { text: 'I disagree with the decision to close the case with no further action', route: 'escalation', shows: ['Practice Manager'] },
  // Contact look-ups
  { text: 'north locality email', route: 'contact', shows: ['north.locality@salford.gov.uk'] },
  { text: 'FGC number', route: 'contact', shows: ['0161 686 5264'] },
  { text: 'out of hours number', route: 'contact', shows: ['0161 794 8888'] },
  { text: 'whats the number for the bridge', route: 'contact', shows: ['0161 603 4500'] },
  { text: 'west locality phone number', route: 'contact', shows: ['0161 686 7235'] },
  { text: 'email for starting life well', route: 'contact', shows: ['SLW@salford.gov.uk'] },
  { text: 'who do I call at the weekend', route: 'contact', shows: ['0161 794 8888'] },
];

const stageCases: [string, string][] = [
  ["the practice manager didn't resolve it", 'service_manager'],
  ['Practice manager has not resolved my concerns', 'service_manager'],
  ['the service manager did not resolve my challenge', 'head_of_service'],
  ['I am not happy with the outcome of my referral to the Bridge', 'practice_manager'],
  ['I disagree with the social worker', 'practitioner'],
  // "NFA'd" (no further action), after talking to the social worker: the next step up the ladder.
  ["the bridge have NFA'd my referral... rung the social worker twice, what now?", 'practice_manager'],
  ["they NFA'd it and I spoke to the social worker but I'm still worried", 'practice_manager'],
];

/** Right answers today among the messages below child protection (raise it when recognition improves). */
const MEASURED_AT_LEAST = 9;

describe('recognition generalises beyond the worked scenarios', () => {
  it('has at least 40 of its own messages, none copied from the scenario file', () => {
    expect(general.length).toBeGreaterThanOrEqual(40);
    const known = new Set(scenarios.map((s) => s.text.toLowerCase()));
    expect(general.filter((g) => known.has(g.text.toLowerCase()))).toEqual([]);
  });

  // Below child protection the exact level is a learnt model's answer: measured together (a ratchet), not one by one.
  const MEASURED = new Set(['more_help', 'early_help', 'advice']);
  it('the levels below child protection: at least the right answers they have today', () => {
    const measured = general.filter((g) => MEASURED.has(g.route));
    const misses = measured.filter((g) => reply(g.text).route !== g.route);
    console.log(`levels below child protection: ${measured.length - misses.length} of ${measured.length}`);
    expect(measured.length - misses.length, misses.map((g) => `${g.text} → ${reply(g.text).route}`).join('\n')).toBeGreaterThanOrEqual(MEASURED_AT_LEAST);
  });

  it.each(general.filter((g) => !MEASURED.has(g.route)).map((g) => [g.text, g] as const))('%s', (_text, g) => {
    const r = reply(g.text);
    const found = r.recognition.indicators.map((i) => i.id);
    // 'nothing': no concern is declared (the help card, the "not sure" card or universal advice) and no indicator counted.
    if (g.route === 'asked') {
      expect(r.recognition.intent).toBe('unsure');
      expect(r.recognition.setAside?.map((x) => x.id)).toEqual(g.has);
      return;
    }
    if (g.route === 'nothing') {
      expect(['help', 'unsure', 'advice'], `intent ${r.recognition.intent}, indicators ${found.join(',')}`).toContain(r.route);
      expect(found).toEqual([]);
    } else expect(r.route, `intent ${r.recognition.intent}, indicators ${found.join(',')}`).toBe(g.route);
    for (const id of g.has ?? []) expect(found).toContain(id);
    for (const id of g.hasNot ?? []) expect(found).not.toContain(id);
    for (const s of g.shows ?? []) expect(r.text).toContain(s);
  });

  it.each(stageCases)('escalation: "%s" → next step at %s', (text, stage) => {
    const r = recogniser.recognise(text);
    expect(r.intent).toBe('escalation');
    expect(r.escalationStage).toBe(stage);
  });
});

describe('negation and uncertainty, in detail', () => {
  it.each([
    ['not in immediate danger', 'immediate_danger'],
    ['no bruises', 'physical_abuse'],
    ['he was never left alone', 'home_alone'],
    ['there is no sign of neglect', 'neglect'],
    ['nobody is in immediate danger', 'immediate_danger'],
  ])('"%s" records %s as negated, not found', (text, id) => {
    const r = recogniser.recognise(text);
    expect(r.indicators.map((i) => i.id)).not.toContain(id);
    expect(r.negated.map((i) => i.id)).toContain(id);
  });

  it.each([
    ['lad of 14 is out till 2am most nights, nothing pointing at exploitation so far', 'exploitation'],
    ['nothing to suggest neglect, house is fine', 'neglect'],
  ])('"nothing" that says what is not so: "%s" records %s as negated, not found', (text, id) => {
    const r = recogniser.recognise(text);
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain(id);
    expect(r.negated.map((i) => i.id)).toContain(id);
  });

  it('"nothing to eat" is a lack, not a denial: the hunger stands', () => {
    const r = recogniser.recognise('there is nothing to eat at home and the kids are always hungry');
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain('hygiene_hunger');
    expect(r.negated.map((i) => i.id)).not.toContain('hygiene_hunger');
  });

  it('negation does not cross a clause: "no bruises, but she was left alone" is still an emergency', () => {
    const r = recogniser.recognise('no bruises, but she was left alone');
    expect(r.intent).toBe('emergency');
    // The phrases found "left alone"; the denied bruises stay denied (the meaning may add what it reads, e.g. neglect).
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toEqual(['home_alone']);
    expect(r.indicators.map((i) => i.id)).not.toContain('physical_abuse');
  });

  it.each([
    ["he has to take it to them and if he doesn't they'll stab him", 'immediate_danger'],
    ['she never told anyone he punched her', 'physical_abuse'],
    ['nobody knows he is home alone', 'home_alone'],
  ])('negation does not cross a new subject: "%s" still finds %s', (text, id) => {
    const r = recogniser.recognise(text);
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain(id);
    expect(r.negated.map((i) => i.id)).not.toContain(id);
  });

  it('a phrase that is itself a lack is not undone by the lack before it: "no food no heat" is neglect, "no bruises" still denies', () => {
    const r = recogniser.recognise('No food no heat 3 kids under 5.');
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain('neglect');
    expect(r.negated.map((i) => i.id)).not.toContain('neglect');
    expect(recogniser.recognise('no food worries, no bruises').negated.map((i) => i.id)).toContain('physical_abuse');
  });

  it('an indicator affirmed in one place and denied in another counts as present (the safer reading)', () => {
    const r = recogniser.recognise('he says there are no bruises. I saw bruises on his back');
    expect(r.indicators.map((i) => i.id)).toContain('physical_abuse');
    expect(r.negated.map((i) => i.id)).not.toContain('physical_abuse');
  });

  it.each(["I'm not sure if he is in danger", 'maybe she is home alone', 'I don’t know whether he was left alone'])(
    '"%s" is uncertain and still takes the emergency route',
    (text) => {
      const r = recogniser.recognise(text);
      expect(r.uncertain).toBe(true);
      expect(r.intent).toBe('emergency');
    },
  );

  it('a message about nothing it knows asks for help with low confidence', () => {
    const r = recogniser.recognise('hello, good morning');
    expect(r).toMatchObject({ intent: 'help', indicators: [], confidence: 'low' });
  });
});

describe('harm in the words practitioners and young people use for it (phrase base 1.3.0), in every area', () => {
  const engines = loadEngines();
  const at = new Date('2026-12-02T10:00:00Z');
  it.each(AREAS)('%s: battering, a spiked drink, pictures in underwear, sextortion, blackmail over pictures and "going country" are child protection', (area) => {
    const engine = engines[area];
    // Child protection is the level below the emergency, the highest (Getting Risk Support, Bury level 5, Nottingham protection).
    const protection = Math.max(...engine.pack.levels.map((l) => l.rank)) - 1;
    for (const text of ['she sed her dad batters her', 'yr 11 girl thinks her drink was spiked at a party at the weekend', 'a man online asked her to send pictures in her underwear and she did', 'year 10 boy is being sextorted, he has sent money', 'yr 9 boy blackmailed over pics online', 'he keeps bragging about going country and easy money']) {
      const r = engine.recognise(text);
      expect(r.indicators.filter((i) => i.by !== 'meaning').length, text).toBeGreaterThan(0);
      const level = engine.assess({ indicators: r.indicators.map((i) => i.id) }, at).level;
      expect(level.rank, text).toBeGreaterThanOrEqual(protection);
    }
  });

  it.each(AREAS)('%s: spiked hair is not a spiked drink', (area) => {
    for (const text of ['his hair was spiked up for the school photo', 'he had his hair spiked at the party']) {
      expect(engines[area].recognise(text).indicators.map((i) => i.id), text).not.toContain('sexual_abuse');
    }
  });
});

describe('consent asked about is information sharing; consent given, or parents who know, is not', () => {
  const engines = loadEngines();
  it.each(AREAS)('%s', (area) => {
    const engine = engines[area];
    for (const text of ['Do I need mum’s consent to share my worries with the school?', 'Dad won’t consent to me talking to the school, can I still share?']) {
      const r = engine.recognise(text);
      expect([r.intent, ...r.also], text).toContain('info_sharing');
    }
    for (const text of ['mum is struggling with the three kids and their behaviour, she consents to a TAF and wants help', 'Year 9 girl feeling low since her parents split, parents know and are supportive, she has agreed to see the school counsellor']) {
      const r = engine.recognise(text);
      expect(r.intent, text).not.toBe('info_sharing');
    }
  });
});

describe('living with friends, past the age the pack gives for private fostering', () => {
  const salfordWords = new Recogniser(loadPack(salford));
  it('a 16 or 17 year old staying with friends is not the private-fostering topic when the words never name it', () => {
    const r = salfordWords.recognise('16 year old got kicked out after coming out as gay, staying with a friend’s family for now');
    expect([r.intent, ...r.also]).not.toContain('private_fostering');
  });
  it('it still is under 16, for a disabled young person under 18, and whenever the words ask about private fostering', () => {
    for (const text of [
      'a 14 year old is staying with a friend’s family for two months',
      '16 year old with a learning disability has been staying with a friend’s family since September',
      'is a 16 year old living with his girlfriend’s family private fostering?',
    ]) {
      const r = salfordWords.recognise(text);
      expect([r.intent, ...r.also], text).toContain('private_fostering');
    }
  });
});
