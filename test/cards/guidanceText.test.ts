/**
 * The guidance read correctly, on every card the bot can send: every route and topic of all
 * three packs, every escalation stage and contact look-up, the answer to a message about each
 * indicator and topic, each indicator through the screening (alone, with each rule that changes
 * the card, at every age), the referral, information-sharing, recording, private fostering and
 * disability cards, the notice and the screening questions. Each card's visible text must have:
 *
 * - no doubled brackets ("(Monday to Friday ... (closed on bank holidays))", or ") (");
 * - no PDF artefacts (a hyphen glued to a word and followed by a space, "Protection- Getting";
 *   words run together, "RiskSupport");
 * - no step or bullet said twice in one list (the same words, or most of them);
 * - no "do not tell the parents" beside an unconditional "tell the family";
 * - no source citation (a document title and one section or page) over 160 characters, and each
 *   document's title once per sources line.
 *
 * And the packs themselves: an indicator one area cites from another area's document (or from
 * national guidance) says so on the card, in its `basis`.
 */
import { describe, expect, it } from 'vitest';
import { noticeCardsAtEveryStage } from '../helpers/notice';
import {
  answerFor,
  buildCheckQuestionCard,
  buildDisabilityResultCard,
  buildEmergencyCard,
  buildInfoSharingCard,
  buildPrivateFosteringResultCard,
  buildQuestionCard,
  buildRecordingHelpCard,
  buildReferralChecklistCard,
  buildResultCard,
  buildUnsureCard,
  buildWelcomeCard,
  contactCard,
  contactsFor,
  escalationCard,
  firstScreenText,
  topicCard,
  type AdaptiveCard,
} from '../../cards';
import { questionsFor } from '../../dialogs/triage/questions';
import {
  AREAS,
  answerText,
  assessmentToAnswer,
  createEngine,
  contactAnswer,
  topicAnswer,
  cwdCriteria,
  cwdEligible,
  isPrivateFostering,
  ladder,
  loadEngines,
  privateFosteringRules,
  referralChecklist,
  type AgeBand,
  type Answers,
  type Engine,
  type Intent,
  type Recognition,
} from '../../rules';
import type { SemanticModel } from '../../rules/semantic/model';

const engines = loadEngines();
const WEEKDAY = new Date('2026-11-24T10:00:00Z'); // Tuesday 10am: front doors open
const SATURDAY = new Date('2026-11-28T14:00:00Z'); // closed: out-of-hours lines and "closed now" warnings
const AGES: (AgeBand | undefined)[] = [undefined, 'under_5', '5_to_11', '12_to_15', '16_to_17', 'not_sure'];

/** The text a card shows: text blocks, facts, toggles, choices and button titles (and the fallback). */
export function visibleTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if ((n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'Input.Toggle' && typeof n.title === 'string') out.push(n.title);
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') out.push(n.title);
    if (Array.isArray(n.facts)) for (const f of n.facts as { title?: unknown; value?: unknown }[]) out.push(`${String(f.title ?? '')} ${String(f.value ?? '')}`);
    if (Array.isArray(n.choices)) for (const c of n.choices as { title?: unknown }[]) if (typeof c.title === 'string') out.push(c.title);
    for (const [k, v] of Object.entries(n)) if (k !== 'facts' && k !== 'choices') walk(v);
  };
  walk((card as { body?: unknown }).body);
  walk((card as { actions?: unknown }).actions);
  const fallback = (card as { fallbackText?: unknown }).fallbackText;
  if (typeof fallback === 'string') out.push(fallback);
  return out;
}

// Common words, and the law's boilerplate ("section 17 of the Children Act 1989"), say nothing about whether two steps are the same.
const STOP = new Set(
  'the and for you your with are that this not any can has have from about its their them they will what who how when where which into then than was been being our out all but also there here more other only must may should child children young person people section act 1989'.split(' '),
);
const contentWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );

