/**
 * Cost per byte of the code that reads untrusted text, at several sizes, on the inputs
 * that made the old regular expressions quadratic (issue 14). Linear code shows the same
 * time per byte at every size; the HTML converter reads at most MAX_HTML characters, so
 * its sizes stop there. `npm run bench` (scripts/bench.mjs) turns the means into
 * nanoseconds per byte in BENCHMARKS.md; `npx vitest bench --run test/security/user-text.bench.ts`
 * runs it alone. Nothing here asserts a time.
 */
import { bench, describe } from 'vitest';
import { htmlToText, MAX_HTML } from '../../bot/extensions/htmlText';
import { CANCEL } from '../../dialogs/triage/interruptibleDialog';
import { choiceFromText, type Question } from '../../dialogs/triage/questions';

/** Bytes of input per case; the names carry them so that the report can divide. */
export const SIZES = [1_000, 4_000, 16_000, MAX_HTML] as const;

const SPACES = '\t\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const TEAMS_MESSAGE =
  '<div><p>Worried about a child in <b>Year 5</b>: she came in with bruising on her arm &amp; would not say how.</p>' +
  '<p>Mum said things are hard at home.<br>Police were called last year.</p><ul><li>attendance down</li><li>hungry</li></ul></div>';

const HTML_INPUTS: [string, (n: number) => string][] = [
  ["'<' repeated", (n) => '<'.repeat(n)],
  ['unclosed tags', (n) => fill('<a', n)],
  ['nested tags', (n) => fill('<div><span>x', n)],
  ["'<script>' repeated", (n) => fill('<script>', n)],
  ['spaces then a letter', (n) => `${' '.repeat(n - 1)}x`],
  ['every Unicode space', (n) => fill(SPACES, n)],
  ["'&' repeated", (n) => '&'.repeat(n)],
  ['a Teams message', (n) => fill(TEAMS_MESSAGE, n)],
];

for (const [name, make] of HTML_INPUTS) {
  describe(`htmlToText: ${name}`, () => {
    for (const size of SIZES) {
      const html = make(size);
      bench(`${size} B`, () => {
        htmlToText(html, { maxText: Number.POSITIVE_INFINITY });
      }, { time: 150, warmupTime: 30 });
    }
  });
}

const question: Question = { id: 'harms', text: 'Harmed?', choices: [{ title: 'Yes', value: 'yes' }, { title: 'No', value: 'no' }], multi: false };

/** Each makes the input once and returns the call to measure. */
const TEXT_INPUTS: [string, (n: number) => () => unknown][] = [
  [
    'choiceFromText: dots then a letter',
    (n) => {
      const text = `${'.'.repeat(n - 1)}x`;
      return () => choiceFromText(question, text);
    },
  ],
  [
    'CANCEL: spaces then a letter',
    (n) => {
      const text = `cancel${' '.repeat(n - 7)}x`;
      return () => CANCEL.test(text);
    },
  ],
];

for (const [name, make] of TEXT_INPUTS) {
  describe(name, () => {
    for (const size of SIZES) {
      const run = make(size);
      bench(`${size} B`, () => {
        run();
      }, { time: 150, warmupTime: 30 });
    }
  });
}
