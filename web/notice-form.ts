/**
 * The Escalation Notice form as a Teams dialog (task module). It checks the answers
 * with the same zod schema as the bot's card form (rules/notice: validateNotice), then
 * sends what the card form would send with dialog.url.submit; the bot continues the
 * notice flow in the personal chat. Outside Teams it still fills in and checks, and
 * says that it can only be sent from Teams. Nothing typed is stored by this page.
 */
import { dialog } from '@microsoft/teams-js';
import { ACTIONS } from '../cards/actions';
import { safetyNet } from '../cards/view';
import { isArea, loadPacks, londonTime, stageById, type Area } from '../rules';
import { addresseeText, noticeFieldLabels, NOTICE_INPUT_FIELDS, NOTICE_MAX_LENGTH, planStage, validateNotice, type NoticeErrors, type NoticeInputField } from '../rules/notice';
import { byId, el } from './lib/dom';
import { connect, type Host } from './lib/teams';

const LONG: readonly NoticeInputField[] = ['concern', 'decision', 'triedAtPractitionerLevel'];
const DATES: readonly NoticeInputField[] = ['childDob', 'date'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const params = new URLSearchParams(location.search);
const areaParam = params.get('area');
const area: Area = isArea(areaParam) ? areaParam : 'salford';
const draftId = params.get('draftId') ?? '';
const pack = loadPacks()[area];
const today = londonTime(new Date()).date;
const stage = stageById(pack, params.get('stage') ?? '') ?? pack.escalation?.stages[0];
let host: Host = { inTeams: false, theme: 'default' };

function input(field: NoticeInputField): HTMLInputElement | HTMLTextAreaElement {
  return byId<HTMLInputElement | HTMLTextAreaElement>(`f-${field}`);
}

function renderFields(): void {
  const labels: Record<string, string> = noticeFieldLabels(pack);
  const copiedTo = stage && pack.escalation ? [...new Set([...stage.copyTo, ...pack.escalation.notice.copyTo])].join('; ') : '';
  const fields = NOTICE_INPUT_FIELDS.map((f) => {
    const id = `f-${f}`;
    const control = LONG.includes(f)
      ? el('textarea', { id, name: f, rows: '4', maxlength: String(NOTICE_MAX_LENGTH[f]), 'aria-describedby': `${id}-error` })
      : el('input', { id, name: f, type: DATES.includes(f) ? 'date' : 'text', maxlength: String(NOTICE_MAX_LENGTH[f]), 'aria-describedby': `${id}-error`, ...(f === 'date' || f === 'childDob' ? { max: today } : {}) });
    if (f === 'date') control.value = today;
    if (f === 'copiedTo') control.value = copiedTo;
    return el('div', { class: 'field' }, el('label', { for: id }, labels[f] ?? f), control, el('p', { id: `${id}-error`, class: 'field-error' }));
  });
  byId('fields').replaceChildren(...fields);
}

function showErrors(errors: NoticeErrors): void {
  const summary = byId('error-summary');
  const list = el('ul');
  for (const f of NOTICE_INPUT_FIELDS) {
    const message = errors[f] ?? '';
    const control = input(f);
    byId(`f-${f}-error`).textContent = message;
    if (message) {
      control.setAttribute('aria-invalid', 'true');
      list.append(el('li', {}, el('a', { href: `#f-${f}` }, message)));
    } else control.removeAttribute('aria-invalid');
  }
  const count = Object.values(errors).filter(Boolean).length;
  if (count === 0) {
    summary.hidden = true;
    summary.replaceChildren();
    return;
  }
  summary.replaceChildren(el('h2', {}, count === 1 ? 'One answer needs checking' : `${count} answers need checking`), list);
  summary.hidden = false;
  summary.focus();
}

function values(): Record<NoticeInputField, string> {
  const out = {} as Record<NoticeInputField, string>;
  for (const f of NOTICE_INPUT_FIELDS) out[f] = input(f).value;
  return out;
}

function onSubmit(event: Event): void {
  event.preventDefault();
  const status = byId('form-status');
  const checked = validateNotice(values(), today);
  if (!checked.ok) {
    showErrors(checked.errors);
    status.textContent = '';
    return;
  }
  showErrors({});
  if (!UUID.test(draftId)) {
    status.textContent = 'This form was not opened from the bot, so it cannot be sent. Nothing has been sent or saved.';
    return;
  }
  if (!host.inTeams || !dialog.url.isSupported()) {
    status.textContent = 'Running outside Teams: the answers are complete, but the form can only be sent to the bot from inside Teams. Nothing has been sent or saved.';
    return;
  }
  // What the card form sends: the bot checks it again with the same schema and continues the notice in the chat.
  dialog.url.submit({ ...ACTIONS.noticeSubmit.value({ draftId }), ...checked.values });
  status.textContent = 'Sent to the bot. Your draft notice will be in your chat.';
}

function main(): void {
  const notice = pack.escalation?.notice;
  byId('form-title').textContent = notice?.title ?? 'Escalation Notice';
  byId('safety-net').textContent = safetyNet(pack);
  if (!notice || !stage) {
    byId('stage-line').textContent = `The ${pack.area} guidance has no escalation notice. Talk to your designated safeguarding lead and the front door.`;
    byId<HTMLButtonElement>('submit-button').disabled = true;
    return;
  }
  const plan = planStage(pack, stage.id, today);
  byId('stage-line').textContent = `Stage ${stage.order + 1}: ${stage.title}`;
  byId('addressee-line').textContent = `It goes to: ${addresseeText(plan?.addressee ?? { to: stage.to })}`;
  byId('due-hint').textContent = stage.respondWithinWorkingDays
    ? `The guidance says a response is due within ${stage.respondWithinWorkingDays} working days of the date you send it. The bot works out the date and reminds you.`
    : 'The guidance sets no response time at this stage.';
  renderFields();
  byId<HTMLFormElement>('notice-form').addEventListener('submit', onSubmit);
  document.documentElement.dataset.ready = 'true';
  void connect({
    status: byId('host-status'),
    outside: 'you can fill in and check the form here, but it can only be sent to the bot from inside Teams.',
  }).then(async (h) => {
    host = h;
    document.documentElement.dataset.host = h.inTeams ? 'teams' : 'browser';
  });
}

main();
