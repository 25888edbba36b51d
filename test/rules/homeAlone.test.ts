/**
 * rules/homeAlone.ts and combine's step 0: the words for a child alone that do not mean a child alone now (a journey
 * home; a short time alone that is over) do not bring 999 on the words alone. Each with near misses that keep the red
 * flag: the child alone now or later today, nobody back, an empty house, all night.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngines } from '../../rules';
import { loadPack } from '../../rules/load';
import { salford } from '../../rules/packs/salford';
import { aChildAloneThereNow, aloneAsHabit, aloneBrieflyBefore, onlyAnAdultAlone, onlyAskingTheRule, onlyTravellingAlone } from '../../rules/homeAlone';

describe('travelling home alone is the journey, not the house', () => {
  it.each([
    ['walks home alone, she is 12, parents have agreed it', 'home alone'],
    ['he has started to walk home on his own, mum arranged it with us', 'home on his own'],
    ['she gets the bus home by herself now she is in year 9', 'home by herself'],
  ])('"%s"', (text, matched) => {
    expect(onlyTravellingAlone(text, [matched])).toBe(true);
  });

  it.each([
    ['he walks home alone and nobody is in until 10pm', 'home alone'],
    ['walked home alone and found an empty house, he is 5', 'home alone'],
    ['she walks home alone and is home alone till mum gets back at midnight', 'home alone'],
    ['he is home alone, mum went out', 'home alone'],
  ])('not "%s"', (text, matched) => {
    expect(onlyTravellingAlone(text, [matched])).toBe(false);
  });
});

describe('an adult on their own is not a child alone', () => {
  it.each([
    ["mum is on her own since dad left, she's managing really well", 'on her own'],
    ["Dad's been on his own since mum died two years ago, the kids are doing brilliantly", 'on his own'],
    // Fortieth session: a parent bringing the children up alone.
    ['Dad bringing up his 2 on his own since mum died in January, eldest crying a lot in class', 'on his own'],
    ['mum is raising three kids alone and is exhausted', 'alone'],
    // Forty-fourth session: the adult's age after the word for them.
    ['26 weeker home on oxygen, mum 19 alone, flat full of mould', 'alone'],
    ['baby 6 weeks, mum (22) alone with him, struggling', 'alone'],
  ])('"%s"', (text, matched) => {
    expect(onlyAnAdultAlone(text, [matched])).toBe(true);
  });

  it.each([
    ['mum is on her own since dad left and the kids are home alone tonight', 'home alone'],
    ['mum left him on his own', 'on his own'],
    ['dad is on his own with the kids and nobody is home now', 'on his own'],
    ['mum is raising them alone and went out last night leaving the kids on their own', 'on their own'],
    // A child's age is not an adult's: "the 9 alone" is no parent.
    ['baby 9 months alone in the flat, mum 19 gone out', 'alone'],
  ])('not "%s"', (text, matched) => {
    expect(onlyAnAdultAlone(text, [matched])).toBe(false);
  });
});

describe('a question about the rule is not a child alone', () => {
  it.each([
    ['what age can kids legally stay home alone?', 'home alone'],
    ['a parent asked me if her sensible 12 yo can be home alone for an hour after school in the summer hols. is there a legal age?', 'home alone'],
    ['Parents asked if their 14 year old can be left home alone for an hour after school. No other worries at all.', 'home alone'],
    ['is it ok for a 13 year old to stay home on his own after school?', 'home on his own'],
    // Typed without the question mark: the sentence opens by asking about the rule.
    ['what age can a kid be left home alone', 'home alone'],
    ['how old does a child have to be to be left home alone', 'home alone'],
    ['can a 12 year old be home alone for an hour', 'home alone'],
    ['how young can a child be left in the car while I pay for petrol', 'left in the car'],
    // Asked "if ok to" (forty-second session).
    ['parent asking if ok to leave her 15yo home alone 2hrs after school?', 'home alone'],
    // "Old enough", "too young" (forty-fourth session).
    ['is 11 old enough to be home alone for an hour? parent asking', 'home alone'],
    ['is 9 too young to be left home alone for half an hour', 'home alone'],
    ['mum wants to know if her 10yo is old enough to stay home alone while she pops to the shop', 'home alone'],
  ])('"%s"', (text, matched) => {
    expect(onlyAskingTheRule(text, [matched])).toBe(true);
  });

  it.each([
    // The child is alone now, or later today, whatever else is asked.
    ['can someone come? the 6 year old is home alone', 'home alone'],
    ['can you help, she is home alone now and mum is not answering', 'home alone'],
    ['what age is it legal to be home alone? asking because he is home alone tonight', 'home alone'],
    // The question comes after the child alone: a child described, not the rule asked about.
    ['kid home alone age 6, what age is legal anyway', 'home alone'],
    // A child under five keeps the red flag however the words are put.
    ['is it ok to leave the 3 year old home alone for a bit?', 'home alone'],
    ['is 4 too young to be left home alone for ten minutes', 'home alone'],
    // Old enough said, not asked; old enough asked of a child alone now.
    ['she is 11, old enough to be home alone, mum told me', 'home alone'],
    ['is 11 old enough to be home alone? because he is home alone now and mum is not answering', 'home alone'],
    ['mum asking whether its ok to leave the 4yo home alone while she pops out', 'home alone'],
    // Said, not asked.
    ['the 7 year old can be home alone, mum told me', 'home alone'],
    // A plea for help opens with "can you", not a question about the rule.
    ['can you help, she is 7 and home alone', 'home alone'],
    ['how do I report a child home alone', 'home alone'],
    // A child seen there now, beside the question.
    ['how young can a child be left in the car, theres a baby in a car outside on its own', 'left in the car'],
  ])('not "%s"', (text, matched) => {
    expect(onlyAskingTheRule(text, [matched])).toBe(false);
  });
});

describe('a short time alone that is over', () => {
  it.each([
    'she was home alone for about 20 minutes while mum popped to the shop, no issue',
    "mum said he was 'left on his own' for 10 mins while she nipped to the post box",
    'he was home alone for an hour after school last week, mum was at work round the corner',
    'he said he was "home alone" at the weekend - he is 16 and his parents went out for a meal for 3 hours',
    'a mum said she left her 6 year old home alone for about ten minutes while she took the bins out',
    '9 year old said he was "left home alone" on Saturday. It was for 10 minutes while mum popped next door',
  ])('"%s"', (text) => {
    expect(aloneBrieflyBefore(text)).toBe(true);
  });

  it.each([
    'the kids were home alone for an hour, mum still isn’t back',
    'she was home alone for 20 minutes and mum is not answering her phone',
    'he was home alone all night',
    'they were left alone for ten minutes and they are alone now',
    'she was on her own for an hour, mum is leaving her again tonight',
    'he is 4 and was home alone for an hour while mum went to the pub',
    'the 18 month old was left on her own for 10 minutes while mum nipped out',
    // A habit, not a time that is over; the time not said as the time alone.
    'mum leaves her 6 year old home alone for an hour while she goes to the shop',
    'she left her 7 year old home alone overnight, it was for 10 minutes she said at first',
    'he was left home alone on Saturday. It was freezing and there was no food',
  ])('not "%s"', (text) => {
    expect(aloneBrieflyBefore(text)).toBe(false);
  });
});

describe('in the recogniser (Salford, with the meaning)', () => {
  const engine = loadEngines().salford;

  it('a journey home alone, or a short time alone that is over, is not answered with 999', () => {
    for (const text of ['walks home alone, 12, parents ok', 'she was home alone for about 20 minutes at 15 while mum popped to the shop, no issue at all']) {
      const r = engine.recognise(text);
      expect(r.intent, text).not.toBe('emergency');
      expect(r.indicators.map((i) => i.id), text).not.toContain('home_alone');
    }
  });

  it('a question about the rule is answered, not met with 999, in every area; a child alone now still gets 999', () => {
    for (const [area, e] of Object.entries(loadEngines())) {
      for (const text of ['what age can kids legally stay home alone?', 'a parent asked me if her sensible 12 yo can be home alone for an hour after school. is there a legal age?']) {
        const r = e.recognise(text);
        expect(r.intent, `${area}: ${text}`).toBe('advice');
      }
      expect(e.recognise('can someone come? the 6 year old is home alone').intent, area).toBe('emergency');
      expect(e.recognise('can you help, she is 7 and home alone').intent, area).toBe('emergency');
      // The meaning reads "home alone" as a child alone too: asked about as the rule, it does not bring 999 back.
      // Nor, through the area's level head, child protection for the same words: the red-flag question or the ordinary answer.
      // The same question in words no phrase holds, which the meaning alone read as a child alone.
      for (const text of ['what age can kids stay home alone?', 'what age can a kid be left home alone', 'can a 12 year old be home alone for an hour', 'is it ok for a 10 year old to walk to school alone', 'what age can a child go to the park alone']) {
        expect(['unsure', 'advice'], `${area}: ${text}`).toContain(e.recognise(text).intent);
      }
      for (const text of ['how young can a child be left in the car, theres a baby in a car outside on its own', 'is it ok for a 10 year old to walk to school alone? he is on his own now and not answering']) {
        expect(e.recognise(text).intent, `${area}: ${text}`).toBe('emergency');
      }
    }
  });

  // Forty-fourth session (combine step 0b): a message that only asks the rule is the ordinary answer, where the meaning had
  // given it the red-flag question, child protection for neglect ("left at home on their own") or, for "old enough", 999.
  it.each(['salford', 'bury', 'nottingham'] as const)('%s: only the rule asked is the ordinary answer; with a child alone now, or under five, 999', (area) => {
    const e = loadEngines()[area];
    for (const text of [
      'what age can kids stay home alone?',
      'is 11 old enough to be home alone for an hour? parent asking',
      'is 9 too young to be left home alone for half an hour',
      'what age can a child be left home alone legally',
      'can a 12 year old be left at home on their own after school? mum wants to know',
    ]) {
      const r = e.recognise(text);
      expect(r.intent, text).toBe('advice');
      expect(r.indicators, text).toEqual([]);
    }
    for (const text of ['is 11 old enough to be home alone? because he is home alone now and mum is not answering', 'is 4 too young to be left home alone for ten minutes']) {
      expect(e.recognise(text).intent, text).toBe('emergency');
    }
    // Another worry beside the question is placed as a worry, not answered as the rule.
    expect(e.recognise('can a 12 year old be left home alone? asking because mum leaves him every night and there is never any food in').intent).not.toBe('advice');
  });

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: a mother of 19 "alone" with a premature baby is not a child alone (no 999 card)', (area) => {
    expect(loadEngines()[area].recognise('26 weeker home on oxygen, mum 19 alone, flat full of mould').intent).not.toBe('emergency');
    expect(loadEngines()[area].recognise('baby 9 months alone in the flat, mum 19 gone out').intent).toBe('emergency');
  });

  it('a child alone now keeps 999, and so does a young child the meaning finds in danger', () => {
    expect(engine.recognise('he walks home alone and nobody is in until 10pm').intent).toBe('emergency');
    expect(engine.recognise('he is 4 and was home alone for an hour while mum went to the pub').intent).toBe('emergency');
  });

  it('the phrase layer alone (no meaning) is unchanged: the pack’s red flag on its words', () => {
    expect(createEngine(loadPack(salford), null).recognise('walks home alone, 12, parents ok').intent).toBe('emergency');
  });
});

describe('a child alone in a room or the house now, beside another child who is safe', () => {
  const ALONE_THERE = "One of our regulars, he's 11, turned up at youth club about half 8 saying mum had locked him out after a row. But he's just said when he looked through the front window his little sister, she's 2, is on her own in the front room and mum's car has gone. He's been knocking and she's crying. He's with me at the club now. Do I ring his nan first?";

  it('is read as alone now; was alone, or an adult alone, is not', () => {
    expect(aChildAloneThereNow(ALONE_THERE)).toBe(true);
    expect(aChildAloneThereNow('the baby is alone in the car outside the shop')).toBe(true);
    expect(aChildAloneThereNow('she was on her own in the flat last night, she is with me now')).toBe(false);
    expect(aChildAloneThereNow('mum told us she was alone in the house all weekend')).toBe(false);
    // At home, or with a baby or a little one, now.
    expect(aChildAloneThereNow("rang the house and his sister, she's 9, said she's on her own with the baby")).toBe(true);
    expect(aChildAloneThereNow('his 8 year old brother is by himself at home')).toBe(true);
    expect(aChildAloneThereNow('she was on her own with the baby for ten minutes last week')).toBe(false);
    expect(aChildAloneThereNow('mum is with the baby at home')).toBe(false);
  });

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: a sister of 9 alone with the baby while her brother is safe with the writer: 999 first', (area) => {
    const text = "Nobody came for our Y4 boy so he's still with me at the club. I rang home and his sister, she's 9, answered and said she's on her own with the baby, dad went out this morning and hasn't come back.";
    const r = loadEngines()[area].recognise(text);
    expect(r.intent).toBe('emergency');
    expect(r.indicators.map((i) => i.id)).toContain('home_alone');
  });

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: 999 first, not the "not sure" card (the older child being safe is not the little one being safe)', (area) => {
    const r = loadEngines()[area].recognise(ALONE_THERE);
    expect(r.intent).toBe('emergency');
    expect(r.indicators.map((i) => i.id)).toContain('home_alone');
  });
});

describe('"no other adult in the house": an adult besides whom there is no other (wordSense.ts noOtherAdult)', () => {
  it.each(['salford', 'bury', 'nottingham'] as const)('%s: a young carer for a parent at home is not a child alone; no adult at all still is', (area) => {
    const e = loadEngines()[area];
    const carer = e.recognise("14yo looks after his dad who had a stroke, does the meals and his tablets, he's always tired in class. No other adult in the house");
    expect(carer.intent).not.toBe('emergency');
    expect(carer.indicators.map((i) => i.id)).not.toContain('home_alone');
    expect(e.recognise('no adult in the house, the 6yo answered the door to me').intent).toBe('emergency');
  });
});

describe('left alone as a habit: "when she nips out"', () => {
  it('is a habit; alone now is not', () => {
    expect(aloneAsHabit("Mum says she leaves the 3 yr old alone in the flat when she nips out, 'only half an hour'")).toBe(true);
    expect(aloneAsHabit('3yo on his own in the flat now, mum nipped out')).toBe(false);
  });

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: child protection with the danger-now question first, not the 999 card; alone now keeps 999', (area) => {
    const e = loadEngines()[area];
    const r = e.recognise("Mum says she leaves the 3 yr old alone in the flat when she nips out, 'only half an hour'");
    expect(r.intent).not.toBe('emergency');
    expect(r.aloneOften?.map((i) => i.id)).toEqual(['home_alone']);
    expect(e.recognise('3yo on his own in the flat now, mum nipped out').intent).toBe('emergency');
  });
});

describe('a carer arrested is why a child is alone, not why the child is safe', () => {
  const engines = loadEngines();
  it.each(['salford', 'bury', 'nottingham'] as const)('%s', (area) => {
    const text = "Mum has just rung me from the police station, she's been arrested in town and her 2 week old is at home on his own";
    expect(engines[area].recognise(text).intent).toBe('emergency');
    // The one who harmed arrested, the child with a safe adult: not a child alone, and no 999 on those words.
    expect(engines[area].recognise('dad hit him last night and has been arrested, he is staying with his nan').intent).not.toBe('emergency');
  });
});
