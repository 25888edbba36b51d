/**
 * The semantic layer: the committed model is the one the corpus trains (not stale),
 * its word-vector neighbours carry unseen words to known ones, and where the two
 * layers disagree about risk the higher level stands.
 */
import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../scripts/corpus';
import { createEngine, defaultSemanticModel, loadPack } from '../../rules';
import modelData from '../../rules/semantic/model-data';
import { salford } from '../../rules/packs/salford';

const ROOT = new URL('../../', import.meta.url).pathname;
const pack = loadPack(salford);
const both = createEngine(pack);
const phrasesOnly = createEngine(pack, null);
const rank = (id: string) => pack.levels.find((l) => l.id === id)?.rank ?? 0;
const levelOf = (e: typeof both, text: string) => {
  const r = e.recognise(text);
  return r.indicators.length ? e.assess({ indicators: r.indicators.map((i) => i.id) }, new Date('2026-11-23T10:00:00Z')).level.id : 'none';
};

describe('semantic recogniser', () => {
  it('the committed model was trained on the corpus and trainer as they are (run `npm run train` after changing either)', () => {
    expect(modelData.corpusHash).toBe(corpusHash(ROOT));
  });

  it('carries a word it never saw to the nearest word it knows', () => {
    const m = defaultSemanticModel();
    // Every neighbour points at a stem the model has weights for.
    const [word, [stem]] = Object.entries(modelData.neighbours)[0] as [string, [string, number]];
    expect(m.resolve('zzz-not-a-stem', word)?.stem).toBe(stem);
    expect(m.resolve('zzzz', 'zzzz')).toBeUndefined();
  });

  it.each([
    'dad put his hands round her throat last night',
    'there are belt marks across the backs of his legs',
    'she is 14 and her older boyfriend buys her phones and takes her to parties in other towns',
    'the 4 year old was in the flat by himself all afternoon',
  ])('understands harm described without the listed words, at child protection or higher: %s', (text) => {
    expect(rank(levelOf(both, text))).toBeGreaterThanOrEqual(rank('getting_risk_support'));
  });

  it('never lowers the level the phrases found: adding the meaning gives the same level or higher', () => {
    const texts = [
      'pupil has bruises on her arms',
      'mum is drinking every day',
      'he is often late and attendance has dipped',
      'a child is home alone and I cannot reach the parents',
      'she told me her stepdad hits her',
    ];
    for (const t of texts) expect(rank(levelOf(both, t)), t).toBeGreaterThanOrEqual(rank(levelOf(phrasesOnly, t)));
  });
});
