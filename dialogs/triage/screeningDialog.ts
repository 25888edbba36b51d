/**
 * The screening questions, red flags first, one card at a time. "Not sure" is an
 * answer everywhere and takes the safer branch. Back, start again and cancel work
 * at every step. The state lives in the dialog stack, so a restart resumes it.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogInstance, DialogState, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, Dialog, WaterfallDialog } from '../core/framework';
import { z } from 'zod';
import { ACTIONS, buildQuestionCard, cardForAnswer } from '../../cards';
import type { Answers, Assessment, Engine } from '../../rules';
import { answerOf } from '../../rules';
import { choiceFromText, questionsFor, type Question } from './questions';
import { consultChannelOf, engineFor, isPersonal, recogniseInTurn, reportAssessment, sendCard, staleNote, type TriageServices } from '../core/services';

export const SCREENING_DIALOG = 'screeningDialog';
const LOOP = 'screeningLoop';

export interface ScreeningOptions {
  /** Indicators recognised in free text: pre-ticked on the harms question. */
  preselected?: string[];
}

interface ScreeningState {
  index: number;
  /** Indices of the questions answered so far, for Back. */
  history: number[];
  answers: Answers;
  preselected: string[];
  /** Set when the last input could not be read, to say so on the re-ask. */
  retry?: string;
}

export interface ScreeningResult {
  assessment?: Assessment;
  /** Free text typed mid-screening that is a new message, not an answer. */
  handoff?: string;
}

// The registry's value, with the question and answer a live question needs (an old card's may lack them).
const AnswerValue = ACTIONS.screenAnswer.schema.extend({ question: z.string().max(40), answer: z.string().max(40) });

type Input =
  | { kind: 'answer'; question?: string; value: string; multi?: string[] }
  | { kind: 'back' }
  | { kind: 'restart' }
  | { kind: 'other'; text: string }
  | { kind: 'invalid' };