/** Two steps that say the same thing: the same words, or most of the shorter one's. */
export function sameStep(a: string, b: string): boolean {
  const na = a.replace(/^\s*(\d+\.|•)\s*/, '').trim().toLowerCase();
  const nb = b.replace(/^\s*(\d+\.|•)\s*/, '').trim().toLowerCase();
  if (na === nb) return true;
  const wa = contentWords(na);
  const wb = contentWords(nb);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 6) return false; // too few words to tell ("Refer to the MASH for a pre-birth assessment" is not "... for an assessment")
  const shared = [...small].filter((w) => big.has(w)).length;
  return shared / small.size >= 0.6;
}

const DO_NOT_TELL = /\b(do not|don[’']t|must not) (tell|inform)\b[^.]*\b(parents?|carers?|family)\b|\b(parents?|carers?|family)\b[^.]*\bmust not be told\b/i;
/** The rule stated for some cases ("where sexual abuse ... is suspected"): it says when, it does not say "now". */
const DO_NOT_TELL_WHEN = /\b(where|if|unless|in (very )?few cases|in some situations)\b/i;
/** An instruction to tell the family. */
const TELL_FAMILY = /\b(usually tell the family|tell the family you are making|make sure (the family|they) knows?\b|it is good practice to tell a parent|talk with the family about the worry)/i;
/** ... said with a condition ("Unless ...", "except where ..."). */
const TELL_WHEN = /\b(unless|except|if it is safe)\b/i;

/** The lists on a card: the steps or bullets side by side in one container (a card's "Why" reasons aside). */
function listsOf(card: unknown): string[][] {
  const lists: string[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      const texts = node.filter((n): n is { type: string; text: string } => !!n && typeof n === 'object' && (n as { type?: unknown }).type === 'TextBlock').map((n) => n.text);
      if (!texts.includes('Why')) {
        lists.push(texts.filter((t) => /^\d+\. /.test(t)));
        lists.push(texts.filter((t) => t.startsWith('• ')));
      }
      return node.forEach(walk);
    }
    if (node && typeof node === 'object') for (const v of Object.values(node)) walk(v);
  };
  walk((card as { body?: unknown }).body);
  return lists.filter((l) => l.length > 1);
}

/** Every problem in one card's text, as readable lines. */
export function textProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  const texts = visibleTexts(card);
  for (const t of texts) {
    if (/\([^()]*\([^()]*\)[^()]*\)/.test(t)) problems.push(`doubled brackets: ${t}`);
    if (/\)\s*\(/.test(t)) problems.push(`brackets side by side: ${t}`);
    const glued = /\b[A-Za-z]{2,}- [A-Za-z]/.exec(t);
    if (glued && !/\b(pre|post|multi|inter|non|over|under|self|sub)- (and|or) /i.test(t)) problems.push(`PDF hyphen "${glued[0]}": ${t}`);
    // Run-together words: a lower-case letter then a capital inside one word ("RiskSupport"), not in an address.
    for (const word of t.split(/\s+/)) {
      if (/[@/:.]\w/.test(word) && /@|https?:|www\./.test(word)) continue;
      if (/[a-z][A-Z][a-z]/.test(word.replace(/^[^A-Za-z]+/, ''))) problems.push(`words run together "${word}": ${t}`);
    }
  }
  // A step or bullet said twice in one list.
  for (const list of listsOf(card))
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) if (sameStep(list[i] as string, list[j] as string)) problems.push(`said twice: "${list[i]}" and "${list[j]}"`);
  // Do not tell the parents, beside an unconditional "tell the family".
  const body = texts.slice(0, -1); // the fallback repeats the card
  const sentences = body.flatMap((t) => t.split(/(?<=[.!?])\s+/));
  const doNotTell = sentences.find((s) => DO_NOT_TELL.test(s) && !DO_NOT_TELL_WHEN.test(s));
  const tell = sentences.find((s) => TELL_FAMILY.test(s) && !TELL_WHEN.test(s));
  if (doNotTell && tell) problems.push(`contradiction: "${doNotTell}" beside "${tell}"`);
  // Sources: each citation short; each document's title once per line.
  for (const t of body) {
    const m = /^Sources?: (.*)$/s.exec(t);
    if (!m) continue;
    const titles: string[] = [];
    for (const doc of (m[1] as string).split('; ')) {
      const colon = doc.indexOf(': ');
      const title = colon > 0 ? doc.slice(0, colon) : doc;
      if (titles.includes(title)) problems.push(`title cited twice in one sources line: ${title}`);
      titles.push(title);
      const parts = colon > 0 ? doc.slice(colon + 2).split(/, (?=“)|, (?=[a-z0-9.-]+\.[a-z]{2,}\/)/) : [''];
      for (const part of parts) {
        const citation = `${title}: ${part}`;
        if (citation.length > 160) problems.push(`citation over 160 characters (${citation.length}): ${citation}`);
      }
    }
  }
  return problems;
}

