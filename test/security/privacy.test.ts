/**
 * Privacy, end to end: a whole escalation notice driven through the real app with a
 * sentinel child name, date of birth and concern text (and a free-text message carrying
 * them), with faults injected on the way (a connector failure, malformed and oversized
 * bodies carrying the sentinels). None of them may appear in any log line (at trace
 * level), console output, HTTP error body, /metrics or team channel message.
 * Then "forget me" must leave nothing about the user in storage.
 */
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  CHANNEL_ID,
  TENANT_ID,
  USER,
  channelMessage,
  botAddedToTeam,
  personalMessage,
  type TeamsActivity,
} from '../helpers/activities';
import { registerChildSentinels } from '../helpers/cardAudit';
import { postToBot, startConnector, type SentActivity, type StandInConnector, exchange } from '../helpers/connector';
import { postRaw, startHarness, type Harness } from './harness';

const CHILD = 'Privella Zanthorpe';
const DOB = '2016-07-09';
const CONCERN = 'PRIVSENTINEL-CONCERN burns on her hands';
const SENTINELS = [CHILD, 'Privella', 'Zanthorpe', DOB, '9 July 2016', '09/07/2016', 'PRIVSENTINEL'];
registerChildSentinels(...SENTINELS);
const TODAY = new Date('2026-03-02T10:00:00Z'); // a Monday

const FORM = {
  childName: CHILD,
  childDob: DOB,
  concern: CONCERN,
  decision: 'PRIVSENTINEL-DECISION closed without a visit',
  triedAtPractitionerLevel: 'PRIVSENTINEL-TRIED phoned twice',
  completedByName: 'Alex Example',
  completedByRole: 'Teacher',
  completedByContact: 'alex.example@school.example',
  copiedTo: 'Our DSL',
  date: '2026-03-02',
};

type Card = { actions?: { title: string; data?: Record<string, unknown> }[]; body?: { id?: string; choices?: { value: string }[] }[] };
const cardOf = (a: SentActivity | undefined): Card => (a?.body.attachments?.[0]?.content ?? {}) as Card;
const actionData = (a: SentActivity | undefined, title: RegExp): Record<string, unknown> =>
  cardOf(a).actions?.find((x) => title.test(x.title))?.data ?? {};

function leaks(text: string): string[] {
  return SENTINELS.filter((s) => text.includes(s));
}

