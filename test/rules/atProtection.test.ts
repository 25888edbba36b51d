/**
 * Pack `atProtection` and combine's step 3b: a worry the meaning read only as a sign below child protection (Bury's
 * possible signs of exploitation, level 4), which the area's level head is sure is at child protection, stands as the
 * child-protection indicator the sign points to (sexual or criminal exploitation known or suspected, level 5): the one
 * whose own phrases share most words with the message. Without the data the sign stays at level 4.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules';
import { loadPack, PackInvalidError } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import type { PackInput } from '../../rules/schema';
import type { SemanticModel } from '../../rules/semantic/model';
import { changedPack } from '../helpers/packs';

const at = new Date('2026-12-03T10:00:00Z');
const noData = changedPack(bury, (p) => {
  p.atProtection = {};
  delete p.suspectedFromSigns;
});

/** A stand-in model: the meaning reads a sign of exploitation; Bury's head gives level 5 `p`. */
const standIn = (p: number) =>
  ({
    classify: () => ({
      ranked: [{ id: 'exploitation', p: 0.9 }, { id: 'advice', p: 0.05 }],
      englishShare: 1,
      knownWords: 10,
      levels: [{ id: 'level:level5', p }, { id: 'level:level4', p: 1 - p }],
    }),
    isEnglishWord: () => false,
  }) as unknown as SemanticModel;

const placed = (input: PackInput, model: SemanticModel, text: string) => {
  const e = createEngine(loadPack(input), model);
  const r = e.recognise(text);
  return { level: e.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id, ids: r.indicators.map((i) => i.id) };
};

describe('a sign of exploitation the level head is sure is at child protection', () => {
  const crime = 'year 10 boy says he takes parcels of drugs to other towns for some older lads and he owes them money';
  const sexual = 'year 9 girl says older men at parties give her drink and then she has to have sex with them';

  it('criminal: stands as criminal exploitation, level 5', () => {
    expect(placed(bury, standIn(0.9), crime)).toEqual({ level: 'level5', ids: ['exploitation_signs', 'child_criminal_exploitation'] });
  });

  it('sexual: stands as sexual exploitation, by the words the message shares with its phrases', () => {
    expect(placed(bury, standIn(0.9), sexual).ids).toContain('child_sexual_exploitation');
    expect(placed(bury, standIn(0.9), sexual).ids).not.toContain('child_criminal_exploitation');
  });

  it('not when the head is unsure (under 0.7), and not without the pack’s data: the sign stays at level 4', () => {
    expect(placed(bury, standIn(0.6), crime)).toEqual({ level: 'level4', ids: ['exploitation_signs'] });
    expect(placed(noData, standIn(0.9), crime)).toEqual({ level: 'level4', ids: ['exploitation_signs'] });
  });

  it('with the real model: criminal exploitation described without its name is level 5', () => {
    const engine = createEngine(loadPack(bury));
    const r = engine.recognise('year 10 boy told me he has been taking parcels to Rochdale for some older lads who pay him, he says he cannot stop now');
    expect(r.indicators.map((i) => i.id)).toContain('child_criminal_exploitation');
    expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id).toBe('level5');
  });

  it('"at risk of CSE" is the Level 4 row (screening by the CSE team), not CSE known or suspected', () => {
    const engine = createEngine(loadPack(bury), null);
    expect(engine.recognise('is she at risk of cse?').indicators.map((i) => i.id)).toEqual(['cse_risk']);
    expect(engine.recognise('she has disclosed cse').indicators.map((i) => i.id)).toEqual(['child_sexual_exploitation']);
  });
});

describe('the loader checks atProtection', () => {
  it('refuses a sign at child protection, a red flag, or a counterpart below child protection', () => {
    expect(() => loadPack(changedPack(bury, (p) => void (p.atProtection = { physical_abuse: ['child_sexual_exploitation'] })))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.atProtection = { immediate_danger: ['child_sexual_exploitation'] })))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.atProtection = { exploitation_signs: ['cse_risk'] })))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.atProtection = { exploitation_signs: [] })))).toThrow(PackInvalidError);
  });
});
