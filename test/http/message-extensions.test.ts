/**
 * Message extension invokes at HTTP depth: Teams-shaped composeExtension/query,
 * composeExtension/fetchTask and composeExtension/submitAction posted to
 * /api/messages of the real app (CloudAdapter, anonymous), answered in the HTTP
 * response; the summary post lands on the stand-in Bot Connector.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { describeHours } from '../../rules';
import { useBotOverHttp } from '../helpers/app';
import { CHANNEL_ID, TEAM_ID, personalMessage, type TeamsActivity } from '../helpers/activities';
import { postToBot } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';

/** Words that stand in for a child's details: they must reach no response, post or log. */
const SENTINEL = 'Zoë Sentinel-7Q';
const MESSAGE_HTML = `<p>Worried about ${SENTINEL} (DOB 01/02/2015): she told me her stepdad hits her.</p><p>She has unexplained bruises &amp; is reluctant to change for PE.</p>`;

/** Monday 23 November 2026, 10:00 in London: offices open. */
const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');

const BRIDGE = '0161 603 4500';
const FGC_PHONE = '0161 686 5264';
const FGC_EMAIL = 'fgc@salford.gov.uk';

interface Invoked {
  status: number;
  body: unknown;
  text: string;
  ms: number;
}

describe('message extensions over HTTP', () => {
  const logLines: string[] = [];
  const timings: Record<string, number[]> = {};
  const bot = useBotOverHttp({ LOG_LEVEL: 'debug' }, { clock: () => MONDAY_MORNING, logLines });
  failOnConsoleError();

  afterAll(() => {
    const report = Object.entries(timings).map(([name, ms]) => `${name}: max ${Math.max(...ms).toFixed(0)} ms over ${ms.length}`);
    console.info(`message extension invoke times: ${report.join('; ')}`);
  });

  async function invoke(activity: TeamsActivity): Promise<Invoked> {
    const started = performance.now();
    const res = await postToBot(bot.messagesUrl, activity);
    const ms = performance.now() - started;
    (timings[activity.name ?? activity.type] ??= []).push(ms);
    return { ...res, ms };
  }

  /** An invoke as Teams sends it for a message extension, from a personal chat unless `conversation` is given. */
  function meInvoke(name: string, value: unknown, conversation?: Partial<Pick<TeamsActivity, 'conversation' | 'channelData'>>): TeamsActivity {
    const base = personalMessage({ serviceUrl: bot.connector.url });
    return {
      ...base,
      ...conversation,
      channelData: { ...base.channelData, source: { name: 'compose' }, ...(conversation?.channelData ?? {}) },
      type: 'invoke',
      name,
      text: undefined,
      value,
    } as TeamsActivity;
  }

  function searchFor(query: string): unknown {
    return { commandId: 'findContact', parameters: [{ name: 'query', value: query }], queryOptions: { skip: 0, count: 25 } };
  }

  /** The message-action payload Teams sends: the selected message, with HTML body. */
  function messagePayload(html: string) {
    return {
      id: '1700000000999',
      replyToId: null,
      createdDateTime: '2026-11-23T09:58:00.000Z',
      messageType: 'message',
      importance: 'normal',
      locale: 'en-us',
      from: { user: { id: '8:orgid:aaaaaaaa-1111-2222-3333-444444444444', displayName: 'Jo Colleague', userIdentityType: 'aadUser' } },
      body: { contentType: 'html', content: html },
      attachments: [],
      mentions: [],
      reactions: [],
    };
  }

  const channel = (): Partial<Pick<TeamsActivity, 'conversation' | 'channelData'>> => ({
    conversation: { id: `${CHANNEL_ID};messageid=1700000000999`, conversationType: 'channel', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', isGroup: true },
    channelData: { tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, channel: { id: CHANNEL_ID }, team: { id: TEAM_ID }, source: { name: 'message' } },
  });

  type Attachment = { contentType: string; content: { body: unknown[]; actions?: { type: string; title: string; data?: Record<string, unknown> }[] }; preview?: { contentType: string; content: { title: string; text: string } } };

  describe('composeExtension/query: Find a contact', () => {
    it('lists the FGC card with its phone and email, to insert', async () => {
      const res = await invoke(meInvoke('composeExtension/query', searchFor('FGC')));
      expect(res.status).toBe(200);
      const ext = (res.body as { composeExtension: { type: string; attachmentLayout: string; attachments: Attachment[] } }).composeExtension;
      expect(ext.type).toBe('result');
      expect(ext.attachments.length).toBeGreaterThan(0);
      const first = ext.attachments[0] as Attachment;
      expect(first.preview?.content.title).toBe('Family Group Conferencing');
      expect(first.preview?.content.text).toContain(FGC_PHONE);
      expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = JSON.stringify(first.content);
      expect(card).toContain(FGC_PHONE);
      expect(card).toContain(FGC_EMAIL);
      // Inserted cards are read later: hours, never "Open now" frozen into the chat.
      expect(card).not.toContain('Open now');
      // The safety net travels with every card.
      expect(card).toContain('999');
      expect(card).toContain(BRIDGE);
    });

    it('finds the North Locality Team from "north locality", with its phone, address and opening hours from the pack', async () => {
      const { pack } = bot.app.engines.salford;
      const north = pack.contacts.find((c) => c.id === 'locality_north');
      expect(north?.phones[0]?.number).toMatch(/^0161/);
      const hours = north ? describeHours(pack, north) : undefined;
      expect(hours).toMatch(/Monday/);
      const res = await invoke(meInvoke('composeExtension/query', searchFor('north locality')));
      expect(res.status).toBe(200);
      const attachments = (res.body as { composeExtension: { attachments: Attachment[] } }).composeExtension.attachments;
      expect(attachments.map((a) => a.preview?.content.title)).toEqual(['North Locality Team']);
      const card = JSON.stringify(attachments[0]?.content);
      expect(card).toContain(north?.phones[0]?.number);
      expect(north?.address?.lines.length).toBeGreaterThan(0);
      for (const line of north?.address?.lines ?? []) expect(card).toContain(line);
      expect(card).toContain(`Hours: ${hours}`);
    });

    it('answers a search that names nothing with the main contacts: 999 and the Bridge first', async () => {
      const res = await invoke(meInvoke('composeExtension/query', searchFor('zzqx')));
      expect(res.status).toBe(200);
      const titles = (res.body as { composeExtension: { attachments: Attachment[] } }).composeExtension.attachments.map((a) => a.preview?.content.title);
      expect(titles).toContain('Police (emergency)');
      expect(titles).toContain('The Bridge Partnership');
    });

    it('answers the initial run (no query) with the main contacts too', async () => {
      const res = await invoke(meInvoke('composeExtension/query', { commandId: 'findContact', parameters: [{ name: 'initialRun', value: 'true' }] }));
      expect(res.status).toBe(200);
      expect(res.text).toContain(BRIDGE);
    });
  });

  describe('composeExtension/fetchTask and submitAction: Check next steps', () => {
    const fetchValue = (html: string) => ({ commandId: 'checkNextSteps', commandContext: 'message', context: { theme: 'default' }, messagePayload: messagePayload(html) });

    async function fetchCard(html: string, where = channel()): Promise<{ res: Invoked; card: Attachment['content'] }> {
      const res = await invoke(meInvoke('composeExtension/fetchTask', fetchValue(html), where));
      expect(res.status).toBe(200);
      const task = (res.body as { task: { type: string; value: { title: string; card: Attachment } } }).task;
      expect(task.type).toBe('continue');
      expect(task.value.card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      return { res, card: task.value.card.content };
    }

    it('shows the risk route for a message about bruises, privately, with the Bridge number and without the message words', async () => {
      const { res, card } = await fetchCard(MESSAGE_HTML);
      expect(res.text).toContain('Only you can see this');
      expect(res.text).toContain('Refer to the Bridge now');
      expect(res.text).toContain(BRIDGE);
      expect(res.text).not.toContain('Sentinel');
      expect(res.text).not.toContain('stepdad');
      expect(res.text).not.toContain('01/02/2015');
      const post = card.actions?.find((a) => a.title === 'Post a summary to this conversation');
      expect(post?.type).toBe('Action.Submit');
      // Only ids ride in the button: nothing of the message.
      expect(JSON.stringify(post?.data)).not.toMatch(/Sentinel|stepdad|bruise/i);
    });

    it('posts a summary with the route, level and contacts into the thread, and never the message text', async () => {
      const { card } = await fetchCard(MESSAGE_HTML);
      const data = card.actions?.find((a) => a.title === 'Post a summary to this conversation')?.data;
      const res = await invoke(meInvoke('composeExtension/submitAction', { ...fetchValue(MESSAGE_HTML), data }, channel()));
      expect(res.status).toBe(200);
      expect((res.body as { task: { type: string; value: string } }).task).toEqual({ type: 'message', value: expect.stringContaining('Summary posted') });

      const [posted] = await bot.connector.waitForActivities(1);
      expect(posted?.conversationId).toBe(`${CHANNEL_ID};messageid=1700000000999`);
      const text = JSON.stringify(posted?.body);
      expect(text).toContain('Refer to the Bridge now');
      expect(text).toContain('Level of need: Getting Risk Support');
      expect(text).toContain(BRIDGE);
      expect(text).not.toContain('Sentinel');
      expect(text).not.toContain('stepdad');
      expect(text).not.toContain('01/02/2015');
      expect(text).not.toMatch(/bruise/i);
    });

    it('routes a message about family group conferencing to FGC with its number', async () => {
      const { res } = await fetchCard('<div>the family want help bringing their wider family together to support the children</div>');
      expect(res.text).toContain('Family Group Conferencing');
      expect(res.text).toContain(FGC_PHONE);
    });

    it('gives 999 and the Bridge for an immediate danger message', async () => {
      const { res } = await fetchCard('<p>a child is home alone and I can&#39;t reach the parents</p>');
      expect(res.text).toContain('999');
      expect(res.text).toContain(BRIDGE);
    });

    it('says so when the selected message has no text, still with 999 and the Bridge', async () => {
      const { res } = await fetchCard('<img src="x.png" alt="">');
      expect(res.text).toContain('There is no text in that message to check');
      expect(res.text).toContain('999');
      expect(res.text).toContain(BRIDGE);
    });

    it('refuses submit data that names no route or contact in the pack, and posts nothing', async () => {
      const res = await invoke(
        meInvoke('composeExtension/submitAction', { ...fetchValue(MESSAGE_HTML), data: { verb: 'mx.postSummary', route: 'made_up', contacts: ['bridge'] } }, channel()),
      );
      expect(res.status).toBe(200);
      expect(res.text).toContain('I could not read that');
      expect(bot.connector.activities()).toHaveLength(0);
    });

    it('shows the summary to copy when the bot cannot post in the conversation', async () => {
      bot.connector.respondWith((r) => (r.method === 'POST' ? { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } } : undefined));
      const { card } = await fetchCard(MESSAGE_HTML);
      const data = card.actions?.find((a) => a.title === 'Post a summary to this conversation')?.data;
      const res = await invoke(meInvoke('composeExtension/submitAction', { ...fetchValue(MESSAGE_HTML), data }, channel()));
      expect(res.status).toBe(200);
      expect(res.text).toContain('I could not post in this conversation');
      expect(res.text).toContain(BRIDGE);
      expect(res.text).not.toContain('Sentinel');
    });
  });

  it('never logs the selected message', () => {
    expect(logLines.length).toBeGreaterThan(0);
    const all = logLines.join('\n');
    expect(all).not.toContain('Sentinel');
    expect(all).not.toContain('stepdad');
    expect(all).not.toContain('01/02/2015');
  });
});
