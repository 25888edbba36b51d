/**
 * rules/fgmWords.ts and combine step 3b-6: FGM only the meaning read, in a message with no word of it, its signs or its
 * setting, is not the answer's reason. The meaning is fixed by a stand-in, so only the reading under test decides.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, createEngine, loadPacks } from '../../rules';
import { speaksOfFgm } from '../../rules/fgmWords';
import type { SemanticModel } from '../../rules/semantic/model';

const packs = loadPacks();
/** The meaning fixed: FGM at `fgm`, and `other` (a class id) at `p`. */
const standIn = (fgm: number, other = 'advice', p = 0.1) =>
  ({ classify: () => ({ ranked: [{ id: 'fgm', p: fgm }, { id: other, p }, { id: 'none', p: Math.max(0, 1 - fgm - p) }], englishShare: 1, knownWords: 12 }), isEnglishWord: () => false }) as unknown as SemanticModel;
const FGM_ID = { salford: 'fgm', bury: 'fgm_risk', nottingham: 'fgm' } as const;

describe('speaksOfFgm', () => {
  it.each([
    'she is going to Sudan in the summer for a special party',
    'girl of 9 says she had the cut when she was little',
    'takes ages in the toilet since she came back',
    'going back home for a ceremony to become a woman',
    'walking stiffly after a long trip to see family',
    'her aunties will make her clean',
  ])('"%s"', (text) => {
    expect(speaksOfFgm(text)).toBe(true);
  });

  it.each([
    'year 9 girl wearing long sleeves in summer, won’t do PE',
    'dad refuses to let the girls go on the school trip or do PE',
    'did a home visit, the girl was quiet and would not look at me',
    'kids clearly hungry when they arrive on Saturdays',
  ])('not "%s"', (text) => {
    expect(speaksOfFgm(text)).toBe(false);
  });
});

describe('FGM only the meaning read, with no word of it (combine step 3b-6)', () => {
  const sleeves = 'year 9 girl wearing long sleeves in summer, won’t do PE';

  it.each(AREAS)('%s: is not the reason; with nothing else found the card asks (999 first), never a lower answer', (area) => {
    const r = createEngine(packs[area], standIn(0.6)).recognise(sleeves);
    expect(r.indicators.map((i) => i.id)).not.toContain(FGM_ID[area]);
    expect(r.intent).toBe('unsure');
  });

  it.each(AREAS)('%s: another harm at child protection the meaning finds likely enough is the reason instead', (area) => {
    const r = createEngine(packs[area], standIn(0.5, 'physical_abuse', 0.3)).recognise(sleeves);
    expect(r.indicators.map((i) => i.id)).toContain('physical_abuse');
    expect(r.indicators.map((i) => i.id)).not.toContain(FGM_ID[area]);
  });

  it.each(AREAS)('%s: stands where the message speaks of it, or of danger now', (area) => {
    const trip = createEngine(packs[area], standIn(0.6)).recognise('year 5 girl is going to Somalia in the summer for a special party');
    expect(trip.indicators.map((i) => i.id)).toContain(FGM_ID[area]);
    const now = createEngine(packs[area], standIn(0.6)).recognise('year 9 girl, the man she is seeing is coming for her in 10 mins');
    expect(now.indicators.map((i) => i.id)).toContain(FGM_ID[area]);
  });
});
