/**
 * Plain text from a Teams message's HTML body (the "Check next steps" message action):
 * correct on adversarial input (nested and unclosed tags, long runs of '<', whitespace
 * and entities, every Unicode space), and linear. Linear is asserted by counting the
 * characters the converter visits, never by timing; test/security/user-text.bench.ts
 * measures the cost per byte at several sizes.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_HTML, type WorkMeter } from '../../bot/extensions/htmlText';

/** Every character JavaScript's \s matches: what a user can put between words. */
const UNICODE_SPACES = [
  '\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
  '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
];

describe('htmlToText: what a reader of the message sees', () => {
  it('lists every character \\s matches (the table below is complete)', () => {
    const all: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c))) all.push(String.fromCharCode(c));
    expect(all).toEqual(UNICODE_SPACES);
  });

  it.each<[string, string, string]>([
    ['paragraphs', '<p>Worried about a child.</p><p>She has bruises.</p>', 'Worried about a child.\nShe has bruises.'],
    ['line breaks in every spelling', 'a<br>b<BR/>c<br />d<br class="x">e', 'a\nb\nc\nd\ne'],
    ['list items and headings', '<h2>Title</h2><ul><li>one</li><li>two</li></ul>', 'Title\none\ntwo'],
    ['inline tags keep words apart', '<b>bold</b>text <i>it</i>', 'bold text it'],
    ['nested tags', `${'<div><span>'.repeat(50)}deep${'</span></div>'.repeat(50)}`, 'deep'],
    ['attributes with > inside quotes', '<a href="x" title="a>b">link</a> after', 'link after'],
    ['named and numeric entities', '&amp; &lt;b&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42; caf&#233;', '& <b> "q" \'a\' AB café'],
    ['unknown, empty and out-of-range entities', '&unknown; &; &#0; &#x110000; & alone', '&unknown; &; & alone'],
    ['script and style dropped with their content', 'before<script>alert("x <p>")</script>mid<STYLE>p{}</STYLE>after', 'before mid after'],
    ['comments dropped', 'a<!-- a comment with <p> and > in it -->b', 'a b'],
    ['a less-than that starts no tag is text', 'a < b, c<5 and <<x', 'a < b, c<5 and <'],
    ['an unclosed tag swallows the rest (as in a browser)', 'kept <span class="never closed', 'kept'],
    ['an unclosed comment swallows the rest', 'kept <!-- never closed <p>text</p>', 'kept'],
    ['an unclosed script swallows the rest', 'kept <script>never closed <p>text</p>', 'kept'],
    ['runs of spaces and tabs become one space', 'a  \t \t  b', 'a b'],
    ['runs of whitespace with a newline become one newline', 'a \n \n\t\n b<p></p><p></p>c', 'a\nb\nc'],
    ['leading and trailing whitespace and breaks trimmed', '  <br><p> \u00a0 text \u3000 </p><br>  ', 'text'],
    ['&nbsp; is a space', 'a&nbsp;&nbsp;b', 'a b'],
    ['a newline entity is a newline', 'a&#10;b', 'a\nb'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  const hex = (s: string): string => (s.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  it.each(UNICODE_SPACES.filter((s) => s !== '\n').map((s) => [hex(s), s]))('U+%s between words, alone or in a run, is one space', (_code, space) => {
    expect(htmlToText(`a${space}b${space.repeat(1000)}c`)).toBe('a b c');
  });

  it('a run of every Unicode space is one space, or one newline when it holds a newline', () => {
    const run = UNICODE_SPACES.join('').repeat(100);
    expect(htmlToText(`a${run}b`)).toBe('a\nb');
    expect(htmlToText(`a${run.replaceAll('\n', '')}b`)).toBe('a b');
  });

  it('stops at maxText characters of text', () => {
    expect(htmlToText('<p>word</p>'.repeat(2000), { maxText: 20 })).toBe('word\nword\nword\nword');
    expect(htmlToText('x'.repeat(10_000), { maxText: 5000 })).toHaveLength(5000);
  });
});

/** Inputs that made the regular expressions it replaced take quadratic time, and others like them. */
const ADVERSARIAL: [string, (n: number) => string][] = [
  ["'<' repeated", (n) => '<'.repeat(n)],
  ["'<a' repeated (unclosed tags)", (n) => '<a'.repeat(n / 2)],
  ["'<a \"' repeated (unclosed quotes)", (n) => '<a x="'.repeat(n / 6)],
  ['nested tags never closed', (n) => '<div>'.repeat(n / 5)],
  ["'<script>' repeated", (n) => '<script>'.repeat(n / 8)],
  ["'<!--' repeated", (n) => '<!--'.repeat(n / 4)],
  ["'</' repeated inside a script", (n) => `<script>${'</'.repeat(n / 2)}`],
  ['spaces then a letter', (n) => `${' '.repeat(n)}x`],
  ['spaces, a newline, spaces', (n) => `a${' '.repeat(n / 2)}\n${' '.repeat(n / 2)}b`],
  ['every Unicode space repeated', (n) => UNICODE_SPACES.join('').repeat(n / UNICODE_SPACES.length)],
  ['U+00A0 repeated', (n) => '\u00a0'.repeat(n)],
  ["'&' repeated", (n) => '&'.repeat(n)],
  ["'&#' and digits with no ';'", (n) => `&#${'9'.repeat(n)}`],
  ['an entity name with no end', (n) => `&${'a'.repeat(n)}`],
  ['tags with long attribute runs', (n) => `<a ${'x='.repeat(n / 2)}`],
];

describe('htmlToText: linear work on adversarial input (characters visited, not time)', () => {
  it.each(ADVERSARIAL)('%s: at most 3 visits per input character, whatever the size', (_name, make) => {
    for (const size of [1_000, 10_000, 228_000]) {
      const html = make(size);
      const meter: WorkMeter = { steps: 0 };
      htmlToText(html, { meter });
      const read = Math.min(html.length, MAX_HTML);
      expect(meter.steps, `size ${size}`).toBeGreaterThan(0);
      expect(meter.steps, `size ${size}`).toBeLessThanOrEqual(3 * read + 16);
    }
  });

  it('reads at most MAX_HTML characters (more than a Teams message can carry), however long the body', () => {
    expect(MAX_HTML).toBeGreaterThanOrEqual(28 * 1024);
    const meter: WorkMeter = { steps: 0 };
    htmlToText('x'.repeat(228_000), { maxText: Number.POSITIVE_INFINITY, meter });
    expect(meter.steps).toBeLessThanOrEqual(MAX_HTML);
  });

  it('the 228 KB body of "<" from issue 14 gives the first 5,000 characters back', () => {
    expect(htmlToText('<'.repeat(228_000), { maxText: 5000 })).toBe('<'.repeat(5000));
  });
});
