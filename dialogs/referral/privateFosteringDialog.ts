/**
 * The private fostering check: three questions (the child's age and whether they
 * are disabled; who is looking after them; for how long), then the answer from
 * rules/privateFostering.ts. "Not sure", or an answer the bot cannot read, takes
 * the safer branch. Answers live in the dialog's values for the check only.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, Dialog, WaterfallDialog } from '../core/framework';
import { z } from 'zod';
import { ACTIONS, buildCheckQuestionCard, buildPrivateFosteringResultCard, contactsFor, topicCard, verbOf, type CheckInput } from '../../cards';
import { isPrivateFostering, type Engine, type PrivateFostering, type PrivateFosteringAnswers, type YesNoNotSure } from '../../rules';
import type { ScreeningResult } from '../triage';
import { engineFor, isPersonal, sendCard, staleNote, type TriageServices } from '../core/services';

export const PRIVATE_FOSTERING_DIALOG = 'privateFosteringDialog';
const FLOW = 'privateFosteringFlow';
const CHECK = 'Private fostering check';
const NOT_SURE_TEXT = /^(not sure|unsure|don'?t know|do not know|dunno|no idea|\?)\b/i;
const UNREADABLE = 'I could not read that answer, so I have taken it as “not sure” (the safer answer).';

const AnswerValue = ACTIONS.pfAnswer.schema;
type AnswerValue = z.infer<typeof AnswerValue>;

type Read<T> = { kind: 'answer'; value: T; unreadable?: boolean } | { kind: 'other'; text: string };

export class PrivateFosteringDialog extends ComponentDialog {
  constructor(private readonly services: TriageServices) {
    super(PRIVATE_FOSTERING_DIALOG);
    this.addDialog(new WaterfallDialog(FLOW, [this.childStep.bind(this), this.carerStep.bind(this), this.daysStep.bind(this), this.resultStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async childStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const engine = await engineFor(this.services, step.context);
    const rules = engine.pack.privateFostering;
    if (!rules) {
      // This area's pack gives no definition to check against: show its private fostering guidance instead.
      const at = this.services.clock();
      await sendCard(step.context, topicCard(engine, 'private_fostering', at, [], { personal: isPersonal(step.context) }));
      return step.endDialog({});
    }
    await sendCard(
      step.context,
      questionCard(engine, 'child', 1, {
        text: 'How old is the child, and are they disabled?',
        hint: `Private fostering applies to a child under ${rules.age.under}, or under ${rules.ageIfDisabled.under} if disabled. Do not give the child’s name.`,
        inputs: [
          { id: 'age', label: 'Age in years', kind: 'number' },
          { id: 'disabled', label: 'Is the child disabled?', kind: 'choice', value: 'not_sure', choices: yesNoNotSure() },
        ],
      }),
    );
    return Dialog.EndOfTurn;
  }

  private async carerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const read = readChild(step.context);
    if (read.kind === 'other') return this.handoff(step, read.text);
    if (read.unreadable) await step.context.sendActivity(UNREADABLE);
    Object.assign(answersOf(step), read.value);
    const engine = await engineFor(this.services, step.context);
    const rules = engine.pack.privateFostering as PrivateFostering;
    await sendCard(
      step.context,
      questionCard(engine, 'carer', 2, {
        text: 'Who is looking after the child?',
        hint: 'Close relatives are not private fostering. Choose the closest match.',
        inputs: [{ id: 'carer', label: 'The carer is', kind: 'choice', value: 'not_sure', choices: [...rules.carers.map((c) => ({ title: c.label, value: c.id })), { title: 'Someone else, or not sure', value: 'not_sure' }] }],
      }),
    );
    return Dialog.EndOfTurn;
  }

  private async daysStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const engine = await engineFor(this.services, step.context);
    const rules = engine.pack.privateFostering as PrivateFostering;
    const read = readCarer(step.context, rules);
    if (read.kind === 'other') return this.handoff(step, read.text);
    if (read.unreadable) await step.context.sendActivity(UNREADABLE);
    answersOf(step).carer = read.value;
    await sendCard(
      step.context,
      questionCard(engine, 'days', 3, {
        text: 'For how many days has the child lived there, or is expected to?',
        hint: `It is private fostering at ${rules.days.atLeast} days or more.`,
        inputs: [{ id: 'days', label: 'Number of days', kind: 'number' }],
      }),
    );
    return Dialog.EndOfTurn;
  }

  private async resultStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const read = readNumber(step.context, 'days');
    if (read.kind === 'other') return this.handoff(step, read.text);
    if (read.unreadable) await step.context.sendActivity(UNREADABLE);
    const engine = await engineFor(this.services, step.context);
    const soFar = answersOf(step);
    const answers: PrivateFosteringAnswers = { age: soFar.age ?? 'not_sure', disabled: soFar.disabled ?? 'not_sure', carer: soFar.carer ?? 'not_sure', days: read.value };
    await this.sendResult(step.context, engine, answers);
    return step.endDialog({});
  }

  private async sendResult(context: TurnContext, engine: Engine, answers: PrivateFosteringAnswers): Promise<void> {
    const rules = engine.pack.privateFostering as PrivateFostering;
    const at = this.services.clock();
    const decision = isPrivateFostering(rules, answers);
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    const ids = [...new Set([rules.contact, engine.pack.frontDoor])];
    await sendCard(context, buildPrivateFosteringResultCard({ pack: engine.pack, decision, contacts: contactsFor(engine.pack, ids, at), ...(stale ? { stale } : {}) }));
  }

  /** Typed text that is not an answer is a new message: end the check and let the root dialog answer it. */
  private async handoff(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    await step.context.sendActivity('I have stopped the private fostering check to answer your message. Type “private fostering check” to start it again.');
    return step.endDialog({ handoff: text } satisfies ScreeningResult);
  }
}

