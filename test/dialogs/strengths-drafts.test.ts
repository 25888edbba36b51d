/**
 * Strengths-based notes saved as drafts, turn by turn (DialogTestClient, memory storage,
 * a clock the test moves): "Save as a draft" on the note in a personal chat, "my notes",
 * open (card and plain text), edit, delete; another user refused; not in a group chat;
 * retention and "forget me" through the escalation drafts' repository; the note's text in
 * no log. Also the repository: notices and notes never cross over.
 */
import { AutoSaveStateMiddleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { draftKey } from '../../bot/escalation/drafts';
import { ESCALATION_NOTICE_DIALOG, EscalationNoticeDialog, NOTICE_ACTIONS } from '../../dialogs/escalation/escalationNoticeDialog';
import { MainDialog } from '../../dialogs/triage/mainDialog';
import { createReferralHelp, type ReferralTicks } from '../../dialogs/referral/referralHelp';
import { ScreeningDialog } from '../../dialogs/triage/screeningDialog';
import { draftsTestbed, lastCard, sayFrom, type DraftsReply } from '../helpers/dialogs';

/** Stands in for a child's details typed into the note: it must reach no log. */
const SENTINEL = 'Ysolde Sentinel-4Q';
const NOTE = { workingWell: `${SENTINEL} is collected by gran daily.`, worried: 'Bruise on the arm seen on 3 November.', next: 'DSL to call the Bridge today.' };
const ALEX = { id: '29:alex', name: 'Alex Example', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };
const SAM = { id: '29:sam', name: 'Sam Sample', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002' };
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');

interface Card {
  fallbackText: string;
  speak?: string;
  body: Record<string, unknown>[];
  actions?: { title: string; type: string; data?: Record<string, unknown> }[];
}
type Reply = DraftsReply<Card>;

function newHarness(startAt: Date) {
  // As bot/app.ts: the escalation feature's forgetter deletes every draft of the user, notes included.
  const { handle, conversationState, userState, drafts, logger, logs, services, setNow } = draftsTestbed(startAt);
  const help = createReferralHelp(services, conversationState.createProperty<ReferralTicks>('referralTicks'), { drafts, logger });
  const notice = new EscalationNoticeDialog(services, { drafts, logger, send: async () => undefined, profile: async (ctx) => ({ name: ctx.activity.from.name }) });
  const dialog = new MainDialog(services, new ScreeningDialog(services), {
    dialogs: [notice, ...help.dialogs],
    handlers: [{ actions: NOTICE_ACTIONS, handle: (step, value) => step.beginDialog(ESCALATION_NOTICE_DIALOG, { value }) }, ...help.handlers],
  });
  const client = new DialogTestClient('msteams', dialog, undefined, [new AutoSaveStateMiddleware(userState)], conversationState);

  const say = (input: string | Record<string, unknown>, from = ALEX, conversationType: 'personal' | 'groupChat' = 'personal'): Promise<Reply[]> => sayFrom<Card>(client, input, from, conversationType);
  return { say, drafts, handle, logs, setNow };
}
type Harness = ReturnType<typeof newHarness>;

const cardOf = (rs: Reply[]): Card => lastCard(rs);
const act = (c: Card, title: string) => {
  const a = c.actions?.find((x) => x.title === title);
  if (!a?.data) throw new Error(`no action ${title}: ${JSON.stringify(c.actions?.map((x) => x.title))}`);
  return a.data;
};
const all = (rs: Reply[]) => rs.map((r) => r.all).join(' ');
/** Every Action.Submit anywhere on a card (the list card has an ActionSet per note). */
function submits(c: Card): { title: string; data: Record<string, unknown> }[] {
  const out: { title: string; data: Record<string, unknown> }[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o['type'] === 'Action.Submit') out.push({ title: String(o['title']), data: o['data'] as Record<string, unknown> });
      Object.values(o).forEach(walk);
    }
  };
  walk(c);
  return out;
}
/** Every Input.Text on a card, id → value. */
function inputs(c: Card): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o['type'] === 'Input.Text') out[String(o['id'])] = o['value'];
      Object.values(o).forEach(walk);
    }
  };
  walk(c.body);
  return out;
}

/** The form from "recording" → "Write a strengths note", filled in and saved. */
async function saveNote(h: Harness, note: Record<string, string> = NOTE, from = ALEX): Promise<{ draftId: string; saved: Card }> {
  const help = cardOf(await h.say('recording', from));
  const form = cardOf(await h.say(act(help, 'Write a strengths note'), from));
  const saved = cardOf(await h.say({ ...act(form, 'Save as a draft'), ...note }, from));
  return { draftId: String(act(saved, 'Edit')['draftId']), saved };
}

