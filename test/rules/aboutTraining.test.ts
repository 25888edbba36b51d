/**
 * A question about training or a course for practitioners, with no child described, is answered with services and
 * advice: the harm it names is the training's subject (rules/aboutTraining.ts). Any child described, sport training,
 * a red flag or a contact asked for, and it is not this.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { asksAboutTraining } from '../../rules/aboutTraining';

const engines = loadEngines();

const TRAINING = [
  'can you recommend a course on neglect for our nursery staff',
  'does the partnership run training on child exploitation?',
  'how do I book level 3 safeguarding training',
  'Any e-learning on domestic abuse for our volunteers? Want to get the team trained up.',
] as const;

const NOT_TRAINING = [
  // A child described.
  'can you recommend a course for a mum whose partner hits her? the kids are 3 and 5',
  'our 14 yr old player missed training and says his coach touched him',
  'not toilet trained at 5, mum is asking about a course',
  // Sport or activity training.
  'lad keeps talking about joining a group that wants to "take the country back", handing out leaflets at training',
  // Not asked about.
  'we had training on neglect last week and it made me think of a family',
] as const;

describe('asksAboutTraining', () => {
  it.each(TRAINING)('training: "%s"', (text) => {
    expect(asksAboutTraining(text)).toBe(true);
  });
  it.each(NOT_TRAINING)('not: "%s"', (text) => {
    expect(asksAboutTraining(text)).toBe(false);
  });
});

describe('through the recogniser, in every pack', () => {
  it.each(AREAS)('%s: services and advice, with no level of need read from the subject', (area) => {
    for (const text of TRAINING) {
      const r = engines[area].recognise(text);
      expect(r.intent, text).toBe('advice');
      expect(r.indicators, text).toEqual([]);
    }
  });
  it.each(AREAS)('%s: a red flag stands, and a child described keeps the worry', (area) => {
    const flagged = engines[area].recognise('can you recommend a course? a 4 year old is home alone right now');
    expect(flagged.intent).not.toBe('advice');
    const child = engines[area].recognise('can you recommend a course for a mum whose partner hits her? the kids are 3 and 5');
    expect(child.intent).toBe('concern');
  });
});
