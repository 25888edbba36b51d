/**
 * Card sizes at the longest inputs the bot allows (run by scripts/bench.mjs, bundled with
 * scripts/build.mjs). Prints one JSON line: [{ card, area, variant, bytes }], where bytes is
 * the UTF-8 size of the whole outgoing message activity as the bot sends it (the card as an
 * attachment plus the summary), which is what Teams' 28 KB message limit applies to.
 *
 * "Longest inputs": every area; in and out of office hours; personal chat and channel; every
 * route, escalation stage and screening question; the contacts card for every look-up; free
 * text at Teams' own limit (about 28,000 characters) built from every indicator phrase of the
 * pack, so recognition matches, echoes and explains as much as it can; the screening result
 * with every indicator ticked and every answer at its most serious.
 */
import { answerFor, buildErrorCard, buildQuestionCard, buildResultCard, buildWelcomeCard, contactCard, escalationCard, topicCard, type AdaptiveCard } from '../cards';
import { ACTIONS } from '../cards/actions';
import { questionsFor } from '../dialogs/triage/questions';
import { assessmentToAnswer, ladder, loadEngines, type Engine } from '../rules';

interface Row {
  card: string;
  area: string;
  variant: string;
  bytes: number;
}

const rows: Row[] = [];
const TEAMS_TEXT_LIMIT = 28_000;

/** The activity botbuilder posts for a card (dialogs/core/services.ts sendCard), serialised. */
function messageBytes(card: AdaptiveCard): number {
  const activity = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    summary: card.fallbackText.slice(0, 200),
    // What botbuilder adds on the way out (ids shaped like Teams').
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    conversation: { id: 'a:1' + 'x'.repeat(120), conversationType: 'personal', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    from: { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Safeguarding Bot' },
    recipient: { id: '29:' + 'y'.repeat(120), name: 'A practitioner with a long display name', aadObjectId: '11111111-2222-3333-4444-555555555555' },
    replyToId: '1700000000000',
    locale: 'en-GB',
  };
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}

function add(card: string, area: string, variant: string, make: () => AdaptiveCard): void {
  rows.push({ card, area, variant, bytes: messageBytes(make()) });
}

/** A message of Teams' maximum length containing every phrase the pack recognises. */
function longestText(engine: Engine, redFlags: boolean): string {
  const phrases = engine.pack.indicators.filter((i) => redFlags || i.kind !== 'red-flag').flatMap((i) => i.phrases);
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < TEAMS_TEXT_LIMIT; i += 1) {
    const p = `I am worried because of ${phrases[i % phrases.length]}.`;
    parts.push(p);
    len += p.length + 1;
  }
  return parts.join(' ').slice(0, TEAMS_TEXT_LIMIT);
}

// A weekday at 5.30 pm London time (front doors just closed) and 10 am (open).
const TIMES: [string, Date][] = [
  ['out of hours', new Date('2026-11-25T17:30:00Z')],
  ['office hours', new Date('2026-11-25T10:00:00Z')],
];
const engines = loadEngines();
for (const [area, engine] of Object.entries(engines)) {
  const pack = engine.pack;
  const stale = 'Contact details last checked on 30 February 2026. Check the partnership’s website if a number does not work.';
  for (const personal of [true, false]) {
    const chat = personal ? 'personal' : 'channel';
    add('welcome', area, chat, () => buildWelcomeCard({ pack, personal }));
    for (const [when, at] of TIMES) {
      // Free text at the longest length, every indicator but the red flags (concern → result card).
      const concernText = longestText(engine, false);
      add('answer (concern, longest text)', area, `${chat}, ${when}`, () => answerFor(engine, engine.recognise(concernText), concernText, at, { personal, stale }));
      // Every indicator, red flags too: the emergency card.
      const emergencyText = longestText(engine, true);
      add('answer (emergency, longest text)', area, `${chat}, ${when}`, () => answerFor(engine, engine.recognise(emergencyText), emergencyText, at, { personal, stale }));
      for (const route of pack.routes) {
        add('topic', area, `${route.id}, ${chat}, ${when}`, () =>
          topicCard(engine, route.id, at, [
            { title: 'Escalation steps', action: ACTIONS.escalationShow.value() },
            { title: 'Sharing information', action: ACTIONS.routeShow.value({ route: 'info_sharing' }) },
            { title: 'Who to contact', action: ACTIONS.contactsShow.value() },
          ], { personal, stale }),
        );
      }
      for (const stage of [undefined, ...ladder(pack).map((s) => s.id)]) {
        add('escalation', area, `${stage ?? 'first stage'}, ${chat}, ${when}`, () => escalationCard(engine, at, stage, personal));
      }
    }
  }
  for (const [when, at] of TIMES) {
    add('contacts', area, `main, ${when}`, () => contactCard(engine, '', at));
    for (const c of pack.contacts) add('contacts', area, `look-up ${c.id}, ${when}`, () => contactCard(engine, c.name, at));
    add('contacts', area, `look-up everything, ${when}`, () => contactCard(engine, pack.contacts.map((c) => c.name).join(' and '), at));
    // Screening result: every indicator ticked, every answer at its most serious or "not sure".
    const allIndicators = pack.indicators.map((i) => i.id);
    const worst = { indicators: allIndicators, immediateDanger: 'not_sure', homeAlone: 'not_sure', needs: 'many', familyKnows: 'not_sure' } as unknown as Parameters<Engine['assess']>[0];
    for (const personal of [true, false]) {
      add('result (screening, all indicators)', area, `${personal ? 'personal' : 'channel'}, ${when}`, () =>
        buildResultCard({ pack, answer: assessmentToAnswer(engine, engine.assess(worst, at), { personal, answers: worst }), also: [], personal, consultChannel: true, stale }),
      );
    }
  }
  const questions = questionsFor(pack);
  questions.forEach((q, i) => {
    const base = { pack, question: q.id, text: q.text, number: i + 1, total: questions.length, ...(q.hint ? { hint: q.hint } : {}) };
    add('question', area, q.id, () =>
      q.multi ? buildQuestionCard({ ...base, multi: { choices: q.choices, preselected: q.choices.map((c) => c.value) } }) : buildQuestionCard({ ...base, buttons: q.choices }),
    );
  });
  add('error', area, 'turn error', () => buildErrorCard({ pack, title: 'Sorry, something went wrong', message: 'I could not finish that. Please try again in a moment.' }));
}

process.stdout.write(`${JSON.stringify(rows)}\n`);
