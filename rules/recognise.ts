import { PhraseMatcher, type PhraseEntry, type PhraseMatch } from './matcher';
import { pastPrivateFosteringAge } from './privateFostering';
import type { Indicator, Pack } from './schema';
import { combine, type SemanticLayer } from './semantic/combine';
import { whoseIndicator } from './whose';
import { isUncertain, type Token } from './text';

export type Intent =
  | 'emergency'
  | 'concern'
  | 'escalation'
  | 'after_referral'
  | 'contact'
  | 'info_sharing'
  | 'private_fostering'
  | 'disability'
  | 'lado'
  | 'adult_concern'
  | 'anonymous'
  | 'secure_estate'
  | 'fgc'
  | 'advice'
  | 'contextual_safeguarding'
  | 'glossary'
  /** A worry the bot cannot place: ask the red-flag question first, then the kinds of harm. */
  | 'unsure'
  /** A message mostly in another language: say the bot reads English only, and offer the questions. */
  | 'non_english'
  | 'help';

export interface Recognition {
  intent: Intent;
  /** Other things the message is also about, most relevant first. */
  also: Intent[];
  /** Indicators found and not negated, with the words that matched ('meaning': found by the semantic layer from what was described, not a listed phrase). */
  indicators: { id: string; matched: string[]; by?: 'meaning' }[];
  /** Indicators mentioned only in the negative ("not in immediate danger"). */
  negated: { id: string; matched: string[] }[];
  /** The escalation stage the user has reached, when the message is about escalation. */
  escalationStage?: string;
  /** Contacts named in the message (for look-ups). */
  contacts: string[];
  /**
   * Topics the pack's listed phrases found (ids, no words). The answer needs it for "advice": the pack's own advice
   * topic (Nottingham's "how do I make a referral?", the MARF; Bury's "what local services are there?") has its own
   * route, while the meaning's "ordinary matter" is answered with the lowest level's.
   */
  topicsFound?: string[];
  /** The message hedges ("not sure", "I think"): take the safer branch. */
  uncertain: boolean;
  confidence: 'high' | 'medium' | 'low';
  /** Indicators a single ambiguous word suggested and the meaning of the whole message did not support: the card asks about them. */
  setAside?: { id: string; matched: string[] }[];
  /** Signs of sexual abuse read as the child's own harmful sexual behaviour towards other children (rules/sexualBehaviour.ts): not counted at child protection. */
  byTheChild?: { id: string; matched: string[] }[];
  /** Signs of sexual abuse only the meaning read, in a relationship between young people of about the same age (rules/peerRelationship.ts): not counted. */
  betweenPeers?: { id: string; matched: string[] }[];
  /**
   * Harm at child protection only the meaning read, not counted because the message tells of early help in place or
   * tried and stalled, which the pack's guidance places at a level of its own (pack `needsUnmetByHelp`, rules/helpStalled.ts).
   */
  helpStalled?: { id: string; matched: string[] }[];
  /** Red flags not counted because the message says the child is safe now and nothing of danger now or later today (rules/timing.ts). */
  safeNow?: { id: string; matched: string[] }[];
  /**
   * Red flags not counted because the message tells the harm as past ("stabbed last month") and says nothing still so
   * now, nor of danger now or later today (rules/timing.ts `toldAsPast`): the answer asks about danger now first.
   */
  toldAsPast?: { id: string; matched: string[] }[];
  /**
   * Red flags not counted because the pack reads known or suspected abuse of a child safe for now as a referral without
   * delay (pack `laterTodayAtProtection`), and the only danger the message tells of within the day is the child going
   * home or being collected later (rules/timing.ts `dangerOnlyLater`): the answer asks about danger now first.
   */
  laterToday?: { id: string; matched: string[] }[];
  /**
   * The same for a child left alone that the message tells as a habit ("often left alone in the evenings") with nothing
   * of a child alone now or later today (rules/homeAlone.ts `aloneAsHabit`): the answer asks about danger now first.
   */
  aloneOften?: { id: string; matched: string[] }[];
  /**
   * The meaning gives danger now a real chance, under the 999 bar, and nothing in the message says the child is safe now:
   * the answer asks the red-flag question first (any chance → 999 now), then gives the level found.
   */
  mightBeNow?: boolean;
}

