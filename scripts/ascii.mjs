// Makes the bot's bundle one-byte (ASCII) source for V8; used by scripts/build.mjs.
//
// esbuild escapes non-ASCII characters everywhere except in regular expression literals and in
// the raw text of tagged template literals, where an escape could change the meaning. One such
// character makes V8 keep the whole 11 MB bundle as UTF-16: twice the memory for as long as the
// bot runs. In a regular expression literal "\uXXXX" means the same character (with or without
// the u flag; an astral character as its surrogate pair), so those are escaped. Anything else
// (say, a template literal's raw text) is left as it is, and reported: the bundle then costs more
// memory but means exactly what it meant.

const REGEX_MAY_FOLLOW = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_MAY_FOLLOW_WORDS = new Set(['return', 'typeof', 'case', 'in', 'of', 'void', 'throw', 'delete', 'instanceof', 'new', 'else', 'do', 'yield', 'await']);

/** Whether the character at `offset` is inside a regular expression literal (a careful guess: false when unsure). */
export function inRegexLiteral(source, offset) {
  for (let i = offset - 1; i >= 0; i -= 1) {
    const ch = source[i];
    if (ch === '\n' || ch === '`') return false;
    if (ch !== '/' || source[i - 1] === '\\') continue;
    // The opening slash: what comes before it must be somewhere a regex, not a division, may start.
    let j = i - 1;
    while (j >= 0 && source[j] === ' ') j -= 1;
    if (j >= 0 && !REGEX_MAY_FOLLOW.has(source[j])) {
      const word = /[A-Za-z_$]+$/.exec(source.slice(Math.max(0, j - 12), j + 1))?.[0];
      if (!word || !REGEX_MAY_FOLLOW_WORDS.has(word)) return false;
    }
    // And it must close after the character, on the same line.
    for (let k = offset + 1; k < source.length && source[k] !== '\n'; k += 1) {
      if (source[k] === '/' && source[k - 1] !== '\\') return true;
    }
    return false;
  }
  return false;
}

/**
 * @param {string} source
 * @returns {{ text: string, escaped: number, left: string[] }}
 */
export function asciiSource(source) {
  let escaped = 0;
  const left = [];
  // eslint-disable-next-line no-control-regex
  const text = source.replace(/[^\x00-\x7f]/g, (c, offset) => {
    if (!inRegexLiteral(source, offset)) {
      left.push(source.slice(Math.max(0, offset - 40), offset + 10));
      return c;
    }
    escaped += 1;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return { text, escaped, left };
}
