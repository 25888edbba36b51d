/**
 * Scoring recognition the way a practitioner meets it: the first answer's route
 * and level for a message. Used by `npm run eval` (EVALUATION.md) and by the
 * test that holds the frozen set's emergencies to 999.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../rules';
import { answerOf } from '../rules/answer';

export interface EvalItem {
  id?: string;
  text: string;
  route: string;
  level: string | null;
}

export interface Outcome {
  route: string;
  level: string | null;
  /** The first thing on the answer is 999 (the emergency card, or the red-flag question of the "not sure" card). */
  leads999: boolean;
  /** A worry answered below 999 whose card asks the red-flag question first: the meaning gave danger now a real chance. */
  askedNow?: boolean;
  intent: string;
  /** The indicators that made the level (ids; by meaning marked with *), for reading the training corpus's misses. */
  indicators?: string[];
}

/** Canonical route for each level id of the three packs. */
const ROUTE_OF_LEVEL: Record<string, string> = {
  emergency: 'emergency',
  getting_risk_support: 'risk',
  getting_more_help: 'more_help',
  getting_help: 'early_help',
  getting_advice: 'advice',
  level5: 'risk',
  level4: 'more_help',
  level3: 'early_help',
  level2: 'early_help',
  level1: 'advice',
  protection: 'risk',
  child_in_need: 'more_help',
  extensive: 'more_help',
  additional: 'early_help',
  universal: 'advice',
};

const TOPIC_ROUTE: Record<string, string> = { contextual_safeguarding: 'risk', glossary: 'none', help: 'none', non_english: 'none' };

export function outcomeOf(engine: Engine, text: string, at: Date): Outcome {
  const r = engine.recognise(text);
  const lowest = [...engine.pack.levels].sort((a, b) => a.rank - b.rank)[0]?.id ?? null;
  if (r.intent === 'emergency' || r.intent === 'concern') {
    const a = engine.assess({ indicators: r.indicators.map((i) => i.id) }, at);
    const indicators = r.indicators.map((i) => `${i.id}${i.by === 'meaning' ? '*' : ''}`);
    return { route: ROUTE_OF_LEVEL[a.level.id] ?? a.level.id, level: a.level.id, leads999: a.level.id === engine.pack.emergencyLevel || r.mightBeNow === true, ...(r.mightBeNow ? { askedNow: true } : {}), intent: r.intent, indicators };
  }
  if (r.intent === 'advice') return { route: 'advice', level: lowest, leads999: false, intent: r.intent };
  // A topic the pack gives no answer for is the bare "No particular route found" answer, whatever the intent's name:
  // scored as what the practitioner sees.
  if (r.intent !== 'unsure' && answerOf(engine, { from: 'message', recognition: r, text }, at, { personal: false }).kind === 'none') {
    return { route: 'none', level: null, leads999: false, intent: r.intent };
  }
  if (r.intent === 'contextual_safeguarding') {
    const risk = engine.pack.indicators.find((i) => i.kind === 'harm')?.level ?? null;
    return { route: 'risk', level: risk, leads999: false, intent: r.intent };
  }
  if (r.intent === 'unsure') return { route: 'unsure', level: null, leads999: true, intent: r.intent };
  return { route: TOPIC_ROUTE[r.intent] ?? r.intent, level: null, leads999: false, intent: r.intent };
}

export interface Scored extends EvalItem {
  got: Outcome;
  correct: boolean;
  /** A lower level than the guidance gives (an unplaced answer counts as lower for a level-bearing message). */
  under: boolean;
  /** A higher level than the guidance gives. */
  over: boolean;
}

export function score(engine: Engine, items: EvalItem[], at: Date): Scored[] {
  const rank = new Map(engine.pack.levels.map((l) => [l.id, l.rank]));
  return items.map((it) => {
    const got = outcomeOf(engine, it.text, at);
    if (it.level) {
      const want = rank.get(it.level) ?? 0;
      const have = got.level ? (rank.get(got.level) ?? 0) : 0;
      return { ...it, got, correct: have === want, under: have < want, over: have > want };
    }
    return { ...it, got, correct: got.route === it.route, under: false, over: false };
  });
}