describe('no personal data in logs, errors, metrics or channels; forget me', () => {
  let connector: StandInConnector;
  let h: Harness;
  const errorBodies: string[] = [];
  const consoleSpies: MockInstance[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      consoleSpies.push(vi.spyOn(console, method).mockImplementation(() => undefined));
    }
    connector = await startConnector();
    h = await startHarness({ LOG_LEVEL: 'trace', RATE_LIMIT_BURST: '1000', RATE_LIMIT_PER_MINUTE: '10000', BODY_LIMIT_BYTES: '16384' }, { clock: () => TODAY });
    // Team membership (for sharing) and the Teams profile (pre-fills the form).
    connector.respondWith((r) =>
      r.method === 'GET' && r.path.includes('/members/')
        ? { status: 200, body: { id: USER.id, name: USER.name, aadObjectId: USER.aadObjectId, email: 'alex.example@school.example' } }
        : undefined,
    );
  });

  afterAll(async () => {
    await h.close();
    await connector.close();
    for (const spy of consoleSpies) spy.mockRestore();
  });

  async function turn(activity: TeamsActivity): Promise<SentActivity[]> {
    const { replies, status, text } = await exchange(connector, h.messagesUrl, activity);
    if (status >= 400) errorBodies.push(text);
    return replies;
  }
  const press = (value: Record<string, unknown>): TeamsActivity => {
    const a = personalMessage({ serviceUrl: connector.url, value });
    delete a.text;
    return a;
  };

  it('drives a whole notice with the sentinels, with faults on the way', async () => {
    // The bot is in a team channel (so the notice can be shared there).
    await turn(botAddedToTeam({ serviceUrl: connector.url, teamName: 'Leads', channelName: 'Escalations' }));

    // Free text with the sentinels, in a personal chat and @mentioning the bot in the channel.
    await turn(personalMessage({ serviceUrl: connector.url, text: `${CHILD} (born ${DOB}) told me: ${CONCERN}` }));
    await turn(channelMessage({ serviceUrl: connector.url, text: `<at>Safeguarding Bot</at> ${CHILD} said ${CONCERN}` }));

    // The notice: start, a submission that fails validation, edit, a valid submission.
    const [form] = await turn(press({ verb: 'notice.start', stage: 'practice_manager' }));
    const draftId = String(actionData(form, /Draft the notice/).draftId ?? '');
    expect(draftId).toMatch(/^[0-9a-f-]{36}$/);
    await turn(press({ verb: 'notice.submit', draftId, ...FORM, childDob: '31/02/2016' }));
    await turn(press({ verb: 'notice.edit', draftId }));
    const [notice] = await turn(press({ verb: 'notice.submit', draftId, ...FORM }));
    expect(JSON.stringify(notice?.body)).toContain(CHILD); // the user's own copy, in their personal chat

    // Share to the channel (redacted), then move to the next stage while the connector fails once.
    const [chooser] = await turn(press({ verb: 'notice.share', draftId }));
    const channel = cardOf(chooser).body?.find((e) => e.id === 'channel')?.choices?.[0]?.value;
    expect(channel).toBeDefined();
    await turn(press({ verb: 'notice.shareTo', draftId, channel }));
    let failed = false;
    const members = connector.requests.length; // keep the members route answering
    connector.respondWith((r) => {
      if (r.method === 'GET' && r.path.includes('/members/')) return { status: 200, body: { id: USER.id, name: USER.name, aadObjectId: USER.aadObjectId } };
      if (!failed && r.method === 'POST' && connector.requests.length > members) {
        failed = true;
        return { status: 500, body: { error: { code: 'ServiceError', message: 'injected' } } };
      }
      return undefined;
    });
    await turn(press({ ...actionData(notice, /Next stage/), draftId }));
    expect(failed).toBe(true);

    // Malformed and oversized bodies carrying the sentinels.
    const bad1 = await postRaw(h.messagesUrl, `{"type":"message","text":"${CHILD} ${CONCERN}`);
    const bad2 = await postRaw(h.messagesUrl, JSON.stringify({ type: 'message', text: `${CHILD} ${'x'.repeat(20_000)}` }));
    const bad3 = await postRaw(h.messagesUrl, JSON.stringify({ type: 'message', text: CHILD, from: CHILD }));
    expect([bad1.status, bad2.status, bad3.status]).toEqual([400, 413, 400]);
    errorBodies.push(bad1.text, bad2.text, bad3.text);
  });

  it('a crafted invoke name, search commandId, activity type, channel or conversation type is never logged as sent', async () => {
    const crafted = `${CHILD} PRIVSENTINEL-LOG\n{"level":60,"msg":"forged"}`;
    const invoke = (name: string, value: unknown): TeamsActivity => ({ ...personalMessage({ serviceUrl: connector.url }), type: 'invoke', name, value, text: undefined });
    const activities: TeamsActivity[] = [
      invoke(crafted, {}),
      invoke('composeExtension/query', { commandId: crafted, parameters: [{ name: 'searchKeyword', value: 'bridge' }] }),
      invoke('composeExtension/fetchTask', { commandId: crafted }),
      { ...personalMessage({ serviceUrl: connector.url }), type: crafted },
      { ...personalMessage({ serviceUrl: connector.url }), channelId: crafted } as unknown as TeamsActivity,
      { ...personalMessage({ serviceUrl: connector.url }), conversation: { id: 'a:crafted', conversationType: crafted, tenantId: TENANT_ID } } as unknown as TeamsActivity,
    ];
    const before = h.logLines.length;
    for (const a of activities) expect((await postToBot(h.messagesUrl, a)).status).toBeLessThan(500);
    const lines = h.logLines.slice(before);
    expect(lines.length).toBeGreaterThanOrEqual(activities.length);
    expect(lines.filter((l) => l.includes('PRIVSENTINEL-LOG') || l.includes('forged'))).toEqual([]);
    // What is logged instead: that the value was not a known one, with a digest and length to correlate.
    expect(lines.some((l) => /"invokeName":"unknown","invokeNameSha256":"[0-9a-f]{16}","invokeNameLength":\d+/.test(l))).toBe(true);
    expect(lines.some((l) => /"commandId":"unknown","commandIdSha256":"[0-9a-f]{16}"/.test(l))).toBe(true);
  });

  it('no sentinel in any log line (trace level), and no transcript', () => {
    expect(h.logLines.length).toBeGreaterThan(15); // one or more per request
    const found = h.logLines.filter((l) => leaks(l).length > 0);
    expect(found).toEqual([]);
    expect(h.logLines.some((l) => l.includes('told me'))).toBe(false);
  });

  it('no sentinel in console output, HTTP error bodies or /metrics', async () => {
    const printed = consoleSpies.flatMap((s) => s.mock.calls.map((c) => c.map((x) => (x instanceof Error ? `${x.message} ${x.stack ?? ''}` : String(x))).join(' ')));
    expect(printed.filter((p) => leaks(p).length > 0)).toEqual([]);
    expect(errorBodies.length).toBeGreaterThanOrEqual(3);
    expect(errorBodies.filter((b) => leaks(b).length > 0)).toEqual([]);
    const metrics = await fetch(`${h.url}/metrics`);
    const text = await metrics.text();
    expect(leaks(text)).toEqual([]);
  });

  it('no sentinel in any team channel message', () => {
    const channelPosts = connector.activities().filter((a) => a.conversationId === CHANNEL_ID || a.body.conversation?.id === CHANNEL_ID);
    expect(channelPosts.length).toBeGreaterThan(0);
    expect(channelPosts.filter((p) => leaks(JSON.stringify(p.body)).length > 0)).toEqual([]);
  });

  it('"forget me" deletes everything held about the user', async () => {
    const storage = h.app.storage;
    const before = await storage.listKeys('');
    const about = async (): Promise<string[]> => {
      const keys = await storage.listKeys('');
      const items = await storage.storage.read(keys);
      return keys.filter((k) => {
        const text = `${k} ${JSON.stringify(items[k] ?? {})}`;
        return leaks(text).length > 0 || text.includes(USER.aadObjectId) || text.includes(USER.id) || text.includes(encodeURIComponent(USER.id));
      });
    };
    expect((await about()).length).toBeGreaterThan(0);
    await turn(personalMessage({ serviceUrl: connector.url, text: 'forget me' }));
    const confirm = personalMessage({ serviceUrl: connector.url, value: { verb: 'forget.confirm' } });
    delete confirm.text;
    const [reply] = await turn(confirm);
    expect(reply?.body.text).toMatch(/^Done\. I have deleted /);
    expect(await about()).toEqual([]);
    expect(before.length).toBeGreaterThan(0);
  });
});
