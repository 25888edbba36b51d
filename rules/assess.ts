import { ageBandFromText } from './age';
import { openNow, type ContactStatus } from './contacts';
import type { Recognition } from './recognise';
import type { Condition, Contact, Indicator, IndicatorFlag, Level, Pack, Route, Source, Step } from './schema';

export type Tri = 'yes' | 'no' | 'not_sure';
export type Needs = 'none' | 'some' | 'complex' | 'not_sure';
export type EarlyHelp = 'none' | 'working' | 'not_working' | 'not_sure';
export type AgeBand = 'under_5' | '5_to_11' | '12_to_15' | '16_to_17' | 'not_sure';

/** Everything the screening questions (or free-text recognition) can tell the engine. */
export interface Answers {
  immediateDanger?: Tri;
  homeAlone?: Tri;
  /** Indicator ids the practitioner confirmed or the message described. */
  indicators?: string[];
  /** Indicator ids answered "not sure": treated as present (the safer branch). */
  unsureIndicators?: string[];
  /** "Not sure" to "which kinds of harm": counted as the most serious harm level (the safer branch). */
  harmUnsure?: boolean;
  needs?: Needs;
  earlyHelp?: EarlyHelp;
  ageBand?: AgeBand;
  familyKnows?: Tri;
  /** A locality id from the pack, or 'not_sure'. */
  locality?: string;
}

export interface Warning {
  id: 'do_not_tell_parents' | 'mandatory_reporting' | 'not_sure' | 'closed_now' | 'tell_family' | 'consent';
  text: string;
  source?: Source;
}

export interface Reason {
  because: string;
  effect: string;
  source: Source;
  /** For an indicator the area's own guidance does not name: what the cited guidance says, and whose it is. */
  basis?: string;
}

export interface Assessment {
  packId: string;
  packVersion: string;
  contactsCheckedOn: string;
  level: Level;
  route: Route;
  /** Special pathways that also apply (contextual safeguarding...). */
  pathways: Route[];
  /** What to do now, in order. */
  actions: Step[];
  /**
   * The level stands only because of "not sure" answers: it is what to do because it might be so,
   * not a finding. Cards word it that way ("If there is any chance ...").
   */
  levelFromNotSure: boolean;
  contacts: ContactStatus[];
  warnings: Warning[];
  rationale: Reason[];
  /** Indicators that counted, for the decision record (ids only). */
  indicatorIds: string[];
}

/** Look-up tables for a loaded (frozen) pack, built once per pack: assess runs per message. */
interface PackIndex {
  order: Level[];
  levels: Map<string, Level>;
  indicators: Map<string, Indicator>;
  contacts: Map<string, Contact>;
  routes: Map<string, Route>;
}
const INDEXES = new WeakMap<Pack, PackIndex>();

function indexOf(pack: Pack): PackIndex {
  let ix = INDEXES.get(pack);
  if (!ix) {
    ix = {
      order: [...pack.levels].sort((a, b) => a.rank - b.rank),
      levels: new Map(pack.levels.map((l) => [l.id, l])),
      indicators: new Map(pack.indicators.map((i) => [i.id, i])),
      contacts: new Map(pack.contacts.map((c) => [c.id, c])),
      routes: new Map(pack.routes.map((r) => [r.id, r])),
    };
    // Only a frozen pack (from loadPack) can be indexed safely: an unfrozen one may change under us.
    if (Object.isFrozen(pack)) INDEXES.set(pack, ix);
  }
  return ix;
}

const RANK_ORDER = (pack: Pack) => indexOf(pack).order;

function levelById(pack: Pack, id: string): Level {
  const l = indexOf(pack).levels.get(id);
  if (!l) throw new Error(`pack ${pack.id} has no level ${id}`);
  return l;
}

function routeById(pack: Pack, id: string): Route {
  const r = indexOf(pack).routes.get(id);
  if (!r) throw new Error(`pack ${pack.id} has no route ${id}`);
  return r;
}

function contactById(pack: Pack, id: string): Contact | undefined {
  return indexOf(pack).contacts.get(id);
}

function indicatorById(pack: Pack, id: string): Indicator | undefined {
  return indexOf(pack).indicators.get(id);
}

