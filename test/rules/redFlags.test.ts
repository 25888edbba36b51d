/**
 * One red-flag test set, run against every pack: a child in immediate danger or home alone is an
 * emergency (999 first) in Salford, Bury and Nottingham alike, by the shared phrase base
 * (rules/phraseBase.ts) alone and with the meaning added. Each pack cites its own guidance for it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, loadPacks } from '../../rules';
import { PHRASE_BASE_VERSION, RED_FLAG_PHRASES } from '../../rules/phraseBase';

const packs = loadPacks();
const AREAS = ['salford', 'bury', 'nottingham'] as const;

const RED_FLAGS = [
  'he is on his own at home, he is 4',
  'the 6 year old has been left home alone since this morning',
  'nobody has come to collect her and I cannot reach anyone, she says there is no one at home',
  'mum left the baby in the car while she went shopping',
  'dad is in reception shouting that he is going to kill her',
  'a pupil says her brother has a knife and is at the house now',
  'she has taken an overdose and is in the toilets',
  'he is unconscious in the park and not breathing properly',
  'I can hear screaming next door and the kids are in there',
  'two children left on their own overnight, youngest is 3',
];

const ORDINARY = [
  'mum asked about free holiday clubs',
  'he is worried about his exams',
  'the family are moving house next month',
];

describe('the shared red-flag phrases, in every pack', () => {
  it('every pack holds every phrase of the base (packs extend it, never drop from it)', () => {
    expect(PHRASE_BASE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    for (const area of AREAS)
      for (const [id, base] of Object.entries(RED_FLAG_PHRASES)) {
        const ind = packs[area].indicators.find((i) => i.id === id);
        expect(ind?.kind, `${area} ${id}`).toBe('red-flag');
        expect(ind?.level, `${area} ${id}`).toBe(packs[area].emergencyLevel);
        for (const p of base) expect(ind?.phrases, `${area} ${id}`).toContain(p);
      }
  });

  for (const area of AREAS) {
    const phrasesOnly = createEngine(packs[area], null);
    const both = createEngine(packs[area]);
    it.each(RED_FLAGS)(`${area}: "%s" is an emergency by the phrases alone and with the meaning`, (text) => {
      expect(phrasesOnly.recognise(text).intent).toBe('emergency');
      expect(both.recognise(text).intent).toBe('emergency');
    });
    it.each(ORDINARY)(`${area}: "%s" is not an emergency`, (text) => {
      expect(both.recognise(text).intent).not.toBe('emergency');
    });
  }
});
