/**
 * rules/text.ts `normalise` and `tokenise` skip passes that would change nothing (plain ASCII needs no NFKD; text with
 * no apostrophe has only the contractions that need none): the same text as doing every pass, here checked against
 * the straightforward version on every corpus message and on the forms each skip is about.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, readPending } from '../../scripts/corpus';
import { normalise, stem, tokenise, wordsIn } from '../../rules/text';

const ROOT = path.resolve(__dirname, '../..');

/** Every pass, in order, as `normalise` was before the skips (and the patterns as text.ts has them). */
function everyPass(text: string): string {
  const shorthand: [RegExp, string][] = [
    [/\bw\/o\b/g, ' without '], [/\bw\//g, ' with '], [/&/g, ' and '], [/\bbf\b/g, 'boyfriend'], [/\bgf\b/g, 'girlfriend'],
    [/\bsw\b/g, 'social worker'], [/\bu\b/g, 'you'],
  ];
  const contractions: [RegExp, string][] = [
    [/\bcan['’]?t\b/g, 'can not'], [/\bcannot\b/g, 'can not'], [/\bwon['’]?t\b/g, 'will not'], [/\bshan['’]?t\b/g, 'shall not'],
    [/\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)n['’]?t\b/g, '$1 not'],
    [/\b(\w+)['’]d\b/g, '$1 would'], [/\b(\w+)['’]ll\b/g, '$1 will'], [/\b(\w+)['’]re\b/g, '$1 are'], [/\b(\w+)['’]ve\b/g, '$1 have'],
    [/\bi['’]m\b/g, 'i am'], [/\b(\w+)['’]s\b/g, '$1s'], [/['’]/g, ''],
  ];
  let t = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, rep] of shorthand) t = t.replace(re, rep);
  for (const [re, rep] of contractions) t = t.replace(re, rep);
  return t;
}

const FORMS = [
  'he cant go home, she dont know, they didnt say, it wont stop, we shant, it isnt right, you cannot',
  "he can't go home, she don’t know, I’m worried, they’re scared, he'd said, she'll tell, we’ve tried, mum’s boyfriend",
  'Café naïve Zoë, the ﬁrst time, ＣＡＮ＇Ｔ go home',
  'w/o food, w/ a knife, mum & dad, her bf and his gf, the SW, u ok',
  'Nothing to change here at all. (None.) 1, 2; 3: 4! 5?',
  '',
];

describe('normalise: skipping the passes that would change nothing', () => {
  it('gives the text every pass gives, for every training and pending message', () => {
    for (const { text } of [...readCorpus(ROOT), ...readPending(ROOT)]) expect(normalise(text)).toBe(everyPass(text));
  });

  it('and for contractions with and without apostrophes, accents, full-width letters and shorthand', () => {
    for (const text of FORMS) expect(normalise(text)).toBe(everyPass(text));
    expect(normalise('he cant go, she dont know')).toBe('he can not go, she do not know');
    expect(normalise('ＣＡＮ＇Ｔ')).toBe('can not');
  });
});

describe('tokenise: words and the punctuation that ends a clause', () => {
  it('numbers the clauses at punctuation and "but", and keeps words and digits', () => {
    const tokens = tokenise('Mum said (twice) he is 7, but ok; no.');
    expect(tokens.map((t) => t.raw)).toEqual(['mum', 'said', 'twice', 'he', 'is', '7', 'ok', 'no']);
    expect(tokens.map((t) => t.clause)).toEqual([0, 0, 1, 2, 2, 2, 4, 5]);
  });

  it('finds the tokens the pattern /[a-z0-9]+|[.,;:!?()\\n]+/g finds, for every training and pending message', () => {
    const byPattern = (text: string) => {
      const out: { raw: string; clause: number }[] = [];
      let clause = 0;
      for (const m of normalise(text).matchAll(/[a-z0-9]+|[.,;:!?()\n]+/g)) {
        const w = m[0];
        if (/^[.,;:!?()\n]+$/.test(w) || ['but', 'however', 'although', 'though', 'whereas', 'yet', 'except'].includes(w)) clause++;
        else out.push({ raw: w, clause });
      }
      return out;
    };
    const forms = ['a\r\nb\tc—d…e', '((x)) ,,y;; z!?', 'Café ﬁrst £5 5% #tag @you', '', '...', 'but but but'];
    for (const text of [...forms, ...readCorpus(ROOT).map((i) => i.text), ...readPending(ROOT).map((i) => i.text)]) {
      expect(tokenise(text).map(({ raw, clause }) => ({ raw, clause }))).toEqual(byPattern(text));
    }
  });

  it('stems a doubled last consonant but not a doubled vowel, s or l', () => {
    expect(stem('hitting')).toBe('hit');
    expect(stem('stopped')).toBe('stop');
    expect(stem('falling')).toBe('fall');
    expect(stem('seeing')).toBe('see');
  });
});

describe('words as typed (`wordsIn`, for a short message and a worry told in a few words)', () => {
  it('counts as splitting the trimmed text at white space does, without making the list', () => {
    const forms = ['', '   ', 'hi', ' a  b\n c\t', 'x\u00a0y', 'x\u2003y\u3000z', '😀 😀', 'a\r\nb\u2028c', 'mum hit him, he is 7'];
    for (const { text } of readCorpus(ROOT).slice(0, 2000)) forms.push(text);
    for (const text of forms) expect(wordsIn(text)).toBe(text.trim().split(/\s+/).length);
  });
});
