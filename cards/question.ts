import type { Pack } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import template from './templates/question.json';

export interface QuestionChoice {
  title: string;
  value: string;
}

export interface QuestionCardData {
  pack: Pack;
  /** The question id the answer is stored under. */
  question: string;
  text: string;
  hint?: string;
  number: number;
  total: number;
  /** Single-answer questions: one button per choice. */
  buttons?: QuestionChoice[];
  /** Tick-all-that-apply questions: a checkbox list and a "Next" button. */
  multi?: { choices: QuestionChoice[]; preselected: string[] };
}

/** One screening question. Every question offers "Not sure", Back (after the first), Start again and Cancel. */
export function buildQuestionCard(d: QuestionCardData): AdaptiveCard {
  const police = d.pack.contacts.find((c) => c.id === d.pack.emergencyContact)?.phones[0]?.number ?? '999';
  const buttons = (d.multi ? [{ title: 'Next', value: '__multi__' }] : (d.buttons ?? [])).map((b) => ({ ...b, question: d.question }));
  const options = d.multi ? d.multi.choices.map((c) => c.title) : buttons.map((b) => b.title);
  return expandCard(template, {
    question: d.question,
    text: d.text,
    hint: d.hint ?? '',
    number: d.number,
    total: d.total,
    police,
    multi: Boolean(d.multi),
    choices: d.multi?.choices ?? [],
    preselected: (d.multi?.preselected ?? []).join(','),
    buttons,
    fallbackText: `Question ${d.number} of ${d.total}: ${d.text} Options: ${options.join('; ')}. You can also say back, start again or cancel. If a child is in immediate danger or home alone, call ${police} now.`,
  });
}
