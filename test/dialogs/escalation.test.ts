/**
 * The escalation notice dialog, turn by turn (DialogTestClient, memory storage, a clock
 * the test moves): the ladder from free text at each stage, the form, a complete notice,
 * a validation error that keeps the input, "Next stage" over Christmas, sharing (a stub
 * proactive sender), ownership, retention and forget me.
 */
import { type Activity, AutoSaveStateMiddleware, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import type { ProactiveSend } from '../../bot/escalation/reminders';
import { ESCALATION_NOTICE_DIALOG, EscalationNoticeDialog, NOTICE_ACTIONS } from '../../dialogs/escalation/escalationNoticeDialog';
import { MainDialog } from '../../dialogs/triage/mainDialog';
import { ScreeningDialog } from '../../dialogs/triage/screeningDialog';
import { draftsTestbed, lastCard, sayFrom, type DraftsReply } from '../helpers/dialogs';

const CHILD = 'Quillon Dovetree-Sentinel';
const DOB = '2016-07-09';
const CONCERN = 'SENTINEL-CONCERN-dlg left alone overnight';
const VALID = {
  childName: CHILD,
  childDob: DOB,
  concern: CONCERN,
  decision: 'SENTINEL-DECISION-dlg closed with no action',
  triedAtPractitionerLevel: 'SENTINEL-TRIED-dlg emailed the caseworker',
  completedByName: 'Robin Teacher',
  completedByRole: 'Head of pastoral care',
  completedByContact: 'robin@school.example',
  copiedTo: 'DSL',
};
const ALEX = { id: '29:alex', name: 'Alex Example', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };
const SAM = { id: '29:sam', name: 'Sam Sample', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002' };

interface Card {
  fallbackText: string;
  body: Record<string, unknown>[];
  actions?: { title: string; type: string; url?: string; data?: Record<string, unknown> }[];
}
type Reply = DraftsReply<Card>;

function newHarness(startAt: Date) {
  const { handle, conversationState, userState, drafts, logger, logs, services, setNow } = draftsTestbed(startAt);
  const posted: { conversationId: string | undefined; activity: Partial<Activity> }[] = [];
  const send: ProactiveSend = async (reference, activity) => {
    posted.push({ conversationId: reference.conversation?.id, activity });
  };
  const notice = new EscalationNoticeDialog(services, { drafts, logger, send, profile: async (ctx) => ({ name: ctx.activity.from.name }) });
  const dialog = new MainDialog(services, new ScreeningDialog(services), {
    dialogs: [notice],
    handlers: [{ actions: NOTICE_ACTIONS, handle: (step, value) => step.beginDialog(ESCALATION_NOTICE_DIALOG, { value }) }],
  });
  const middlewares: Middleware[] = [new AutoSaveStateMiddleware(userState)];
  const client = new DialogTestClient('msteams', dialog, undefined, middlewares, conversationState);

  const say = (input: string | Record<string, unknown>, from = ALEX): Promise<Reply[]> => sayFrom<Card>(client, input, from);
  return { say, drafts, handle, logs, posted, setNow };
}

const cardOf = (rs: Reply[]): Card => lastCard(rs);
const act = (c: Card, title: string | RegExp) => {
  const a = c.actions?.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  if (!a?.data) throw new Error(`no action ${String(title)}: ${JSON.stringify(c.actions?.map((x) => x.title))}`);
  return a.data;
};
const field = (c: Card, id: string) => c.body.find((e) => e.id === id) as Record<string, unknown>;

async function draftNotice(h: ReturnType<typeof newHarness>, stage: string, date: string, from = ALEX) {
  const form = cardOf(await h.say({ verb: 'notice.start', stage }, from));
  const draftId = String(act(form, 'Draft the notice').draftId);
  const notice = cardOf(await h.say({ verb: 'notice.submit', draftId, ...VALID, date }, from));
  return { draftId, form, notice };
}

describe('escalation notice dialog', () => {
  // A general disagreement starts at the practitioner (the guidance says try the practitioner or
  // caseworker first); a disagreement with the Bridge's decision goes to a Practice Manager at the
  // Bridge (Appendix 2, section 4, step 1). Each "did not resolve" moves one rung up.
  it.each([
    ['I disagree with the decision', 'practitioner', 'Resolve it with the practitioner', 'Stage 1: Resolve it with the practitioner', 'The practitioner or caseworker involved'],
    ['I disagree with the Bridge’s decision', 'practice_manager', 'Practice Manager at the Bridge', 'Stage 2: Practice Manager at the Bridge', 'A Practice Manager at the Bridge (worriedaboutachild@salford.gov.uk)'],
    ['The practitioner did not resolve it', 'practice_manager', 'Practice Manager at the Bridge', 'Stage 2: Practice Manager at the Bridge', 'A Practice Manager at the Bridge (worriedaboutachild@salford.gov.uk)'],
    ['the practice manager didn’t resolve it', 'service_manager', 'Service Manager', 'Stage 3: Service Manager', 'The Service Manager (worriedaboutachild@salford.gov.uk)'],
    ['the service manager didn’t resolve it', 'head_of_service', 'Head of Service', 'Stage 4: Head of Service', 'The Head of Service (worriedaboutachild@salford.gov.uk)'],
  ])('"%s" starts at %s, and the notice form opens at that stage', async (text, stage, title, formStage, addressee) => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const ladder = cardOf(await h.say(text));
    expect(ladder.fallbackText).toContain(`Your next step: ${title}`);
    expect(act(ladder, 'Draft escalation notice')).toEqual({ verb: 'notice.start', stage });
    const form = cardOf(await h.say(act(ladder, 'Draft escalation notice')));
    expect(JSON.stringify(form)).toContain(formStage);
    expect(JSON.stringify(form)).toContain(`It goes to: ${addressee}`);
    expect(field(form, 'completedByName').value).toBe('Alex Example');
    expect(field(form, 'date').value).toBe('2026-12-24');
  });

  it('a complete notice shows every field, the addressee, the due date and the return address', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const { notice } = await draftNotice(h, 'practice_manager', '2026-12-24');
    const json = JSON.stringify(notice);
    for (const s of [CHILD, '9 July 2016', CONCERN, 'SENTINEL-DECISION-dlg', 'SENTINEL-TRIED-dlg', 'Robin Teacher', 'Head of pastoral care', 'robin@school.example', 'DSL', 'Thursday 24 December 2026']) expect(json).toContain(s);
    expect(json).toContain('A response is due by Tuesday 5 January 2027 (5 working days).');
    expect(json).toContain('Send to: A Practice Manager at the Bridge (worriedaboutachild@salford.gov.uk)');
    expect(json).toContain('Sutherland House');
    expect(notice.actions?.find((a) => a.title === 'Email it')?.url).toMatch(/^mailto:worriedaboutachild@salford\.gov\.uk\?/);
  });

  it('a notice at the practitioner stage has no deadline, no email and offers the Practice Manager next', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const { notice } = await draftNotice(h, 'practitioner', '2026-12-24');
    expect(JSON.stringify(notice)).toContain('The guidance sets no response time at this stage.');
    expect(notice.actions?.map((a) => a.title)).not.toContain('Email it');
    expect(notice.actions?.map((a) => a.title)).toContain('Next stage: Practice Manager at the Bridge');
  });

  it('a validation error keeps every answer and puts the message under the field', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const form = cardOf(await h.say({ verb: 'notice.start', stage: 'practice_manager' }));
    const draftId = String(act(form, 'Draft the notice').draftId);
    const again = cardOf(await h.say({ verb: 'notice.submit', draftId, ...VALID, childDob: '2027-02-01', completedByRole: '', date: '2026-12-24' }));
    for (const [id, value] of Object.entries({ ...VALID, childDob: '2027-02-01', completedByRole: '' })) expect(field(again, id).value).toBe(value);
    const next = (id: string) => again.body[again.body.indexOf(field(again, id)) + 1];
    expect(next('childDob')).toMatchObject({ text: 'The date of birth cannot be in the future.', color: 'Attention' });
    expect(next('completedByRole')).toMatchObject({ text: 'Enter your role.', color: 'Attention' });
    expect(act(again, 'Draft the notice')).toEqual({ verb: 'notice.submit', draftId });
  });

  it('"Next stage" asks when and how; the due date counts from the day the user gave, over a bank holiday weekend; a stale click changes nothing', async () => {
    const h = newHarness(new Date('2026-12-17T10:00:00Z'));
    const { draftId, notice } = await draftNotice(h, 'practice_manager', '2026-12-17');
    expect(JSON.stringify(notice)).toContain('A response is due by Thursday 24 December 2026 (5 working days).');
    // Pressed on Tuesday 29 December, about a call to the Service Manager on Thursday 24 December.
    h.setNow(new Date('2026-12-29T16:00:00Z'));
    const next = act(notice, 'Next stage: Service Manager');
    const ask = cardOf(await h.say(next));
    expect(ask.fallbackText).toMatch(/^Next stage: Service Manager\. When did you raise it, and how\?/);
    expect(ask.actions?.map((a) => a.title)).toEqual(['Move to the next stage', 'Cancel']);
    // Nothing has moved yet; wrong answers say what to fix.
    expect((await h.drafts.get(ALEX.aadObjectId, draftId))?.stageId).toBe('practice_manager');
    const press = (extra: Record<string, unknown>) => h.say({ ...act(ask, 'Move to the next stage'), ...extra });
    expect(JSON.stringify(cardOf(await press({ date: '2026-12-30', how: 'call' })))).toContain('That date is in the future');
    expect(JSON.stringify(cardOf(await press({ date: '2026-12-16', how: 'call' })))).toContain('That is before the previous stage (Thursday 17 December 2026)');
    expect(JSON.stringify(cardOf(await press({ date: '2026-12-24' })))).toContain('Choose how you raised it');
    const moved = cardOf(await press({ date: '24/12/2026', how: 'call' }));
    const json = JSON.stringify(moved);
    expect(json).toContain('Stage 3: Service Manager');
    expect(json).toContain('At this stage: raised by phone call on Thursday 24 December 2026.');
    // From Thu 24 Dec, not from the 29th: Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 January 2027 (25, 28 Dec and 1 Jan are bank holidays).
    expect(json).toContain('A response is due by Tuesday 5 January 2027 (5 working days).');
    expect(json).toContain('2. Practice Manager at the Bridge: sent Thursday 17 December 2026, response due Thursday 24 December 2026');
    const stale = await h.say({ ...act(ask, 'Move to the next stage'), date: '2026-12-29', how: 'email' });
    expect(stale[0]?.text).toContain('already moved on to stage 3: Service Manager');
    // Head of Service, emailed on Monday 4 January 2027: Tue 5, Wed 6, Thu 7, Fri 8, Mon 11 January.
    h.setNow(new Date('2027-01-06T10:00:00Z'));
    const ask2 = cardOf(await h.say(act(moved, 'Next stage: Head of Service')));
    const top = cardOf(await h.say({ ...act(ask2, 'Move to the next stage'), date: '2027-01-04', how: 'email' }));
    expect(JSON.stringify(top)).toContain('A response is due by Monday 11 January 2027 (5 working days).');
    expect(JSON.stringify(top)).toContain('3. Service Manager: raised by phone call on Thursday 24 December 2026, response due Tuesday 5 January 2027');
    expect(top.actions?.some((a) => /^Next stage/.test(a.title))).toBe(false);
    const stored = await h.drafts.get(ALEX.aadObjectId, draftId);
    expect(stored?.history.map((x) => x.stageId)).toEqual(['practice_manager', 'service_manager']);
    expect(stored?.sentOn).toBe('2027-01-04');
    expect(stored?.dueOn).toBe('2027-01-11');
  });

  it('Cancel on the "when and how" card goes back to the notice, unchanged', async () => {
    const h = newHarness(new Date('2026-12-17T10:00:00Z'));
    const { notice } = await draftNotice(h, 'practice_manager', '2026-12-17');
    const ask = cardOf(await h.say(act(notice, 'Next stage: Service Manager')));
    const back = cardOf(await h.say(act(ask, 'Cancel')));
    expect(JSON.stringify(back)).toContain('Stage 2: Practice Manager at the Bridge');
  });

  it('sharing posts the redacted card only, through the proactive sender', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    await h.drafts.saveChannel({ tenantId: 'tenant-1', teamId: 'team-1', channelId: 'chan-1', teamName: 'Leads', channelName: 'General', conversation: { conversation: { id: 'chan-1', isGroup: true, conversationType: 'channel', name: '' } } });
    const { draftId } = await draftNotice(h, 'practice_manager', '2026-12-24');
    // The test adapter's activities carry no tenant: no channels are offered and a forged key is refused.
    const chooser = cardOf(await h.say({ verb: 'notice.share', draftId }));
    expect(JSON.stringify(chooser)).toContain('I am not in any team channel yet');
    const forged = await h.say({ verb: 'notice.shareTo', draftId, channel: 'channels/tenant-1/team-1/chan-1' });
    expect(forged.map((r) => r.all).join(' ')).toContain('I could not read that');
    expect(h.posted).toHaveLength(0);
  });

  it('only the author can open, edit, advance or share a draft (identity from the activity, not the card)', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const { draftId } = await draftNotice(h, 'practice_manager', '2026-12-24');
    for (const v of [
      { verb: 'notice.open', draftId },
      { verb: 'notice.edit', draftId },
      { verb: 'notice.next', draftId, fromStage: 'practice_manager' },
      { verb: 'notice.share', draftId },
      { verb: 'notice.submit', draftId, ...VALID, date: '2026-12-24', ownerId: ALEX.aadObjectId },
    ]) {
      const rs = await h.say(v, SAM);
      const all = rs.map((r) => r.all).join(' ');
      expect(all).toContain('I could not find that notice');
      expect(all).not.toContain(CHILD);
      expect(all).not.toContain('SENTINEL');
    }
    expect((await h.drafts.get(ALEX.aadObjectId, draftId))?.stageId).toBe('practice_manager');
    expect(JSON.stringify(cardOf(await h.say({ verb: 'notice.open', draftId })))).toContain(CHILD);
  });

  it('tampered data is refused: a bad draft id, an unknown stage', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    expect((await h.say({ verb: 'notice.open', draftId: '../../drafts/x' })).map((r) => r.all).join(' ')).toContain('I could not read that');
    expect((await h.say({ verb: 'notice.start', stage: 'chief_executive' })).map((r) => r.all).join(' ')).toContain('I could not read that');
  });

  it('drafts expire after the retention period', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const { draftId } = await draftNotice(h, 'practice_manager', '2026-12-24');
    h.setNow(new Date('2027-01-23T10:00:00Z')); // exactly 30 days after the last change
    const rs = await h.say({ verb: 'notice.open', draftId });
    expect(rs.map((r) => r.all).join(' ')).toContain('I could not find that notice');
    expect(await h.handle.listKeys('drafts/')).toEqual([]);
    expect(await h.handle.listKeys('reminders/')).toEqual([]);
  });

  it('"forget me" deletes the drafts at once', async () => {
    const h = newHarness(new Date('2026-12-24T10:00:00Z'));
    const { draftId } = await draftNotice(h, 'practice_manager', '2026-12-24');
    expect((await h.say('forget me')).map((r) => r.all).join(' ')).toContain('1 escalation notice and its reminder');
    // Nothing goes until the user confirms.
    expect(await h.handle.listKeys('drafts/')).toHaveLength(1);
    const done = (await h.say({ verb: 'forget.confirm' })).map((r) => r.all).join(' ');
    expect(done).toContain('I have deleted 1 escalation notice and its reminder');
    expect(await h.handle.listKeys('drafts/')).toEqual([]);
    expect(await h.handle.listKeys('reminders/')).toEqual([]);
    expect((await h.say({ verb: 'notice.open', draftId })).map((r) => r.all).join(' ')).toContain('I could not find that notice');
    expect(h.logs.join('')).not.toContain('SENTINEL');
    expect(h.logs.join('')).not.toContain(CHILD);
  });
});
