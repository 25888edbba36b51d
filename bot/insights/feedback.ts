/**
 * Learning from use, without personal data (issue 15, section 5). Every answer card asks
 * "Was this the right answer?" (cards/feedback.ts). "Yes" is recorded; "No" shows the pack's
 * routes to pick from, and the pick is recorded; either way the practitioner gets one line of
 * thanks and the reminder that the bot supports their judgement (and, for a more serious level
 * than the one given, that route's first step and number, from the pack).
 *
 * What is recorded: the route given, the route chosen (or 'yes'), the pack id and version, and
 * the hour, in the decision record (bot/insights/decisions.ts, source 'feedback') with the organisation
 * (tenant) id every record carries, so the same storage, the same retention
 * (DECISION_RETENTION_DAYS) and the administrators' insights and export apply. Never the message
 * text, the user, the conversation or a name, and nothing about it is logged but a refusal.
 *
 * The verbs are declared here once: one schema (built from the packs, so a route id that is not
 * in the named pack is refused) checked before anything reads or stores a press, whichever way
 * it comes: Action.Submit (a message with a value: MainDialog's verb handlers, also while
 * questions are waiting) or Action.Execute (bot/edge/invokes.ts refuses a bad one at the edge, before
 * even the redelivery claim is stored; then the Execute handler below).
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { ACTIONS, buildFeedbackPickerCard, buildUnreadableCard, FEEDBACK_VERBS, feedbackThanks, isGivenAnswer, type AdaptiveCard } from '../../cards';
import type { VerbHandler } from '../../dialogs/core/feature';
import { invokeCardResponse, sendCard } from '../../dialogs/core/services';
import { AREAS, type Area, type Engine } from '../../rules';
import type { DecisionLog } from './decisions';
import { activityLogFields, type Logger } from '../edge/logger';
import type { BotMetrics } from '../edge/metrics';
import { orgOf } from '../edge/adapter';
import type { ExecuteHandler } from '../edge/teamsBot';

const HOUR_MS = 3_600_000;
/** A real press carries about 100 bytes; anything much bigger is refused whole. */
export const MAX_FEEDBACK_VALUE_BYTES = 512;

const FEEDBACK_ACTIONS = [ACTIONS.feedbackYes, ACTIONS.feedbackNo, ACTIONS.feedbackRoute] as const;
const Shape = z.discriminatedUnion('verb', [ACTIONS.feedbackYes.schema, ACTIONS.feedbackNo.schema, ACTIONS.feedbackRoute.schema]);
export type FeedbackValue = z.infer<typeof Shape>;

function smallEnough(value: unknown): boolean {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '') <= MAX_FEEDBACK_VALUE_BYTES;
  } catch {
    return false;
  }
}

/** The one schema for a feedback press: small, the right types, and ids of a pack this bot has (the answer given, the route chosen). */
export function feedbackSchema(engines: Readonly<Record<Area, Engine>>): z.ZodType<FeedbackValue> {
  const byPack = new Map(AREAS.map((a) => [engines[a].pack.id, engines[a]]));
  return z
    .custom<unknown>(smallEnough, { message: 'too big' })
    .pipe(Shape)
    .refine((v) => {
      const engine = byPack.get(v.pack);
      if (!engine || !isGivenAnswer(engine.pack, v.given)) return false;
      return v.verb !== FEEDBACK_VERBS.route || engine.route(v.chosen) !== undefined;
    }, 'not an answer or route of that pack');
}

export interface FeedbackDeps {
  engines: Readonly<Record<Area, Engine>>;
  decisions: DecisionLog;
  metrics: BotMetrics;
  /** The user's area: only for the pack of the "could not read that" card. */
  areaFor(context: TurnContext): Promise<Area>;
  clock: () => Date;
  logger: Logger;
}

export class Feedback {
  private readonly schema: z.ZodType<FeedbackValue>;

  constructor(private readonly deps: FeedbackDeps) {
    if (!deps?.engines || !deps.decisions || !deps.metrics || !deps.logger) throw new TypeError('Feedback needs the engines, the decision record, metrics and a logger');
    this.schema = feedbackSchema(deps.engines);
  }

