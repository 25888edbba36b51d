/**
 * Referral help at the HTTP depth: the whole app from createApp (real CloudAdapter,
 * restify on 127.0.0.1:0, anonymous, memory storage, fixed clock). Teams-shaped
 * activities go to /api/messages; the bot's replies are caught by a stand-in Bot
 * Connector. Card submits arrive as Teams sends them: a message with `value`, no text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { startHarness } from '../helpers/app';
import { freshUser as newUser, groupChatMessage, personalMessage, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { startConnector, type SentActivity, type StandInConnector, turnReplies } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';

const BRIDGE = '0161 603 4500';
const PF_OFFICER = '0161 779 7860';
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');
/** Stands in for a child's details typed into the strengths note: it must reach no log. */
const SENTINEL = 'Zoë Sentinel-9R';

type Card = { fallbackText?: string; actions?: { title?: string; data?: Record<string, unknown> }[] };
const cardOf = (a: SentActivity | undefined): Card | undefined => a?.body.attachments?.[0]?.content as Card | undefined;
const lastCard = (rs: SentActivity[]): Card | undefined => [...rs].reverse().map(cardOf).find((c) => c !== undefined);

const freshUser = (): TeamsUser => newUser('Referral Example');

describe('referral help over HTTP (createApp, memory storage, fixed clock)', () => {
  let connector: StandInConnector;
  let app: App;
  let url: string;
  const logs: string[] = [];
  failOnConsoleError();

  const turn = (activity: TeamsActivity): Promise<SentActivity[]> => turnReplies(connector, url, activity);

  /** An Action.Submit press as Teams sends it: a message with `value` and no text. */
  function submit(from: TeamsUser, value: unknown): TeamsActivity {
    const a = personalMessage({ serviceUrl: connector.url, from, value });
    delete a.text;
    return a;
  }

  beforeAll(async () => {
    connector = await startConnector();
    ({ app, messagesUrl: url } = await startHarness({ LOG_LEVEL: 'debug', DEFAULT_AREA: 'salford' }, { clock: () => TUESDAY_10AM, logLines: logs }));
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it("the result card's “Prepare my referral” gives the checklist with the Bridge's number and the portal", async () => {
    const from = freshUser();
    const result = lastCard(await turn(personalMessage({ serviceUrl: connector.url, from, text: 'She has bruises on her face and is frightened of dad' })));
    expect(result?.fallbackText).toContain('Refer to the Bridge now');
    const button = result?.actions?.find((a) => a.title === 'Prepare my referral');
    expect(button?.data).toEqual({ verb: 'referral.prepare', route: 'risk_support' });

    const replies = await turn(submit(from, button?.data));
    const checklist = lastCard(replies);
    expect(checklist?.fallbackText).toMatch(/^Prepare your referral\. For: Refer to the Bridge now\./);
    // The advice line is 0161 603 4555 (Getting More Help); 0161 603 4500 is for when help is needed quickly.
    expect(checklist?.fallbackText).toContain('For advice, phone the Bridge’s practitioner advice line on 0161 603 4555.');
    expect(checklist?.fallbackText).toContain(`Where help is needed quickly to reduce the risk of harm, you can also call the Bridge for advice on ${BRIDGE}.`);
    expect(checklist?.fallbackText).not.toContain(`For advice, phone the Bridge on ${BRIDGE}`);
    expect(checklist?.fallbackText).toContain('the online referral form (the Salford Children and Families Portal)');
    expect(checklist?.fallbackText).toContain('Referrals Outcome Form within one week');
    expect(checklist?.fallbackText).toContain('ask to be contacted before children’s services contact the family');
    expect(checklist?.actions?.map((a) => a.title)).toEqual(['Save my ticks', 'Recording help', 'After a referral']);
  });

  it('ticks come back through the card and are kept for the conversation', async () => {
    const from = freshUser();
    await turn(personalMessage({ serviceUrl: connector.url, from, text: 'prepare my referral' }));
    const saved = lastCard(await turn(submit(from, { verb: 'referral.tick', tick_reason: 'true', tick_submit: 'true', tick_next: 'false' })));
    expect(saved?.fallbackText).toContain('2 of 8 ticked.');
    expect(saved?.fallbackText).toContain('1. The reason for the referral, and the facts (ticked)');
    const again = lastCard(await turn(personalMessage({ serviceUrl: connector.url, from, text: 'referral checklist' })));
    expect(again?.fallbackText).toContain('2 of 8 ticked.');
  });

  it('the result card in a group chat does not offer referral preparation', async () => {
    const result = lastCard(await turn(groupChatMessage({ serviceUrl: connector.url, from: freshUser(), text: 'She has bruises on her face and is frightened of dad' })));
    expect(result?.actions?.some((a) => a.title === 'Prepare my referral')).toBe(false);
  });

  it('“can I share without consent?” gets the information-sharing answer from Salford’s guidance, the short answer first, and what to record', async () => {
    const card = lastCard(await turn(personalMessage({ serviceUrl: connector.url, from: freshUser(), text: 'can I share without consent?' })));
    expect(card?.fallbackText).toMatch(/^Sharing information\. The short answer: Yes, you can share information to keep a child safe/);
    expect(card?.fallbackText).not.toContain('Bury level');
    expect(card?.fallbackText).toContain('What to record about your decision');
    expect(card?.fallbackText).toContain(BRIDGE);
  });

  it('a sharing question that also tells of a worry: the sharing answer, with the worry\'s level and the Bridge first; a bare question has no level', async () => {
    const withWorry = await turn(personalMessage({ serviceUrl: connector.url, from: freshUser(), text: "do I need mum's consent to ring the Bridge? the 6yo says her boyfriend hits him with a belt" }));
    const card = lastCard(withWorry);
    expect(card?.fallbackText).toMatch(/^Sharing information\. Level of need: Getting Risk Support\. Child protection: the child may be suffering, or likely to suffer, significant harm\. The short answer: Yes, you can share/);
    const shown = JSON.stringify(cardOf(withWorry.at(-1)));
    expect(shown).toContain('Level of need: Getting Risk Support.');
    expect(shown).toContain(`tel:${BRIDGE.replace(/ /g, '')}`);
    // The worry's words stay in the user's own message: the card does not repeat them.
    expect(shown).not.toContain('belt');

    const bare = lastCard(await turn(personalMessage({ serviceUrl: connector.url, from: freshUser(), text: 'do I need consent to share information with the Bridge?' })));
    expect(bare?.fallbackText).toMatch(/^Sharing information\. The short answer: /);
    expect(JSON.stringify(bare)).not.toContain('Level of need');
  });

  it('private fostering: a friend’s parent for 28 days is private fostering, with the officer’s number and form', async () => {
    const from = freshUser();
    const send = (value: Record<string, unknown>) => turn(submit(from, value));
    const first = lastCard(await turn(personalMessage({ serviceUrl: connector.url, from, text: 'private fostering check' })));
    expect(first?.fallbackText).toMatch(/^Private fostering check, question 1 of 3/);
    await send({ verb: 'pf.answer', question: 'child', age: '13', disabled: 'no' });
    await send({ verb: 'pf.answer', question: 'carer', carer: 'friends_parent' });
    const result = lastCard(await send({ verb: 'pf.answer', question: 'days', days: '28' }));
    expect(result?.fallbackText).toContain('This is private fostering: the council must be told.');
    expect(result?.fallbackText).toContain(`Call the private fostering officer on ${PF_OFFICER}`);
    expect(result?.fallbackText).toContain('private fostering form');
  });

  it('disability check over HTTP names the Local Offer', async () => {
    const from = freshUser();
    await turn(personalMessage({ serviceUrl: connector.url, from, text: 'disability check' }));
    const card = lastCard(await turn(submit(from, { verb: 'cwd.answer', question: 'criteria', c0: 'yes', c1: 'yes', c2: 'no' })));
    expect(card?.fallbackText).toContain('Not every criterion is met');
    expect(card?.fallbackText).toContain('https://www.salford.gov.uk/mycity-directory');
  });

  it('the strengths note comes back as plain text and reaches no log', async () => {
    const from = freshUser();
    const replies = await turn(submit(from, { verb: 'note.copy', workingWell: `${SENTINEL} attends daily`, worried: 'bruise', next: 'call the Bridge' }));
    expect(replies[0]?.body.text).toContain(`What’s working well\n${SENTINEL} attends daily`);
    expect(logs.join('\n')).not.toContain(SENTINEL);
    expect(logs.join('\n')).not.toContain('attends daily');
  });
});
