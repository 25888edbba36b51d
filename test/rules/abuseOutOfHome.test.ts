/**
 * rules/abuseOutOfHome.ts and combine's step 3b-7: Bury's guidance gives domestic abuse in the family's past, with the
 * one who did it out of the home for now and a young person fearful they will be let back, at Level 4 (its worked
 * example, recommended for Team Oasis), and a child living where domestic violence is perpetrated at Level 5. The pack
 * names that (`abuseOutOfHome`); the other packs do not, and abuse at home now stays child protection everywhere.
 */
import { describe, expect, it } from 'vitest';
import { loadEngines } from '../../rules';
import { abuserOutOfHome } from '../../rules/abuseOutOfHome';
import { loadPack, PackInvalidError } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { changedPack } from '../helpers/packs';

const engines = loadEngines();
const at = new Date('2026-12-03T10:00:00Z');
const levelOf = (area: 'bury' | 'salford', text: string) => {
  const e = engines[area];
  const r = e.recognise(text);
  return { ids: r.indicators.map((i) => i.id), level: e.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id };
};

const EXAMPLE = 'YOS worker. 14yo on a diversionary disposal has told us his dad used to hit his mum. Dad is out of the house now but the lad is scared mum will let him back like before.';

describe('the one who was violent at home out of it now', () => {
  it.each([
    'Dad is out of the house now but the lad is scared mum will let him back',
    'domestic abuse at home came out in sessions, he moved out in the summer',
    'her ex no longer lives there',
    "Mum told me about DV from her ex years ago. He's not around now.",
    'history of DV, dad not living there now',
    "a lot of fighting at home between mum and dad. Dad's gone for now but he reckons he'll be back by Christmas",
  ])('"%s"', (text) => {
    expect(abuserOutOfHome(text)).toBe(true);
  });

  it.each([
    'dad hits mum every weekend, there is DV at home',
    'dad is out of the house now but he keeps turning up drunk',
    'dad moved out but he is coming round tonight and has threatened her',
    'mum fled domestic violence and is living with friends',
    "DV at home, dad hits mum, he's not around at the moment but comes back most weekends",
  ])('not "%s"', (text) => {
    expect(abuserOutOfHome(text)).toBe(false);
  });
});

describe('Bury: the Level 4 worked example', () => {
  it('domestic abuse in the past, the father out of the home and the boy fearful he will be let back: level 4', () => {
    const r = levelOf('bury', EXAMPLE.replace('used to hit his mum', 'used to be violent to his mum, domestic abuse'));
    expect(r.ids).toContain('domestic_abuse_past');
    expect(r.ids).not.toContain('domestic_abuse');
    expect(r.level).toBe('level4');
  });

  it('told as "not living there now" or "not around now": level 4; coming back at weekends: level 5', () => {
    const past = levelOf('bury', "history of DV, dad not living there now. 10yo is aggressive to his brother and says he's bullied. mum did early help before but dropped out");
    expect(past.ids).toContain('domestic_abuse_past');
    expect(past.level).toBe('level4');
    expect(levelOf('bury', "DV at home, dad hits mum, he's not around at the moment but comes back most weekends").level).toBe('level5');
  });

  it('domestic abuse at home now stays level 5; Salford names no such level and keeps child protection', () => {
    expect(levelOf('bury', 'there is DV at home, dad hits mum every weekend and the kids see it').level).toBe('level5');
    expect(levelOf('salford', 'there is DV at home, he moved out in the summer but the kids are anxious').level).toBe('getting_risk_support');
  });

  it('the loader refuses an abuseOutOfHome whose harm is below child protection or whose count is at it', () => {
    expect(() => loadPack(changedPack(bury, (p) => void (p.abuseOutOfHome = { harm: 'housing', counts: 'domestic_abuse_past' })))).toThrow(PackInvalidError);
    expect(() => loadPack(changedPack(bury, (p) => void (p.abuseOutOfHome = { harm: 'domestic_abuse', counts: 'neglect' })))).toThrow(PackInvalidError);
  });
});