export interface Summary {
  n: number;
  accuracy: number;
  emergencies: number;
  emergencyTo999: number;
  emergencyToEmergencyCard: number;
  /** Messages of every kind whose answer asked the red-flag question first on a worry placed below 999. */
  askedNow: number;
  /** Immediate-danger messages answered at a lower level with the red-flag question first. */
  emergencyAskedNow: number;
  riskN: number;
  riskRecall: number;
  lowN: number;
  /** Advice and early-help messages sent to child protection or 999. */
  overToProtection: number;
  /** Advice and early-help messages given any higher level. */
  overAny: number;
  under: number;
  unsure: number;
  perRoute: { route: string; n: number; recall: number; precision: number }[];
  confusions: { want: string; got: string; n: number }[];
}

export function summarise(engine: Engine, scored: Scored[]): Summary {
  const rank = new Map(engine.pack.levels.map((l) => [l.id, l.rank]));
  const riskLevel = engine.pack.indicators.find((i) => i.kind === 'harm')?.level ?? '';
  const riskRank = rank.get(riskLevel) ?? 99;
  const ems = scored.filter((s) => s.route === 'emergency');
  const risks = scored.filter((s) => s.route === 'risk');
  const lows = scored.filter((s) => s.route === 'advice' || s.route === 'early_help');
  const routes = [...new Set(scored.map((s) => s.route))].sort();
  const perRoute = routes.map((route) => {
    const want = scored.filter((s) => s.route === route);
    const got = scored.filter((s) => s.got.route === route);
    return { route, n: want.length, recall: want.filter((s) => s.correct).length / Math.max(1, want.length), precision: got.filter((s) => s.correct && s.route === route).length / Math.max(1, got.length) };
  });
  const pairs = new Map<string, number>();
  for (const s of scored) if (!s.correct) pairs.set(`${s.route} → ${s.got.route}`, (pairs.get(`${s.route} → ${s.got.route}`) ?? 0) + 1);
  return {
    n: scored.length,
    accuracy: scored.filter((s) => s.correct).length / Math.max(1, scored.length),
    emergencies: ems.length,
    emergencyTo999: ems.filter((s) => s.got.leads999).length,
    emergencyToEmergencyCard: ems.filter((s) => s.got.route === 'emergency').length,
    askedNow: scored.filter((s) => s.got.askedNow).length,
    emergencyAskedNow: ems.filter((s) => s.got.askedNow).length,
    riskN: risks.length,
    riskRecall: risks.filter((s) => (rank.get(s.got.level ?? '') ?? 0) >= riskRank).length / Math.max(1, risks.length),
    lowN: lows.length,
    overToProtection: lows.filter((s) => (rank.get(s.got.level ?? '') ?? 0) >= riskRank).length,
    overAny: lows.filter((s) => s.over).length,
    under: scored.filter((s) => s.under).length,
    unsure: scored.filter((s) => s.got.route === 'unsure').length,
    perRoute,
    confusions: [...pairs.entries()].map(([k, n]) => ({ want: k.split(' → ')[0] ?? '', got: k.split(' → ')[1] ?? '', n })).sort((a, b) => b.n - a.n),
  };
}

export function readFrozen(root: string, area: string): EvalItem[] {
  const file = path.join(root, 'test', 'eval', 'frozen', `${area}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { items: EvalItem[] }).items;
}

/**
 * One line of cross-validated figures for the tuning scripts: right route and level, immediate danger (emergency
 * card / 999 first / all), child-protection recall, ordinary worries sent to child protection, answers a level too low,
 * "not sure" answers, and child protection answered as an ordinary matter (the most dangerous miss).
 */
export function tuningLine(engine: Engine, scored: Scored[]): string {
  const s = summarise(engine, scored);
  const cpAsAdvice = scored.filter((m) => m.route === 'risk' && m.got.route === 'advice').length;
  return `acc ${(s.accuracy * 100).toFixed(2)} em ${s.emergencyToEmergencyCard}/${s.emergencyTo999}/${s.emergencies} cp ${(s.riskRecall * 100).toFixed(1)} overCP ${s.overToProtection}/${s.lowN} under ${s.under} unsure ${s.unsure} cpAsAdvice ${cpAsAdvice}`;
}
