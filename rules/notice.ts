/**
 * The Escalation Notice: its input schema, the stage plan (addressee and
 * working-day due date), the plain-text and mailto renderings, reference
 * numbers and the redacted version that may go to a team channel.
 *
 * Pure and SDK-free: the bot's form card and a teams-js task module validate
 * with the same {@link NoticeInputSchema}.
 */
import { z } from 'zod';
import { addDays, formatLongDate, type IsoDate } from './calendar';
import { stageById, stageWithDue } from './escalation';
import { NoticeFieldIdSchema, type EscalationStage, type Pack } from './schema';

/** The fields a practitioner types (stage and addressee come from the ladder, not the form). */
export const NOTICE_INPUT_FIELDS = NoticeFieldIdSchema.exclude(['stage', 'addressee']).options;
export type NoticeInputField = (typeof NOTICE_INPUT_FIELDS)[number];

/** The form's labels: the pack's own (from the guidance's form), else the Salford form's wording. */
const DEFAULT_LABELS: Readonly<Record<NoticeInputField, string>> = {
  childName: 'Name of child or young person',
  childDob: 'Date of birth',
  concern: 'Information of concern',
  decision: 'The decision you are challenging',
  triedAtPractitionerLevel: 'What you have tried at practitioner level',
  completedByName: 'Report completed by: name',
  completedByRole: 'Role',
  completedByContact: 'Contact details',
  date: 'Date',
  copiedTo: 'Who has a copy of this notice',
};

export function noticeFieldLabels(pack: Pack): Record<NoticeInputField, string> {
  const labels: Record<NoticeInputField, string> = { ...DEFAULT_LABELS };
  for (const f of pack.escalation?.notice.fields ?? []) if (f.id in labels) labels[f.id as NoticeInputField] = f.label;
  return labels;
}

/** Longest text each field keeps (the form's maxLength uses the same numbers). */
export const NOTICE_MAX_LENGTH: Readonly<Record<NoticeInputField, number>> = Object.freeze({
  childName: 100,
  childDob: 10,
  concern: 4000,
  decision: 2000,
  triedAtPractitionerLevel: 2000,
  completedByName: 100,
  completedByRole: 100,
  completedByContact: 200,
  date: 10,
  copiedTo: 300,
});

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** 'YYYY-MM-DD' for a real calendar date, from ISO or UK day/month/year; undefined otherwise. */
export function parseFormDate(raw: string): IsoDate | undefined {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(text);
  const uk = UK.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const text = (field: NoticeInputField, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(NOTICE_MAX_LENGTH[field], { error: `Keep this to ${NOTICE_MAX_LENGTH[field]} characters or fewer.` });

const formDate = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .transform((v, ctx) => {
      const date = parseFormDate(v);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: 'Enter a real date, for example 2015-03-01 or 01/03/2015.' });
        return z.NEVER;
      }
      return date;
    });

/**
 * What a practitioner puts on the Escalation Notice. Field ids are the pack's notice field ids.
 * Use {@link noticeInputSchemaAt} to add the checks that need today's date.
 */
export const NoticeInputSchema = z.object({
  childName: text('childName', 'Enter the child’s name.'),
  childDob: formDate('Enter the child’s date of birth.'),
  concern: text('concern', 'Describe the information of concern.'),
  decision: text('decision', 'Say which decision you are challenging.'),
  triedAtPractitionerLevel: text('triedAtPractitionerLevel', 'Say what you have tried with the practitioner or caseworker (or why you could not).'),
  completedByName: text('completedByName', 'Enter your name.'),
  completedByRole: text('completedByRole', 'Enter your role.'),
  completedByContact: text('completedByContact', 'Enter how the manager can contact you (phone or email).'),
  date: formDate('Enter the date of this notice.'),
  copiedTo: text('copiedTo', 'Say who has a copy (for example, your designated safeguarding lead).'),
});
export type NoticeInput = z.output<typeof NoticeInputSchema>;

/** {@link NoticeInputSchema} plus the date checks: no date of birth or notice date after `today`. */
export function noticeInputSchemaAt(today: IsoDate) {
  return NoticeInputSchema.superRefine((v, ctx) => {
    if (v.childDob > today) ctx.addIssue({ code: 'custom', path: ['childDob'], message: 'The date of birth cannot be in the future.' });
    if (v.childDob < addDays(today, -366 * 26)) ctx.addIssue({ code: 'custom', path: ['childDob'], message: 'Check the date of birth: this notice is about a child or young person.' });
    if (v.date > today) ctx.addIssue({ code: 'custom', path: ['date'], message: 'The notice date cannot be in the future.' });
    if (v.date < addDays(today, -366)) ctx.addIssue({ code: 'custom', path: ['date'], message: 'The notice date is more than a year ago: check it.' });
  });
}