const LOOKUP_WORDS = /\b(number|numbers|phone|telephone|tel|ring|call|email|e-mail|address|contact|contacts|details|hours|open|opening|where is|who do i)\b/i;

/** A compiled recogniser for one pack. Build once (it indexes every phrase), reuse for every message. */
export class Recogniser {
  private readonly matcher: PhraseMatcher;
  private readonly indicators: Map<string, Indicator>;

  constructor(
    private readonly pack: Pack,
    private readonly semantic?: SemanticLayer,
  ) {
    const entries: PhraseEntry[] = [];
    for (const ind of pack.indicators) for (const phrase of ind.phrases) entries.push({ kind: 'indicator', id: ind.id, phrase });
    for (const t of pack.topics) for (const phrase of t.phrases) entries.push({ kind: 'topic', id: t.id, phrase });
    for (const s of pack.escalation?.stages ?? []) for (const phrase of s.phrases) entries.push({ kind: 'stage', id: s.id, phrase });
    for (const c of pack.contacts) for (const phrase of [c.name, ...c.aliases]) entries.push({ kind: 'contact', id: c.id, phrase });
    this.matcher = new PhraseMatcher(entries, semantic ? { isWord: (raw) => semantic.model.isEnglishWord(raw) } : {});
    this.indicators = new Map(pack.indicators.map((i) => [i.id, i]));
  }

  /** The phrase layer's reading, then the semantic layer's: where they disagree about risk, the higher level stands. */
  recognise(text: string): Recognition {
    // The message is tokenised once: the semantic layer reads the same tokens of the same first 4,000 characters
    // (features.ts `semanticTokens` tokenises `text.slice(0, 4000)` as the matcher does; decision 020, round 7).
    const { tokens, matches } = this.matcher.match(text.slice(0, 4000));
    const phrases = this.fromMatches(text, tokens, matches);
    return this.semantic ? combine(this.pack, phrases, this.semantic, text, tokens) : phrases;
  }

  /** The high-precision layer: the pack's cited phrases, with negation and hedging. */
  recogniseByPhrases(text: string): Recognition {
    const { tokens, matches } = this.matcher.match(text.slice(0, 4000));
    return this.fromMatches(text, tokens, matches);
  }

