import { conditionNotTheChilds, disabilityOfAnAdult, householdHomeless, notHarmToTheChild, personalCareOfAnother } from './agency';
import { abuseLeftBehind, notYetHappened, prisonLongOver } from './notNow';
import { anotherServiceDecided, attendanceAtHospital, breathlessInPanic, childCameHomeLate, saidToBeFine, escalatingMeansWorse, nobodyAtHomeIsHousehold, notTalkingToSomeone, planAsPaperwork, routineMeansOrdinary, missingForMinutes, noOtherAdult, takenHomeAlone } from './wordSense';
import { negatorBefore, tokenise, Vocabulary, type Token } from './text';

export type TargetKind = 'indicator' | 'topic' | 'stage' | 'contact';

export interface PhraseEntry {
  kind: TargetKind;
  id: string;
  phrase: string;
}

export interface PhraseMatch {
  kind: TargetKind;
  id: string;
  /** The pack phrase that matched. */
  phrase: string;
  /** The words of the message that matched it, as typed. */
  matched: string;
  start: number;
  end: number;
  negated: boolean;
  /** Index of the word that negates it, or -1. */
  negator: number;
  /** A typo was forgiven or a word skipped. */
  fuzzy: boolean;
}

interface Compiled extends PhraseEntry {
  stems: string[];
}

/**
 * Finds pack phrases in a message: word by word, with stemming, one typo per
 * long word, at most one extra word inside a phrase, and negation within a clause.
 * Compiled once per pack; matching is linear in the message length.
 */
export class PhraseMatcher {
  private readonly byFirst = new Map<string, Compiled[]>();
  private readonly vocabulary: Vocabulary;
  /** Phrase words as written, for typos that stemming pulls apart ("brusies" is one swap from "bruises", but their stems differ by two). */
  private readonly rawVocabulary: Vocabulary;
  private readonly rawToStem = new Map<string, string>();

  /**
   * `isWord`: a typed word that is a word in its own right is never read as a typo of a phrase word ("slipped" is
   * not "slapped", "starting" not "starving", "cruising" not "bruising").
   */
  constructor(
    entries: PhraseEntry[],
    private readonly opts: { isWord?: (raw: string) => boolean } = {},
  ) {
    const all: string[] = [];
    for (const e of entries) {
      const words = tokenise(e.phrase);
      for (const w of words) if (!this.rawToStem.has(w.raw)) this.rawToStem.set(w.raw, w.stem);
      const stems = words.map((w) => w.stem);
      if (stems.length === 0) continue;
      all.push(...stems);
      const c: Compiled = { ...e, stems };
      const first = stems[0] as string;
      const list = this.byFirst.get(first);
      if (list) list.push(c);
      else this.byFirst.set(first, [c]);
    }
    this.vocabulary = new Vocabulary(all);
    this.rawVocabulary = new Vocabulary(this.rawToStem.keys());
  }

  private resolveToken(t: Token): { word: string; fuzzy: boolean } | undefined {
    // A phrase word as it is; else a word in its own right is no typo, which is known before looking for one (most
    // words of a message are English words that no phrase has: the same answer, without the typo search for them).
    if (this.vocabulary.has(t.stem)) return { word: t.stem, fuzzy: false };
    if (this.opts.isWord?.(t.raw)) return undefined;
    const r = this.vocabulary.resolve(t.stem);
    if (r) return r;
    const raw = this.rawVocabulary.resolve(t.raw);
    const stem = raw ? this.rawToStem.get(raw.word) : undefined;
    return stem === undefined ? undefined : { word: stem, fuzzy: true };
  }

  match(text: string): { tokens: Token[]; matches: PhraseMatch[] } {
    const tokens = tokenise(text);
    const resolved: ({ word: string; fuzzy: boolean } | undefined)[] = [];
    const cache = new Map<string, { word: string; fuzzy: boolean } | undefined>();
    for (const t of tokens) {
      let r = cache.get(t.raw);
      if (r === undefined && !cache.has(t.raw)) {
        r = this.resolveToken(t);
        cache.set(t.raw, r);
      }
      resolved.push(r);
    }
    const matches: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = resolved[i];
      if (!first) continue;
      const candidates = this.byFirst.get(first.word);
      if (!candidates) continue;
      for (const c of candidates) {
        const m = this.tryAt(c, tokens, resolved, i);
        // A route's words in another sense ("his behaviour has escalated", "CAMHS said he doesn't meet threshold", "mum has a
        // learning disability") name no route.
        const setAside = m && (c.kind === 'indicator' ? setAsideByNeighbours(tokens, m.start, m.end) || (c.id === 'home_alone' && (childCameHomeLate(tokens, m.start, m.end) || takenHomeAlone(tokens, m.start, m.end) || noOtherAdult(tokens, m.start, m.end))) : c.kind === 'topic' && (escalatingMeansWorse(tokens, m.start, m.end) || anotherServiceDecided(tokens, m.start, m.end) || (c.id === 'disability' && (disabilityOfAnAdult(tokens, m.start, m.end) || personalCareOfAnother(tokens, m.start, m.end)))));
        if (m && !setAside) matches.push(m);
      }
    }
    // A negator that belongs to another phrase ("not happy with the outcome of my referral") negates nothing else.
    for (const m of matches) {
      if (m.negated && matches.some((o) => o !== m && o.start <= m.negator && o.end >= m.negator && o.start < m.start)) {
        m.negated = false;
        m.negator = -1;
      }
    }
    return { tokens, matches };
  }

  private tryAt(
    c: Compiled,
    tokens: Token[],
    resolved: ({ word: string; fuzzy: boolean } | undefined)[],
    start: number,
  ): PhraseMatch | undefined {
    const clause = tokens[start]?.clause;
    let pos = start;
    let fuzzy = resolved[start]?.fuzzy ?? false;
    let skipped = 0;
    for (let k = 1; k < c.stems.length; k++) {
      const want = c.stems[k];
      let next = pos + 1;
      if (resolved[next]?.word !== want && skipped === 0 && c.stems.length > 2 && resolved[next + 1]?.word === want) {
        next += 1;
        skipped = 1;
      }
      const tok = tokens[next];
      if (!tok || tok.clause !== clause || resolved[next]?.word !== want) return undefined;
      fuzzy ||= resolved[next]?.fuzzy ?? false;
      pos = next;
    }
    const negator = phraseNegatorBefore(tokens, start);
    return {
      kind: c.kind,
      id: c.id,
      phrase: c.phrase,
      matched: tokens
        .slice(start, pos + 1)
        .map((t) => t.raw)
        .join(' '),
      start,
      end: pos,
      negated: negator >= 0,
      negator,
      fuzzy: fuzzy || skipped > 0,
    };
  }
}