describe('saving the strengths note as a draft', () => {
  it('the note form offers “Save as a draft” in the personal chat, with what is kept and for how long', async () => {
    const h = newHarness(TUESDAY_10AM);
    const form = cardOf(await h.say({ verb: 'note.start' }));
    expect(form.actions?.map((a) => a.title)).toEqual(['Give me the text', 'Save as a draft']);
    expect(act(form, 'Save as a draft')).toEqual({ verb: 'note.save' });
    expect(inputs(form)).toEqual({ workingWell: '', worried: '', next: '' });
    expect(JSON.stringify(form)).not.toContain('${');
    expect(form.fallbackText).toContain('unless you press “Save as a draft”. Only you can open a saved draft. It is deleted 30 days after your last change, or at once if you type “forget me”.');
  });

  it('saves, lists, opens (card and plain text), edits and deletes; the owner comes from the activity', async () => {
    const h = newHarness(TUESDAY_10AM);
    const { draftId, saved } = await saveNote(h);
    expect(saved.fallbackText).toMatch(/^Saved as a draft\. Strengths-based note \(saved draft\): What’s working well; What are you worried about\?; What needs to happen\./);
    // What was written is on the card, never in its fallback (the notification preview).
    expect(JSON.stringify(saved.body)).toContain(NOTE.workingWell);
    expect(JSON.stringify(saved.body)).toContain('Bruise on the arm seen on 3 November.');
    expect(saved.fallbackText).not.toMatch(/Bruise on the arm|SENTINEL/i);
    // Cards carry no "speak" (Teams does not read it; decision 015), so it cannot carry the note either.
    expect(saved.speak).toBeUndefined();
    expect(saved.fallbackText).toContain('Saved Tuesday 24 November 2026 at 10:00. Only you can open this draft. It is deleted on Thursday 24 December 2026 (30 days after your last change)');
    expect(saved.actions?.map((a) => a.title)).toEqual(['Give me the text', 'Edit', 'Delete', 'My notes']);
    // Stored under Alex's own key, as a note.
    const stored = (await h.handle.storage.read([draftKey(ALEX.aadObjectId, draftId)]))[draftKey(ALEX.aadObjectId, draftId)];
    expect(stored).toMatchObject({ kind: 'strengthsNote', ownerId: ALEX.aadObjectId, note: NOTE });

    // "my notes": one entry with Open / Edit / Delete.
    const list = cardOf(await h.say('my notes'));
    expect(list.fallbackText).toContain('You have 1 saved note. Saved Tuesday 24 November 2026 at 10:00');
    expect(list.fallbackText).not.toContain(SENTINEL);
    expect(submits(list).filter((a) => a.data['draftId'] === draftId).map((a) => a.title)).toEqual(['Open', 'Edit', 'Delete']);

    // Open: the card and its plain-text copy.
    const opened = await h.say({ verb: 'note.open', draftId });
    expect(JSON.stringify(cardOf(opened).body)).toContain(NOTE.workingWell);
    expect(cardOf(opened).fallbackText).not.toContain(NOTE.workingWell);
    expect(opened.at(-1)?.text).toBe(
      `Your saved note, as plain text to copy into your records.\n\nWhat’s working well\n${NOTE.workingWell}\n\nWhat are you worried about?\n${NOTE.worried}\n\nWhat needs to happen\n${NOTE.next}`,
    );

    // Edit: the form comes back filled in, with "Save changes" for this draft.
    h.setNow(new Date('2026-11-25T15:30:00Z'));
    const form = cardOf(await h.say({ verb: 'note.edit', draftId }));
    expect(inputs(form)).toEqual(NOTE);
    expect(act(form, 'Save changes')).toEqual({ verb: 'note.save', draftId });
    const changed = cardOf(await h.say({ ...act(form, 'Save changes'), ...NOTE, next: 'Referral made to the Bridge.' }));
    expect(changed.fallbackText).toMatch(/^Your changes are saved\./);
    expect(JSON.stringify(changed.body)).toContain('Referral made to the Bridge.');
    // The clock restarts from the last change.
    expect(changed.fallbackText).toContain('Saved Wednesday 25 November 2026 at 15:30. Only you can open this draft. It is deleted on Friday 25 December 2026');
    expect(await h.handle.listKeys('drafts/')).toHaveLength(1);

    // Delete.
    expect(all(await h.say({ verb: 'note.delete', draftId }))).toContain('Deleted: I no longer hold that note.');
    expect(await h.handle.listKeys('drafts/')).toEqual([]);
    const empty = cardOf(await h.say('my notes'));
    expect(empty.fallbackText).toContain('You have no saved notes.');
    expect(submits(empty).map((a) => a.title)).toEqual(['Write a strengths note']);
    expect(JSON.stringify(empty)).not.toContain('${');
    expect(all(await h.say({ verb: 'note.open', draftId }))).toContain('I could not find that note');
    expect(h.logs.join('')).toContain('strengths note saved as a draft');
    expect(h.logs.join('')).not.toContain(SENTINEL);
    expect(h.logs.join('')).not.toContain('Bruise on the arm');
  });

  it('another user cannot open, copy, edit, save over or delete it, and does not see it in their list', async () => {
    const h = newHarness(TUESDAY_10AM);
    const { draftId } = await saveNote(h);
    for (const verb of ['note.open', 'note.text', 'note.edit', 'note.delete']) {
      const rs = await h.say({ verb, draftId }, SAM);
      expect(all(rs)).toContain('I could not find that note');
      expect(all(rs)).not.toContain(SENTINEL);
    }
    const over = await h.say({ verb: 'note.save', draftId, workingWell: 'overwritten by Sam', worried: '', next: '' }, SAM);
    expect(all(over)).toContain('I could not find that note');
    expect(cardOf(await h.say('my notes', SAM)).fallbackText).toContain('You have no saved notes.');
    // Alex's note is unchanged, and Sam's attempts wrote nothing under either key.
    expect((await h.drafts.getNote(ALEX.aadObjectId, draftId))?.note).toEqual(NOTE);
    expect(await h.handle.listKeys('drafts/')).toEqual([draftKey(ALEX.aadObjectId, draftId)]);
    // Card data cannot name the owner: a forged ownerId is ignored.
    const forged = await h.say({ verb: 'note.open', draftId, ownerId: ALEX.aadObjectId }, SAM);
    expect(all(forged)).not.toContain(SENTINEL);
  });

  it('is personal-chat only: nothing saved, listed or shown in a group chat', async () => {
    const h = newHarness(TUESDAY_10AM);
    const { draftId } = await saveNote(h);
    for (const value of [{ verb: 'note.save', ...NOTE }, { verb: 'note.list' }, { verb: 'note.open', draftId }, { verb: 'note.edit', draftId }, { verb: 'note.delete', draftId }]) {
      const rs = await h.say(value, ALEX, 'groupChat');
      expect(all(rs)).toContain('only help with notes in a personal chat');
      expect(all(rs)).not.toContain(SENTINEL);
    }
    expect(all(await h.say('my notes', ALEX, 'groupChat'))).toContain('only help with notes in a personal chat');
    expect(await h.handle.listKeys('drafts/')).toHaveLength(1);
  });

  it('refuses an empty note and tampered data without storing anything', async () => {
    const h = newHarness(TUESDAY_10AM);
    expect(all(await h.say({ verb: 'note.save', workingWell: '  ', worried: '', next: '' }))).toContain('There is nothing to save yet');
    expect(all(await h.say({ verb: 'note.open', draftId: '../../drafts/x' }))).toContain('I could not read that');
    expect(all(await h.say({ verb: 'note.save', workingWell: 'x'.repeat(4001) }))).toContain('I could not read that');
    expect(await h.handle.listKeys('drafts/')).toEqual([]);
  });

  it('a note and an escalation notice never cross: each verb only finds its own kind', async () => {
    const h = newHarness(TUESDAY_10AM);
    const { draftId: noteId } = await saveNote(h);
    const form = cardOf(await h.say({ verb: 'notice.start', stage: 'practice_manager' }));
    const noticeId = String(act(form, 'Draft the notice')['draftId']);
    expect(all(await h.say({ verb: 'notice.open', draftId: noteId }))).toContain('I could not find that notice');
    expect(all(await h.say({ verb: 'note.open', draftId: noticeId }))).toContain('I could not find that note');
    expect(all(await h.say({ verb: 'note.delete', draftId: noticeId }))).toContain('I could not find that note');
    const list = cardOf(await h.say('my notes'));
    expect(list.fallbackText).toContain('You have 1 saved note.');
    expect(submits(list).some((a) => a.data['draftId'] === noticeId)).toBe(false);
    expect(await h.drafts.get(ALEX.aadObjectId, noticeId)).toMatchObject({ kind: 'notice', stageId: 'practice_manager' });
  });

  it('is deleted after DRAFT_RETENTION_DAYS by the sweep, and treated as gone when read after that', async () => {
    const h = newHarness(TUESDAY_10AM);
    const { draftId } = await saveNote(h);
    const { draftId: other } = await saveNote(h, { workingWell: 'second', worried: '', next: '' });
    h.setNow(new Date('2026-12-24T09:59:00Z')); // a minute short of 30 days
    expect(await h.drafts.sweepExpired()).toBe(0);
    expect(cardOf(await h.say('my notes')).fallbackText).toContain('You have 2 saved notes.');
    h.setNow(new Date('2026-12-24T10:00:00Z')); // exactly 30 days after the last change
    expect(all(await h.say({ verb: 'note.open', draftId }))).toContain('I could not find that note');
    expect(await h.handle.listKeys('drafts/')).toEqual([draftKey(ALEX.aadObjectId, other)]);
    expect(await h.drafts.sweepExpired()).toBe(1);
    expect(await h.handle.listKeys('drafts/')).toEqual([]);
  });

  it('"forget me" deletes the saved notes at once, and only that user’s', async () => {
    const h = newHarness(TUESDAY_10AM);
    const { draftId } = await saveNote(h);
    const { draftId: samsId } = await saveNote(h, { workingWell: 'Sam’s note', worried: '', next: '' }, SAM);
    await h.say('forget me');
    await h.say({ verb: 'forget.confirm' });
    expect(await h.handle.listKeys('drafts/')).toEqual([draftKey(SAM.aadObjectId, samsId)]);
    expect(all(await h.say({ verb: 'note.open', draftId }))).toContain('I could not find that note');
    expect(cardOf(await h.say('my notes', SAM)).fallbackText).toContain('You have 1 saved note.');
    expect(h.logs.join('')).not.toContain(SENTINEL);
  });
});
