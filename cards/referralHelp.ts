/**
 * The referral-help cards built on cited guidance sections: recording help,
 * information sharing, the private fostering and disability results, and the
 * strengths-based note. Each takes the engine's data and returns a card.
 */
import type { Answer, ContactStatus, CwdDecision, GuidanceItem, Pack, PrivateFosteringDecision } from '../rules';
import { cwdCriteria, formatLongDate, londonTime } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { buildGuidanceSectionsCard } from './guidanceSections';
import { behindMoreDetail, firstScreen, levelLine } from './firstScreen';
import checkTemplate from './templates/check-question.json';
import noteTemplate from './templates/strengths-note.json';
import savedNoteTemplate from './templates/strengths-note-saved.json';
import notesListTemplate from './templates/strengths-notes-list.json';
import { sourcesLine } from './parts';
import { sourcesOf } from './view';
import { ACTIONS } from './actions';

const guidance = (pack: Pack, id: string): GuidanceItem | undefined => pack.guidance.find((g) => g.id === id);
const policeOf = (pack: Pack): string => pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';

export const STRENGTHS_IDS = ['strengths_working_well', 'strengths_worried', 'strengths_next'] as const;
/** The information-sharing answer's sections, in order: the short answer first. A pack gives those its guidance supports. */
export const INFO_SHARING_IDS = ['info_answer', 'info_without_consent', 'info_who', 'info_tell_parents', 'info_consent_by_level', 'info_myths', 'info_record'] as const;
/** The sections an information-sharing answer must have (otherwise the route card stands). */
const INFO_SHARING_CORE = ['info_answer', 'info_without_consent', 'info_who', 'info_tell_parents', 'info_record'] as const;

/** Does this pack have the information-sharing answers (otherwise the route card stands)? */
export function hasInfoSharingAnswers(pack: Pack): boolean {
  return INFO_SHARING_CORE.every((id) => guidance(pack, id));
}

export function buildRecordingHelpCard(d: { pack: Pack; contacts: ContactStatus[]; personal: boolean; stale?: string }): AdaptiveCard {
  const tips = guidance(d.pack, 'recording');
  const headings = STRENGTHS_IDS.map((id) => guidance(d.pack, id)).filter((g) => g !== undefined);
  return buildGuidanceSectionsCard({
    pack: d.pack,
    title: 'Recording help',
    intro: tips ? '' : 'This area’s guidance gives no recording tips: follow your organisation’s recording procedure.',
    sections: [
      ...(tips ? [{ heading: tips.title, points: tips.points }] : []),
      ...(headings.length === 3 ? [{ heading: 'A strengths-based note has three headings', points: headings.map((g) => ({ text: g.title, source: g.points[0]!.source })) }] : []),
    ],
    contacts: d.contacts,
    actions: headings.length === 3 ? [d.personal ? { title: 'Write a strengths note', action: ACTIONS.noteStart.value() } : { title: 'Write a strengths note (personal chat)', action: ACTIONS.notePersonalOnly.value() }] : [],
    ...(d.stale ? { stale: d.stale } : {}),
  });
}

/** The information-sharing answer: the short answer first, the rest of the guidance behind "More detail". */
export function buildInfoSharingCard(d: { pack: Pack; answer: Answer; stale?: string }): AdaptiveCard {
  const items = INFO_SHARING_IDS.map((id) => guidance(d.pack, id)).filter((g) => g !== undefined);
  const short = guidance(d.pack, 'info_answer');
  const card = buildGuidanceSectionsCard({
    pack: d.pack,
    title: 'In more detail',
    sections: items.map((g) => (g.id === 'info_answer' ? { heading: g.title, points: g.points.slice(1) } : { heading: g.title, points: g.points })),
    contacts: d.answer.contacts,
    actions: [{ title: 'Recording help', action: ACTIONS.recordingShow.value() }],
    ...(d.stale ? { stale: d.stale } : {}),
  });
  // The fallback (notifications, screen readers) is the whole answer, in order, the short answer first.
  // A worry the message also told of, placed at its level (rules/answer.ts `WITH_WORRY`), is said straight after the title, as on the card.
  card.fallbackText = buildGuidanceSectionsCard({
    pack: d.pack,
    title: 'Sharing information',
    ...(d.answer.level ? { intro: levelLine(d.answer.level) } : {}),
    sections: items.map((g) => ({ heading: g.title, points: g.points })),
    contacts: d.answer.contacts,
  }).fallbackText;
  const doNow = short?.points[0]?.text;
  return behindMoreDetail(card, firstScreen(d.pack, { ...d.answer, title: 'Sharing information' }, doNow ? { doNow } : {}));
}

export interface StrengthsNoteValues {
  workingWell: string;
  worried: string;
  next: string;
}
const NOTE_FIELDS: [keyof StrengthsNoteValues, (typeof STRENGTHS_IDS)[number]][] = [
  ['workingWell', 'strengths_working_well'],
  ['worried', 'strengths_worried'],
  ['next', 'strengths_next'],
];