const cards: { name: string; card: AdaptiveCard }[] = [];
const add = (name: string, card: AdaptiveCard | undefined) => {
  if (card) cards.push({ name, card });
};

function recognition(intent: Intent, indicators: { id: string; matched: string[] }[], also: Intent[] = []): Recognition {
  return { intent, also, indicators, negated: [], contacts: [], uncertain: false, confidence: 'high' };
}

function screening(engine: Engine, area: string, name: string, answers: Answers, at: Date): void {
  const { pack } = engine;
  const a = engine.assess(answers, at);
  for (const personal of [true, false]) add(`${area} ${name} ${personal ? 'personal' : 'channel'}`, buildResultCard({ pack, answer: assessmentToAnswer(engine, a, { personal, answers }), also: [], personal, consultChannel: false }));
}

for (const area of AREAS) {
  const engine = engines[area];
  const { pack } = engine;
  const police = pack.indicators.filter((i) => i.kind === 'red-flag');
  for (const at of [WEEKDAY, SATURDAY]) {
    const when = at === SATURDAY ? 'Saturday' : 'weekday';
    for (const personal of [true, false]) {
      const where = `${personal ? 'personal' : 'channel'} ${when}`;
      add(`${area} welcome ${where}`, buildWelcomeCard({ pack, personal }));
      for (const r of pack.routes) add(`${area} route ${r.id} ${where}`, topicCard(engine, r.id, at, [], { personal }));
      for (const stage of [undefined, ...ladder(pack).map((s) => s.id)]) add(`${area} escalation ${stage ?? 'start'} ${where}`, escalationCard(engine, at, stage, personal));
      // A message about each indicator, and about each topic, through the answer function.
      for (const ind of pack.indicators) {
        const phrase = ind.phrases[0] as string;
        const intent: Intent = ind.kind === 'red-flag' ? 'emergency' : 'concern';
        add(`${area} message about ${ind.id} ${where}`, answerFor(engine, recognition(intent, [{ id: ind.id, matched: [phrase] }], ['advice', 'info_sharing']), phrase, at, { personal }));
        add(`${area} typed ${ind.id} ${where}`, answerFor(engine, engine.recognise(`I am worried: ${phrase}`), `I am worried: ${phrase}`, at, { personal }));
      }
      for (const t of pack.topics) add(`${area} typed topic ${t.id} ${where}`, answerFor(engine, engine.recognise(t.phrases[0] as string), t.phrases[0] as string, at, { personal }));
    }
    add(`${area} contacts ${when}`, contactCard(engine, '', at));
    for (const c of pack.contacts) add(`${area} look-up ${c.id} ${when}`, contactCard(engine, c.name, at));
    add(`${area} unsure ${when}`, buildUnsureCard({ pack, at, recognition: recognition('unsure', []), reason: 'unsure' }));
  }
  // The screening: each indicator alone at every age, and with each rule that changes the card.
  const special = pack.indicators.filter((i) => i.doNotTellParents || i.mandatoryReporting || i.pathway || i.steps.length > 0);
  for (const ind of pack.indicators) {
    for (const ageBand of AGES) screening(engine, area, `screening ${ind.id} age ${ageBand ?? 'unknown'}`, { indicators: [ind.id], ...(ageBand ? { ageBand } : {}) }, WEEKDAY);
    for (const familyKnows of ['yes', 'no', 'not_sure'] as const) screening(engine, area, `screening ${ind.id} family knows ${familyKnows}`, { indicators: [ind.id], familyKnows }, WEEKDAY);
    screening(engine, area, `screening ${ind.id} not sure`, { unsureIndicators: [ind.id], immediateDanger: 'no', homeAlone: 'no' }, SATURDAY);
    for (const other of special) if (other.id !== ind.id) screening(engine, area, `screening ${ind.id} with ${other.id}`, { indicators: [ind.id, other.id], familyKnows: 'no' }, WEEKDAY);
  }
  screening(engine, area, 'screening not sure of anything', { immediateDanger: 'no', homeAlone: 'no', harmUnsure: true, needs: 'not_sure', earlyHelp: 'not_sure', familyKnows: 'not_sure' }, WEEKDAY);
  screening(engine, area, 'screening every indicator', { indicators: pack.indicators.filter((i) => !police.includes(i)).map((i) => i.id), familyKnows: 'no', ageBand: '16_to_17' }, SATURDAY);
  // Referral, information sharing and recording; private fostering and disability results.
  const contacts = contactsFor(pack, [pack.frontDoor], WEEKDAY);
  for (const route of [undefined, ...pack.routes.map((r) => ({ id: r.id, title: r.title }))])
    add(`${area} referral checklist ${route?.id ?? ''}`, buildReferralChecklistCard({ pack, items: referralChecklist(pack), ticked: [], ...(route ? { route } : {}), contacts }));
  add(`${area} information sharing`, buildInfoSharingCard({ pack, answer: topicAnswer(engine, 'info_sharing', WEEKDAY) ?? contactAnswer(engine, '', WEEKDAY) }));
  for (const personal of [true, false]) add(`${area} recording help`, buildRecordingHelpCard({ pack, contacts, personal }));
  const pf = privateFosteringRules(pack);
  if (pf)
    for (const [age, carer, days] of [[12, 'family_friend', 40], [12, 'grandparent', 40], ['not_sure', 'not_sure', 'not_sure']] as const)
      add(`${area} private fostering ${age} ${carer}`, buildPrivateFosteringResultCard({ pack, decision: isPrivateFostering(pf, { age, disabled: 'no', carer, days }), contacts }));
  const cwd = cwdCriteria(pack);
  if (cwd) for (const a of ['yes', 'no', 'not_sure'] as const) add(`${area} disability ${a}`, buildDisabilityResultCard({ pack, decision: cwdEligible(cwd, cwd.points.map(() => a)), contacts }));
  // The screening questions, and the short checks' questions.
  const questions = questionsFor(pack);
  questions.forEach((q, i) => {
    const base = { pack, question: q.id, text: q.text, number: i + 1, total: questions.length, ...(q.hint ? { hint: q.hint } : {}) };
    add(`${area} question ${q.id}`, q.multi ? buildQuestionCard({ ...base, multi: { choices: q.choices, preselected: [] } }) : buildQuestionCard({ ...base, buttons: q.choices }));
  });
  add(`${area} check question`, buildCheckQuestionCard({ pack, check: 'Private fostering check', verb: 'pf.answer', question: 'age', number: 1, total: 4, text: 'How old is the child?', inputs: [{ id: 'age', label: 'Age', kind: 'number' }] }));
  // The drafted escalation notice, at every stage.
  for (const { stageId, card } of noticeCardsAtEveryStage(pack)) add(`${area} notice at ${stageId}`, card);
}