  private fromMatches(text: string, tokens: Token[], matches: PhraseMatch[]): Recognition {
    const found = new Map<string, string[]>();
    const negated = new Map<string, string[]>();
    const topics = new Map<string, number>();
    const stages: PhraseMatch[] = [];
    const contacts: string[] = [];
    let fuzzyOnly = true;

    const kept = longestFirst(matches);
    // A topic phrase wholly inside a longer indicator phrase is part of that indicator ("things are escalating at home" is not a challenge).
    const insideIndicator = (m: PhraseMatch) =>
      kept.some((k) => k.kind === 'indicator' && !k.negated && k.start <= m.start && k.end >= m.end && k.end - k.start > m.end - m.start);
    // Topics said apart from any named contact ("do I give my details when I ring the Bridge") are what the message is about.
    const contactSpans = kept.filter((k) => k.kind === 'contact' && !k.negated);
    let topicApartFromContact = false;
    for (const m of kept) {
      if (!m.fuzzy) fuzzyOnly = false;
      if (m.kind === 'topic' && insideIndicator(m)) continue;
      if (m.kind === 'topic' && !m.negated && !contactSpans.some((c) => c.start <= m.end && m.start <= c.end)) topicApartFromContact = true;
      if (m.kind === 'indicator') {
        const bucket = m.negated ? negated : found;
        // A need that can be a parent's or the young person's own counts for the person the words name (rules/whose.ts).
        const id = whoseIndicator(this.pack, m.id, tokens, m.start, m.end);
        const list = bucket.get(id) ?? [];
        if (!list.includes(m.matched)) list.push(m.matched);
        bucket.set(id, list);
      } else if (m.negated) {
        continue;
      } else if (m.kind === 'topic') {
        topics.set(m.id, (topics.get(m.id) ?? 0) + m.end - m.start + 1);
      } else if (m.kind === 'stage') {
        stages.push(m);
      } else if (!contacts.includes(m.id)) {
        contacts.push(m.id);
      }
    }
    // An indicator both affirmed and negated in different places counts as affirmed (safer).
    for (const id of found.keys()) negated.delete(id);
    // Living with friends, said of a young person the pack's own definition puts past private fostering (Salford: "a child
    // up to 16 years of age", or 18 if disabled), when the words never name private fostering: not that topic.
    const namesFostering = kept.some((m) => m.kind === 'topic' && m.id === 'private_fostering' && /foster/.test(m.matched.toLowerCase()));
    if (topics.has('private_fostering') && !namesFostering && !topics.has('disability') && pastPrivateFosteringAge(this.pack, text)) topics.delete('private_fostering');

    const indicatorList = [...found.entries()].map(([id, matched]) => ({ id, matched }));
    const negatedList = [...negated.entries()].map(([id, matched]) => ({ id, matched }));
    const uncertain = isUncertain(tokens);
    const redFlag = indicatorList.some((i) => this.indicators.get(i.id)?.kind === 'red-flag');
    const harm = indicatorList.some((i) => this.indicators.get(i.id)?.kind === 'harm' || this.indicators.get(i.id)?.kind === 'context');

    const ranked: Intent[] = [];
    const push = (i: Intent) => {
      if (!ranked.includes(i)) ranked.push(i);
    };
    if (redFlag) push('emergency');
    const topicIntents = [...topics.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id as Intent);
    const escalationStage = this.stageFrom(stages);
    const escalation = topics.has('escalation') || escalationStage !== undefined;
    const lookup = contacts.length > 0 && (LOOKUP_WORDS.test(text) || tokens.length <= 4);

    if (harm) push('concern');
    if (escalation) push('escalation');
    // "family group conference phone number": a named contact plus a look-up word is a look-up, not the topic.
    if (lookup && indicatorList.length === 0 && LOOKUP_WORDS.test(text) && !topicApartFromContact) push('contact');
    // Universal services and advice never outrank a concern the message describes.
    for (const t of topicIntents) if (t !== 'escalation' && !(t === 'advice' && indicatorList.length > 0)) push(t);
    if (indicatorList.length > 0) push('concern');
    if (topics.has('advice')) push('advice');
    if (lookup) push('contact');
    if (ranked.length === 0) push('help');

    const intent = ranked[0] as Intent;
    const strength = matches.filter((m) => !m.negated).length;
    const confidence: Recognition['confidence'] =
      intent === 'help' ? 'low' : fuzzyOnly ? 'low' : strength >= 2 || redFlag ? 'high' : 'medium';
    return {
      intent,
      also: ranked.slice(1),
      indicators: indicatorList,
      negated: negatedList,
      ...(escalation ? { escalationStage: escalationStage ?? this.firstStage() } : {}),
      contacts,
      ...(topics.size > 0 ? { topicsFound: [...topics.keys()] } : {}),
      uncertain,
      confidence,
    };
  }

  /** The stage the user has reached: the highest stage whose phrases they used, advanced if they say it did not resolve. */
  private stageFrom(stages: PhraseMatch[]): string | undefined {
    const ladder = this.pack.escalation?.stages;
    if (!ladder || stages.length === 0) return undefined;
    let best = -1;
    for (const m of stages) {
      const idx = ladder.findIndex((s) => s.id === m.id);
      if (idx > best) best = idx;
    }
    return best >= 0 ? ladder[best]?.id : undefined;
  }

  private firstStage(): string | undefined {
    return this.pack.escalation?.stages[0]?.id;
  }
}

/** Drop matches wholly inside a longer match of the same kind (keeps "not being met" over "met"). */
function longestFirst(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: PhraseMatch[] = [];
  for (const m of sorted) {
    // Escalation stages are never dropped: the furthest stage named wins ("disagree with the Bridge's decision").
    const inside = m.kind !== 'stage' && kept.some((k) => k.kind === m.kind && k.id !== m.id && k.start <= m.start && k.end >= m.end && k.end - k.start > m.end - m.start);
    if (!inside) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