export type NoticeErrors = Partial<Record<NoticeInputField, string>>;
/** What the user typed, as strings, known fields only and capped in length: safe to put back in the form. */
export type NoticeRawValues = Partial<Record<NoticeInputField, string>>;

export type NoticeValidation = { ok: true; value: NoticeInput; values: NoticeRawValues } | { ok: false; errors: NoticeErrors; values: NoticeRawValues };

/** Known string fields of untrusted card data, each cut to a little over its maximum (so "too long" still shows). */
export function rawNoticeValues(data: unknown): NoticeRawValues {
  const out: NoticeRawValues = {};
  if (typeof data !== 'object' || data === null) return out;
  const record = data as Record<string, unknown>;
  for (const f of NOTICE_INPUT_FIELDS) {
    const v = record[f];
    if (typeof v === 'string') out[f] = v.slice(0, NOTICE_MAX_LENGTH[f] + 200);
  }
  return out;
}

/** Validates card data; on failure returns one message per field and the values to show again. */
export function validateNotice(data: unknown, today: IsoDate): NoticeValidation {
  const values = rawNoticeValues(data);
  const parsed = noticeInputSchemaAt(today).safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data, values };
  const errors: NoticeErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (NOTICE_INPUT_FIELDS as readonly string[]).includes(field) && !errors[field as NoticeInputField]) {
      errors[field as NoticeInputField] = issue.message;
    }
  }
  return { ok: false, errors, values };
}

