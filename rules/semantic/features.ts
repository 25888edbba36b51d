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

/** A feature's kind: the word's cluster, the word (its stem), the word as typed, a pair of neighbouring words, the bias. */
export type FeatureKind = 'c' | 'w' | 'r' | 'b' | 'bias';

/** One feature of a message as `visitFeatures` finds it (a feature found twice is visited twice; the larger weight counts). */
export type FeatureVisitor = (kind: FeatureKind, negated: boolean, a: string | number, b: string, weight: number) => void;

/** A feature's name as the model stores it: `w:stem`, `w:~stem` (negated), `r:raw`, `c:12`, `b:stem_stem`, `bias`. */
export function featureName(kind: FeatureKind, negated: boolean, a: string | number, b: string): string {
  if (kind === 'bias') return 'bias';
  const not = negated ? '~' : '';
  return kind === 'b' ? `b:${not}${a}_${b}` : `${kind}:${not}${a}`;
}

/**
 * The features of one message, in order, to `visit`: `w:stem` (or `w:~stem` when negated) and
 * `b:stem_stem` for neighbouring words in one clause (stop words kept in pairs
 * only where they join two meaningful words). `resolve` maps a stem the model
 * never saw to a known one (typo or word-vector neighbour) with a weight.
 * Training names them (`featuresOf`); the model numbers them without building the names (model.ts).
 */
export function visitFeatures(
  tokens: SemanticToken[],
  resolve: (stem: string, raw: string) => { stem: string; weight: number } | undefined,
  clusterOf: (raw: string) => number | undefined,
  visit: FeatureVisitor,
): void {
  const kept: { stem: string; clause: number; negated: boolean; weight: number }[] = [];
  for (const t of tokens) {
    if (STOP.has(t.raw) || /^\d+$/.test(t.raw) && t.raw.length > 2) continue;
    // The word's cluster: words used alike share it, so what one teaches carries to the others.
    const c = clusterOf(t.raw);
    if (c !== undefined) visit('c', t.negated, c, '', CLUSTER_WEIGHT);
    const r = resolve(t.stem, t.raw);
    if (!r) {
      kept.push({ stem: `?${t.stem}`, clause: t.clause, negated: t.negated, weight: 0 });
      continue;
    }
    kept.push({ stem: r.stem, clause: t.clause, negated: t.negated, weight: r.weight });
    visit('w', t.negated, r.stem, '', r.weight);
    // The word as typed too, where the stem joins words that mean different things here ("missed" days, "missing" from home).
    if (r.weight === 1 && t.raw !== r.stem) visit('r', t.negated, t.raw, '', 1);
  }
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    if (!a || !b || a.clause !== b.clause || a.weight === 0 || b.weight === 0) continue;
    visit('b', a.negated, a.stem, b.stem, Math.min(a.weight, b.weight));
  }
  visit('bias', false, '', '', 1);
}

/** Feature names for one message (`visitFeatures`), each with its largest weight, in the order first found. */
export function featuresOf(
  tokens: SemanticToken[],
  resolve: (stem: string, raw: string) => { stem: string; weight: number } | undefined,
  clusterOf: (raw: string) => number | undefined = () => undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  visitFeatures(tokens, resolve, clusterOf, (kind, negated, a, b, w) => {
    const f = featureName(kind, negated, a, b);
    out.set(f, Math.max(out.get(f) ?? 0, w));
  });
  return out;
}
