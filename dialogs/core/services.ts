/**
 * What the dialogs need from the rest of the bot, passed in through constructors
 * so tests can inject a fixed clock, memory storage and stub child dialogs.
 */
import type { TurnContext } from 'botbuilder';
import { buildHelpCard, type HeldCounts } from '../../cards';
import type { Answers, Area, Assessment, Engine, Recognition, Role } from '../../rules';
import { formatLongDate, londonTime } from '../../rules';
import { scopeOfTurn, sendCard } from './turn';

// The per-turn helpers live in dialogs/core/turn.ts; the dialogs import them from here too.
export { allowedHere, cardAttachment, invokeCardResponse, isPersonal, ownerOf, scopeOfTurn, sendCard, sendUnreadable } from './turn';

export interface TriageServices {
  engines: Readonly<Record<Area, Engine>>;
  clock: () => Date;
  /** The user's area (remembered per user; the configured default otherwise). */
  areaFor(context: TurnContext): Promise<Area>;
  setArea(context: TurnContext, area: Area): Promise<void>;
  /** Who the user said they are, and whether they have been asked (optional: without it the bot never asks). */
  roleFor?(context: TurnContext): Promise<{ role?: Role; asked: boolean }>;
  /** Keeps the role (undefined: asked, not answered). */
  setRole?(context: TurnContext, role: Role | undefined): Promise<void>;
  /** What the bot holds about the user who sent this turn (counts only), for "forget me" to list first. */
  heldAbout(context: TurnContext): Promise<HeldData>;
  /** Deletes everything the bot holds about the user who sent this turn; returns what went. */
  forgetUser(context: TurnContext): Promise<HeldData>;
  /**
   * Whether the user's organisation has a DSL consult channel ("Ask my DSL" is offered only
   * then). Absent (tests, a bot without the DSL feature): treated as not known.
   */
  consultChannel?(context: TurnContext): Promise<boolean>;
  /** Packs whose contacts were checked longer ago than this many days get a warning line. */
  staleAfterDays: number;
  /** Called after every triage answer (decision record, metrics). Must not throw into the dialog. */
  onAssessment?(context: TurnContext, event: AssessmentEvent): Promise<void>;
  /** Called when an escalation is started or moves to its next stage (decision record, metrics). Must not throw. */
  onEscalation?(context: TurnContext, event: EscalationEvent): Promise<void>;
}

/** What "forget me" lists and deletes: counts, and the area's name when the user chose one (the card's HeldCounts). */
export type HeldData = HeldCounts;

export const NOTHING_HELD: Readonly<HeldData> = Object.freeze({ notices: 0, reminders: 0, notes: 0, consults: 0 });

/** Adds up what several features hold. */
export function addHeld(...parts: Partial<HeldData>[]): HeldData {
  const out: HeldData = { ...NOTHING_HELD };
  for (const p of parts) {
    out.notices += p.notices ?? 0;
    out.reminders += p.reminders ?? 0;
    out.notes += p.notes ?? 0;
    out.consults += p.consults ?? 0;
    if (p.area) out.area = p.area;
    if (p.role) out.role = p.role;
  }
  return out;
}

/** An escalation step: the stage id only (never the notice's text). */
export interface EscalationEvent {
  action: 'started' | 'advanced';
  stage: string;
  engine: Engine;
}

/** A triage answer the bot gave: ids only (the text a user typed is never part of it). */
export interface AssessmentEvent {
  source: 'screening' | 'message';
  engine: Engine;
  /** Question ids asked, in order (screening); empty for a typed message. */
  asked: string[];
  answers: Answers;
  assessment: Assessment;
}

/** Runs the onAssessment hook; a failure there is logged by the hook's owner and never reaches the user. */
export async function reportAssessment(services: TriageServices, context: TurnContext, event: AssessmentEvent): Promise<void> {
  try {
    await services.onAssessment?.(context, event);
  } catch {
    // the answer has been sent; the record is best effort
  }
}

/** Runs the onEscalation hook (decision record, metrics); like reportAssessment, a failure never reaches the user. */
export async function reportEscalation(services: TriageServices, context: TurnContext, event: EscalationEvent): Promise<void> {
  try {
    await services.onEscalation?.(context, event);
  } catch {
    // the notice is saved; the record is best effort
  }
}

/** Whether the user's organisation has a DSL consult channel; undefined when the bot cannot tell. */
export async function consultChannelOf(services: TriageServices, context: TurnContext): Promise<boolean | undefined> {
  if (!services.consultChannel) return undefined;
  try {
    return await services.consultChannel(context);
  } catch {
    // Storage trouble: neither offer a button that may fail nor say it is not set up.
    return undefined;
  }
}

/** `help`: everything the user can do in this conversation. */
export async function sendHelp(services: TriageServices, context: TurnContext, engine: Engine): Promise<void> {
  const scope = scopeOfTurn(context);
  await sendCard(context, buildHelpCard({ pack: engine.pack, scope, consultChannel: await consultChannelOf(services, context) }));
}

export async function engineFor(services: TriageServices, context: TurnContext): Promise<Engine> {
  return services.engines[await services.areaFor(context)];
}

const RECOGNISED = Symbol('recognised this turn');

/**
 * `engine.recognise(text)`, once per turn for the same engine and text: free text typed while the
 * screening is open is read for red flags (InterruptibleDialog), then by the screening, then by the
 * root dialog it is handed to, and the answer is the same each time (decision 020, round 5). Kept
 * in the turn's state only, so it goes with the turn.
 */
export function recogniseInTurn(context: TurnContext, engine: Engine, text: string): Recognition {
  let seen = context.turnState.get(RECOGNISED) as Map<Engine, Map<string, Recognition>> | undefined;
  if (!seen) {
    seen = new Map();
    context.turnState.set(RECOGNISED, seen);
  }
  let byText = seen.get(engine);
  if (!byText) {
    byText = new Map();
    seen.set(engine, byText);
  }
  let r = byText.get(text);
  if (!r) {
    r = engine.recognise(text);
    byText.set(text, r);
  }
  return r;
}

/** "Contact details last checked on 23 November 2026" when the pack is older than allowed. */
export function staleNote(engine: Engine, at: Date, staleAfterDays: number): string | undefined {
  const checked = engine.pack.contactsCheckedOn;
  const ageDays = (Date.parse(`${londonTime(at).date}T00:00:00Z`) - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000;
  return ageDays > staleAfterDays ? `Contact details last checked on ${formatLongDate(checked)}. Check the partnership’s website if a number does not work.` : undefined;
}
