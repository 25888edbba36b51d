/**
 * What every match of a regular expression must contain, read from the pattern's structure (regjsparser's syntax
 * tree), for the tests of the quick word checks that stand before the red-flag forms (rules/dangerForms.ts `words`).
 * Test-only: the rules carry their word lists as data; this checks that no match can slip past them.
 */
import { parse, type AstNode, type RootNode } from 'regjsparser';

/** Above this many strings a part of a pattern is treated as open-ended (no check reads it as a list). */
const CAP = 256;

type Node = AstNode<{ lookbehind: true; namedGroups: true }>;

const product = (a: string[], b: string[]): string[] | null => (a.length * b.length > CAP ? null : a.flatMap((x) => b.map((y) => x + y)));

/** Every string the part can match, when there are few of them; null when open-ended (\w, ., *, a wide class). */
function finite(node: Node): string[] | null {
  switch (node.type) {
    case 'value':
      return [String.fromCodePoint(node.codePoint)];
    case 'anchor':
      return [''];
    case 'characterClass': {
      if (node.negative) return null;
      const out: string[] = [];
      for (const part of node.body) {
        if (part.type === 'value') out.push(String.fromCodePoint(part.codePoint));
        else if (part.type === 'characterClassRange' && part.max.codePoint - part.min.codePoint < 10) {
          for (let c = part.min.codePoint; c <= part.max.codePoint; c++) out.push(String.fromCodePoint(c));
        } else return null;
      }
      return out;
    }
    case 'group':
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequence(node.body as Node[]) : [''];
    case 'alternative':
      return sequence(node.body as Node[]);
    case 'disjunction': {
      const out: string[] = [];
      for (const part of node.body) {
        const f = finite(part as Node);
        if (!f || out.length + f.length > CAP) return null;
        out.push(...f);
      }
      return out;
    }
    case 'quantifier': {
      if (node.max === undefined || node.max > 4) return null;
      const body = finite(node.body[0] as Node);
      if (!body) return null;
      let out: string[] = [];
      let power: string[] | null = [''];
      for (let k = 0; k <= node.max; k++) {
        // Too many strings for a repeat still allowed: open-ended, not a list missing its longer matches.
        if (!power) return null;
        if (k >= node.min) out = [...out, ...power];
        power = product(power, body);
      }
      return out.length > CAP ? null : out;
    }
    default:
      return null;
  }
}

function sequence(parts: Node[]): string[] | null {
  let out: string[] | null = [''];
  for (const part of parts) {
    const f = finite(part);
    if (!f || !out) return null;
    out = product(out, f);
  }
  return out;
}

const containsOne = (strings: string[], words: readonly string[]) => strings.every((s) => words.some((w) => s.includes(w)));

/** Whether every match of the part contains one of `words`. */
function covered(node: Node, words: readonly string[]): boolean {
  const f = finite(node);
  if (f && containsOne(f, words)) return true;
  switch (node.type) {
    case 'group':
      return (node.behavior === 'normal' || node.behavior === 'ignore') && coveredSequence(node.body as Node[], words);
    case 'alternative':
      return coveredSequence(node.body as Node[], words);
    case 'disjunction':
      return node.body.every((part) => covered(part as Node, words));
    case 'quantifier':
      return node.min >= 1 && covered(node.body[0] as Node, words);
    default:
      return false;
  }
}

/** A sequence is covered when one of its parts is, or a run of parts with few strings spells one of the words in each. */
function coveredSequence(parts: Node[], words: readonly string[]): boolean {
  if (parts.some((part) => covered(part, words))) return true;
  for (let i = 0; i < parts.length; i++) {
    let run: string[] | null = [''];
    for (let j = i; j < parts.length && run; j++) {
      const f = finite(parts[j] as Node);
      run = f ? product(run, f) : null;
      if (run && containsOne(run, words)) return true;
    }
  }
  return false;
}

const tree = (pattern: RegExp): Node => parse(pattern.source, pattern.flags, { lookbehind: true, namedGroups: true }) as RootNode<{ lookbehind: true; namedGroups: true }>;

/**
 * Whether no string can match `pattern` without containing one of `words` (case as written: the patterns here read
 * lower-case text and carry no `i` flag). Sound, not complete: false means the structure does not show it.
 */
export function everyMatchContainsOne(pattern: RegExp, words: readonly string[]): boolean {
  if (pattern.flags.includes('i')) return false;
  return covered(tree(pattern), words);
}
