/**
 * Plain text from the HTML body of a Teams message, in one pass over at most
 * {@link MAX_HTML} characters: work is linear in the input and bounded whatever a sender
 * puts in it. (It replaced a chain of regular expressions, `/<[^>]*>/g` and
 * `/\s*\n\s*\/g` among them, that took quadratic time on long runs of `<` or spaces:
 * 31 s for a 228 KB body, issue 14.)
 *
 * What a reader of the message would see, roughly as a browser parses it:
 * - `<` followed by a letter, `/`, `!` or `?` opens a tag that runs to the first `>` outside
 *   a quoted attribute value; any other `<` is text. A tag that never ends swallows the rest.
 * - `<br>` and the ends of blocks (`</p>`, `</div>`, `</li>`, `</h1>`…`</h6>`, `</tr>`) end a
 *   line; any other tag separates words. Comments, and `<script>`/`<style>` with their
 *   content, are dropped.
 * - Entities: `&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric ones are decoded; anything
 *   else is kept as written.
 * - Whitespace (every character `\s` matches): a run becomes one newline if it holds a
 *   newline or a line-ending tag, else one space; leading and trailing whitespace goes.
 * - At most `maxText` characters are produced; reading stops there.
 *
 * Pure: no SDK, no I/O. The optional meter counts characters visited (tests assert it).
 */

/** Characters of HTML read at most: more than a Teams message can carry (about 28 KB). */
export const MAX_HTML = 40_000;

/** Counts the characters the converter visits (test/security/html-text.test.ts). */
export interface WorkMeter {
  steps: number;
}

export interface HtmlToTextOptions {
  /** Characters of text to produce at most (default: all). */
  readonly maxText?: number;
  readonly meter?: WorkMeter;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Longest entity looked at after `&` (`&#x10FFFF;` is 10). */
const MAX_ENTITY = 32;
const LINE_END_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);
const RAW_TEXT_TAGS = new Set(['script', 'style']);

/** Every character JavaScript's `\s` matches. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isNameChar = (code: number): boolean => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
const isEntityChar = (code: number): boolean => isNameChar(code) || code === 0x23; // letters, digits, '#'

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X';
    const digits = name.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return undefined; // at most MAX_ENTITY characters
    const code = parseInt(digits, hex ? 16 : 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  }
  return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()] : undefined;
}

/** Plain text from a Teams message body (HTML). See the module comment for the rules. */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const maxText = options.maxText ?? Number.POSITIVE_INFINITY;
  const meter = options.meter ?? { steps: 0 };
  const input = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  const n = input.length;
  let out = '';
  /** Whitespace seen since the last character written: none, a space, or a line end. */
  let pending: '' | ' ' | '\n' = '';

  const space = (): void => {
    if (pending === '') pending = ' ';
  };
  const lineEnd = (): void => {
    pending = '\n';
  };
  const write = (text: string): void => {
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code === 0x0a) lineEnd();
      else if (isSpace(code)) space();
      else {
        if (pending !== '' && out !== '') out += pending;
        pending = '';
        out += ch;
      }
    }
  };
  /** Skips to just after `end` (searched from `from`); the whole rest of the input when it is not there. */
  const skipPast = (end: string, from: number): number => {
    const at = input.indexOf(end, from);
    meter.steps += (at < 0 ? n : at + end.length) - from;
    return at < 0 ? n : at + end.length;
  };

  let i = 0;
  while (i < n && out.length < maxText) {
    meter.steps += 1;
    const code = input.charCodeAt(i);
    if (code === 0x3c /* < */) {
      const next = input.charCodeAt(i + 1);
      if (input.startsWith('!--', i + 1)) {
        i = skipPast('-->', i + 4);
        space();
        continue;
      }
      if (!(isAsciiLetter(next) || next === 0x2f /* / */ || next === 0x21 /* ! */ || next === 0x3f /* ? */)) {
        write('<');
        i += 1;
        continue;
      }
      // The tag: its name, then to the first '>' outside a quoted attribute value.
      const closing = next === 0x2f;
      let j = i + (closing ? 2 : 1);
      const nameStart = j;
      while (j < n && j - nameStart < 16 && isNameChar(input.charCodeAt(j))) j += 1;
      meter.steps += j - i - 1;
      const name = input.slice(nameStart, j).toLowerCase();
      let quote = 0;
      let afterEquals = false;
      for (; j < n; j += 1) {
        meter.steps += 1;
        const c = input.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x3e /* > */) {
          break;
        } else if ((c === 0x22 || c === 0x27) && afterEquals) {
          quote = c;
        } else if (!isSpace(c)) {
          afterEquals = c === 0x3d; /* = */
        }
      }
      if (j >= n) break; // a tag that never ends: the rest is inside it
      const selfClosing = input.charCodeAt(j - 1) === 0x2f;
      i = j + 1;
      if ((closing && LINE_END_TAGS.has(name)) || (!closing && name === 'br')) lineEnd();
      else space();
      if (!closing && !selfClosing && RAW_TEXT_TAGS.has(name)) {
        // Raw text to the matching end tag (any case), or to the end.
        let k = i;
        for (;;) {
          const at = input.indexOf('</', k);
          meter.steps += (at < 0 ? n : at + 2) - k;
          if (at < 0) {
            i = n;
            break;
          }
          k = at + 2;
          let same = 0;
          while (same < name.length && (input.charCodeAt(k + same) | 0x20) === name.charCodeAt(same)) same += 1;
          meter.steps += same + 1;
          if (same === name.length && !isNameChar(input.charCodeAt(k + same))) {
            i = skipPast('>', k);
            break;
          }
        }
      }
      continue;
    }
    if (code === 0x26 /* & */) {
      let j = i + 1;
      while (j < n && j - i <= MAX_ENTITY && isEntityChar(input.charCodeAt(j))) j += 1;
      meter.steps += j - i - 1;
      const decoded = j < n && input.charCodeAt(j) === 0x3b /* ; */ && j > i + 1 ? decodeEntity(input.slice(i + 1, j)) : undefined;
      if (decoded !== undefined) {
        write(decoded);
        i = j + 1;
      } else {
        write('&');
        i += 1;
      }
      continue;
    }
    if (code === 0x0a) lineEnd();
    else if (isSpace(code)) space();
    else {
      if (pending !== '' && out !== '') out += pending;
      pending = '';
      out += input[i];
    }
    i += 1;
  }
  return out.length > maxText ? out.slice(0, maxText).trimEnd() : out;
}