describe('the guidance read correctly, on every card the bot can send', () => {
  it('builds cards for every route, stage, indicator, topic and contact of all three packs', () => {
    for (const area of AREAS) {
      const { pack } = engines[area];
      expect(cards.filter((c) => c.name.startsWith(`${area} route `)).length).toBe(pack.routes.length * 4);
      expect(cards.filter((c) => c.name.startsWith(`${area} message about `)).length).toBe(pack.indicators.length * 4);
    }
    expect(cards.length).toBeGreaterThan(2000);
  });

  it.each(AREAS.map((a) => [a]))('%s: no doubled brackets, PDF artefacts, repeated steps, contradictions or long citations', (area) => {
    const problems = cards.filter((c) => c.name.startsWith(`${area} `)).flatMap((c) => textProblems(c.card).map((p) => `${c.name}: ${p}`));
    expect([...new Set(problems)].slice(0, 20)).toEqual([]);
  });

  it('the checks catch each fault (so the test above can fail)', () => {
    const card = (...text: string[]) => ({ type: 'AdaptiveCard', version: '1.5', fallbackText: 'x', body: text.map((t) => ({ type: 'TextBlock', text: t })) }) as unknown as AdaptiveCard;
    expect(textProblems(card('Any other worry: the Bridge (Monday to Friday, 8.30am to 4.30pm (closed on bank holidays)).'))).toEqual([expect.stringMatching(/^doubled brackets/)]);
    expect(textProblems(card('Use Emergency Duty Team (out of hours) (0161 794 8888) instead.'))).toEqual([expect.stringMatching(/^brackets side by side/)]);
    expect(textProblems(card('Sources: Support and Safeguarding in Salford: “Child Protection- Getting RiskSupport”'))).toEqual([
      expect.stringMatching(/^PDF hyphen "Protection- G"/),
      expect.stringMatching(/^words run together "RiskSupport”"/),
    ]);
    expect(textProblems(card('1. Call the Bridge on 0161 603 4500 now to raise the concern and get advice. Outside office hours, call the Emergency Duty Team on 0161 794 8888.', '2. Refer to the Bridge on 0161 603 4500 (out of hours, the Emergency Duty Team on 0161 794 8888). If the young person is in immediate danger, call 999.'))).toEqual([
      expect.stringMatching(/^said twice/),
    ]);
    expect(textProblems(card('⚠ Do not tell the parents or carers before you refer (sexual abuse).', '4. Usually tell the family you are making a referral.'))).toEqual([expect.stringMatching(/^contradiction/)]);
    expect(textProblems(card('⚠ Do not tell the parents or carers before you refer (sexual abuse).', 'Unless the family must not be told first, make sure they know you are making a referral.'))).toEqual([]);
    // Bury's rule and its good practice, side by side: the rule says when, so the two agree.
    expect(textProblems(card('4. It is good practice to tell a parent or carer about a referral.', '5. Parents or carers must not be told about the referral where sexual abuse is suspected.'))).toEqual([]);
    const long = `Sources: Salford Joint Working Protocol (VCSE): “${'x'.repeat(130)}”`;
    expect(textProblems(card(long))).toEqual([expect.stringMatching(/^citation over 160 characters/)]);
    expect(textProblems(card('Sources: Bury thresholds guidance: “Level 4”; SSCP Safeguarding Arrangements: “11. References and Further Links”; Bury thresholds guidance: “Level 5”'))).toEqual([
      expect.stringMatching(/^title cited twice/),
    ]);
  });
});

