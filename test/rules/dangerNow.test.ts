/**
 * A worry answered below 999 that the meaning gives danger now a real chance (combine's `ASK_NOW_P`): the answer asks the
 * red-flag question first (any chance → 999 now) and keeps the level it found; never when the message says the child is
 * safe now or the practitioner has answered "no" to danger now. With a stand-in model, so each bar is tested exactly.
 */
import { describe, expect, it } from 'vitest';
import { answerOf, createEngine } from '../../rules';
import { loadPack } from '../../rules/load';
import { salford } from '../../rules/packs/salford';
import type { ClassScore, SemanticModel } from '../../rules/semantic/model';
import { buildResultCard, firstScreenText } from '../../cards';

const at = new Date('2026-12-03T10:00:00Z'); // a Thursday, the Bridge open
const pack = loadPack(salford);
const HARM = 'she told me her stepdad hit her with a belt';

/** The model as a stand-in: harm most likely, the red flags at `now`; `parts` read separately when given. */
const standIn = (now: number, parts?: ClassScore[][]) =>
  ({
    classify: () => ({
      ranked: [{ id: 'physical_abuse', p: 0.95 - now }, { id: 'immediate_danger', p: now }, { id: 'advice', p: 0.05 }],
      englishShare: 1,
      knownWords: 9,
      ...(parts ? { parts } : {}),
    }),
    isEnglishWord: () => false,
  }) as unknown as SemanticModel;

describe('a worry that might be danger now', () => {
  it('red flags at 0.2 (under the 999 bar of 0.3): child protection stands, and the answer asks about danger now first', () => {
    const engine = createEngine(pack, standIn(0.2));
    const r = engine.recognise(HARM);
    expect(r.intent).toBe('concern');
    expect(r.mightBeNow).toBe(true);
    const answer = answerOf(engine, { from: 'message', recognition: r, text: HARM }, at, { personal: true });
    expect(answer.kind).toBe('concern');
    expect(answer.level?.id).toBe('getting_risk_support');
    expect(answer.askDangerNow).toMatch(/If there is any chance of it, call 999 now/);
  });

  it('red flags at 0.1: no question, the answer as before', () => {
    const engine = createEngine(pack, standIn(0.1));
    const r = engine.recognise(HARM);
    expect(r.mightBeNow).toBeUndefined();
    expect(answerOf(engine, { from: 'message', recognition: r, text: HARM }, at, { personal: true }).askDangerNow).toBeUndefined();
  });

  it('one of the model’s two parts is enough, as for the 999 bar itself', () => {
    const low: ClassScore[] = [{ id: 'physical_abuse', p: 0.9 }, { id: 'immediate_danger', p: 0.05 }];
    const high: ClassScore[] = [{ id: 'physical_abuse', p: 0.75 }, { id: 'immediate_danger', p: 0.2 }];
    expect(createEngine(pack, standIn(0.1, [low, high])).recognise(HARM).mightBeNow).toBe(true);
    expect(createEngine(pack, standIn(0.1, [low, low])).recognise(HARM).mightBeNow).toBeUndefined();
  });

  it('one part alone at 0.35 (over the average’s 999 bar, under a part’s 0.4) asks first; at 0.45 it is 999 itself', () => {
    const low: ClassScore[] = [{ id: 'physical_abuse', p: 0.9 }, { id: 'immediate_danger', p: 0.05 }];
    const part = (now: number): ClassScore[] => [{ id: 'physical_abuse', p: 0.95 - now }, { id: 'immediate_danger', p: now }];
    const asked = createEngine(pack, standIn(0.2, [low, part(0.35)])).recognise(HARM);
    expect(asked.intent).toBe('concern');
    expect(asked.mightBeNow).toBe(true);
    const now = createEngine(pack, standIn(0.2, [low, part(0.45)])).recognise(HARM);
    expect(now.intent).toBe('emergency');
    expect(now.indicators.map((i) => i.id)).toContain('immediate_danger');
  });

  it('not when the message says the child is safe now', () => {
    expect(createEngine(pack, standIn(0.2)).recognise(`${HARM}, she is here with me now`).mightBeNow).toBeUndefined();
  });

  it('not after the practitioner answered "no" to danger now and home alone in the screening', () => {
    const engine = createEngine(pack, standIn(0.2));
    const r = engine.recognise(HARM);
    const answers = { indicators: r.indicators.map((i) => i.id), immediateDanger: 'no' as const, homeAlone: 'no' as const };
    expect(answerOf(engine, { from: 'screening', answers, recognition: r }, at, { personal: true }).askDangerNow).toBeUndefined();
  });

  it('at or over the bar it is 999 itself, not a question', () => {
    const r = createEngine(pack, standIn(0.35)).recognise(HARM);
    expect(r.intent).toBe('emergency');
    expect(r.mightBeNow).toBeUndefined();
  });

  it('the card: the question and 999 come first, then the answer at its level with the Bridge', () => {
    const engine = createEngine(pack, standIn(0.2));
    const r = engine.recognise(HARM);
    const answer = answerOf(engine, { from: 'message', recognition: r, text: HARM }, at, { personal: true });
    const shown = firstScreenText(buildResultCard({ pack, answer, also: [], personal: true, consultChannel: true }));
    expect(shown[0]).toBe('First: is the child in danger right now, or home alone?');
    expect(shown[1]).toMatch(/call 999 now/);
    const buttons = shown.filter((t) => t.startsWith('Call '));
    expect(buttons[0]).toBe('Call Police 999');
    expect(buttons.join(' ')).toContain('0161 603 4500');
    expect(shown.some((t) => t.startsWith('Level of need: Getting Risk Support'))).toBe(true);
    // Said once, at the top: not again in small print at the bottom.
    expect(shown.filter((t) => /999/.test(t) && !t.startsWith('Call ')).length).toBe(1);
  });

  it('without the question the card is as before: the title first, 999 in small print', () => {
    const engine = createEngine(pack, standIn(0.1));
    const r = engine.recognise(HARM);
    const answer = answerOf(engine, { from: 'message', recognition: r, text: HARM }, at, { personal: true });
    const shown = firstScreenText(buildResultCard({ pack, answer, also: [], personal: true, consultChannel: true }));
    expect(shown[0]).toBe(answer.title);
    expect(shown).toContain('A child in immediate danger or home alone: call 999.');
  });
});