/** How a practitioner raised it at a stage. */
export const CONTACT_METHODS = ['call', 'email', 'meeting'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_WORDS: Readonly<Record<ContactMethod, string>> = { call: 'phone call', email: 'email', meeting: 'meeting' };

/** One rung the notice has been to. */
export interface NoticeStageRecord {
  stageId: string;
  sentOn: IsoDate;
  dueOn?: IsoDate;
  /** How it was raised at that stage, when the user said. */
  how?: ContactMethod;
}

/**
 * The date a user gave for raising it at the next stage: a real date, not after today and
 * not before the stage it moves on from. Returns the date, or a message to show.
 */
export function checkStageDate(raw: unknown, limits: { today: IsoDate; earliest: IsoDate }): { ok: true; date: IsoDate } | { ok: false; message: string } {
  const date = typeof raw === 'string' ? parseFormDate(raw.slice(0, 40)) : undefined;
  if (!date) return { ok: false, message: 'Enter the date you raised it, for example 2026-12-17 or 17/12/2026.' };
  if (date > limits.today) return { ok: false, message: 'That date is in the future: enter the day you raised it.' };
  if (date < limits.earliest) return { ok: false, message: `That is before the previous stage (${formatLongDate(limits.earliest)}): check the date.` };
  return { ok: true, date };
}

/** A completed notice at a stage of the ladder. */
export interface NoticeView {
  reference: string;
  input: NoticeInput;
  stageId: string;
  /** The date the notice goes to this stage (the form's date at the first stage). */
  sentOn: IsoDate;
  /** How it was raised at this stage, when the user said. */
  sentHow?: ContactMethod;
  dueOn?: IsoDate;
  /** Earlier stages, oldest first. */
  history: NoticeStageRecord[];
}

export interface NoticeAddressee {
  /** "A Practice Manager at the Bridge" */
  to: string;
  /** The email address the notice goes to, when this stage goes to the front door's inbox. */
  email?: string;
  /** The contact's name for that address ("The Partnership Bridge"). */
  via?: string;
}

/** Who the notice goes to at a stage: the stage's addressee and, for stages handled by the sendTo contact, its email. */
export function addresseeFor(pack: Pack, stage: EscalationStage): NoticeAddressee {
  const sendTo = pack.escalation?.notice.sendTo;
  const contact = sendTo && stage.contacts.includes(sendTo) ? pack.contacts.find((c) => c.id === sendTo) : undefined;
  const email = contact?.emails[0]?.address;
  return { to: stage.to, ...(email ? { email, via: contact?.name ?? '' } : {}) };
}

export function addresseeText(a: NoticeAddressee): string {
  return a.email ? `${a.to} (${a.email})` : a.to;
}

/** The stage, its addressee and the due date for a notice sent on `sentOn`. */
export function planStage(pack: Pack, stageId: string, sentOn: IsoDate): { stage: EscalationStage; addressee: NoticeAddressee; dueOn?: IsoDate } | undefined {
  const step = stageWithDue(pack, stageId, sentOn);
  if (!step) return undefined;
  return { stage: step.stage, addressee: addresseeFor(pack, step.stage), ...(step.dueOn ? { dueOn: step.dueOn } : {}) };
}

/** "A response is due by Tuesday 5 January 2027 (5 working days)." or the no-deadline wording. */
export function dueText(stage: EscalationStage, dueOn: IsoDate | undefined): string {
  if (dueOn && stage.respondWithinWorkingDays) return `A response is due by ${formatLongDate(dueOn)} (${stage.respondWithinWorkingDays} working days).`;
  return 'The guidance sets no response time at this stage.';
}

/**
 * A reference for the notice: no personal data, short enough to read out.
 * `token` is random (the draft id); only its first hex digits are used.
 */
export function referenceNumber(createdOn: IsoDate, token: string): string {
  const hex = token.replace(/[^0-9a-f]/gi, '').slice(0, 6).toUpperCase().padEnd(6, '0');
  return `ESC-${createdOn.replace(/-/g, '')}-${hex}`;
}

/** "Zoë Ó Súilleabháin" → "Z. Ó. S." (letters only; at most three). */
export function initials(name: string): string {
  const letters = name
    .split(/[\s\-–'’]+/u)
    .map((w) => Array.from(w.replace(/[^\p{L}]/gu, ''))[0])
    .filter((c): c is string => c !== undefined)
    .slice(0, 3)
    .map((c) => `${c.toLocaleUpperCase('en-GB')}.`);
  return letters.length ? letters.join(' ') : '?';
}

/** What may be shown in a team channel: no name, no date of birth, no free text. Built only by {@link redactForChannel}. */
export interface SharedNotice {
  readonly kind: 'shared-notice';
  reference: string;
  initials: string;
  area: string;
  stageTitle: string;
  stageNumber: number;
  addressee: string;
  sentOn: IsoDate;
  dueOn?: IsoDate;
  dueText: string;
}

/**
 * The channel version of a notice. It copies only these fields, so a new field on the
 * notice cannot reach a channel without a change here (and the tests that check it).
 */
export function redactForChannel(pack: Pack, n: Pick<NoticeView, 'reference' | 'input' | 'stageId' | 'sentOn' | 'dueOn'>): SharedNotice {
  const stage = stageById(pack, n.stageId);
  if (!stage) throw new RangeError('unknown escalation stage');
  return {
    kind: 'shared-notice',
    reference: n.reference,
    initials: initials(n.input.childName),
    area: pack.area,
    stageTitle: stage.title,
    stageNumber: stage.order + 1,
    addressee: addresseeText(addresseeFor(pack, stage)),
    sentOn: n.sentOn,
    ...(n.dueOn ? { dueOn: n.dueOn } : {}),
    dueText: dueText(stage, n.dueOn),
  };
}

export interface NoticeLine {
  /** The notice field id (the pack marks which are personal). */
  id: string;
  label: string;
  value: string;
}

/** Every field of the notice, labelled as in the pack's form, in the form's order. */
export function noticeLines(pack: Pack, n: NoticeView): NoticeLine[] {
  const stage = stageById(pack, n.stageId);
  if (!stage) throw new RangeError('unknown escalation stage');
  const labels = new Map((pack.escalation?.notice.fields ?? []).map((f) => [f.id, f.label]));
  const label = (id: string, fallback: string) => labels.get(id as never) ?? fallback;
  const values: Record<string, string> = {
    childName: n.input.childName,
    childDob: formatLongDate(n.input.childDob).replace(/^\w+ /, ''),
    concern: n.input.concern,
    decision: n.input.decision,
    triedAtPractitionerLevel: n.input.triedAtPractitionerLevel,
    completedByName: n.input.completedByName,
    completedByRole: n.input.completedByRole,
    completedByContact: n.input.completedByContact,
    date: formatLongDate(n.sentOn),
    copiedTo: n.input.copiedTo,
    // "Stage 2: …", not "2. …": Teams renders a leading "2." as a numbered list.
    stage: `Stage ${stage.order + 1}: ${stage.title}`,
    addressee: addresseeText(addresseeFor(pack, stage)),
  };
  const order = pack.escalation?.notice.fields.map((f) => f.id) ?? Object.keys(values);
  return order.filter((id) => id in values).map((id) => ({ id, label: label(id, id), value: values[id] as string }));
}

/** "by phone call on Thursday 17 December 2026", or "sent Thursday 17 December 2026" when the user did not say how. */
export function raisedWords(on: IsoDate, how: ContactMethod | undefined): string {
  return how ? `raised by ${CONTACT_METHOD_WORDS[how]} on ${formatLongDate(on)}` : `sent ${formatLongDate(on)}`;
}

/** Earlier stages, in words: "1. Practice Manager at the Bridge: sent Thursday 17 December 2026, response due Thursday 24 December 2026". */
export function historyLines(pack: Pack, history: NoticeStageRecord[]): string[] {
  return history.map((h) => {
    const s = stageById(pack, h.stageId);
    const title = s ? `${s.order + 1}. ${s.title}` : h.stageId;
    return `${title}: ${raisedWords(h.sentOn, h.how)}${h.dueOn ? `, response due ${formatLongDate(h.dueOn)}` : ''}`;
  });
}

/** The notice as plain text, to paste into an email. */
export function noticeText(pack: Pack, n: NoticeView): string {
  const esc = pack.escalation;
  const stage = stageById(pack, n.stageId);
  if (!esc || !stage) throw new RangeError('unknown escalation stage');
  const out: string[] = [esc.notice.title.toUpperCase(), `Reference: ${n.reference}`, ''];
  for (const l of noticeLines(pack, n)) out.push(`${l.label}: ${l.value}`);
  out.push('', dueText(stage, n.dueOn));
  if (stage.attach.length) out.push(`Attach: ${stage.attach.join('; ')}`);
  const copy = [...new Set([...stage.copyTo, ...esc.notice.copyTo])];
  if (copy.length) out.push(`Copy to: ${copy.join('; ')}`);
  if (n.history.length) {
    out.push('', 'Earlier stages:');
    for (const h of historyLines(pack, n.history)) out.push(`- ${h}`);
  }
  out.push('', 'Return to:', ...esc.notice.returnTo.lines);
  return out.join('\n');
}

/** Longest mailto: URL we build; beyond it some mail clients cut the body. */
export const MAILTO_MAX = 1800;

/** What the email leaves out, and what to do about it. */
export const EMAIL_LEAVES_OUT =
  'For the child’s privacy this email leaves out the child’s name, date of birth and the details of the concern. Add them from “Plain text to copy” in Teams, or attach the completed notice, before you send it.';

/**
 * The notice for an email body: the form's fields that are not personal (the pack marks
 * them), the child's initials instead of the name, the stage, the addressee, the due date
 * and the earlier stages. Never the name, the date of birth or what was typed about the child.
 */
export function redactedNoticeText(pack: Pack, n: NoticeView): string {
  const esc = pack.escalation;
  const stage = stageById(pack, n.stageId);
  if (!esc || !stage) throw new RangeError('unknown escalation stage');
  // The pack's personal fields, and these whatever a pack says.
  const personal = new Set<string>(['childName', 'childDob', 'concern', 'decision', 'triedAtPractitionerLevel', ...esc.notice.fields.filter((f) => f.personal).map((f) => f.id)]);
  const out: string[] = [esc.notice.title.toUpperCase(), `Reference: ${n.reference}`, `Child’s initials: ${initials(n.input.childName)}`, ''];
  for (const l of noticeLines(pack, n)) if (!personal.has(l.id)) out.push(`${l.label}: ${l.value}`);
  out.push('', dueText(stage, n.dueOn));
  if (stage.attach.length) out.push(`Attach: ${stage.attach.join('; ')}`);
  if (n.history.length) {
    out.push('', 'Earlier stages:');
    for (const h of historyLines(pack, n.history)) out.push(`- ${h}`);
  }
  out.push('', EMAIL_LEAVES_OUT);
  return out.join('\n');
}

/** The addresses the notice is copied to (the pack's copy-to contacts), for the email's cc. */
export function copyToEmails(pack: Pack): string[] {
  const ids = pack.escalation?.notice.copyToContacts ?? [];
  return ids.map((id) => pack.contacts.find((c) => c.id === id)?.emails[0]?.address).filter((e): e is string => typeof e === 'string');
}

/**
 * A mailto: link to the stage's address, copied to the partnership (cc), with the redacted
 * notice as the body ({@link redactedNoticeText}); a short body when that would be too long.
 */
export function mailtoHref(pack: Pack, n: NoticeView): string | undefined {
  const stage = stageById(pack, n.stageId);
  if (!stage) return undefined;
  const a = addresseeFor(pack, stage);
  if (!a.email) return undefined;
  const cc = copyToEmails(pack).filter((e) => e !== a.email);
  const head = `mailto:${a.email}?${cc.length ? `cc=${cc.map(encodeURIComponent).join(',')}&` : ''}subject=${encodeURIComponent(`Escalation Notice ${n.reference}: ${stage.title}`)}`;
  const full = `${head}&body=${encodeURIComponent(redactedNoticeText(pack, n))}`;
  if (full.length <= MAILTO_MAX) return full;
  return `${head}&body=${encodeURIComponent(`Escalation Notice ${n.reference}. Please paste the notice from “Plain text to copy” in Teams here. ${EMAIL_LEAVES_OUT}`)}`;
}
