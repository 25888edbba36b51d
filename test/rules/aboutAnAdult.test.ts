/**
 * rules/aboutAnAdult.ts and combine's step 4: a worry about an adult only gets Salford's adult safeguarding answer first,
 * with the Bridge on it; a child beside an adult (a man in his 40s grooming a 13 year old) is never read as a worry about
 * an adult, and a red flag stands.
 */
import { describe, expect, it } from 'vitest';
import { answerFor } from '../../cards';
import { loadEngines } from '../../rules';
import { onlyAboutAnAdult } from '../../rules/aboutAnAdult';
import { cardStrings } from '../helpers/cardNodes';

const engines = loadEngines();
/** Wednesday 25 November 2026, 10:00 in London. */
const OPEN = new Date('2026-11-25T10:00:00Z');

describe('a worry about an adult only', () => {
  it.each([
    // No child involved, and an adult named.
    "a young woman from our drop-in, now 21, says her partner takes her bank card, she's got no kids",
    'man at our food bank, in his 50s, says his son-in-law takes his pension, no children involved',
    'not a child but I am worried about a 19 year old who used to come to our youth club',
    // The children are fine, and the adult's age said.
    "dad's brother who lives with them is 30 and has a learning disability, they lock him out all day. the kids are fine",
    // An adult at risk named, and no child at all.
    'an elderly neighbour seems confused and is giving money to a man who calls round',
    'who do I call about a vulnerable adult in Salford?',
    'one of the residents at the care home where I volunteer has bruises on her arms',
  ])('"%s"', (text) => {
    expect(onlyAboutAnAdult(text)).toBe(true);
  });

  it.each([
    // An adult who harms a child, beside the child.
    'a man in his 40s keeps messaging one of our girls, she calls him her boyfriend',
    "she's 13 and has a 22 year old boyfriend, no kids involved",
    'lad (14) says an older man pays him to hold parcels',
    'a 15 year old says her 24 year old boyfriend hits her',
    // A family with children and no adult's age: the family's needs, not an adult's.
    'mum has dementia in the family and the kids are fine but struggling with routines',
    'grandad has dementia and the young carer looks after him after school',
    // An age under 18, whatever else is said.
    'she is 17 and pregnant, no kids yet, her boyfriend is 25',
    // Words of age that are not a person's age.
    'attendance is now 52%, parents are not engaging',
    'mum is 20 weeks pregnant, two police call-outs for shouting, no kids yet',
    'not a child protection thing i dont think, shes just been really flat since her friend moved away',
    // No adult named.
    'no kids were there when the police came',
  ])('not "%s"', (text) => {
    expect(onlyAboutAnAdult(text)).toBe(false);
  });
});

describe('through the recogniser and the card', () => {
  const salford = engines.salford;

  it.each([
    "a young woman from our drop-in, now 21, says her partner hits her, she's got no kids",
    'one of the residents at the care home where I volunteer has bruises on her arms',
  ])('"%s": adult safeguarding first, with its number, the Bridge for any child who sees the adult, and 999', (message) => {
    const r = salford.recognise(message);
    expect(r.intent).toBe('adult_concern');
    const text = cardStrings(answerFor(salford, r, message, OPEN, { personal: true })).join('\n');
    expect(text).toContain('0161 206 0604');
    expect(text).toContain('0161 603 4500');
    expect(text).toContain('999');
  });

  it('a child beside an adult who harms them: child protection, not adult safeguarding', () => {
    const r = salford.recognise('a man in his 40s keeps messaging one of our 13 year olds and buying her stuff, she calls him her boyfriend');
    expect(r.intent).toBe('concern');
  });

  it('a red flag stands: an adult in immediate danger is still a 999 call', () => {
    const r = salford.recognise("a woman at our group, now 35, says her husband has a knife and is threatening to kill her, she's got no kids");
    expect(r.intent).toBe('emergency');
  });

  it.each(['bury', 'nottingham'] as const)('%s has no adult safeguarding route: its answers are unchanged by the reading', (area) => {
    const r = engines[area].recognise("a young woman from our drop-in, now 21, says her partner hits her, she's got no kids");
    expect(r.intent).not.toBe('adult_concern');
  });
});
