/**
 * Escalation at the HTTP depth: the whole app (createApp, real CloudAdapter, restify on
 * 127.0.0.1, anonymous) with a fixed clock; Teams-shaped activities in, the bot's sends
 * caught by a stand-in Bot Connector. Two app instances share one storage for the
 * reminder race.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { loadConfig } from '../../bot/edge/config';
import type { DraftRecord, ReminderRecord } from '../../bot/escalation/drafts';
import { createStorage, type StorageHandle } from '../../bot/storage';
import {
  CHANNEL_ID,
  SECOND_USER,
  TEAM_ID,
  TENANT_ID,
  USER,
  channelMessage,
  botAddedToTeam,
  personalMessage,
  type TeamsActivity,
  type TeamsUser,
} from '../helpers/activities';
import { createTestApp } from '../helpers/app';
import { registerChildSentinels } from '../helpers/cardAudit';
import { postToBot, startConnector, type SentActivity, type StandInConnector, exchange } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';
import { readable } from '../helpers/readable';

// Sentinels: none of these may reach a log line or a team channel.
const CHILD = 'Sentinella Quixwood';
const DOB = '2015-03-01';
const CONCERN = 'SENTINEL-CONCERN-7f3 bruises on both arms';
const DECISION = 'SENTINEL-DECISION-91 no further action';
const TRIED = 'SENTINEL-TRIED-44 rang the social worker twice';
const SENTINELS = [CHILD, 'Sentinella', 'Quixwood', DOB, '1 March 2015', '01/03/2015', 'SENTINEL-'];
registerChildSentinels(...SENTINELS);

const THU_24_DEC = new Date('2026-12-24T10:00:00Z');
/** An administrator (insights, export) of a tenant of its own, so the counts are this test's alone. */
const ADMIN: TeamsUser = { id: '29:admin-escalations', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-000000000e5c' };
const COUNTED_TENANT = 'e5ca1a7e-0000-4000-8000-00000000c0de';
const THU_17_DEC = new Date('2026-12-17T10:00:00Z');


type Card = { body: Record<string, unknown>[]; actions?: { type: string; title: string; url?: string; data?: Record<string, unknown> }[] };
function card(a: SentActivity | undefined): Card {
  const c = a?.body.attachments?.[0]?.content as Card | undefined;
  if (!c) throw new Error(`no card in reply: ${a?.body.text ?? '(none)'}`);
  return c;
}
function input(c: Card, id: string): Record<string, unknown> {
  const found = c.body.find((e) => e.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
}
function action(c: Card, title: string | RegExp) {
  const a = c.actions?.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  if (!a) throw new Error(`no action ${String(title)} in ${JSON.stringify(c.actions?.map((x) => x.title))}`);
  return a;
}

const VALID = {
  childName: CHILD,
  childDob: DOB,
  concern: CONCERN,
  decision: DECISION,
  triedAtPractitionerLevel: TRIED,
  completedByName: 'Alex Example',
  completedByRole: 'Designated safeguarding lead',
  completedByContact: '0161 000 0000',
  copiedTo: 'Our DSL',
};

describe('escalation notices over HTTP', () => {
  let connector: StandInConnector;
  let storage: StorageHandle;
  let a: App;
  let b: App;
  let urlA: string;
  let urlB: string;
  let now = THU_24_DEC;
  const logs: string[] = [];
  failOnConsoleError();

  const env = {
    LOG_LEVEL: 'debug',
    DEFAULT_AREA: 'salford',
    RATE_LIMIT_PER_MINUTE: '10000',
    RATE_LIMIT_BURST: '1000',
    ADMIN_AAD_IDS: ADMIN.aadObjectId,
    PUBLIC_BASE_URL: 'https://bot.example.org',
  };

  /** An app instance on the shared storage, not yet listening; its log lines go to `logs`. */
  function start(): App {
    return createTestApp(env, { clock: () => now, storage, reminderIntervalSeconds: 0, logLines: logs }).app;
  }

  const turn = async (activity: TeamsActivity, url = urlA): Promise<SentActivity[]> => {
    const { replies, status } = await exchange(connector, url, activity);
    expect(status).toBeLessThan(300);
    return replies;
  };

  function press(value: Record<string, unknown>, from: TeamsUser = USER): TeamsActivity {
    const act = personalMessage({ serviceUrl: connector.url, from, value });
    delete act.text;
    return act;
  }

  async function say(text: string, from: TeamsUser = USER): Promise<SentActivity[]> {
    return turn(personalMessage({ serviceUrl: connector.url, from, text }));
  }

  /** "escalate" → Draft escalation notice → the form; returns the draft id and the form card. */
  async function startNotice(stage = 'practice_manager', from: TeamsUser = USER): Promise<{ draftId: string; form: Card }> {
    const [reply] = await turn(press({ verb: 'notice.start', stage }, from));
    const form = card(reply);
    const draftId = String(action(form, 'Draft the notice').data?.draftId);
    return { draftId, form };
  }

  async function draftOf(owner: TeamsUser, draftId: string): Promise<DraftRecord | undefined> {
    const key = `drafts/${encodeURIComponent(owner.aadObjectId)}/${draftId}`;
    return (await storage.storage.read([key]))[key] as DraftRecord | undefined;
  }

  beforeAll(async () => {
    connector = await startConnector();
    storage = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', ...env }));
    a = start();
    b = start();
    urlA = `${(await a.server.listen(0, '127.0.0.1')).url}/api/messages`;
    urlB = `${(await b.server.listen(0, '127.0.0.1')).url}/api/messages`;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await storage?.close();
    await connector?.close();
  });
  beforeEach(() => {
    now = THU_24_DEC;
    // The Teams profile behind TeamsInfo.getMember.
    connector.respondWith((r) =>
      r.method === 'GET' && r.path.endsWith(`/members/${USER.id}`)
        ? { status: 200, body: { id: USER.id, name: 'Alex Example', aadObjectId: USER.aadObjectId, email: 'alex.example@school.example', userPrincipalName: 'alex.example@school.example' } }
        : undefined,
    );
  });
  afterEach(() => {
    connector.reset();
  });

  it('"escalate" shows the ladder and, in a personal chat, offers the notice', async () => {
    const [reply] = await say('escalate');
    const c = card(reply);
    const text = readable(reply);
    for (const s of ['Practice Manager at the Bridge', 'Service Manager', 'Head of Service', '0161 603 4500', 'worriedaboutachild@salford.gov.uk', 'Response within 5 working days.']) expect(text).toContain(s);
    expect(action(c, 'Draft escalation notice').data).toEqual({ verb: 'notice.start', stage: 'practitioner' });
  });

  it('the Escalate button on a result card opens the ladder', async () => {
    const [result] = await say('a child told me her dad hits her');
    const escalate = action(card(result), /^Escalate/);
    const [reply] = await turn(press(escalate.data ?? {}));
    expect(readable(reply)).toContain('Challenging a decision: escalation');
  });

  it('after a referral: acknowledgement, outcome form within a week and the possible outcomes', async () => {
    const [reply] = await say('what happens after a referral');
    const text = readable(reply);
    expect(text).toContain('You should receive an automated response immediately.');
    expect(text).toContain('Referrals Outcome Form within one week');
    expect(text).toContain('What the outcome can be');
    expect(text).toContain('No further action from children’s social care, but signposted to another service');
    expect(action(card(reply), 'Escalation steps').data).toEqual({ verb: 'escalation.show' });
  });

  it('the form is not offered or opened in a team channel', async () => {
    const [ladder] = await turn(channelMessage({ serviceUrl: connector.url, text: 'escalate' }));
    expect(action(card(ladder), 'Draft the notice in a personal chat').data).toEqual({ verb: 'notice.personalOnly' });
    const forged = channelMessage({ serviceUrl: connector.url, value: { verb: 'notice.start', stage: 'practice_manager' } });
    delete forged.text;
    const [reply] = await turn(forged);
    expect(reply?.body.text).toContain('only draft escalation notices in a personal chat');
    expect(reply?.body.attachments ?? []).toHaveLength(0);
  });

  it('a complete notice: pre-filled from the Teams profile, every field, addressee, due date, return address, plain text and mailto', async () => {
    const { draftId, form } = await startNotice('practice_manager');
    expect(input(form, 'completedByName').value).toBe('Alex Example');
    expect(input(form, 'completedByContact').value).toBe('alex.example@school.example');
    expect(input(form, 'date')).toMatchObject({ type: 'Input.Date', value: '2026-12-24', isRequired: true });
    expect(input(form, 'childName')).toMatchObject({ type: 'Input.Text', label: 'Name of child or young person', isRequired: true, errorMessage: 'Enter the child’s name.', value: '' });
    expect(readable({ body: { attachments: [{ content: form }] } } as SentActivity)).toContain('It goes to: A Practice Manager at the Bridge (worriedaboutachild@salford.gov.uk)');

    const [reply] = await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    const c = card(reply);
    const text = readable(reply);
    // Sent Thursday 24 December 2026; 5 working days skipping Christmas Day, the Boxing Day substitute (Mon 28),
    // New Year's Day (Fri 1 Jan) and two weekends: Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 January 2027.
    expect(text).toContain('A response is due by Tuesday 5 January 2027 (5 working days).');
    for (const s of [CHILD, '1 March 2015', CONCERN, DECISION, TRIED, 'Alex Example', 'Designated safeguarding lead', '0161 000 0000', 'Thursday 24 December 2026', 'Our DSL', 'Stage 2: Practice Manager at the Bridge', 'Send to: A Practice Manager at the Bridge (worriedaboutachild@salford.gov.uk)', 'Attach: The Escalation Notice', 'Sutherland House', 'M27 6AY']) {
      expect(text).toContain(s);
    }
    const mail = action(c, 'Email it');
    expect(mail.type).toBe('Action.OpenUrl');
    expect(mail.url).toMatch(/^mailto:worriedaboutachild@salford\.gov\.uk\?cc=sscp%40salford\.gov\.uk&subject=Escalation%20Notice%20ESC-20261224-/);
    // The email's body is the redacted notice: never the child's name, date of birth or what was typed.
    const body = new URLSearchParams(String(mail.url).split('?')[1]).get('body') ?? '';
    expect(body).toContain('Child’s initials:');
    for (const secret of [CHILD, '1 March 2015', '2015-03-01', CONCERN, DECISION, TRIED]) expect(body).not.toContain(secret);
    expect(text).toContain('Record the challenge and how it was resolved on the child’s file');
    const plain = JSON.stringify(action(c, 'Plain text to copy'));
    expect(plain).toContain('A response is due by Tuesday 5 January 2027');
    const stored = await draftOf(USER, draftId);
    expect(stored?.dueOn).toBe('2027-01-05');
    expect(stored?.reminderKey).toBe(`reminders/2027-01-05/${draftId}`);
  });

  it('a validation error keeps what was typed, says what to fix next to the field, and survives reopening', async () => {
    const { draftId } = await startNotice('practice_manager');
    const [reply] = await turn(press({ verb: 'notice.submit', draftId, ...VALID, childDob: '31/02/2015', concern: '   ', date: '2026-12-24' }));
    const form = card(reply);
    expect(input(form, 'childName').value).toBe(CHILD);
    expect(input(form, 'decision').value).toBe(DECISION);
    expect(input(form, 'childDob').value).toBe('31/02/2015');
    const after = (id: string) => form.body[form.body.indexOf(input(form, id)) + 1];
    expect(after('childDob')).toMatchObject({ text: 'Enter a real date, for example 2015-03-01 or 01/03/2015.', color: 'Attention' });
    expect(after('concern')).toMatchObject({ text: 'Describe the information of concern.', color: 'Attention' });
    expect(readable(reply)).toContain('2 answers need checking');
    // Typing is in storage too: "Edit" brings it back.
    const [again] = await turn(press({ verb: 'notice.edit', draftId }));
    expect(input(card(again), 'triedAtPractitionerLevel').value).toBe(TRIED);
  });

  it('"Next stage" moves to the Service Manager with a new due date across Christmas, records the earlier stage, and a double click advances once', async () => {
    now = THU_17_DEC;
    const { draftId } = await startNotice('practice_manager');
    const [first] = await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-17' }));
    // Thu 17 Dec + 5 working days = Fri 18, Mon 21, Tue 22, Wed 23, Thu 24 December 2026.
    expect(readable(first)).toContain('A response is due by Thursday 24 December 2026 (5 working days).');
    const next = action(card(first), 'Next stage: Service Manager');

    now = THU_24_DEC;
    // "Next stage" asks when and how first; the user called the Service Manager today.
    const [asked] = await turn(press(next.data ?? {}));
    expect(readable(asked)).toContain('When did you raise it with the Service Manager, and how?');
    const move = { ...(action(card(asked), 'Move to the next stage').data ?? {}), date: '2026-12-24', how: 'call' };
    const [r1, r2] = await Promise.all([turn(press(move)), turn(press(move))]);
    const texts = [...(r1 ?? []), ...(r2 ?? [])].map(readable).join('\n');
    expect(texts).toContain('Stage 3: Service Manager');
    expect(texts).toContain('A response is due by Tuesday 5 January 2027 (5 working days).');
    expect(texts).toContain('2. Practice Manager at the Bridge: sent Thursday 17 December 2026, response due Thursday 24 December 2026');
    expect(texts).toContain('Attach: The original Escalation Notice');
    expect(texts).toContain('already moved on');
    const stored = await draftOf(USER, draftId);
    expect(stored?.stageId).toBe('service_manager');
    expect(stored?.history).toEqual([{ stageId: 'practice_manager', sentOn: '2026-12-17', dueOn: '2026-12-24' }]);
    expect(stored?.sentHow).toBe('call');
    expect(stored?.dueOn).toBe('2027-01-05');
    // One reminder, for the new stage; the old one is gone.
    expect(await storage.listKeys(`reminders/2026-12-24/${draftId}`)).toEqual([]);
    expect(await storage.listKeys(`reminders/2027-01-05/${draftId}`)).toHaveLength(1);
  });

  it('shares to a team channel a redacted notice only: initials, stage, addressee, due date and reference', async () => {
    // The bot is installed in a team: it records the channel.
    await turn(botAddedToTeam({ serviceUrl: connector.url, teamName: 'Safeguarding leads', channelName: 'Escalations' }));

    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    const [chooser] = await turn(press({ verb: 'notice.share', draftId }));
    const choices = (input(card(chooser), 'channel').choices as { title: string; value: string }[]) ?? [];
    expect(choices.map((c) => c.title)).toEqual(['Safeguarding leads › Escalations']);
    const post = action(card(chooser), 'Post the redacted notice');

    const before = connector.activities().length;
    const confirm = await turn(press({ ...post.data, channel: choices[0]?.value }));
    const channelPosts = connector.activities().slice(before).filter((x) => x.conversationId === CHANNEL_ID);
    expect(channelPosts).toHaveLength(1);
    const posted = channelPosts[0];
    expect(posted?.path).toBe(`/v3/conversations/${CHANNEL_ID}/activities`);
    const raw = JSON.stringify(posted?.body);
    for (const s of SENTINELS) expect(raw).not.toContain(s);
    expect(raw).not.toContain('0161 000 0000');
    const text = readable(posted);
    expect(text).toContain('Q.');
    expect(text).toContain('S. Q.');
    expect(text).toMatch(/ESC-20261224-[0-9A-F]{6}/);
    expect(text).toContain('Stage 2: Practice Manager at the Bridge');
    expect(text).toContain('A Practice Manager at the Bridge (worriedaboutachild@salford.gov.uk)');
    expect(text).toContain('Tuesday 5 January 2027');
    // The full notice stays in the personal chat; the confirmation says what went.
    expect(confirm.map(readable).join(' ')).toContain('initials, the stage, who it went to and the due date only');
    expect((await draftOf(USER, draftId))?.input?.childName).toBe(CHILD);

    // Someone who is not in the team (the connector answers 404 for their membership) gets no
    // choice, and a forged press is refused before anything is posted.
    const theirs = await startNotice('practice_manager', SECOND_USER);
    await turn(press({ verb: 'notice.submit', draftId: theirs.draftId, ...VALID, date: '2026-12-24' }, SECOND_USER));
    const [none] = await turn(press({ verb: 'notice.share', draftId: theirs.draftId }, SECOND_USER));
    expect(readable(none)).toContain('I am not in any team channel yet');
    const beforeForged = connector.activities().filter((x) => x.conversationId === CHANNEL_ID).length;
    const [refused] = await turn(press({ verb: 'notice.shareTo', draftId: theirs.draftId, channel: choices[0]?.value }, SECOND_USER));
    expect(readable(refused)).toContain('You can only share a notice with a team you are a member of.');
    expect(connector.activities().filter((x) => x.conversationId === CHANNEL_ID)).toHaveLength(beforeForged);
    expect(connector.requests.some((r) => r.method === 'GET' && r.path === `/v3/conversations/${TEAM_ID}/members/${SECOND_USER.id}`)).toBe(true);

    // A channel key from another tenant is refused, whatever the card says.
    const [forged] = await turn(press({ verb: 'notice.shareTo', draftId, channel: `channels/other-tenant/${encodeURIComponent(TEAM_ID)}/x` }));
    expect(readable(forged)).toContain('I could not read that');
  });

  it('an @mention in a channel records that channel too', async () => {
    await turn(channelMessage({ serviceUrl: connector.url, text: 'contacts' }));
    const keys = await storage.listKeys(`channels/${encodeURIComponent(TENANT_ID)}/`);
    expect(keys).toContain(`channels/${encodeURIComponent(TENANT_ID)}/${encodeURIComponent(TEAM_ID)}/${encodeURIComponent(CHANNEL_ID)}`);
  });

  it('a reminder fires once on the due date, across two instances sharing storage, offering the next stage', async () => {
    now = THU_17_DEC;
    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-17' }), urlB);
    // The day before, and early on the day: nothing (reminders go out from 09:00 London time).
    now = new Date('2026-12-23T09:00:00Z');
    expect((await a.escalation.reminders.runDue(now)).sent).toBe(0);
    now = new Date('2026-12-24T07:30:00Z');
    expect((await a.escalation.reminders.runDue(now)).sent).toBe(0);

    now = new Date('2026-12-24T09:00:00Z');
    const before = connector.activities().length;
    const [ra, rb] = await Promise.all([a.escalation.reminders.runDue(now), b.escalation.reminders.runDue(now)]);
    expect(ra.sent + rb.sent).toBe(1);
    const sent = connector.activities().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe(`a:1personal-${USER.aadObjectId}`);
    const text = readable(sent[0]);
    expect(text).toContain('A response to your escalation notice is due today');
    expect(text).toContain('Thursday 24 December 2026');
    expect(action(card(sent[0]), 'Next stage: Service Manager').data).toEqual({ verb: 'notice.next', draftId, fromStage: 'practice_manager' });
    for (const s of SENTINELS) expect(JSON.stringify(sent[0]?.body)).not.toContain(s);

    // Later ticks and a restarted instance do not send it again.
    const c = start();
    try {
      const again = await Promise.all([a.escalation.reminders.runDue(now), c.escalation.reminders.runDue(new Date('2026-12-29T09:00:00Z'))]);
      expect(again[0].sent + again[1].sent).toBe(0);
    } finally {
      await c.close();
    }
    expect(connector.activities().slice(before)).toHaveLength(1);
    const key = `reminders/2026-12-24/${draftId}`;
    expect(((await storage.storage.read([key]))[key] as ReminderRecord).state).toBe('sent');
  });

  it('a reminder survives a restart: an instance started after the notice was drafted sends it', async () => {
    now = new Date('2027-01-06T10:00:00Z');
    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2027-01-06' }));
    // Wed 6 Jan 2027 + 5 working days = Wed 13 January 2027.
    expect((await draftOf(USER, draftId))?.dueOn).toBe('2027-01-13');
    const restarted = start();
    try {
      now = new Date('2027-01-13T12:00:00Z');
      const before = connector.activities().length;
      await restarted.escalation.reminders.runDue(now);
      // (Earlier tests' reminders, due 5 January, go out in the same tick: they were never sent.)
      const mine = connector.activities().slice(before).filter((x) => JSON.stringify(x.body).includes(draftId));
      expect(mine).toHaveLength(1);
      expect(readable(mine[0])).toContain('Wednesday 13 January 2027');
      const key = `reminders/2027-01-13/${draftId}`;
      expect(((await storage.storage.read([key]))[key] as ReminderRecord).state).toBe('sent');
    } finally {
      await restarted.close();
    }
  });

  it('a reminder that cannot be delivered (app uninstalled: 403) is recorded and not retried', async () => {
    now = THU_17_DEC;
    const { draftId } = await startNotice('practice_manager', SECOND_USER);
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-17' }, SECOND_USER));
    connector.respondWith((r) =>
      r.method === 'POST' && r.conversationId === `a:1personal-${SECOND_USER.aadObjectId}` ? { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'removed' } } } : undefined,
    );
    now = THU_24_DEC;
    const first = await a.escalation.reminders.runDue(now);
    expect(first.undeliverable).toBe(1);
    const attempts = connector.requests.length;
    const second = await b.escalation.reminders.runDue(new Date('2026-12-29T09:00:00Z'));
    expect(second.undeliverable + second.sent).toBe(0);
    expect(connector.requests.length).toBe(attempts);
    const key = `reminders/2026-12-24/${draftId}`;
    expect(((await storage.storage.read([key]))[key] as ReminderRecord)).toMatchObject({ state: 'undeliverable', lastError: '403', attempts: 1 });
    const warn = logs.find((l) => l.includes('reminder not delivered'));
    expect(warn).toContain('"status":403');
  });

  it('a second user cannot open, edit, advance or share the first user’s draft', async () => {
    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    for (const value of [
      { verb: 'notice.open', draftId },
      { verb: 'notice.edit', draftId },
      { verb: 'notice.next', draftId, fromStage: 'practice_manager' },
      { verb: 'notice.next', draftId, fromStage: 'practice_manager', date: '2026-12-24', how: 'call' },
      { verb: 'notice.share', draftId },
      { verb: 'notice.submit', draftId, ...VALID, childName: 'Overwritten', date: '2026-12-24' },
    ]) {
      const replies = await turn(press(value, SECOND_USER));
      const text = replies.map(readable).join(' ');
      expect(text).toContain('I could not find that notice');
      for (const s of SENTINELS) expect(text).not.toContain(s);
    }
    const stored = await draftOf(USER, draftId);
    expect(stored?.stageId).toBe('practice_manager');
    expect(stored?.input?.childName).toBe(CHILD);
  });

  it('owner checks: only Teams activities are served, and the owner is the Entra object id alone (never from.id)', async () => {
    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    const posing = { id: USER.aadObjectId, name: 'Someone else' }; // from.id set to the author's object id, no aadObjectId

    // Another channel (Web Chat) carrying the author's object id as from.id: dropped, nothing sent anywhere.
    const webchat = { ...press({ verb: 'notice.open', draftId }), channelId: 'webchat', from: posing };
    const fromWebchat = await turn(webchat as unknown as TeamsActivity);
    expect(fromWebchat).toEqual([]);
    const invoke = { ...webchat, type: 'invoke', name: 'task/fetch', value: { data: { verb: 'notice.form', draftId } } };
    expect((await postToBot(urlA, invoke)).status).toBe(403);
    expect(logs.some((l) => l.includes('activity from a channel the bot does not serve dropped'))).toBe(true);

    // Teams, but no aadObjectId: refused, not looked up under from.id.
    for (const value of [{ verb: 'notice.open', draftId }, { verb: 'notice.start', stage: 'practice_manager' }]) {
      const replies = await turn({ ...press(value), from: posing } as TeamsActivity);
      const text = replies.map(readable).join(' ');
      expect(text).toContain('I could not read that');
      for (const s of SENTINELS) expect(text).not.toContain(s);
    }
    expect(await storage.listKeys(`drafts/${encodeURIComponent(USER.id)}/`)).toEqual([]);
    expect((await draftOf(USER, draftId))?.input?.childName).toBe(CHILD);
  });

  it('escalations reach the decision record: /metrics, insights and the CSV count each notice drafted and each stage moved on, once', async () => {
    const base = urlA.replace(/\/api\/messages$/, '');
    const counted = (from: TeamsUser, o: { value?: Record<string, unknown>; text?: string }): TeamsActivity => {
      const act = personalMessage({ serviceUrl: connector.url, from, tenantId: COUNTED_TENANT, conversationId: `a:counted-${from.aadObjectId}`, ...o });
      if (o.text === undefined) delete act.text;
      return act;
    };
    const escalations = async (): Promise<Record<string, number>> => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return Object.fromEntries([...text.matchAll(/^safeguarding_escalations_total\{action="(\w+)",stage="(\w+)"\} (\d+)$/gm)].map((m) => [`${m[1]}:${m[2]}`, Number(m[3])]));
    };
    const before = await escalations();

    now = THU_17_DEC;
    const [formReply] = await turn(counted(USER, { value: { verb: 'notice.start', stage: 'practice_manager' } }));
    const draftId = String(action(card(formReply), 'Draft the notice').data?.draftId);
    const [first] = await turn(counted(USER, { value: { verb: 'notice.submit', draftId, ...VALID, date: '2026-12-17' } }));
    await turn(counted(USER, { value: { verb: 'notice.submit', draftId, ...VALID, date: '2026-12-17' } })); // saved again: not a new escalation
    const next = { ...(action(card(first), 'Next stage: Service Manager').data ?? {}), date: '2026-12-24', how: 'email' };
    now = THU_24_DEC;
    await turn(counted(USER, { value: next }));
    await turn(counted(USER, { value: next })); // a second click: already moved on

    const after = await escalations();
    const delta = (k: string): number => (after[k] ?? 0) - (before[k] ?? 0);
    expect(delta('started:practice_manager')).toBe(1);
    expect(delta('advanced:service_manager')).toBe(1);

    const [insights] = await turn(counted(ADMIN, { text: 'insights' }));
    const shown = readable(insights);
    expect(shown).toMatch(/Escalations, by stage.*practice_manager 1.*service_manager 1|Escalations, by stage.*service_manager 1.*practice_manager 1/s);

    const [link] = await turn(counted(ADMIN, { text: 'export' }));
    const url = String((card(link).actions?.[0] as { url?: string } | undefined)?.url ?? '');
    const csv = await (await fetch(`${base}${new URL(url).pathname}`)).text();
    const rows = csv.trim().split('\r\n').filter((r) => r.includes(',escalation,'));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.split(',').at(-1)).sort()).toEqual(['practice_manager', 'service_manager']);
    for (const s of SENTINELS) expect(csv).not.toContain(s);
  });

  it('a task/submit (the form in a Teams window) for another user’s draft says it could not be found, and changes nothing', async () => {
    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    const submit = (from: TeamsUser, data: Record<string, unknown>): TeamsActivity => {
      const act = personalMessage({ serviceUrl: connector.url, from });
      delete act.text;
      return { ...act, type: 'invoke', name: 'task/submit', value: { data, context: { theme: 'default' } } };
    };
    const before = connector.activities().length;
    const res = await postToBot(urlA, submit(SECOND_USER, { verb: 'notice.submit', draftId, ...VALID, childName: 'Overwritten', date: '2026-12-24' }));
    expect(res.status).toBe(200);
    const answer = (res.body as { task?: { type?: string; value?: string } }).task;
    expect(answer?.type).toBe('message');
    expect(answer?.value).toMatch(/could not find that notice/);
    expect(answer?.value).not.toMatch(/Thank you/);
    const chat = connector.activities().slice(before).map(readable).join(' ');
    for (const s of SENTINELS) expect(chat).not.toContain(s);
    expect((await draftOf(USER, draftId))?.input?.childName).toBe(CHILD);
    // The author's own submit from the window is still thanked.
    const own = await postToBot(urlA, submit(USER, { verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    expect((own.body as { task?: { value?: string } }).task?.value).toMatch(/^Thank you\. Your draft notice is in your chat/);
  });

  it('drafts are deleted after the retention period (30 days by default)', async () => {
    const { draftId } = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24' }));
    now = new Date('2027-01-22T10:00:00Z'); // 29 days: still there
    await a.escalation.reminders.runDue(now);
    expect(await draftOf(USER, draftId)).toBeDefined();
    now = new Date('2027-01-23T10:00:01Z'); // 30 days and a second
    const r = await a.escalation.reminders.runDue(now);
    expect(r.expiredDrafts).toBeGreaterThanOrEqual(1);
    expect(await draftOf(USER, draftId)).toBeUndefined();
    expect(await storage.listKeys(`reminders/2027-01-05/${draftId}`)).toEqual([]);
    const [reply] = await turn(press({ verb: 'notice.open', draftId }));
    expect(readable(reply)).toContain('I could not find that notice');
  });

  it('"forget me" deletes the user’s drafts and reminders at once, and only theirs', async () => {
    const mine = await startNotice('practice_manager');
    await turn(press({ verb: 'notice.submit', draftId: mine.draftId, ...VALID, date: '2026-12-24' }));
    const theirs = await startNotice('practice_manager', SECOND_USER);
    const [ask] = await say('forget me');
    // Listed first (this user has drafted several in this file), deleted only when confirmed.
    expect(readable(ask)).toMatch(/• \d+ escalation notices and \d+ reminders/);
    expect(await storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).not.toEqual([]);
    const [done] = await turn(press({ verb: 'forget.confirm' }));
    expect(done?.body.text).toMatch(/^Done\. I have deleted \d+ escalation notices and \d+ reminders/);
    expect(await storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([]);
    expect(await storage.listKeys(`reminders/2027-01-05/${mine.draftId}`)).toEqual([]);
    expect(await draftOf(SECOND_USER, theirs.draftId)).toBeDefined();
    const [reply] = await turn(press({ verb: 'notice.open', draftId: mine.draftId }));
    expect(readable(reply)).toContain('I could not find that notice');
  });

  it('never logs the child’s name, date of birth or the concern', () => {
    expect(logs.length).toBeGreaterThan(20);
    const all = logs.join('\n');
    for (const s of SENTINELS) expect(all).not.toContain(s);
    expect(all).toContain('escalation notice drafted');
  });
});