/** Where saving is offered: a new note ("Save as a draft") or a saved one being edited ("Save changes"). */
export interface NoteSaving {
  retentionDays: number;
  /** The saved draft being edited. */
  draftId?: string;
}

const keptFor = (days: number): string => `Only you can open a saved draft. It is deleted ${days} days after your last change, or at once if you type “forget me”.`;

/** The three headings as a form, in a personal chat only; with `save`, a "Save as a draft" button too. */
export function buildStrengthsNoteCard(d: { pack: Pack; values?: StrengthsNoteValues; save?: NoteSaving }): AdaptiveCard | undefined {
  const items = NOTE_FIELDS.map(([id, gid]) => ({ id, g: guidance(d.pack, gid) }));
  if (items.some((i) => !i.g)) return undefined;
  const fields = items.map(({ id, g }) => ({ id, heading: g!.title, placeholder: g!.points[0]!.text, value: d.values?.[id] ?? '', prompts: g!.points.slice(1).map((p) => p.text) }));
  const kept = !d.save
    ? 'The bot does not keep this note after the conversation.'
    : d.save.draftId
      ? `You are editing a saved draft: press “Save changes” to keep your changes. ${keptFor(d.save.retentionDays)}`
      : `The bot does not keep this note after the conversation unless you press “Save as a draft”. ${keptFor(d.save.retentionDays)}`;
  const card = expandCard(noteTemplate, {
    fields,
    kept,
    police: policeOf(d.pack),
    sources: sourcesLine(sourcesOf(items.flatMap((i) => i.g!.points))),
    fallbackText: `Strengths-based note: ${fields.map((f) => f.heading).join('; ')}. ${kept}`,
  });
  if (d.save) card.actions = [...(card.actions ?? []), d.save.draftId ? submit('Save changes', ACTIONS.noteSave.value({ draftId: d.save.draftId })) : submit('Save as a draft', ACTIONS.noteSave.value())];
  return card;
}