/** Levels by rank: [lowest .. emergency]. The lowest level is where an assessment starts. */
function levels(pack: Pack): { lowest: Level; byRank: (n: number) => Level | undefined; atLeast: (id: string) => number } {
  const order = RANK_ORDER(pack);
  return {
    lowest: order[0] as Level,
    byRank: (n) => order.find((l) => l.rank === n),
    atLeast: (id) => levelById(pack, id).rank,
  };
}

/**
 * The decision: level, route, ordered actions, contacts (open now or what to use
 * instead), warnings and the reasons, each with its source. Pure and monotone:
 * more worry never lowers the level, and "not sure" counts as the worrying answer.
 */
export function assess(pack: Pack, answers: Answers, at: Date): Assessment {
  const { lowest } = levels(pack);
  let rank = lowest.rank;
  /** The level the answers given for certain reach, without the "not sure" ones. */
  let sureRank = lowest.rank;
  const rationale: Reason[] = [];
  const warnings: Warning[] = [];
  let notSure = false;
  const raise = (levelId: string, because: string, source: Source, unsure = false, basis?: string) => {
    const l = levelById(pack, levelId);
    rationale.push({ because, effect: `at least ${l.name}`, source, ...(basis ? { basis } : {}) });
    if (l.rank > rank) rank = l.rank;
    if (!unsure && l.rank > sureRank) sureRank = l.rank;
  };

  const emergency = levelById(pack, pack.emergencyLevel);
  for (const [key, label] of [
    ['immediateDanger', 'the child is in immediate danger'],
    ['homeAlone', 'the child is home alone'],
  ] as const) {
    const v = answers[key];
    if (v === 'yes') raise(emergency.id, `You said ${label}.`, emergency.source);
    if (v === 'not_sure') {
      notSure = true;
      raise(emergency.id, `You were not sure whether ${label}, so the bot takes the safer route.`, emergency.source, true);
    }
  }

  const counted = new Set<string>();
  for (const [ids, unsure] of [
    [answers.indicators ?? [], false],
    [answers.unsureIndicators ?? [], true],
  ] as const) {
    for (const id of ids) {
      const ind = indicatorById(pack, id);
      if (!ind || counted.has(id)) continue;
      counted.add(id);
      if (unsure) notSure = true;
      raise(ind.level, unsure ? `You were not sure about: ${ind.label.toLowerCase()}. The bot counts it, to be safe.` : `${ind.label}.`, ind.source, unsure, ind.basis);
    }
  }

  if (answers.harmUnsure) {
    const harmLevels = pack.indicators.filter((i) => i.kind === 'harm').map((i) => levelById(pack, i.level));
    const top = harmLevels.sort((a, b) => b.rank - a.rank)[0];
    if (top) {
      notSure = true;
      raise(top.id, 'You were not sure whether the child is being harmed, so the bot takes the safer route.', top.source, true);
    }
  }

  // The pack's own raises (needs, early help...): data, in the pack's order. One that tests a "not sure" answer is the safer branch.
  const flaggedNow = () => [...counted].map((id) => indicatorById(pack, id)).filter((i) => i !== undefined);
  for (const r of pack.raises) {
    if (!holds(r.when, answers, flaggedNow(), undefined, pack)) continue;
    const unsure = testsNotSure(r.when, answers, pack);
    if (unsure) notSure = true;
    raise(r.level, r.because, r.source, unsure);
  }
  if (answers.familyKnows === 'not_sure' || answers.ageBand === 'not_sure' || answers.locality === 'not_sure') notSure = true;

  const level = levels(pack).byRank(rank) ?? lowest;
  const routeId = pack.levelRoutes[level.id];
  const route = routeById(pack, routeId as string);

  // Special pathways brought in by indicators, and harm outside the home for over-15s.
  const pathways: Route[] = [];
  for (const id of counted) {
    const p = indicatorById(pack, id)?.pathway;
    if (!p || p === route.id) continue;
    const older = answers.ageBand === undefined || answers.ageBand === '16_to_17' || answers.ageBand === 'not_sure' || answers.ageBand === '12_to_15';
    if (older && !pathways.some((r) => r.id === p)) pathways.push(routeById(pack, p));
  }

  // Contacts: the route's, then the pathways', the front door whenever any worry was raised.
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id) && contactById(pack, id)) ids.push(id);
  };
  const localityIds = new Set(pack.localities.map((l) => l.contact));
  const chosen = pack.localities.find((l) => l.id === answers.locality);
  for (const id of route.contacts) {
    if (chosen && localityIds.has(id)) add(chosen.contact);
    else add(id);
  }
  for (const p of pathways) for (const id of p.contacts) add(id);
  if (level.rank > lowest.rank || counted.size > 0 || answers.harmUnsure) add(pack.frontDoor);
  if (level.id === emergency.id) {
    const at999 = ids.indexOf(pack.emergencyContact);
    if (at999 >= 0) ids.splice(at999, 1);
    ids.unshift(pack.emergencyContact);
  }
  const contacts = ids.map((id) => openNow(pack, contactById(pack, id) as Contact, at));

  const flagged = [...counted].map((id) => indicatorById(pack, id)).filter((i) => i !== undefined);
  const notTell = flagged.filter((i) => i.doNotTellParents);

  // Steps: the route's, the pathways', then those the indicators add; never the same text twice.
  const steps: Step[] = [];
  const addStep = (s: Step) => {
    if (!steps.some((a) => a.text === s.text)) steps.push(s);
  };
  route.steps.forEach(addStep);
  for (const p of pathways) p.steps.filter((s) => !s.skipAsPathway).forEach(addStep);
  for (const i of flagged) i.steps.forEach(addStep);
  // Where the family must not be told first, a step that says to tell them is left out: the warning stands alone.
  // Where the child's age is known, a step for another age is left out ("over 15" for a Year 6 child).
  const age = answers.ageBand === undefined || answers.ageBand === 'not_sure' ? undefined : answers.ageBand;
  const actions = steps.filter((s) => !(notTell.length > 0 && s.tellsFamily) && !(age && s.forAges && !s.forAges.includes(age)));

  // Warnings: the pack's, where their conditions hold, then the engine's own ("not sure", closed now), then the pack's last ones.
  const packWarnings = (last: boolean) => {
    for (const w of pack.warnings) {
      if (w.last !== last || !holds(w.when, answers, flagged, level, pack)) continue;
      const matched = flagged.filter((i) => matches(w.when, i));
      const lead = w.lead
        ?.replace('{indicators:lower}', matched.map((i) => i.label.toLowerCase()).join('; '))
        .replace('{indicators}', matched.map((i) => i.label).join('; '));
      warnings.push({ id: w.id, text: lead ? `${lead} ${w.text}` : w.text, source: w.source });
    }
  };
  packWarnings(false);
  if (notSure) {
    warnings.push({ id: 'not_sure', text: 'You answered “not sure”, so this shows the safer route. If you find out more, check again.' });
  }
  for (const c of contacts) {
    if (c.state === 'closed' && c.instead && c.contact.id === pack.frontDoor) {
      const phone = c.instead.phones[0];
      warnings.push({
        id: 'closed_now',
        text: `${c.contact.name} is closed now${c.hours ? ` (${c.hours})` : ''}. Call ${c.instead.name}${phone ? ` on ${phone.number}` : ''} instead.`,
        source: c.instead.source,
      });
    }
  }
  packWarnings(true);

  return {
    packId: pack.id,
    packVersion: pack.version,
    contactsCheckedOn: pack.contactsCheckedOn,
    level,
    route,
    pathways,
    actions,
    levelFromNotSure: rank > sureRank,
    contacts,
    warnings,
    rationale,
    indicatorIds: [...counted],
  };
}

