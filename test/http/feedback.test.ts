/**
 * "Was this the right answer?" at the HTTP depth: the whole app (real CloudAdapter, restify on
 * 127.0.0.1:0, anonymous, memory storage, a fixed clock), Teams-shaped activities and a
 * stand-in Bot Connector. A practitioner sends a worry, presses No, picks a route and is
 * thanked (with the number, for a more serious level); presses Yes; presses while questions
 * wait; and in a group chat. An administrator's insights card and feedback CSV then show the
 * counts. Presses that do not carry a known pack, answer and route (or are too big, or of the
 * wrong types) are refused with nothing recorded, whether they come as Action.Submit or as
 * Action.Execute (where bot/edge/invokes.ts refuses them before anything is stored).
 */
import { describe, expect, it } from 'vitest';
import { cardNodes } from '../helpers/cardNodes';
import type { DecisionRecord } from '../../bot/insights/decisions';
import { loadEngines } from '../../rules';
import { cardActionInvoke, groupChatMessage, personalMessage, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { useBotOverHttp } from '../helpers/app';
import { type SentActivity, exchange, type Exchange } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';
import { readableWithout } from '../helpers/readable';

const TUESDAY_10_17 = new Date('2026-11-24T10:17:00Z'); // GMT: London time = UTC; the Bridge is open
const ADMIN: TeamsUser = { id: '29:admin-feedback', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-ffffffffffff' };
const WORRY = 'a child has unexplained bruises and is reluctant to change for PE';
const { pack } = loadEngines().salford;
const firstStep = (routeId: string) => pack.routes.find((r) => r.id === routeId)?.steps[0]?.text as string;

type Button = { title: string; data: Record<string, unknown> };

/** Every Action.Submit on a card, wherever it sits. */
function buttonsOf(a: SentActivity | undefined): Button[] {
  return cardNodes(a?.body.attachments?.map((x) => x.content))
    .filter((o) => o.type === 'Action.Submit')
    .map((o) => ({ title: String(o.title), data: o.data as Record<string, unknown> }));
}

/** Every string a user can read in a reply, leaving out what buttons send back. */
const readable = readableWithout('$schema', 'data');

describe('feedback on answers over HTTP', () => {
  const bot = useBotOverHttp(
    { ADMIN_AAD_IDS: ADMIN.aadObjectId, PUBLIC_BASE_URL: 'https://bot.example.org', RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_BURST: '1000' },
    { clock: () => TUESDAY_10_17, reminderIntervalSeconds: 0 },
  );
  failOnConsoleError();

  const turn = (activity: TeamsActivity): Promise<Exchange> => exchange(bot.connector, bot.messagesUrl, activity);

  /** A card button pressed in the user's personal chat (Action.Submit: a message with the button's data as its value). */
  function press(data: Record<string, unknown>, from?: TeamsUser): TeamsActivity {
    const act = personalMessage({ serviceUrl: bot.connector.url, value: data, ...(from ? { from } : {}) });
    delete act.text;
    return act;
  }

  async function feedbackRecords(): Promise<DecisionRecord[]> {
    const keys = await bot.app.storage.listKeys('decision/');
    const items = keys.length ? await bot.app.storage.storage.read(keys) : {};
    return Object.values(items)
      .map((i) => {
        const { eTag: _eTag, ...r } = i as DecisionRecord & { eTag?: string };
        return r;
      })
      .filter((r) => r.source === 'feedback');
  }

  it('a worry, No, a more serious route: the routes to pick from, then one line of thanks, the reminder and that route’s first step with 999', async () => {
    const answer = await turn(personalMessage({ serviceUrl: bot.connector.url, text: WORRY }));
    expect(answer.replies).toHaveLength(1);
    expect(readable(answer.replies[0])).toContain('Was this the right answer?');
    const [yes, no] = buttonsOf(answer.replies[0]).filter((b) => String(b.data.verb).startsWith('feedback.'));
    expect(yes?.title).toBe('Yes');
    expect(no).toEqual({ title: 'No', data: { verb: 'feedback.no', given: 'risk_support', pack: 'salford', version: pack.version } });

    const picker = await turn(press(no?.data ?? {}));
    expect(picker.replies).toHaveLength(1);
    expect(readable(picker.replies[0])).toContain('What was it about?');
    const routes = buttonsOf(picker.replies[0]);
    expect(routes.map((b) => b.data.chosen)).toEqual(expect.arrayContaining(['emergency', 'more_help', 'early_help', 'advice', 'lado', 'private_fostering']));
    expect(routes.map((b) => b.data.chosen)).not.toContain('risk_support');
    expect(await feedbackRecords()).toEqual([]); // nothing is recorded until they pick

    const emergency = routes.find((b) => b.data.chosen === 'emergency');
    expect(emergency?.title).toBe('Immediate danger: Call 999 now');
    const thanks = await turn(press(emergency?.data ?? {}));
    expect(thanks.replies).toHaveLength(1);
    const [line, step] = String(thanks.replies[0]?.body.text).split('\n\n');
    expect(line).toBe('Thank you: I have noted that it was about “Immediate danger: Call 999 now”. This bot supports your professional judgement; it does not replace it.');
    expect(step).toBe(`For that level of need, first: ${firstStep('emergency')}`);
    expect(step).toContain('999');

    expect(await feedbackRecords()).toEqual([
      expect.objectContaining({ at: '2026-11-24T10:00:00.000Z', packId: 'salford', packVersion: pack.version, source: 'feedback', route: 'risk_support', chosen: 'emergency' }),
    ]);
  });

  it('the Bridge’s number for risk support picked over early help; the thanks only for a lower level; Yes: the thanks only', async () => {
    const higher = await turn(press({ verb: 'feedback.route', given: 'early_help', pack: 'salford', version: pack.version, chosen: 'risk_support' }));
    expect(higher.replies[0]?.body.text).toContain(firstStep('risk_support'));
    expect(higher.replies[0]?.body.text).toContain('0161 603 4500');

    const lower = await turn(press({ verb: 'feedback.route', given: 'risk_support', pack: 'salford', version: pack.version, chosen: 'advice' }));
    expect(lower.replies[0]?.body.text).toBe('Thank you: I have noted that it was about “Getting Advice: Universal services and advice”. This bot supports your professional judgement; it does not replace it.');

    const answer = await turn(personalMessage({ serviceUrl: bot.connector.url, text: WORRY }));
    const yes = buttonsOf(answer.replies[0]).find((b) => b.data.verb === 'feedback.yes');
    const thanks = await turn(press(yes?.data ?? {}));
    expect(thanks.replies.map((r) => r.body.text)).toEqual(['Thank you: I have noted that this was the right answer. This bot supports your professional judgement; it does not replace it.']);
    expect((await feedbackRecords()).map((r) => `${r.route}→${r.chosen}`).sort()).toEqual(['early_help→risk_support', 'risk_support→advice', 'risk_support→emergency', 'risk_support→yes']);
  });

  it('pressed while screening questions wait: thanked, and the questions carry on where they were', async () => {
    const from: TeamsUser = { id: '29:screening-user', name: 'Sky Screening', aadObjectId: '99999999-2222-3333-4444-555555555555' };
    const q1 = await turn(personalMessage({ serviceUrl: bot.connector.url, from, text: 'worried' }));
    expect(readable(q1.replies[0])).toContain('immediate danger');
    const thanks = await turn(press({ verb: 'feedback.yes', given: 'early_help', pack: 'salford', version: pack.version }, from));
    expect(thanks.replies.map((r) => r.body.text)).toEqual([expect.stringMatching(/^Thank you: I have noted that this was the right answer\./)]);
    const q2 = await turn(press({ verb: 'screen.answer', question: 'immediateDanger', answer: 'no' }, from));
    expect(readable(q2.replies[0])).toContain('home alone');
  });

  it('in a group chat the buttons show too, and the press is recorded as ids only', async () => {
    const answer = await turn(groupChatMessage({ serviceUrl: bot.connector.url, text: WORRY }));
    const yes = buttonsOf(answer.replies[0]).find((b) => b.data.verb === 'feedback.yes');
    expect(yes?.data).toEqual({ verb: 'feedback.yes', given: 'risk_support', pack: 'salford', version: pack.version });
    const act = groupChatMessage({ serviceUrl: bot.connector.url, value: yes?.data });
    delete act.text;
    delete act.entities;
    const before = (await feedbackRecords()).length;
    const thanks = await turn(act);
    expect(thanks.replies[0]?.body.text).toMatch(/^Thank you: I have noted that this was the right answer\./);
    const records = await feedbackRecords();
    expect(records).toHaveLength(before + 1);
    const stored = JSON.stringify(records);
    for (const id of [act.conversation.id, act.from?.id, act.from?.aadObjectId, act.from?.name, act.id]) expect(stored).not.toContain(String(id));
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(['answers', 'area', 'asked', 'at', 'chosen', 'id', 'indicators', 'level', 'org', 'packId', 'packVersion', 'route', 'source']);
  });

  it('an administrator’s insights card and the feedback CSV show the answers with feedback, the yeses and given → chosen', async () => {
    const insights = await turn(personalMessage({ serviceUrl: bot.connector.url, from: ADMIN, text: 'insights' }));
    const card = JSON.stringify(insights.replies[0]?.body.attachments?.[0]?.content);
    expect(card).toContain('Was this the right answer?');
    expect(card).toContain('{"title":"Answers with feedback","value":"6"}');
    expect(card).toContain('{"title":"Yes","value":"3"}');
    expect(card).toContain('{"title":"Getting Risk Support: Refer to the Bridge now → Immediate danger: Call 999 now","value":"1"}');
    expect(card).toContain('{"title":"Getting Help: Early help with the family’s agreement → Getting Risk Support: Refer to the Bridge now","value":"1"}');
    // The answers themselves are counted once each (feedback is not advice given).
    expect(card).toMatch(/"Getting Risk Support","value":"3"/);

    const exported = await turn(personalMessage({ serviceUrl: bot.connector.url, from: ADMIN, text: 'export' }));
    const links = (exported.replies[0]?.body.attachments?.[0]?.content as { actions: { title: string; url: string }[] }).actions;
    expect(links.map((l) => l.title)).toEqual(['Download CSV', 'Download feedback counts (CSV)']);
    const base = bot.url;
    const fetchCsv = async (url: string) => {
      const res = await fetch(`${base}${new URL(url).pathname}`);
      expect(res.status).toBe(200);
      return { csv: await res.text(), disposition: res.headers.get('content-disposition') };
    };
    const feedback = await fetchCsv(links[1]?.url ?? '');
    expect(feedback.disposition).toContain('feedback-counts.csv');
    expect(feedback.csv.split('\r\n')).toEqual([
      'measure,pack,pack_version,given,chosen,count',
      'answers_with_feedback,,,,,6',
      'yes,,,,,3',
      `given_chosen,salford,${pack.version},risk_support,yes,2`,
      `given_chosen,salford,${pack.version},early_help,risk_support,1`,
      `given_chosen,salford,${pack.version},early_help,yes,1`,
      `given_chosen,salford,${pack.version},risk_support,advice,1`,
      `given_chosen,salford,${pack.version},risk_support,emergency,1`,
      '',
    ]);
    const decisions = await fetchCsv(links[0]?.url ?? '');
    expect(decisions.csv).not.toContain(',feedback,');
    expect((await fetch(`${base}${new URL(links[1]?.url ?? '').pathname}`)).status).toBe(404); // single use
  });

  describe('a press that is not a known pack, answer and route is refused, and nothing is recorded', () => {
    const ok = { given: 'risk_support', pack: 'salford', version: pack.version };
    const refused: [string, Record<string, unknown>][] = [
      ['an unknown route chosen', { verb: 'feedback.route', ...ok, chosen: 'made_up_route' }],
      ['a route of another pack chosen', { verb: 'feedback.route', ...ok, chosen: 'route_level5' }],
      ['an unknown answer given', { verb: 'feedback.yes', ...ok, given: 'nothing_like_it' }],
      ['an unknown pack', { verb: 'feedback.no', ...ok, pack: 'atlantis' }],
      ['no route chosen', { verb: 'feedback.route', ...ok }],
      ['no answer given', { verb: 'feedback.yes', pack: 'salford', version: pack.version }],
      ['a version that is not one', { verb: 'feedback.yes', ...ok, version: 'ZQX typed words' }],
      ['an oversized route', { verb: 'feedback.route', ...ok, chosen: 'x'.repeat(5000) }],
      ['an oversized value (an extra field)', { verb: 'feedback.yes', ...ok, note: 'ZQX-SENTINEL '.repeat(400) }],
      ['a number for the answer given', { verb: 'feedback.yes', ...ok, given: 5 }],
      ['a list for the route chosen', { verb: 'feedback.route', ...ok, chosen: ['emergency'] }],
      ['an object for the version', { verb: 'feedback.yes', ...ok, version: { major: 1 } }],
      ['a sentence for the route chosen', { verb: 'feedback.route', ...ok, chosen: 'Jayden said his dad hits him' }],
    ];

    it.each(refused)('as Action.Submit: %s → "I could not read that", no record, one log line without the value', async (_name, value) => {
      const records = await feedbackRecords();
      const logsBefore = bot.logLines.length;
      const { replies, status } = await turn(press(value));
      expect(status).toBe(200);
      expect(replies).toHaveLength(1);
      expect(readable(replies[0])).toContain('I could not read that');
      expect(readable(replies[0])).toContain('999');
      expect(await feedbackRecords()).toEqual(records);
      const lines = bot.logLines.slice(logsBefore);
      expect(lines.filter((l) => l.includes('feedback refused'))).toHaveLength(1);
      expect(lines.filter((l) => l.includes('ZQX') || l.includes('Jayden') || l.includes('made_up_route') || l.includes('atlantis'))).toEqual([]);
    });

    it.each(refused)('as Action.Execute: %s → refused at the edge with the card, nothing stored at all', async (_name, value) => {
      const { verb, ...data } = value;
      const keys = await bot.app.storage.listKeys('');
      const logsBefore = bot.logLines.length;
      const res = await turn(cardActionInvoke(String(verb), data, { serviceUrl: bot.connector.url }));
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).toContain('I could not read that');
      expect(res.replies).toHaveLength(0);
      expect(await bot.app.storage.listKeys('')).toEqual(keys); // not even the redelivery claim
      expect(bot.logLines.slice(logsBefore).filter((l) => l.includes('invoke refused: malformed value'))).toHaveLength(1);
    });

    it('as Action.Execute, a good press is recorded and answered with the thanks, the answer card left in place', async () => {
      const before = (await feedbackRecords()).length;
      const res = await turn(cardActionInvoke('feedback.route', { ...ok, chosen: 'more_help' }, { serviceUrl: bot.connector.url }));
      expect(res.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/^Thank you: I have noted that it was about “Getting More Help: Talk to the Bridge about more help”\./) });
      expect(await feedbackRecords()).toHaveLength(before + 1);
      const no = await turn(cardActionInvoke('feedback.no', ok, { serviceUrl: bot.connector.url }));
      expect(no.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Pick what it was about on the card below.' });
      expect(readable(no.replies[0])).toContain('What was it about?');
    });
  });
});