/** "Tuesday 24 November 2026 at 10:00" (London time). */
function savedAt(iso: string): string {
  const t = londonTime(new Date(iso));
  const hhmm = `${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
  return `${formatLongDate(t.date)} at ${hhmm}`;
}

function deletedOn(iso: string, days: number): string {
  return formatLongDate(londonTime(new Date(Date.parse(iso) + days * 86_400_000)).date);
}

export interface SavedNote {
  id: string;
  updatedAt: string;
  note: StrengthsNoteValues;
}

/** A saved note as a card (personal chat only): the three headings and what was written, Edit, Delete, My notes. */
export function buildSavedStrengthsNoteCard(d: { pack: Pack; saved: SavedNote; retentionDays: number; status?: string }): AdaptiveCard {
  const sections = NOTE_FIELDS.map(([id, gid]) => ({ heading: guidance(d.pack, gid)?.title ?? id, text: d.saved.note[id].trim() || '(nothing written)' }));
  const kept = `Saved ${savedAt(d.saved.updatedAt)}. Only you can open this draft. It is deleted on ${deletedOn(d.saved.updatedAt, d.retentionDays)} (${d.retentionDays} days after your last change), or at once if you type “forget me”.`;
  return expandCard(savedNoteTemplate, {
    status: d.status ?? '',
    sections,
    kept,
    draftId: d.saved.id,
    police: policeOf(d.pack),
    // Headings only: what was written is about a child, and the fallback becomes the notification preview (summary, speak).
    fallbackText: `${d.status ? `${d.status} ` : ''}Strengths-based note (saved draft): ${sections.map((s) => s.heading).join('; ')}. ${kept}`,
  });
}

/** The practitioner's saved notes, newest first, each with Open, Edit and Delete. */
export function buildStrengthsNotesListCard(d: { pack: Pack; notes: SavedNote[]; retentionDays: number }): AdaptiveCard {
  const notes = d.notes.map((n) => {
    const first = NOTE_FIELDS.map(([id]) => n.note[id].trim()).find((t) => t) ?? '(nothing written)';
    return { id: n.id, title: `Saved ${savedAt(n.updatedAt)}`, preview: first.length > 80 ? `${first.slice(0, 79)}…` : first };
  });
  const intro = notes.length === 0 ? 'You have no saved notes. Type “recording” to write one.' : `You have ${notes.length} saved ${notes.length === 1 ? 'note' : 'notes'}.`;
  const kept = keptFor(d.retentionDays);
  return expandCard(notesListTemplate, {
    intro,
    notes,
    kept,
    police: policeOf(d.pack),
    // Titles only: what was written stays on the card, not in the notification text.
    fallbackText: `Your saved strengths-based notes. ${intro} ${notes.map((n) => n.title).join('; ')}${notes.length ? '. ' : ''}${kept}`,
  });
}

/** The note as plain text to copy into the practitioner's own records. */
export function strengthsNoteText(pack: Pack, v: StrengthsNoteValues): string {
  return NOTE_FIELDS.map(([id, gid]) => `${guidance(pack, gid)?.title ?? id}\n${v[id].trim() || '(nothing written)'}`).join('\n\n');
}

export interface CheckInput {
  id: string;
  label: string;
  kind: 'number' | 'choice';
  value?: string;
  choices?: { title: string; value: string }[];
}

/** One question of a short check (private fostering, disability): inputs, Next, Not sure, Cancel. */
export function buildCheckQuestionCard(d: { pack: Pack; check: string; verb: typeof ACTIONS.pfAnswer.verb | typeof ACTIONS.cwdAnswer.verb; question: string; number: number; total: number; text: string; hint?: string; inputs: CheckInput[] }): AdaptiveCard {
  const inputs = d.inputs.map((i) => ({ ...i, value: i.value ?? '', choices: i.choices ?? [] }));
  const options = d.inputs.flatMap((i) => (i.choices ? [`${i.label}: ${i.choices.map((c) => c.title).join(', ')}`] : [i.label]));
  return expandCard(checkTemplate, {
    check: d.check,
    verb: d.verb,
    question: d.question,
    number: d.number,
    total: d.total,
    text: d.text,
    hint: d.hint ?? '',
    inputs,
    police: policeOf(d.pack),
    fallbackText: `${d.check}, question ${d.number} of ${d.total}: ${d.text} ${options.join('. ')}. You can also answer “not sure” or say cancel. If a child is in immediate danger or home alone, call ${policeOf(d.pack)} now.`,
  });
}

/** What each outcome of a check says first, and its colour. */
type Outcome = { text: string; style: 'attention' | 'warning' | 'good' | 'emphasis' };

const PF_OUTCOMES: Record<PrivateFosteringDecision['outcome'], Outcome> = {
  private_fostering: { text: 'This is private fostering: the council must be told.', style: 'attention' },
  ask_officer: { text: 'It may be private fostering. Because you were not sure of something, take the safer route: tell the council or ask the private fostering officer.', style: 'warning' },
  not_private_fostering: { text: 'From your answers, this is not private fostering. If anything changes (age, who the carer is, or how long), check again.', style: 'good' },
};

const CWD_OUTCOMES: Record<CwdDecision['outcome'], Outcome> = {
  eligible: { text: 'All three criteria may be met. A referral for an assessment by the Children with Disabilities Team follows a Family Assessment: talk to the front door.', style: 'emphasis' },
  ask_front_door: { text: 'You were not sure about at least one criterion. Take the safer route: talk it through with the front door.', style: 'warning' },
  not_eligible: { text: 'Not every criterion is met, so the child is likely to be supported through universal services and the Local Offer.', style: 'good' },
};

export function buildPrivateFosteringResultCard(d: { pack: Pack; decision: PrivateFosteringDecision; contacts: ContactStatus[]; stale?: string }): AdaptiveCard {
  const pf = d.pack.privateFostering;
  const outcome = PF_OUTCOMES[d.decision.outcome];
  return buildGuidanceSectionsCard({
    pack: d.pack,
    title: 'Private fostering check',
    outcome,
    sections: [
      { heading: 'Why', points: d.decision.reasons },
      ...(d.decision.tellCouncil && pf ? [{ heading: 'What to do', points: [pf.notify] }] : []),
    ],
    contacts: d.contacts,
    actions: [{ title: 'Check again', action: ACTIONS.pfStart.value() }],
    ...(d.stale ? { stale: d.stale } : {}),
  });
}

export function buildDisabilityResultCard(d: { pack: Pack; decision: CwdDecision; contacts: ContactStatus[]; stale?: string }): AdaptiveCard {
  const criteria = cwdCriteria(d.pack);
  const localOffer = d.pack.contacts.find((c) => c.web && /local offer/i.test(`${c.web.label} ${c.aliases.join(' ')}`));
  const outcome = CWD_OUTCOMES[d.decision.outcome];
  const where = localOffer?.web ? [{ text: `The Local Offer: ${localOffer.web.label}, ${localOffer.web.url}`, source: localOffer.web.source }] : [];
  return buildGuidanceSectionsCard({
    pack: d.pack,
    title: 'Children with disabilities: eligibility check',
    outcome,
    sections: [
      ...(criteria ? [{ heading: criteria.title, points: criteria.points }] : []),
      { heading: 'Where the Local Offer is', points: where },
    ],
    contacts: d.contacts,
    actions: [{ title: 'Check again', action: ACTIONS.cwdStart.value() }],
    ...(d.stale ? { stale: d.stale } : {}),
  });
}

export type { Json };