describe('whose guidance it is', () => {
  /** The documents each pack's area publishes (supplementary.md holds Salford's web pages). */
  const OWN: Record<string, string[]> = {
    salford: ['000_d42a021cda291206.txt', '001_6a0c92154672053a.txt', '002_184f04cef1d3f9e9.txt', 'supplementary.md'],
    bury: ['004_c2d64e532e0d5cd5.txt'],
    nottingham: ['003_2bbeb111cec99a33.txt'],
  };
  const OWNER: Record<string, RegExp> = {
    '004_c2d64e532e0d5cd5.txt': /Bury’s guidance/,
    '003_2bbeb111cec99a33.txt': /Nottingham|national guidance|Working Together/,
  };

  it.each(AREAS.map((a) => [a]))('%s: an indicator cited from another area’s document says whose guidance it is', (area) => {
    const { pack } = engines[area];
    const borrowed = pack.indicators.filter((i) => !(OWN[area] ?? []).includes(i.source.file) && OWNER[i.source.file]);
    for (const i of borrowed) expect(i.basis, `${area} ${i.id} cites ${i.source.file}`).toMatch(OWNER[i.source.file] as RegExp);
  });

  it('Salford: the card for a borrowed indicator names Bury, and its sources line cites Bury', () => {
    const engine = engines.salford;
    const card = answerFor(engine, recognition('concern', [{ id: 'forced_marriage', matched: ['forced marriage'] }]), 'forced marriage', WEEKDAY, { personal: true });
    const text = visibleTexts(card).join('\n');
    expect(text).toContain('Bury’s guidance lists forced marriage of a child among the concerns that need a referral.');
    expect(text).toMatch(/Sources: .*Bury thresholds guidance: [^;]*“Concerns that would require a referral include”/);
  });

  it('Salford: self-harm no longer cites Bury’s Level 4, which does not mention it', () => {
    const selfHarm = engines.salford.pack.indicators.find((i) => i.id === 'self_harm');
    expect(selfHarm?.source.file).not.toBe('004_c2d64e532e0d5cd5.txt');
    expect(selfHarm?.basis).toMatch(/None of the guidance the bot holds names self-harm/);
  });
});

