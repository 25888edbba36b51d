/**
 * An injury the message tells as the child's own doing is a sign of self-harm, at the pack's level for it, not of
 * physical abuse (rules/selfInflicted.ts, combine step 3b-2b); a carer's account of it, doubt, a baby, or someone else
 * named as hurting the child keep it a sign of abuse.
 */
import { describe, expect, it } from 'vitest';
import { loadEngines } from '../../rules';
import { injurySelfInflicted } from '../../rules/selfInflicted';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');

const OWN = [
  'one of my girls has marks on her wrists she tries to hide with sweatbands, she admitted she cuts when she’s stressed',
  'Teen at our group showed me burns on her arm from a lighter, she says it helps her cope',
  'lad in year 9 has been punching walls and hitting himself in the head when he’s angry, bruised knuckles',
  'slef harm, marks on thighs',
  'boy showed me cuts on his arm he did himself',
  'noticed healed scars on her thighs in swimming, she admitted she used to cut',
  "Y8 has fresh scratches on her wrists, she's been scratching again when she gets anxious",
] as const;

const NOT_OWN = [
  // A carer's account: an explanation to weigh.
  'little boy has burn marks on his leg like from a hair straightener, mum said he did it himself',
  'non verbal 14 yo came in with a bite mark on his forearm, dad says he did it himself',
  // Doubt, or a baby.
  'lad’s got cigarette burns on his wrist, says he did them himself but they’re on the back of his hand',
  'a bruise on the baby’s cheek, she did it herself with her rattle apparently',
  // Someone else named as hurting the child.
  'she has burns on her arm and says her stepdad did it with a lighter, she does it herself sometimes too',
] as const;

/** Cutting something else: not told as the child's own doing (what the rest of the message reads as is another matter). */
const CUTTING_SOMETHING = ["he's been cutting the grass for his nan and has cuts all over his hands", 'cuts on her fingers, she used to cut hair at the salon'] as const;

describe('injurySelfInflicted', () => {
  it.each(OWN)('the child’s own doing: "%s"', (text) => {
    expect(injurySelfInflicted(text)).toBe(true);
  });

  it.each([...NOT_OWN, ...CUTTING_SOMETHING])('not: "%s"', (text) => {
    expect(injurySelfInflicted(text)).toBe(false);
  });
});

describe('self-harm told with injury words, in every pack', () => {
  const LEVELS = { salford: 'getting_more_help', bury: 'level2', nottingham: 'additional' } as const;
  const PROTECTION = { salford: 'getting_risk_support', bury: 'level5', nottingham: 'protection' } as const;

  it.each(Object.keys(LEVELS) as (keyof typeof LEVELS)[])('%s: self-harm at the pack’s level for it, not child protection', (area) => {
    const engine = engines[area];
    for (const text of OWN.slice(0, 2)) {
      const r = engine.recognise(text);
      expect(r.intent, text).toBe('concern');
      expect(r.indicators.map((i) => i.id), text).not.toContain('physical_abuse');
      expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.id, text).toBe(LEVELS[area]);
    }
  });

  it.each(Object.keys(PROTECTION) as (keyof typeof PROTECTION)[])('%s: a carer’s account, doubt, a baby or someone else named stay at child protection', (area) => {
    const engine = engines[area];
    for (const text of NOT_OWN) {
      const r = engine.recognise(text);
      expect(r.indicators.map((i) => i.id), text).toContain('physical_abuse');
      expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.id, text).toBe(PROTECTION[area]);
    }
  });

  it('Salford: self-harm, at Getting More Help', () => {
    const engine = engines.salford;
    const r = engine.recognise(OWN[0]);
    expect(r.indicators.map((i) => i.id)).toContain('self_harm');
    expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.id).toBe(LEVELS.salford);
  });
});
