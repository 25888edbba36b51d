/**
 * A message that only says the writer is worried about a child is a worry: the "not sure" card (red-flag question first),
 * never the welcome card (rules/namesAWorry.ts, combine step 4). Greetings and "no concerns" are not.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { namesAWorry } from '../../rules/namesAWorry';

const engines = loadEngines();

describe('namesAWorry', () => {
  it.each(['worried about a kid', 'concerned about a pupil', 'child protection', 'safeguarding concern', 'gut feeling something is wrong'])('a worry: "%s"', (text) => {
    expect(namesAWorry(text)).toBe(true);
  });
  it.each(['suicidal', 'teen sexting', 'drugs', 'cyberbullying', 'missing child', 'eating disorder'])('a harm named in a word or two: "%s"', (text) => {
    expect(namesAWorry(text)).toBe(true);
  });
  it.each(['child has a rash', 'my pupil seems off', 'kid is quiet'])('a child described in a few words: "%s"', (text) => {
    expect(namesAWorry(text)).toBe(true);
  });
  it.each(['should I refer?', 'my manager won’t make a referral and I think we should', 'not sure whether to refer'])('a referral weighed: "%s"', (text) => {
    expect(namesAWorry(text)).toBe(true);
  });
  it.each(['can I refer myself?', 'hello', 'thanks', 'no concerns, thanks', 'not worried now, sorted', 'nothing to worry about', 'no drugs thanks', 'help', 'test', 'what is a child in need', 'what does CIN mean'])('not: "%s"', (text) => {
    expect(namesAWorry(text)).toBe(false);
  });
});

describe('through the recogniser, in every pack', () => {
  it.each(AREAS)('%s: a worry told in three words gets the red-flag question; a greeting the welcome card', (area) => {
    for (const text of ['worried about a kid', 'concerned about a pupil', 'child protection']) expect(engines[area].recognise(text).intent, text).toBe('unsure');
    for (const text of ['hello', 'thanks', 'help', 'what can you do']) expect(engines[area].recognise(text).intent, text).toBe('help');
    // A harm named in a word or two is never answered with the welcome card ("suicidal" had it in Bury and Nottingham).
    for (const text of ['suicidal', 'teen sexting', 'drugs', 'cyberbullying', 'nudes', 'child has a rash']) expect(engines[area].recognise(text).intent, `${area}: ${text}`).not.toBe('help');
    // Nor a referral weighed, or refused by someone else (the welcome card before, in every area).
    for (const text of ['should I refer?', 'my manager won’t make a referral and I think we should']) expect(engines[area].recognise(text).intent, `${area}: ${text}`).toBe('unsure');
  });
});