/**
 * What a typed message tells the engine: the indicators recognised in it, and the child's age
 * band when the message states one. Every caller that assesses a message uses this, so the chat,
 * the message extension, the Guidance tab and the decision record assess the same answers.
 */
export function answersFromMessage(r: Pick<Recognition, 'indicators'>, text: string): Answers {
  const ageBand = ageBandFromText(text);
  return { indicators: r.indicators.map((i) => i.id), ...(ageBand ? { ageBand } : {}) };
}

/** Whether an indicator is one a condition names (by id or by flag). */
function matches(c: Condition, i: Indicator): boolean {
  return (c.anyIndicator?.includes(i.id) ?? false) || (c.anyIndicatorFlagged !== undefined && i[c.anyIndicatorFlagged]);
}

/** Whether a pack's condition holds. Level tests need the level reached (warnings only: the schema keeps them out of raises). */
function holds(c: Condition, answers: Answers, flagged: Indicator[], level?: Level, pack?: Pack): boolean {
  if (c.needs !== undefined && answers.needs !== c.needs) return false;
  if (c.earlyHelp !== undefined && answers.earlyHelp !== c.earlyHelp) return false;
  if (c.familyKnows !== undefined && answers.familyKnows !== c.familyKnows) return false;
  if ((c.anyIndicator !== undefined || c.anyIndicatorFlagged !== undefined) && !flagged.some((i) => matches(c, i))) return false;
  if (c.noIndicatorFlagged !== undefined && flagged.some((i) => i[c.noIndicatorFlagged as IndicatorFlag])) return false;
  if (c.needsAtLeast !== undefined && needsAmong(flagged, pack) < c.needsAtLeast) return false;
  if (c.levelAbove !== undefined || c.levelBelow !== undefined) {
    if (!level || !pack) return false;
    if (c.levelAbove !== undefined && !(level.rank > levelById(pack, c.levelAbove).rank)) return false;
    if (c.levelBelow !== undefined && !(level.rank < levelById(pack, c.levelBelow).rank)) return false;
  }
  return true;
}

