/**
 * The Guidance tab: the levels of need in plain English, the contact directory
 * with open/closed status now, and a threshold check that runs the bot's own
 * engine (rules/) in the browser: the same recognition, assessment and route for
 * the same words. Nothing typed leaves the page.
 */
import { AREAS, formatLongDate, isArea, loadEngines, londonTime, safetyNet, type Answer, type Area, type Engine } from '../rules';
import { tabAnswer } from './answer';
import { byId, contactItem, el } from './lib/dom';
import { connect } from './lib/teams';

const engines = loadEngines();
let area: Area = initialArea();

function initialArea(): Area {
  const fromUrl = new URLSearchParams(location.search).get('area');
  return isArea(fromUrl) ? fromUrl : 'salford';
}

function engine(): Engine {
  return engines[area];
}

function renderStatic(): void {
  const { pack } = engine();
  byId('page-title').textContent = `Worried about a child in ${pack.area}`;
  document.title = `Safeguarding guidance: ${pack.area}`;
  byId('safety-net').textContent = safetyNet(pack);
  byId('pack-version').textContent = `Guidance pack ${pack.name}, version ${pack.version}. Contact details last checked on ${formatLongDate(pack.contactsCheckedOn)}.`;

  const levels = byId<HTMLOListElement>('levels');
  levels.replaceChildren(
    ...[...pack.levels]
      .sort((a, b) => a.rank - b.rank)
      .map((l) => el('li', { 'data-level': l.id }, el('strong', {}, l.name), ': ', l.plain)),
  );
  renderContacts();
}

function renderContacts(): void {
  const e = engine();
  const now = new Date();
  const t = londonTime(now);
  const hh = String(Math.floor(t.minutes / 60)).padStart(2, '0');
  const mm = String(t.minutes % 60).padStart(2, '0');
  byId('contacts-when').textContent = `Open or closed as at ${hh}:${mm} on ${formatLongDate(t.date)} (UK time).`;
  byId<HTMLUListElement>('contacts').replaceChildren(...e.pack.contacts.map((c) => contactItem(e.openNow(c, now), 'h3')));
}

function renderResult(text: string): void {
  const out = byId('check-result');
  const e = engine();
  if (!text.trim()) {
    out.replaceChildren(el('p', { class: 'field-error' }, 'Describe the worry first, then press Check.'));
    delete out.dataset.route;
    return;
  }
  const answer: Answer = tabAnswer(e, text, new Date());
  out.dataset.route = answer.routeId ?? '';
  out.dataset.kind = answer.kind === 'unsure' ? 'none' : answer.kind;
  const parts: Node[] = [el('h3', { id: 'result-title' }, answer.title)];
  if (answer.kind === 'emergency') parts.push(el('p', { class: 'status-closed' }, 'Call 999 now.'));
  if (answer.level) parts.push(el('p', { 'data-level': answer.level.id }, el('strong', {}, `Level of need: ${answer.level.name}. `), answer.level.plain));
  if (answer.summary) parts.push(el('p', {}, answer.summary));
  const next = answer.escalation?.next;
  if (next) {
    parts.push(el('p', { 'data-stage': next.id }, el('strong', {}, `Your next step: ${next.title} (${next.to}). `), next.how));
    if (answer.escalation?.dueIfSentToday) parts.push(el('p', {}, `If you send it today, a response is due by ${formatLongDate(answer.escalation.dueIfSentToday)}.`));
  }
  if (answer.why.length > 0) parts.push(el('ul', { class: 'subtle' }, ...answer.why.map((w) => el('li', {}, w))));
  if (answer.recognition?.uncertain) parts.push(el('p', {}, 'You sounded unsure. If in doubt, take the safer route: contact the front door.'));
  if (answer.kind === 'none' || answer.kind === 'unsure') parts.push(el('p', {}, 'Try describing what you have seen or heard. If you are worried about a child, talk to your designated safeguarding lead or contact the front door.'));
  parts.push(el('h4', {}, 'Who to contact'));
  parts.push(el('ul', { class: 'contacts', id: 'result-contacts' }, ...answer.contacts.map((c) => contactItem(c, 'h4'))));
  parts.push(el('p', { class: 'subtle' }, safetyNet(e.pack)));
  out.replaceChildren(...parts);
}

function setUpForm(): void {
  const select = byId<HTMLSelectElement>('area');
  select.replaceChildren(...AREAS.map((a) => el('option', { value: a }, engines[a].pack.area)));
  select.value = area;
  select.addEventListener('change', () => {
    if (isArea(select.value)) area = select.value;
    renderStatic();
    byId('check-result').replaceChildren();
  });
  byId<HTMLFormElement>('check-form').addEventListener('submit', (event) => {
    event.preventDefault();
    renderResult(byId<HTMLTextAreaElement>('worry').value);
  });
}

function main(): void {
  renderStatic();
  setUpForm();
  // Opening hours change while the tab is open: refresh the directory every minute.
  setInterval(renderContacts, 60_000);
  document.documentElement.dataset.ready = 'true';
  void connect({
    status: byId('host-status'),
    outside: 'the guidance, the contacts and the check all work here, but Teams features (theme) are not available.',
  }).then((host) => {
    document.documentElement.dataset.host = host.inTeams ? 'teams' : 'browser';
  });
}

main();