export class ScreeningDialog extends ComponentDialog {
  constructor(private readonly services: TriageServices) {
    super(SCREENING_DIALOG);
    this.addDialog(new WaterfallDialog(LOOP, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  override async beginDialog(outerDc: Parameters<ComponentDialog['beginDialog']>[0], options?: ScreeningOptions): Promise<DialogTurnResult> {
    const state: ScreeningState = { index: 0, history: [], answers: {}, preselected: options?.preselected ?? [] };
    return super.beginDialog(outerDc, state);
  }

  /** Sends the waiting question again (after an interruption such as a red flag typed mid-screening). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const loop = (instance.state as { dialogs?: DialogState } | undefined)?.dialogs?.dialogStack?.[0];
    const state = (loop?.state as { options?: ScreeningState } | undefined)?.options;
    if (!state) return;
    const engine = await engineFor(this.services, context);
    const questions = questionsFor(engine.pack);
    const q = questions[state.index];
    if (q) await sendCard(context, this.card(engine, q, state, questions.length));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as ScreeningState;
    const engine = await engineFor(this.services, step.context);
    const questions = questionsFor(engine.pack);
    const q = questions[state.index];
    if (!q) return step.endDialog({});
    if (state.retry) await step.context.sendActivity(state.retry);
    await sendCard(step.context, this.card(engine, q, state, questions.length));
    return Dialog.EndOfTurn;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = { ...(step.options as ScreeningState) };
    delete state.retry;
    const engine = await engineFor(this.services, step.context);
    const questions = questionsFor(engine.pack);
    const q = questions[state.index] as Question;
    const input = readInput(step.context, q);

    switch (input.kind) {
      case 'back': {
        const prev = state.history.pop();
        return step.replaceDialog(LOOP, { ...state, index: prev ?? 0 });
      }
      case 'restart':
        return step.replaceDialog(LOOP, { index: 0, history: [], answers: {}, preselected: state.preselected } satisfies ScreeningState);
      case 'other': {
        const r = recogniseInTurn(step.context, engine, input.text);
        if (r.intent !== 'help' && r.confidence !== 'low') return step.endDialog({ handoff: input.text } satisfies ScreeningResult);
        return step.replaceDialog(LOOP, { ...state, retry: 'Please choose one of the answers on the card (or type it), or say “back”, “start again” or “cancel”.' });
      }
      case 'invalid':
        return step.replaceDialog(LOOP, { ...state, retry: 'I could not read that answer. Please choose one of the answers on the card.' });
      case 'answer': {
        if (input.question !== undefined && input.question !== q.id) {
          return step.replaceDialog(LOOP, { ...state, retry: 'That button was from an earlier question. Here is the current one.' });
        }
        const answers = apply(state.answers, q, input.value, input.multi);
        if (!answers) return step.replaceDialog(LOOP, { ...state, retry: 'Please choose one of the answers on the card.' });
        const next: ScreeningState = { ...state, answers, history: [...state.history, state.index], index: state.index + 1 };
        const redFlag = (q.id === 'immediateDanger' || q.id === 'homeAlone') && input.value !== 'no';
        if (redFlag || next.index >= questions.length) return this.finish(step, engine, answers, next.history.map((i) => String(questions[i]?.id ?? '')));
        return step.replaceDialog(LOOP, next);
      }
    }
  }

  private async finish(step: WaterfallStepContext, engine: Engine, answers: Answers, asked: string[] = []): Promise<DialogTurnResult> {
    const at = this.services.clock();
    const personal = isPersonal(step.context);
    // One answer for the card and the decision record (rules/answer.ts).
    const role = (await this.services.roleFor?.(step.context))?.role;
    const answer = answerOf(engine, { from: 'screening', answers }, at, { personal, ...(role ? { role } : {}) });
    const assessment = answer.assessment ?? engine.assess(answers, at);
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    const consultChannel = await consultChannelOf(this.services, step.context);
    await sendCard(step.context, cardForAnswer(engine, answer, at, { personal, ...(stale ? { stale } : {}), ...(consultChannel !== undefined ? { consultChannel } : {}) }));
    await reportAssessment(this.services, step.context, { source: 'screening', engine, asked, answers, assessment });
    return step.endDialog({ assessment } satisfies ScreeningResult);
  }

  private card(engine: Engine, q: Question, state: ScreeningState, total: number) {
    const base = { pack: engine.pack, question: q.id, text: q.text, number: state.index + 1, total, ...(q.hint ? { hint: q.hint } : {}) };
    if (q.multi) {
      const pre = q.id === 'harms' ? (state.answers.indicators ?? state.preselected) : [];
      return buildQuestionCard({ ...base, multi: { choices: q.choices, preselected: pre.filter((v) => q.choices.some((c) => c.value === v)) } });
    }
    return buildQuestionCard({ ...base, buttons: q.choices });
  }
}

function readInput(context: TurnContext, q: Question): Input {
  const value = context.activity.value as unknown;
  if (value !== undefined && value !== null) {
    if (ACTIONS.screenBack.schema.safeParse(value).success) return { kind: 'back' };
    if (ACTIONS.screenRestart.schema.safeParse(value).success) return { kind: 'restart' };
    const a = AnswerValue.safeParse(value);
    if (!a.success) return { kind: 'invalid' };
    if (a.data.answer === '__multi__') {
      const ticked = (a.data.choices ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      return { kind: 'answer', question: a.data.question, value: '__multi__', multi: ticked };
    }
    return { kind: 'answer', question: a.data.question, value: a.data.answer };
  }
  const text = (context.activity.text ?? '').trim();
  if (/^back$/i.test(text)) return { kind: 'back' };
  if (/^(start again|restart|start over)$/i.test(text)) return { kind: 'restart' };
  if (q.multi) {
    const parts = text.split(/,|\band\b/i).map((s) => s.trim()).filter(Boolean);
    const values = parts.map((p) => choiceFromText(q, p));
    if (values.length > 0 && values.every((v) => v !== undefined)) return { kind: 'answer', value: '__multi__', multi: values as string[] };
    return { kind: 'other', text };
  }
  const choice = choiceFromText(q, text);
  return choice ? { kind: 'answer', value: choice } : { kind: 'other', text };
}

/** Applies one answer; undefined when the value is not one of the question's choices. */
function apply(answers: Answers, q: Question, value: string, multi?: string[]): Answers | undefined {
  const valid = new Set(q.choices.map((c) => c.value));
  if (q.id === 'harms') {
    const ticked = multi ?? [value];
    if (ticked.length === 0 || !ticked.every((t) => valid.has(t))) return undefined;
    const indicators = ticked.filter((t) => t !== 'none' && t !== 'not_sure');
    const next: Answers = { ...answers, indicators };
    if (ticked.includes('not_sure')) next.harmUnsure = true;
    else delete next.harmUnsure;
    return next;
  }
  if (!valid.has(value)) return undefined;
  return { ...answers, [q.id]: value } as Answers;
}