/**
 * Subjects that start a new statement: a negator before one of them negates that statement, not the phrase after it
 * ("if he doesn't they'll stab him", "she never told anyone he hurt her": the harm stands, the safer reading).
 */
const NEW_SUBJECT = new Set(['he', 'she', 'they', 'we', 'you', 'i']);

/** Words that begin a listed phrase for a lack ("no heat", "not fed", "never collected", "without food"). */
const LACK = new Set(['no', 'not', 'never', 'without']);

/** "Nobody", as a negator of a listed phrase only ("nobody is in immediate danger"); "no one" is "no" already. */
const NOBODY = new Set(['nobody', 'noone']);

/** The index of "nobody" up to four words before the phrase at `start`, in its clause, or -1. */
function nobodyBefore(tokens: Token[], start: number): number {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const t = tokens[k];
    if (!t || t.clause !== clause) return -1;
    if (NOBODY.has(t.raw)) return k;
  }
  return -1;
}

/** What "nothing" says before a phrase when it denies it: "nothing to suggest", "nothing pointing at", "nothing indicating". */
const NOTHING_SAYS = new Set(['pointing', 'points', 'suggesting', 'suggests', 'indicating', 'indicates']);
const NOTHING_TO = new Set(['suggest', 'indicate', 'show', 'say']);

/**
 * The index of a "nothing" that denies the phrase at `start` ("nothing pointing at exploitation so far", "nothing to
 * suggest abuse"), up to four words before it in its clause, or -1. Not "nothing to eat": what nothing is must say so.
 */
function nothingSaysBefore(tokens: Token[], start: number): number {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const t = tokens[k];
    if (!t || t.clause !== clause) return -1;
    if (t.raw !== 'nothing') continue;
    const next = tokens[k + 1]?.raw ?? '';
    return NOTHING_SAYS.has(next) || (next === 'to' && NOTHING_TO.has(tokens[k + 2]?.raw ?? '')) ? k : -1;
  }
  return -1;
}

/**
 * rules/text.ts `negatorBefore`, for a listed phrase: no negation across a new subject between the negator and the
 * phrase. The semantic layer's features keep `negatorBefore` as the model was trained on (changing it means training
 * again; decision 012, ninth session).
 */
export function phraseNegatorBefore(tokens: Token[], start: number): number {
  // A phrase that is itself a lack ("no heat", "no food") is not undone by the "no" of the lack before it ("no food no
  // heat"): a list of what the child goes without, not a denial.
  if (LACK.has(tokens[start]?.raw ?? '')) return -1;
  let k = negatorBefore(tokens, start);
  if (k < 0) k = nobodyBefore(tokens, start);
  if (k < 0) k = nothingSaysBefore(tokens, start);
  for (let j = k + 1; k >= 0 && j < start; j++) if (NEW_SUBJECT.has(tokens[j]?.raw ?? '')) return -1;
  return k;
}

/**
 * A listed phrase that its neighbours show is not a sign of harm or need here: done by the child or to a thing, or
 * said of the family's home rather than a young person's (agency.ts), not so now (notNow.ts), or a word in another
 * sense ("a routine check", "nobody at home knows", wordSense.ts).
 */
function setAsideByNeighbours(tokens: Token[], start: number, end: number): boolean {
  return notHarmToTheChild(tokens, start, end) || conditionNotTheChilds(tokens, start, end) || notYetHappened(tokens, start, end) || prisonLongOver(tokens, start, end) || abuseLeftBehind(tokens, start, end) || householdHomeless(tokens, start, end) || routineMeansOrdinary(tokens, start, end) || nobodyAtHomeIsHousehold(tokens, start, end) || missingForMinutes(tokens, start, end) || attendanceAtHospital(tokens, start, end) || saidToBeFine(tokens, start, end) || planAsPaperwork(tokens, start, end) || notTalkingToSomeone(tokens, start, end) || breathlessInPanic(tokens, start, end);
}