/** The answers so far, in the waterfall's own values (gone when the check ends). */
/** Question `number` of the check's three (the card's Next answers with verb pf.answer). */
function questionCard(engine: Engine, question: AnswerValue['question'], number: number, d: { text: string; hint: string; inputs: CheckInput[] }) {
  return buildCheckQuestionCard({ pack: engine.pack, check: CHECK, verb: ACTIONS.pfAnswer.verb, question, number, total: 3, ...d });
}

function answersOf(step: WaterfallStepContext): Partial<PrivateFosteringAnswers> {
  return step.values as Partial<PrivateFosteringAnswers>;
}

function yesNoNotSure() {
  return [
    { title: 'Yes', value: 'yes' },
    { title: 'No', value: 'no' },
    { title: 'Not sure', value: 'not_sure' },
  ];
}

function cardValue(context: TurnContext, question: AnswerValue['question']): AnswerValue | 'invalid' | undefined {
  const value = context.activity.value as unknown;
  if (value === undefined || value === null) return undefined;
  const parsed = AnswerValue.safeParse(value);
  if (!parsed.success || parsed.data.question !== question) return 'invalid';
  return parsed.data;
}

function toWhole(x: string | number | undefined): number | undefined {
  if (x === undefined || x === '') return undefined;
  const n = typeof x === 'number' ? x : Number(String(x).trim());
  return Number.isInteger(n) && n >= 0 && n <= 400 ? n : undefined;
}

/** A short typed reply that is not an answer we can read counts as "not sure"; a longer one is a new message. */
function otherOrNotSure<T>(text: string, notSure: T): Read<T> {
  if (text.split(/\s+/).filter(Boolean).length >= 4) return { kind: 'other', text };
  return { kind: 'answer', value: notSure, unreadable: true };
}

function readChild(context: TurnContext): Read<{ age: number | 'not_sure'; disabled: YesNoNotSure }> {
  const v = cardValue(context, 'child');
  if (v === 'invalid') return { kind: 'answer', value: { age: 'not_sure', disabled: 'not_sure' }, unreadable: true };
  if (v) {
    if (v.notSure) return { kind: 'answer', value: { age: 'not_sure', disabled: 'not_sure' } };
    const age = toWhole(v.age);
    return { kind: 'answer', value: { age: age ?? 'not_sure', disabled: v.disabled ?? 'not_sure' }, ...(age === undefined ? { unreadable: true } : {}) };
  }
  const text = (context.activity.text ?? '').trim();
  if (NOT_SURE_TEXT.test(text)) return { kind: 'answer', value: { age: 'not_sure', disabled: 'not_sure' } };
  const m = text.match(/^(\d{1,2})\b(.*)$/);
  if (m) {
    const rest = m[2] ?? '';
    const disabled: YesNoNotSure = /\bnot disabled\b|\bno disab/i.test(rest) ? 'no' : /\bdisab/i.test(rest) ? 'yes' : 'not_sure';
    return { kind: 'answer', value: { age: Number(m[1]), disabled } };
  }
  return otherOrNotSure(text, { age: 'not_sure' as const, disabled: 'not_sure' as const });
}

function readCarer(context: TurnContext, rules: PrivateFostering): Read<string> {
  const v = cardValue(context, 'carer');
  if (v === 'invalid') return { kind: 'answer', value: 'not_sure', unreadable: true };
  if (v) {
    if (v.notSure || !v.carer) return { kind: 'answer', value: 'not_sure' };
    return rules.carers.some((c) => c.id === v.carer) ? { kind: 'answer', value: v.carer } : { kind: 'answer', value: 'not_sure', unreadable: v.carer !== 'not_sure' };
  }
  const text = (context.activity.text ?? '').trim();
  if (NOT_SURE_TEXT.test(text)) return { kind: 'answer', value: 'not_sure' };
  const exact = rules.carers.find((c) => c.label.toLowerCase() === text.toLowerCase());
  if (exact) return { kind: 'answer', value: exact.id };
  return otherOrNotSure(text, 'not_sure');
}

function readNumber(context: TurnContext, question: 'days'): Read<number | 'not_sure'> {
  const v = cardValue(context, question);
  if (v === 'invalid') return { kind: 'answer', value: 'not_sure', unreadable: true };
  if (v) {
    if (v.notSure) return { kind: 'answer', value: 'not_sure' };
    const n = toWhole(v.days);
    return n === undefined ? { kind: 'answer', value: 'not_sure', unreadable: true } : { kind: 'answer', value: n };
  }
  const text = (context.activity.text ?? '').trim();
  if (NOT_SURE_TEXT.test(text)) return { kind: 'answer', value: 'not_sure' };
  const m = text.match(/^(\d{1,3})\b/);
  if (m) return { kind: 'answer', value: Number(m[1]) };
  return otherOrNotSure(text, 'not_sure' as const);
}

/** Starts the check from the topic card’s button (ACTIONS.pfStart) or the typed command; an old answer card after the check has ended says so. */
export class PrivateFosteringHandler {
  readonly actions = [ACTIONS.pfStart, ACTIONS.pfAnswer];

  async handle(step: WaterfallStepContext, value: unknown): Promise<DialogTurnResult> {
    if (verbOf(value) === ACTIONS.pfStart.verb) return step.beginDialog(PRIVATE_FOSTERING_DIALOG);
    await step.context.sendActivity('That private fostering check has ended. Type “private fostering check” to start it again.');
    return step.endDialog();
  }
}
