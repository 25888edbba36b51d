/**
 * rules/whose.ts and the packs' `whose` pairs: a need the guidance names as a parent's and as the young person's own
 * counts for the person the words name, so that the answer's "why" names the right person. Read through the phrase
 * layer (the meaning is left out, so only the reading under test decides), and the level through the whole recogniser.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, createEngine, loadEngines, loadPacks, type Area } from '../../rules';
import { whyFromRecognition } from '../../rules/explain';
import { whoseIs } from '../../rules/whose';
import { tokenise } from '../../rules/text';

const packs = loadPacks();
const phrasesOnly = { salford: createEngine(packs.salford, null), bury: createEngine(packs.bury, null), nottingham: createEngine(packs.nottingham, null) };
const engines = loadEngines();
const ids = (area: Area, text: string) => phrasesOnly[area].recognise(text).indicators.map((i) => i.id);
const why = (area: Area, text: string) => whyFromRecognition(phrasesOnly[area].recognise(text), packs[area]).join(' ');
const AT = new Date('2026-11-25T10:00:00Z');
const level = (area: Area, text: string) => {
  const e = engines[area];
  return e.assess({ indicators: e.recognise(text).indicators.map((i) => i.id) }, AT).level.id;
};

describe('whose drinking or drug use, in Bury and Nottingham', () => {
  it.each(['bury', 'nottingham'] as const)('%s: a parent named with the word is a parent’s use, and the answer says so', (area) => {
    for (const text of ['dad came to parents evening drunk', 'mums partner is always drunk when i visit', 'a drunk parent collected the twins', 'mum smokes weed in front of the kids']) {
      expect(ids(area, text), text).toContain('parent_substance_misuse');
      expect(ids(area, text), text).not.toContain('young_person_substance_misuse');
    }
    expect(why(area, 'dad came to parents evening drunk')).toContain('You mentioned “drunk”: parent’s drug or alcohol use');
    expect(why(area, 'dad came to parents evening drunk')).not.toMatch(/young person drinking/i);
  });

  it.each(['bury', 'nottingham'] as const)('%s: a young person named is their own use, and so is a word that names no one', (area) => {
    for (const text of ['14 year old came into school drunk', 'the 15 yr old is smoking weed every day', 'drunk teenagers in the park again', 'she keeps getting drunk at weekends']) {
      expect(ids(area, text), text).toContain('young_person_substance_misuse');
      expect(ids(area, text), text).not.toContain('parent_substance_misuse');
    }
  });

  it('someone named by a pronoun first ("mum lets her get drunk", "mum says he’s drunk") leaves the word to its own list', () => {
    expect(whoseIs(tokenise('mum lets her get drunk'), 4, 4)).toBeUndefined();
    expect(ids('bury', 'mum lets her get drunk')).toEqual(['young_person_substance_misuse']);
    expect(ids('bury', 'mum says he’s drunk every weekend')).toEqual(['young_person_substance_misuse']);
  });

  it('Salford names no young person’s own use, so its list of a parent’s use is read as it is', () => {
    expect(ids('salford', 'dad came to parents evening drunk')).toEqual(['parental_substance_misuse']);
  });
});

describe('whose mental health, in every area: a parent’s diagnosis said of a young person is theirs', () => {
  const child = { salford: 'emotional_wellbeing', bury: 'child_mental_health', nottingham: 'child_mental_health' } as const;
  const parent = { salford: 'parental_mental_health', bury: 'parent_mental_health', nottingham: 'parent_mental_health' } as const;

  it.each(['salford', 'bury', 'nottingham'] as const)('%s', (area) => {
    expect(ids(area, 'mum is bipolar')).toEqual([parent[area]]);
    expect(ids(area, 'dad has schizophrenia')).toEqual([parent[area]]);
    expect(ids(area, 'the 15 year old has bipolar')).toEqual([child[area]]);
    expect(ids(area, 'the 14 year old has depression')).toEqual([child[area]]);
  });

  it('the young person’s own list is not read again: "her nan passed away" is the child’s grief, not an adult’s need', () => {
    expect(ids('salford', 'her nan passed away last week and she was a bit teary today')).toEqual(['emotional_wellbeing']);
    expect(ids('bury', 'he is being bullied by his dad')).not.toContain('parent_mental_health');
  });
});

describe('Bury: a parent not coping (level 3) or a young person not coping (their own wellbeing, level 2)', () => {
  it('reads whose it is, a school year naming the young person', () => {
    expect(ids('bury', 'mum not coping, 3 under 5')).toEqual(['parent_not_coping']);
    expect(ids('bury', 'dad is struggling to cope since mum left')).toEqual(['parent_not_coping']);
    expect(ids('bury', 'Y10 not coping with GCSE workload, grades dropping, very supportive parents')).toEqual(['child_mental_health']);
    expect(ids('bury', 'the 15 year old is not coping with her exams')).toEqual(['child_mental_health']);
    expect(level('bury', 'Y10 not coping with GCSE workload, grades dropping, very supportive parents')).toBe('level2');
  });
});

describe('Bury: drug dealing is a parent’s serious crime or a child made to deal (both level 5)', () => {
  it('reads whose dealing it is', () => {
    expect(ids('bury', 'dad is dealing drugs')).toEqual(['parent_serious_crime']);
    expect(ids('bury', 'mum sells coke from the flat')).toEqual(['parent_serious_crime']);
    // Growing it to sell in the family home (pack 1.13.0); a young person made to work in one is exploited.
    expect(ids('bury', 'police found a cannabis farm in the loft, two under 5s live there')).toEqual(['parent_serious_crime']);
    expect(ids('bury', '15 yo found working in a cannabis farm')).toEqual(['child_criminal_exploitation']);
    expect(ids('bury', 'the 15 yo is dealing drugs at the park')).toEqual(['child_criminal_exploitation']);
    // The list of exploitation tells what others do to the child: a parent named beside it is not the one exploited.
    expect(ids('bury', 'mum is worried about county lines')).toEqual(['child_criminal_exploitation']);
    expect(ids('bury', 'Y10 boy told me he has been selling weed for an older lad')).toContain('child_criminal_exploitation');
  });
});

describe('Bury: a parent’s mental health is one need with the young carer’s (Level 2’s young carer row)', () => {
  it('a young carer for a parent with bipolar stays at level 2; another need beside them makes a range of needs (level 3)', () => {
    expect(level('bury', '12 yr old helps his mum who has bipolar, does the shopping and cooking, happy for me to refer him to young carers')).toBe('level2');
    expect(level('bury', 'mum has bipolar and the 14 year old has poor attendance and the family are being evicted')).toBe('level3');
  });
});

describe('worries told in words the lists lacked (phrase base 1.4.0)', () => {
  it.each(['salford', 'bury', 'nottingham'] as const)('%s', (area) => {
    const harm = { salford: 'risky_adult', bury: 'adult_risk_to_children', nottingham: 'adult_risk_to_children' }[area];
    expect(ids(area, 'dad just got out of prison for a sexual offence and wants contact')).toContain(harm);
    expect(ids(area, 'she says she wants to go to syria to marry a fighter')).toContain('radicalisation');
    expect(ids(area, 'he keeps drawing swastikas and talking about a race war')).toContain('radicalisation');
    expect(ids(area, 'they live in a caravan with no running water')).toContain(area === 'salford' ? 'housing_money' : 'housing');
    expect(ids(area, 'both parents are using, I have seen it myself')).toContain(area === 'salford' ? 'parental_substance_misuse' : 'parent_substance_misuse');
    expect(ids(area, 'his mum smokes stuff')).toContain(area === 'salford' ? 'parental_substance_misuse' : 'parent_substance_misuse');
    expect(ids(area, 'new mum says she has thoughts of harming the baby')).toContain('physical_abuse');
    const appointments = { salford: 'development', bury: 'missed_health_appointments', nottingham: 'family_struggling' }[area];
    expect(ids(area, 'mum has missed the last three health visitor appointments')).toContain(appointments);
  });

  it('a beating a child gets, not one a team takes; money a young person will not explain', () => {
    for (const area of AREAS) expect(ids(area, 'lad said he gets a beating if his report is bad'), area).toContain('physical_abuse');
    expect(ids('salford', 'we got a beating in the cup final')).not.toContain('physical_abuse');
    expect(ids('salford', 'she has lots of money and won’t say where it’s from')).toContain('exploitation');
    expect(ids('bury', 'she has lots of money and won’t say where it’s from')).toContain('exploitation_signs');
  });

  it('a parent using something ordinary is no drug use', () => {
    expect(ids('salford', 'baby has a bit of nappy rash, mum is using cream')).not.toContain('parental_substance_misuse');
    expect(ids('bury', 'mum breastfeeding, mum using the feeding cafe')).not.toContain('parent_substance_misuse');
  });
});
