/**
 * Text matching for free-text recognition: normalisation, light stemming, typo
 * tolerance and clause-aware negation. Pure functions, no dependencies.
 */

/** Contractions typed with or without their apostrophe ("cant", "dont", "cannot"). */
const CONTRACTIONS_ANY: [RegExp, string][] = [
  [/\bcan['’]?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon['’]?t\b/g, 'will not'],
  [/\bshan['’]?t\b/g, 'shall not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)n['’]?t\b/g, '$1 not'],
];

/** Contractions that need their apostrophe, then the apostrophes left dropped: nothing to do in text without one. */
const CONTRACTIONS_APOSTROPHE: [RegExp, string][] = [
  [/\b(\w+)['’]d\b/g, '$1 would'],
  [/\b(\w+)['’]ll\b/g, '$1 will'],
  [/\b(\w+)['’]re\b/g, '$1 are'],
  [/\b(\w+)['’]ve\b/g, '$1 have'],
  [/\bi['’]m\b/g, 'i am'],
  [/\b(\w+)['’]s\b/g, '$1s'],
  [/['’]/g, ''],
];

/** Shorthand practitioners type: "w/ a knife", "her bf", "the SW", "mum & dad". */
const SHORTHAND: [RegExp, string][] = [
  [/\bw\/o\b/g, ' without '],
  [/\bw\//g, ' with '],
  [/&/g, ' and '],
  [/\bbf\b/g, 'boyfriend'],
  [/\bgf\b/g, 'girlfriend'],
  [/\bsw\b/g, 'social worker'],
  [/\bu\b/g, 'you'],
];

/** Past plain ASCII: text that NFKD may change or that may carry combining marks. */
const NOT_ASCII = /[\u0080-\uffff]/;
const APOSTROPHE = /['’]/;

/**
 * Lower case, contractions and shorthand expanded, apostrophes dropped, punctuation kept only as clause breaks. Text in
 * plain ASCII (most messages) is its own NFKD form with no combining marks, and text without an apostrophe has none of
 * `CONTRACTIONS_APOSTROPHE`: those passes are skipped where they would change nothing (issue 15's 1 ms for `recognise`).
 */
export function normalise(text: string): string {
  let t = text.toLowerCase();
  if (NOT_ASCII.test(t)) t = t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, rep] of SHORTHAND) t = t.replace(re, rep);
  for (const [re, rep] of CONTRACTIONS_ANY) t = t.replace(re, rep);
  if (APOSTROPHE.test(t)) for (const [re, rep] of CONTRACTIONS_APOSTROPHE) t = t.replace(re, rep);
  return t;
}

/** Light stemming: enough to make bruise/bruises/bruised/bruising one word. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('es') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // doubled final consonant after stripping: hitt -> hit, stopp -> stop
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'aeiousl'.includes(w[w.length - 1] as string)) w = w.slice(0, -1);
  return w;
}

export interface Token {
  /** The word as typed (normalised). */
  raw: string;
  stem: string;
  /** Index of the clause the word sits in: negation never crosses a clause. */
  clause: number;
}

const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'except']);

/** Splits normalised text into word tokens with clause numbers (. , ; : ! ? and "but" end a clause). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  const norm = normalise(text);
  // The runs of letters and digits, and of clause punctuation, that /[a-z0-9]+|[.,;:!?()\n]+/g finds, read by
  // character code (every other character only separates them): the same tokens without a match object each.
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < n && isWordCode(norm.charCodeAt(j))) j++;
      const w = norm.slice(i, j);
      i = j;
      if (CLAUSE_WORDS.has(w)) clause++;
      else tokens.push({ raw: w, stem: stem(w), clause });
    } else if (isClauseCode(c)) {
      let j = i + 1;
      while (j < n && isClauseCode(norm.charCodeAt(j))) j++;
      i = j;
      clause++;
    } else {
      i++;
    }
  }
  return tokens;
}

/** a-z or 0-9. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** . , ; : ! ? ( ) or a new line. */
function isClauseCode(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 10;
}

/** Phrase words, stemmed: the same pipeline as message text. */
export function phraseStems(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.stem);
}

/** Damerau-Levenshtein distance, capped: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m] ?? max + 1;
}

/** FNV-1a (32 bits) of `word` without the letter at `skip` (-1: the whole word): the one-deletion index's key. */
function deletionHash(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * The words known to a pack's phrases, with a one-deletion index so that a
 * typed word can be matched to a known word one typo away in constant time.
 *
 * The index keeps, for every known word of 5+ letters and each of its one-letter deletions
 * (and the word itself), a 32-bit hash of the deleted form and the word's number, grouped by
 * hash bucket in typed arrays (decision 020): about 12 bytes an entry instead of a map of
 * strings to arrays (about 150). A lookup finds every word that shares a deleted form with the
 * typed word, as the map did; a hash collision only adds a candidate, and every candidate is
 * checked by edit distance, so the answers are the same.
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  /** The words of 5+ letters, by number. */
  private readonly long: string[] = [];
  /** Bucket b's entries are `keys[i]`, `ids[i]` for i from `starts[b]` to `starts[b + 1]`. */
  private readonly starts: Uint32Array;
  private readonly keys: Uint32Array;
  private readonly ids: Uint32Array;
  private readonly mask: number;

  constructor(stems: Iterable<string>) {
    for (const w of stems) this.words.add(w);
    let n = 0;
    for (const w of this.words) {
      if (w.length < 5) continue;
      this.long.push(w);
      n += w.length + 1;
    }
    let buckets = 16;
    while (buckets < n) buckets *= 2;
    this.mask = buckets - 1;
    const hashes = new Uint32Array(n);
    let k = 0;
    for (const w of this.long) for (let skip = -1; skip < w.length; skip++) hashes[k++] = deletionHash(w, skip);
    // Counting sort by bucket.
    this.starts = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) (this.starts[((hashes[i] as number) & this.mask) + 1] as number)++;
    for (let b = 0; b < buckets; b++) this.starts[b + 1] = (this.starts[b + 1] as number) + (this.starts[b] as number);
    const fill = this.starts.slice(0, buckets);
    this.keys = new Uint32Array(n);
    this.ids = new Uint32Array(n);
    k = 0;
    this.long.forEach((w, id) => {
      for (let skip = -1; skip < w.length; skip++) {
        const h = hashes[k++] as number;
        const at = (fill[h & this.mask] as number)++;
        this.keys[at] = h;
        this.ids[at] = id;
      }
    });
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The known word this typed word stands for: itself, or a known word one typo away (words of 5+ letters). */
  resolve(word: string): { word: string; fuzzy: boolean } | undefined {
    if (this.words.has(word)) return { word, fuzzy: false };
    if (word.length < 5) return undefined;
    let best: string | undefined;
    for (let skip = -1; skip < word.length; skip++) {
      const h = deletionHash(word, skip);
      const b = h & this.mask;
      for (let i = this.starts[b] as number, end = this.starts[b + 1] as number; i < end; i++) {
        if (this.keys[i] !== h) continue;
        const c = this.long[this.ids[i] as number] as string;
        if (best !== undefined && c >= best) continue;
        if (editDistance(word, c, 1) > 1) continue;
        // One letter swapped for another in a short word is usually another word (small/smell, rapid/raped, would/mould), not a
        // typo; in a longer one, a typo hits a key next to the right one, while another word differs anywhere ("scabbed" is
        // not "stabbed", "clapped" not "slapped", "braised" not "bruised").
        if (c.length === word.length && !isTransposition(word, c) && (word.length < SUBSTITUTION_MIN || !nextKeyTypo(word, c))) continue;
        best = c;
      }
    }
    return best === undefined ? undefined : { word: best, fuzzy: true };
  }
}

/** Shortest word in which one letter typed for another is forgiven. */
const SUBSTITUTION_MIN = 7;

/** The keyboard's letter rows (UK and US QWERTY alike), each staggered half a key to the right of the one above. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map<string, [number, number]>(KEY_ROWS.flatMap((row, r) => [...row].map((ch, i) => [ch, [r, i]] as [string, [number, number]])));

/** Two keys side by side, or touching in the row above or below. */
function keysTouch(a: string, b: string): boolean {
  const p = KEY_AT.get(a);
  const q = KEY_AT.get(b);
  if (!p || !q) return false;
  const [[r1, i1], [r2, i2]] = p[0] <= q[0] ? [p, q] : [q, p];
  if (r1 === r2) return Math.abs(i1 - i2) === 1;
  return r2 === r1 + 1 && (i2 === i1 || i2 === i1 - 1);
}

/** Same length, one letter different, and the typed letter's key touches the right one ("stsbbed" for "stabbed"). */
function nextKeyTypo(typed: string, known: string): boolean {
  let i = 0;
  while (i < typed.length && typed[i] === known[i]) i++;
  return i < typed.length && typed.slice(i + 1) === known.slice(i + 1) && keysTouch(typed[i] as string, known[i] as string);
}

/** Same letters, two neighbours swapped ("brusies"). */
function isTransposition(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'denies', 'denied', 'deny']);
/** "not sure", "don't know": uncertainty, which takes the safer branch, never negation. */
const UNCERTAIN_AFTER_NOT = new Set(['sure', 'certain', 'know', 'clear', 'sur', 'certain']);

/**
 * Is the phrase starting at token index `start` negated? Looks back up to four
 * words within the same clause for a negator ("not in immediate danger",
 * "no bruises", "no longer home alone"), ignoring "not sure" and "don't know".
 */
export function isNegated(tokens: Token[], start: number): boolean {
  return negatorBefore(tokens, start) >= 0;
}

/** The index of the negator that negates the phrase at `start`, or -1. */
export function negatorBefore(tokens: Token[], start: number): number {
  const first = tokens[start];
  if (!first) return -1;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const t = tokens[k];
    if (!t || t.clause !== first.clause) return -1;
    if (NEGATORS.has(t.raw)) {
      const next = tokens[k + 1];
      if (t.raw === 'not' && next && UNCERTAIN_AFTER_NOT.has(next.raw)) return -1;
      // "not only", "no doubt" are not negation
      if (next && (next.raw === 'only' || next.raw === 'doubt')) return -1;
      return k;
    }
  }
  return -1;
}

/** A message that hedges ("not sure", "might", "I think") : the caller takes the safer branch. */
export function isUncertain(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.raw;
    const n = tokens[i + 1]?.raw;
    if ((t === 'not' && n !== undefined && UNCERTAIN_AFTER_NOT.has(n)) || t === 'unsure' || t === 'maybe' || t === 'might' || t === 'possibly') return true;
  }
  return false;
}

/** Words as typed: runs of anything but white space, and 1 for none (as `text.trim().split(/\s+/).length` counts). */
export function wordsIn(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITE_SPACE.test(text[i] as string));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.max(1, n);
}
const WHITE_SPACE = /\s/;
