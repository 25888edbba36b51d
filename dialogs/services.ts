/**
 * What the dialogs need from the rest of the bot, passed in through constructors
 * so tests can inject a fixed clock, memory storage and stub child dialogs.
 */
import { CardFactory, type Attachment, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards';
import type { Answers, Area, Assessment, Engine, Role } from '../rules';
import { formatLongDate, londonTime } from '../rules';

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
  /** Deletes everything the bot holds about the user who sent this turn. */
  forgetUser(context: TurnContext): Promise<void>;
  /** Packs whose contacts were checked longer ago than this many days get a warning line. */
  staleAfterDays: number;
  /** Called after every triage answer (decision record, metrics). Must not throw into the dialog. */
  onAssessment?(context: TurnContext, event: AssessmentEvent): Promise<void>;
  /** Called when an escalation is started or moves to its next stage (decision record, metrics). Must not throw. */
  onEscalation?(context: TurnContext, event: EscalationEvent): Promise<void>;
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

export function isPersonal(context: TurnContext): boolean {
  const t = context.activity.conversation?.conversationType;
  return t === undefined || t === 'personal';
}

export async function engineFor(services: TriageServices, context: TurnContext): Promise<Engine> {
  return services.engines[await services.areaFor(context)];
}

export function cardAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}

/** Sends a card with its fallback text as the message text (read by screen readers and notifications). */
export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity({ type: 'message', attachments: [cardAttachment(card)], summary: card.fallbackText.slice(0, 200) });
}

/** "Contact details last checked on 23 November 2026" when the pack is older than allowed. */
export function staleNote(engine: Engine, at: Date, staleAfterDays: number): string | undefined {
  const checked = engine.pack.contactsCheckedOn;
  const ageDays = (Date.parse(`${londonTime(at).date}T00:00:00Z`) - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000;
  return ageDays > staleAfterDays ? `Contact details last checked on ${formatLongDate(checked)}. Check the partnership’s website if a number does not work.` : undefined;
}