describe('wording a practitioner can trust', () => {
  const engine = engines.salford;
  const { pack } = engine;

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: the emergency card names the child-protection level that immediate danger sits within, with its source', (area) => {
    const e = engines[area];
    const top = [...e.pack.levels].filter((l) => l.id !== e.pack.emergencyLevel).sort((a, b) => b.rank - a.rank)[0];
    const a = e.assess({ immediateDanger: 'yes' }, WEEKDAY);
    const answer = assessmentToAnswer(e, a, { personal: true, answers: {}, emergency: true });
    const card = visibleTexts(buildEmergencyCard({ pack: e.pack, answer })).join('\n');
    expect(card).toContain(`Level of need: Immediate danger, within ${top?.name}.`);
    const within = e.pack.levels.find((l) => l.id === e.pack.emergencyLevel)?.within;
    expect(within?.level).toBe(top?.id);
    expect(answer.sources.join(' ')).toContain(within?.source.section);
  });

  it('an emergency read from the meaning alone is worded as what it may mean; a listed phrase or a "yes" states it', () => {
    // A stand-in model sure of "home alone" whatever the words.
    const model = { classify: () => ({ ranked: [{ id: 'home_alone', p: 0.9 }], englishShare: 1, knownWords: 8 }), isEnglishWord: () => false } as unknown as SemanticModel;
    const e = createEngine(pack, model);
    const read = (text: string) => visibleTexts(buildEmergencyCard({ pack, answer: answerText(e, text, WEEKDAY, { personal: true }) })).join('\n');
    const meaning = read('the little one was by himself in the flat all afternoon');
    expect(meaning).toContain('What you described may mean the child is in immediate danger or home alone. If there is any chance of it, call 999 now.');
    expect(meaning).not.toContain('The child is in immediate danger of being harmed, or is home alone.');
    expect(meaning).toContain('Call 999');
    expect(read('the children are home alone')).toContain('The child is in immediate danger of being harmed, or is home alone. Call the police on 999 now.');
    const yes = engine.assess({ homeAlone: 'yes' }, WEEKDAY);
    const r = e.recognise('the little one was by himself in the flat all afternoon');
    const said = visibleTexts(buildEmergencyCard({ pack, answer: assessmentToAnswer(e, yes, { personal: true, answers: { homeAlone: 'yes' }, recognition: r, emergency: true }) })).join('\n');
    expect(said).toContain('The child is in immediate danger of being harmed, or is home alone. Call the police on 999 now.');
  });

  it('"not sure" of immediate danger: what to do in case it is so, not a statement that it is', () => {
    const a = engine.assess({ immediateDanger: 'not_sure' }, WEEKDAY);
    const card = visibleTexts(buildEmergencyCard({ pack, answer: assessmentToAnswer(engine, a, { personal: true, answers: {}, emergency: true }) })).join('\n');
    expect(card).toContain('You were not sure whether the child is in immediate danger or home alone. If there is any chance of it, call 999 now.');
    expect(card).not.toContain('The child is in immediate danger of being harmed, or is home alone.');
  });

  it('"not sure" through the screening: the level is worded as the safer route, not a finding, with the advice line', () => {
    const a = engine.assess({ immediateDanger: 'no', homeAlone: 'no', harmUnsure: true }, WEEKDAY);
    expect(a.level.id).toBe('getting_risk_support');
    const card = buildResultCard({ pack, answer: assessmentToAnswer(engine, a, { personal: true, answers: {} }), also: [], personal: true, consultChannel: undefined });
    const text = visibleTexts(card).join('\n');
    // The level's first sentence is on the first screen; the detail says the rest, once (issue 17: no sentence twice).
    expect(firstScreenText(card).join('\n')).toContain('Level of need: Getting Risk Support. You were not sure, so this shows the safer route in case it is so.');
    expect(text).toContain('It is not a finding about the child. If there is any chance of it, talk it through with The Bridge Partnership today on 0161 603 4555.');
    expect(JSON.stringify(card.body).split('You were not sure, so this shows the safer route').length).toBe(2);
    expect(text).toContain('What Getting Risk Support means: Child protection:');
    // Answered for certain, the card states the level as before.
    const sure = visibleTexts(buildResultCard({ pack, answer: assessmentToAnswer(engine, engine.assess({ indicators: ['physical_abuse'] }, WEEKDAY), { personal: true, answers: {} }), also: [], personal: true, consultChannel: undefined })).join('\n');
    expect(sure).not.toContain('It is not a finding');
  });

  it('"youth club" in a child-protection message does not bring "Services and advice"', () => {
    const message = 'at youth club a girl told me her stepdad touched her private parts';
    const r = engine.recognise(message);
    expect(r.also).toContain('advice');
    const text = visibleTexts(answerFor(engine, r, message, WEEKDAY, { personal: true })).join('\n');
    expect(text).not.toContain('Services and advice');
    expect(text).not.toContain('You may also want');
  });

  it('in a group chat the "Why" line says the label once', () => {
    const message = 'a girl told me her stepdad touched her private parts';
    const text = visibleTexts(answerFor(engine, engine.recognise(message), message, WEEKDAY, { personal: false })).join('\n');
    expect(text).toContain('• Your message describes: sexual abuse, or a child being groomed for sexual purposes.');
    expect(text).not.toMatch(/You mentioned “sexual abuse, or a child being groomed for sexual purposes”/);
  });

  it('a Year 6 child with signs of exploitation gets no step for over-15s; a 16 year old does', () => {
    const plan = (message: string) => visibleTexts(answerFor(engine, engine.recognise(message), message, WEEKDAY, { personal: true })).join('\n').includes('young person’s plan');
    expect(plan('a year 6 boy is carrying drugs for older lads, county lines')).toBe(false);
    expect(plan('a 16 year old is carrying drugs for older lads, county lines')).toBe(true);
  });

  it('a disclosure of sexual abuse: do not tell the parents, and no "usually tell the family" step', () => {
    const message = 'a girl disclosed that her stepdad touched her private parts';
    const text = visibleTexts(answerFor(engine, engine.recognise(message), message, WEEKDAY, { personal: true })).join('\n');
    expect(text).toContain('Do not tell the parents or carers before you refer, because of:');
    expect(text).not.toContain('Usually tell the family');
    expect(text).toContain('Do not promise to keep it secret.');
  });

  it('the escalation card gives the SSCP Business Manager’s contact and what the guidance adds about challenge', () => {
    const text = visibleTexts(escalationCard(engine, WEEKDAY, 'practice_manager', true)).join('\n');
    for (const part of [
      'copy it to the SSCP Business Manager (the partnership’s email is sscp@salford.gov.uk)',
      'recorded on the child’s file',
      'Greater Manchester Resolving Professional Disagreements/Escalation Policy',
      'effective challenge and escalation procedure (April 2020)',
      'independent adviser',
      'The Safeguarding Executive makes any final decisions.',
    ]) expect(text).toContain(part);
    expect(text).not.toContain('SSCB');
  });
});