/**
 * Different needs among the indicators counted: indicators that are signs of the same need count once, and an indicator
 * that is a level's own definition (pack `levelIndicators`: Bury's "additional needs that one agency can meet") is no
 * need apart from a need named beside it (thirty-ninth session: "toddler tantrums every day, mum exhausted and asking
 * for a parenting course" had Bury's level 3 from a named need and the meaning's level-2 definition counted as two).
 */
function needsAmong(indicators: Indicator[], pack?: Pack): number {
  const needs = indicators.filter((i) => i.kind === 'need');
  const defining = new Set(Object.values(pack?.levelIndicators ?? {}));
  const named = needs.filter((i) => !defining.has(i.id));
  return new Set((named.length > 0 ? named : needs).map((i) => i.need ?? i.id)).size;
}

/** A condition that holds because of a "not sure" answer: what it leads to is what to do because it might be so. */
function testsNotSure(c: Condition, answers: Answers, pack: Pack): boolean {
  // A range of needs that reaches the count only with the needs the practitioner was not sure about: "might be so".
  const sureNeeds = () => needsAmong([...new Set(answers.indicators)].flatMap((id) => indicatorById(pack, id) ?? []), pack);
  return (c.needs === 'not_sure' && answers.needs === 'not_sure') || (c.earlyHelp === 'not_sure' && answers.earlyHelp === 'not_sure') || (c.familyKnows === 'not_sure' && answers.familyKnows === 'not_sure')
    || (c.needsAtLeast !== undefined && sureNeeds() < c.needsAtLeast);
}

/**
 * Finds a route by id (special pathways: private fostering, escalation...), or by the id of a topic the recogniser
 * gives, whose route the pack names (Bury's and Nottingham's "info_sharing" topic answers with their
 * "information_sharing" route, Nottingham's "after_referral" with "strategy_s47", Bury's "contextual_safeguarding"
 * with "exploitation"). "advice", an ordinary matter, is the pack's own advice route where it has one (Salford's
 * "Universal services and advice"), else the route of its lowest level (Bury's level 1, Nottingham's universal
 * services): the meaning's "ordinary matter" is not Nottingham's "advice" topic (how to make a referral).
 */
export function routeFor(pack: Pack, id: string): Route | undefined {
  const route = pack.routes.find((r) => r.id === id);
  if (route) return route;
  if (id === 'advice') {
    const lowest = [...pack.levels].sort((a, b) => a.rank - b.rank)[0];
    const levelRoute = lowest && pack.levelRoutes[lowest.id];
    return levelRoute ? pack.routes.find((r) => r.id === levelRoute) : undefined;
  }
  const topic = pack.topics.find((t) => t.id === id);
  return topic ? pack.routes.find((r) => r.id === topic.route) : undefined;
}
