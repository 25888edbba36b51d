/**
 * The practitioner's role over HTTP (createApp, memory storage, fixed clock): asked once, under the
 * first answer in a personal chat; kept in user state; a school's first step is then their DSL;
 * "role" changes it; "forget me" forgets it; never asked in a group chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { startHarness } from '../helpers/app';
import { groupChatMessage, personalMessage, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { startConnector, type SentActivity, type StandInConnector, turnReplies } from '../helpers/connector';

const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');
const WORRY = 'I am worried about neglect, he is always hungry and his clothes are dirty';
const ROLE_QUESTION = 'What is your role?';

let n = 0;
const freshUser = (): TeamsUser => {
  n += 1;
  return { id: `29:role-user-${n}`, name: 'Role Example', aadObjectId: `00000000-0000-0000-0002-${String(n).padStart(12, '0')}` };
};
const cardJson = (rs: SentActivity[]): string => JSON.stringify(rs.map((r) => r.body.attachments?.[0]?.content ?? null));
const firstStep = (rs: SentActivity[]): string | undefined => /"text":"Do now: ([^"]+)"/.exec(cardJson(rs))?.[1];

describe('the role question', () => {
  let connector: StandInConnector;
  let app: App;
  let url: string;
  const turn = (a: TeamsActivity): Promise<SentActivity[]> => turnReplies(connector, url, a);
  const press = (from: TeamsUser, value: unknown): TeamsActivity => {
    const a = personalMessage({ serviceUrl: connector.url, from, value });
    delete a.text;
    return a;
  };

  beforeAll(async () => {
    connector = await startConnector();
    ({ app, messagesUrl: url } = await startHarness({ DEFAULT_AREA: 'salford' }, { clock: () => TUESDAY_10AM }));
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it('is asked once under the first answer, and the answer for a school puts the DSL first', async () => {
    const from = freshUser();
    const first = await turn(personalMessage({ serviceUrl: connector.url, from, text: WORRY }));
    expect(cardJson(first)).toContain(ROLE_QUESTION);
    expect(cardJson(first)).toContain('0161 603 4500');
    const before = firstStep(first);
    // Asked once: the second answer does not ask again.
    expect(cardJson(await turn(personalMessage({ serviceUrl: connector.url, from, text: WORRY })))).not.toContain(ROLE_QUESTION);

    const thanks = await turn(press(from, { verb: 'role.set', role: 'school' }));
    expect(thanks.map((r) => r.body.text).join(' ')).toContain('school or nursery staff');
    const after = await turn(personalMessage({ serviceUrl: connector.url, from, text: WORRY }));
    expect(firstStep(after)).toMatch(/designated safeguarding lead/);
    expect(firstStep(after)).not.toBe(before);
    expect(cardJson(after)).toContain('0161 603 4500');

    // "role" shows the question with the current role; a forged role is refused.
    expect(cardJson(await turn(personalMessage({ serviceUrl: connector.url, from, text: 'role' })))).toContain('Your role now: School or nursery staff.');
    expect(cardJson(await turn(press(from, { verb: 'role.set', role: 'headteacher' })))).toContain('I could not read that');

    // "forget me" lists the role first and, once "Delete all of this" is pressed, forgets it: the answer is the pack's order again, and the question comes back.
    expect(cardJson(await turn(personalMessage({ serviceUrl: connector.url, from, text: 'forget me' })))).toContain('the role you gave (School or nursery staff)');
    await turn(press(from, { verb: 'forget.confirm' }));
    const forgotten = await turn(personalMessage({ serviceUrl: connector.url, from, text: WORRY }));
    expect(firstStep(forgotten)).toBe(before);
    expect(cardJson(forgotten)).toContain(ROLE_QUESTION);
  });

  it('is never asked in a group chat', async () => {
    const rs = await turn(groupChatMessage({ serviceUrl: connector.url, from: freshUser(), text: WORRY }));
    expect(cardJson(rs)).not.toContain(ROLE_QUESTION);
  });
});
