/**
 * Features for the semantic recogniser: the same tokeniser and stemmer as the
 * phrase layer, negation marked by clause ("no marks" is not "marks"), word
 * pairs for who-did-what ("hit him", "mum hit"), and unknown words carried to
 * the nearest known word by the distilled word-vector neighbours; each word's
 * word-vector cluster is a feature too, shared by the words used alike.
 * Pure functions; the same code runs in training, the bot and the browser.
 */
import { negatorBefore, tokenise, type Token } from '../text';

/**
 * Words that carry no meaning on their own here. Kept as features: negators and pronouns (they say who did what),
 * and the words of time and tense ("now", "today", "was", "is", "will", "when", "if"): whether it happened or is
 * happening is what tells child protection from immediate danger (chosen by cross-validation on the training corpus).
 */
const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'be', 'am', 'it', 'its', 'this', 'that',
  'there', 'i', 'we', 'as', 'so', 'just', 'very', 'really', 'also', 'about', 'some', 'any', 'bit', 'quite', 'then', 'hi', 'hello',
  'please', 'thanks', 'thank', 'ok', 'okay', 'um', 'erm', 'like', 'would', 'could', 'should', 'can', 'do', 'does', 'did', 'have', 'has',
  'what', 'which', 'how', 'where', 'why', 'with', 'from', 'by', 'into', 'one', 'our', 'my', 'me',
]);

/** A cluster feature counts for less than the word itself. */
const CLUSTER_WEIGHT = 0.5;

/** The vocabulary-facing view of a message: stems in order, each with its clause and whether it is negated. */
export interface SemanticToken {
  stem: string;
  raw: string;
  clause: number;
  negated: boolean;
}

export function semanticTokens(text: string): SemanticToken[] {
  const tokens: Token[] = tokenise(text.slice(0, 4000));
  return tokens.map((t, i) => ({ stem: t.stem, raw: t.raw, clause: t.clause, negated: negatorBefore(tokens, i) >= 0 }));
}

/**
 * Feature names for one message: `w:stem` (or `w:~stem` when negated) and
 * `b:stem_stem` for neighbouring words in one clause (stop words kept in pairs
 * only where they join two meaningful words). `resolve` maps a stem the model
 * never saw to a known one (typo or word-vector neighbour) with a weight.
 */
export function featuresOf(
  tokens: SemanticToken[],
  resolve: (stem: string, raw: string) => { stem: string; weight: number } | undefined,
  clusterOf: (raw: string) => number | undefined = () => undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string, w: number) => out.set(f, Math.max(out.get(f) ?? 0, w));
  const kept: { stem: string; clause: number; negated: boolean; weight: number }[] = [];
  for (const t of tokens) {
    if (STOP.has(t.raw) || /^\d+$/.test(t.raw) && t.raw.length > 2) continue;
    // The word's cluster: words used alike share it, so what one teaches carries to the others.
    const c = clusterOf(t.raw);
    if (c !== undefined) add(`c:${t.negated ? '~' : ''}${c}`, CLUSTER_WEIGHT);
    const r = resolve(t.stem, t.raw);
    if (!r) {
      kept.push({ stem: `?${t.stem}`, clause: t.clause, negated: t.negated, weight: 0 });
      continue;
    }
    kept.push({ stem: r.stem, clause: t.clause, negated: t.negated, weight: r.weight });
    add(`w:${t.negated ? '~' : ''}${r.stem}`, r.weight);
    // The word as typed too, where the stem joins words that mean different things here ("missed" days, "missing" from home).
    if (r.weight === 1 && t.raw !== r.stem) add(`r:${t.negated ? '~' : ''}${t.raw}`, 1);
  }
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    if (!a || !b || a.clause !== b.clause || a.weight === 0 || b.weight === 0) continue;
    add(`b:${a.negated ? '~' : ''}${a.stem}_${b.stem}`, Math.min(a.weight, b.weight));
  }
  add('bias', 1);
  return out;
}
