/**
 * rules/harmWords.ts and combine's step 1b-0: in a short message with no word of harm, danger, a child unsupervised or
 * worry at all, a red flag only the meaning reads is not one ("dad is collecting her today instead of mum" had 999 first
 * in every area). Every short immediate-danger message written for the corpus and the pending sets holds such a word, so
 * none of them loses its red flag this way; a red flag the words find, a word of harm, or a longer message keep it.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, createEngine, loadEngines } from '../../rules';
import { saysAnyHarm } from '../../rules/harmWords';
import { loadPack } from '../../rules/load';
import { salford } from '../../rules/packs/salford';
import type { SemanticModel } from '../../rules/semantic/model';
import { readCorpus, readPending } from '../../scripts/corpus';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

describe('a word of harm', () => {
  it('every immediate-danger message of 20 words or fewer in the corpus and the pending sets holds one', () => {
    const root = process.cwd();
    const all = [...readCorpus(root), ...readPending(root)];
    const short = all.filter((i) => i.route === 'emergency' && words(i.text) <= 20);
    expect(short.length).toBeGreaterThan(700);
    expect(short.filter((i) => !saysAnyHarm(i.text)).map((i) => i.text)).toEqual([]);
  });

  it.each([
    'stepdad collecting her at 3, she begged me not to let her go',
    "dad picking her up at 3, she doesn't want to go with him",
    "mum collecting her 2yo can barely stand, pinprick pupils, says she's walking him home along Bury New Rd",
  ])(
    'a child not wanting to go with the one collecting, or a parent not fit to care, is a word of worry: "%s"',
    (text) => {
      // Fortieth session: without these words, step 1b-0 set the meaning's red flag aside.
      expect(saysAnyHarm(text)).toBe(true);
    },
  );

  it('a figure of speech is no word of harm; the same words meant are', () => {
    expect(saysAnyHarm('Yr 9 said she wants to die - of embarrassment, mum posted a baby pic')).toBe(false);
    expect(saysAnyHarm('she says she wants to die and has pills in her bag')).toBe(true);
  });

  it.each(['dad is collecting her today instead of mum', 'mum is picking him up early for the dentist', 'the 10 year old is going to a sleepover at her friend’s tonight'])(
    'none in "%s"',
    (text) => {
      expect(saysAnyHarm(text)).toBe(false);
    },
  );
});

describe('step 1b-0: the meaning’s red flag needs a word of harm in a short message', () => {
  // A stand-in model that reads immediate danger whatever the words.
  const model = { classify: () => ({ ranked: [{ id: 'immediate_danger', p: 0.9 }, { id: 'advice', p: 0.05 }], englishShare: 1, knownWords: 8 }), isEnglishWord: () => false } as unknown as SemanticModel;
  const engine = createEngine(loadPack(salford), model);

  it('no word of harm, a short message: no red flag, so no 999 card', () => {
    const r = engine.recognise('dad is collecting her today instead of mum');
    expect(r.intent).not.toBe('emergency');
    expect(r.indicators.map((i) => i.id)).not.toContain('immediate_danger');
  });

  it('a word of harm, a red flag the words find, or a longer message keep it', () => {
    expect(engine.recognise('dad is collecting her today, he is drunk').intent).toBe('emergency');
    expect(engine.recognise('the 4 year old is home alone').intent).toBe('emergency');
    const long = 'dad is collecting her today instead of mum and then they are going to the shops and after that they are going round to see his brother';
    expect(words(long)).toBeGreaterThan(20);
    expect(engine.recognise(long).intent).toBe('emergency');
  });
});

describe('through each area’s engine as the bot builds it', () => {
  const engines = loadEngines();
  it.each(AREAS)('%s: ordinary arrangements told with time words are not answered with the emergency card', (area) => {
    for (const text of ['dad is collecting her today instead of mum', 'mum is picking him up early for the dentist', 'he’s going on camera for the school play', 'dad is taking the kids camping this weekend']) {
      expect(engines[area].recognise(text).intent, text).not.toBe('emergency');
    }
  });
});