  /** For bot/edge/invokes.ts: the schema each feedback verb's Action.Execute data (with its verb) must pass. */
  actionData(): Readonly<Record<string, z.ZodType>> {
    return Object.fromEntries(Object.values(FEEDBACK_VERBS).map((verb) => [verb, this.schema]));
  }

  /** Action.Submit presses (messages with a value). */
  verbHandler(): VerbHandler {
    return {
      actions: FEEDBACK_ACTIONS,
      handle: async (step: WaterfallStepContext, value: unknown): Promise<DialogTurnResult> => {
        await this.respond(step.context, value);
        return step.endDialog();
      },
      // A press while questions are waiting (on the emergency card a red flag brought mid-screening) leaves them waiting.
      anytime: (context, value) => this.respond(context, value),
    };
  }

  /** Action.Execute presses: answered with a message, so the answer card stays where it is. */
  executeHandler(): ExecuteHandler {
    return {
      actions: FEEDBACK_ACTIONS,
      handle: async (context, verb, data): Promise<AdaptiveCardInvokeResponse> => {
        const value = data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...data, verb } : undefined;
        const parsed = this.schema.safeParse(value);
        if (!parsed.success) {
          this.refused(context);
          return invokeCardResponse(await this.unreadableCard(context));
        }
        if (parsed.data.verb === FEEDBACK_VERBS.no) {
          await sendCard(context, this.pickerCard(parsed.data));
          return message('Pick what it was about on the card below.');
        }
        return message(await this.record(context, parsed.data));
      },
    };
  }

  /** Checks the press, then records it and thanks, or shows what to pick from. */
  async respond(context: TurnContext, value: unknown): Promise<void> {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) {
      this.refused(context);
      await sendCard(context, await this.unreadableCard(context));
      return;
    }
    if (parsed.data.verb === FEEDBACK_VERBS.no) await sendCard(context, this.pickerCard(parsed.data));
    else await context.sendActivity(await this.record(context, parsed.data));
  }

  private pickerCard(v: FeedbackValue): AdaptiveCard {
    return buildFeedbackPickerCard({ pack: this.engineOf(v).pack, ref: { given: v.given, pack: v.pack, version: v.version } });
  }

  /** Appends the ids (a failure is logged and counted, and never reaches the practitioner) and returns the line of thanks. */
  private async record(context: TurnContext, v: Exclude<FeedbackValue, { verb: typeof FEEDBACK_VERBS.no }>): Promise<string> {
    const engine = this.engineOf(v);
    const chosen = v.verb === FEEDBACK_VERBS.route && v.chosen !== v.given ? v.chosen : 'yes';
    const now = this.deps.clock();
    this.deps.metrics.feedback(v.given, chosen);
    try {
      await this.deps.decisions.append({
        // The hour: enough to see a trend, too coarse for the record to be matched to a conversation.
        at: new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS),
        org: orgOf(context) ?? 'unknown',
        area: AREAS.find((a) => this.deps.engines[a] === engine) ?? engine.pack.id,
        packId: engine.pack.id,
        packVersion: v.version,
        source: 'feedback',
        asked: [],
        answers: [],
        indicators: [],
        level: 'none',
        route: v.given,
        chosen,
      });
    } catch (err) {
      this.deps.metrics.error('storage');
      this.deps.logger.error({ err, ...activityLogFields(context.activity) }, 'could not record feedback in the decision record');
    }
    return feedbackThanks({ pack: engine.pack, given: v.given, chosen, at: now });
  }

  private engineOf(v: FeedbackValue): Engine {
    return (AREAS.map((a) => this.deps.engines[a]).find((e) => e.pack.id === v.pack) ?? this.deps.engines[AREAS[0]]) as Engine;
  }

  private refused(context: TurnContext): void {
    // Ids of the activity only: never the value, which is whatever the sender put there.
    this.deps.logger.info({ ...activityLogFields(context.activity) }, 'feedback refused: not a press of a known pack and route');
  }

  private async unreadableCard(context: TurnContext): Promise<AdaptiveCard> {
    const engine = this.deps.engines[await this.deps.areaFor(context)];
    return buildUnreadableCard(engine.pack, { notDone: 'recorded anything', next: 'Please try again, or type what you need.' });
  }
}

function message(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
}
