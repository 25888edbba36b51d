/**
 * The quick word check before each red-flag form (rules/dangerForms.ts `words`) must never hide a form: a message
 * that shows immediate danger and lacks the listed words would lose its 999. Checked from the patterns' structure (every
 * match of a form's `needs` holds one of its words), and the checker itself is checked on patterns whose answer is known.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS, formWordsIn } from '../../rules/dangerForms';
import { plain } from '../../rules/timing';
import { everyMatchContainsOne } from './requiredWords';

describe('the structural check of required words', () => {
  it('finds the words every match holds, through groups, options and repeats', () => {
    expect(everyMatchContainsOne(/\b(cat|dog)s?\b/, ['cat', 'dog'])).toBe(true);
    expect(everyMatchContainsOne(/\b(big )?(cat|dog)\b/, ['cat', 'dog'])).toBe(true);
    expect(everyMatchContainsOne(/\b(has )?just (hit|kicked) (him|her)\b/, ['just hit', 'just kicked'])).toBe(true);
    expect(everyMatchContainsOne(/\bnon[- ]?molestation\b/, ['molestation'])).toBe(true);
    expect(everyMatchContainsOne(/\b(m[ae]n|lads)+\b/, ['man', 'men', 'lads'])).toBe(true);
    expect(everyMatchContainsOne(/(?<!not )\bseen (him|her) today\b/, ['seen'])).toBe(true);
  });

  it('does not claim a word a match can do without', () => {
    expect(everyMatchContainsOne(/\b(cat|dog)s?\b/, ['cat'])).toBe(false);
    expect(everyMatchContainsOne(/\b(big )?(cat|dog)\b/, ['big'])).toBe(false);
    expect(everyMatchContainsOne(/\b(has )?just (hit|kicked) (him|her)\b/, ['has just'])).toBe(false);
    expect(everyMatchContainsOne(/\b(m[ae]n|lads)\b/, ['man', 'lads'])).toBe(false);
    expect(everyMatchContainsOne(/\b\w+ing\b/, ['ing '])).toBe(false);
    expect(everyMatchContainsOne(/\bhelp( me)*\b/, ['help me'])).toBe(false);
    expect(everyMatchContainsOne(/\bCAT\b/i, ['cat'])).toBe(false);
    // A repeat with too many strings to list is open-ended, not a list without its longer matches: every one-pair match
    // "x..y" is listed, but "xabcdy" holds none of them.
    const onePair = [...'abcdefghij'].flatMap((a) => [...'abcdefghij'].map((b) => `x${a}${b}y`));
    expect(everyMatchContainsOne(/x([a-j]{2}){1,2}y/, onePair)).toBe(false);
    expect(everyMatchContainsOne(/x([a-j]{2}){1,2}y/, ['x'])).toBe(true);
  });
});

/** Every stored message (training and pending), as plain text. */
function storedTexts(): string[] {
  const corpus = new URL('../../rules/corpus/', import.meta.url).pathname;
  return ['train', 'pending'].flatMap((dir) =>
    readdirSync(path.join(corpus, dir))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(path.join(corpus, dir, f), 'utf8')) as { items: { text: string }[] }).items.map((i) => plain(i.text))),
  );
}

describe('the words before each form of immediate danger', () => {
  it.each(FORMS.map((f) => [f.name, f] as const))('%s: every match of its patterns holds one of its words', (_, f) => {
    for (const pattern of f.needs) expect(everyMatchContainsOne(pattern, f.words), `${f.name}: ${pattern.source.slice(0, 80)}`).toBe(true);
  });

  it.each(FORMS.map((f) => [f.name, f] as const))('%s: no word listed is spare', (_, f) => {
    for (const word of f.words) {
      const fewer = f.words.filter((w) => w !== word);
      expect(f.needs.every((pattern) => everyMatchContainsOne(pattern, fewer)), `${f.name} without "${word}"`).toBe(false);
    }
  });

  it('each form holds only when one of its patterns matches, on every stored message', () => {
    const texts = storedTexts();
    expect(texts.length).toBeGreaterThan(2000);
    let shown = 0;
    for (const t of texts) {
      for (const f of FORMS) {
        if (!f.test(t)) continue;
        shown++;
        expect(f.needs.some((pattern) => pattern.test(t)), `${f.name}: ${t.slice(0, 60)}`).toBe(true);
      }
    }
    expect(shown).toBeGreaterThan(50);
  });

  it('one read of the text finds the same words as asking for each, on every stored message and its pieces', () => {
    const texts = storedTexts();
    const words = [...new Set(FORMS.flatMap((f) => f.words))];
    // Words inside words and overlapping ("killer" and "kill", "into a car" and "in a car", "just hit" in "just hitting").
    const made = ['weed killer', 'put into a car', 'sat in a van', 'just hitting', 'suicidal', 'waking', 'fitting', 'tablets', 'a&e', 'co-codamol'];
    let hits = 0;
    for (const t of [...texts, ...made]) {
      const found = formWordsIn(t);
      const asked = new Set(words.filter((w) => t.includes(w)));
      expect([...found].sort(), t.slice(0, 60)).toEqual([...asked].sort());
      hits += found.size;
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
