/**
 * Strengths-based notes saved as drafts, at the HTTP depth: the whole app from createApp
 * (real CloudAdapter, restify on 127.0.0.1:0, anonymous, memory storage, a clock the test
 * moves, DRAFT_RETENTION_DAYS=7). Card presses arrive as Teams sends them (a message with
 * `value`, no text); the replies are caught by a stand-in Bot Connector; the pino output
 * is captured at debug level and searched for a sentinel typed into the note.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { draftKey } from '../../bot/escalation/drafts';
import { useBotOverHttp } from '../helpers/app';
import { channelMessage, personalMessage, SECOND_USER, USER, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { type SentActivity, turnReplies } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';

/** Stands in for a child's details typed into the note: it must reach no log and no channel. */
const SENTINEL = 'Wilfreda Sentinel-7K';
const NOTE = { workingWell: `${SENTINEL} attends breakfast club daily.`, worried: 'Marks on the neck seen on Monday.', next: 'DSL to phone the Bridge this morning.' };
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');

type Action = { type?: string; title?: string; data?: Record<string, unknown> };
type Card = { fallbackText?: string; actions?: Action[]; body?: unknown[] };
const cardOf = (a: SentActivity | undefined): Card | undefined => a?.body.attachments?.[0]?.content as Card | undefined;
const lastCard = (rs: SentActivity[]): Card | undefined => [...rs].reverse().map(cardOf).find((c) => c !== undefined);
const everything = (rs: SentActivity[]): string => rs.map((r) => JSON.stringify(r.body)).join('\n');
function action(c: Card | undefined, title: string): Record<string, unknown> {
  const found = c?.actions?.find((a) => a.title === title)?.data;
  if (!found) throw new Error(`no action ${title} on ${JSON.stringify(c?.actions?.map((a) => a.title))}`);
  return found;
}
/** Every Action.Submit on a card, body included (the list has an ActionSet per note). */
function submits(c: Card | undefined): Action[] {
  const out: Action[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Action & Record<string, unknown>;
      if (o.type === 'Action.Submit') out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(c);
  return out;
}

describe('strengths notes saved as drafts over HTTP (createApp, memory storage, moving clock)', () => {
  let now = TUESDAY_10AM;
  const logs: string[] = [];
  const bot = useBotOverHttp(
    { LOG_LEVEL: 'debug', DEFAULT_AREA: 'salford', DRAFT_RETENTION_DAYS: '7', RATE_LIMIT_PER_MINUTE: '10000', RATE_LIMIT_BURST: '1000' },
    { clock: () => now, reminderIntervalSeconds: 0, logLines: logs },
    { keepRecords: true },
  );
  failOnConsoleError();

  const turn = (activity: TeamsActivity): Promise<SentActivity[]> => turnReplies(bot.connector, bot.messagesUrl, activity);
  function press(value: unknown, from: TeamsUser = USER): TeamsActivity {
    const a = personalMessage({ serviceUrl: bot.connector.url, from, value });
    delete a.text;
    return a;
  }
  const say = (text: string, from: TeamsUser = USER) => turn(personalMessage({ serviceUrl: bot.connector.url, from, text }));

  /** "recording" → "Write a strengths note" → filled in → "Save as a draft"; returns the draft id. */
  async function saveNote(from: TeamsUser = USER, note: Record<string, string> = NOTE): Promise<{ draftId: string; saved: Card | undefined }> {
    const help = lastCard(await say('recording', from));
    const form = lastCard(await turn(press(action(help, 'Write a strengths note'), from)));
    const saved = lastCard(await turn(press({ ...action(form, 'Save as a draft'), ...note }, from)));
    return { draftId: String(action(saved, 'Edit')['draftId']), saved };
  }

  afterAll(() => {
    // Over the whole file (every save, edit, open, refusal, sweep and forget me): the note's text reached no log line.
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(SENTINEL);
    expect(logs.join('\n')).not.toContain('Marks on the neck');
  });

  it('save, list, open (card and plain text), edit and delete, as one practitioner', async () => {
    now = TUESDAY_10AM;
    const { draftId, saved } = await saveNote();
    expect(saved?.fallbackText).toContain('Saved as a draft.');
    // What was written is on the card; the fallback (and so the notification preview) has the headings only.
    expect(JSON.stringify(saved?.body)).toContain(NOTE.workingWell);
    expect(saved?.fallbackText).toContain('Strengths-based note (saved draft): What’s working well; What are you worried about?; What needs to happen.');
    expect(saved?.fallbackText).not.toContain(SENTINEL);
    expect(saved?.fallbackText).toContain('It is deleted on Tuesday 1 December 2026 (7 days after your last change), or at once if you type “forget me”.');
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([draftKey(USER.aadObjectId, draftId)]);

    const list = lastCard(await say('my notes'));
    expect(list?.fallbackText).toContain('You have 1 saved note. Saved Tuesday 24 November 2026 at 10:00');
    expect(submits(list).filter((a) => a.data?.['draftId'] === draftId).map((a) => a.title)).toEqual(['Open', 'Edit', 'Delete']);

    const opened = await turn(press({ verb: 'note.open', draftId }));
    expect(JSON.stringify(cardOf(opened[0])?.body)).toContain(NOTE.worried);
    expect(opened[1]?.body.text).toBe(
      `Your saved note, as plain text to copy into your records.\n\nWhat’s working well\n${NOTE.workingWell}\n\nWhat are you worried about?\n${NOTE.worried}\n\nWhat needs to happen\n${NOTE.next}`,
    );

    const form = lastCard(await turn(press({ verb: 'note.edit', draftId })));
    expect(JSON.stringify(form)).toContain(`"value":"${NOTE.workingWell}"`);
    const changed = lastCard(await turn(press({ ...action(form, 'Save changes'), ...NOTE, worried: 'No new marks today.' })));
    expect(changed?.fallbackText).toContain('Your changes are saved.');
    expect(JSON.stringify(changed?.body)).toContain('No new marks today.');
    expect((await bot.app.escalation.drafts.getNote(USER.aadObjectId, draftId))?.note.worried).toBe('No new marks today.');

    const deleted = await turn(press({ verb: 'note.delete', draftId }));
    expect(deleted[0]?.body.text).toContain('Deleted: I no longer hold that note.');
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([]);
    expect(lastCard(await say('my notes'))?.fallbackText).toContain('You have no saved notes.');
  });

  it('a second user cannot open, edit, save over or delete the first user’s note', async () => {
    now = TUESDAY_10AM;
    const { draftId } = await saveNote();
    for (const verb of ['note.open', 'note.text', 'note.edit', 'note.delete']) {
      const replies = await turn(press({ verb, draftId }, SECOND_USER));
      expect(lastCard(replies)?.fallbackText).toContain('I could not find that note');
      expect(everything(replies)).not.toContain(SENTINEL);
    }
    const over = await turn(press({ verb: 'note.save', draftId, workingWell: 'written by someone else' }, SECOND_USER));
    expect(lastCard(over)?.fallbackText).toContain('I could not find that note');
    expect(lastCard(await say('my notes', SECOND_USER))?.fallbackText).toContain('You have no saved notes.');
    expect((await bot.app.escalation.drafts.getNote(USER.aadObjectId, draftId))?.note).toEqual(NOTE);
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(SECOND_USER.aadObjectId)}/`)).toEqual([]);
    await turn(press({ verb: 'note.delete', draftId }));
  });

  it('owner checks: a note is never opened for an activity from outside Teams or without an Entra object id', async () => {
    now = TUESDAY_10AM;
    const { draftId } = await saveNote();
    const posing = { id: USER.aadObjectId, name: 'Someone else' }; // from.id = the author's object id, no aadObjectId
    expect(await turn({ ...press({ verb: 'note.open', draftId }), channelId: 'webchat', from: posing } as unknown as TeamsActivity)).toEqual([]);
    for (const verb of ['note.open', 'note.text', 'note.list']) {
      const replies = await turn({ ...press({ verb, draftId }), from: posing } as TeamsActivity);
      expect(everything(replies)).toContain('I could not read that');
      expect(everything(replies)).not.toContain(SENTINEL);
    }
    await turn(press({ verb: 'note.delete', draftId }));
  });

  it('never saved or shown in a team channel', async () => {
    now = TUESDAY_10AM;
    const { draftId } = await saveNote();
    for (const value of [{ verb: 'note.save', ...NOTE }, { verb: 'note.open', draftId }, { verb: 'note.list' }]) {
      const a = channelMessage({ serviceUrl: bot.connector.url, from: USER, value });
      delete a.text;
      const replies = await turn(a);
      expect(replies[0]?.body.text).toContain('only help with notes in a personal chat');
      expect(everything(replies)).not.toContain(SENTINEL);
    }
    // Nothing the bot sent anywhere but the personal chat carries the note.
    expect(everything(bot.connector.activities().filter((r) => String(r.body.conversation?.id ?? '').startsWith('19:')))).not.toContain(SENTINEL);
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([draftKey(USER.aadObjectId, draftId)]);
    await turn(press({ verb: 'note.delete', draftId }));
  });

  it('retention: kept until DRAFT_RETENTION_DAYS after the last change, then deleted by the app’s sweep', async () => {
    now = TUESDAY_10AM;
    const { draftId } = await saveNote();
    now = new Date('2026-12-01T09:59:00Z'); // a minute short of 7 days
    expect((await bot.app.escalation.reminders.runDue(now)).expiredDrafts).toBe(0);
    expect(lastCard(await say('my notes'))?.fallbackText).toContain('You have 1 saved note.');
    now = new Date('2026-12-01T10:00:00Z'); // 7 days after the last change
    expect((await bot.app.escalation.reminders.runDue(now)).expiredDrafts).toBe(1);
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([]);
    expect(lastCard(await turn(press({ verb: 'note.open', draftId })))?.fallbackText).toContain('I could not find that note');
  });

  it('"forget me" deletes the saved notes at once, and only that user’s', async () => {
    now = TUESDAY_10AM;
    const { draftId } = await saveNote();
    const { draftId: othersId } = await saveNote(SECOND_USER, { workingWell: 'the second user’s note', worried: '', next: '' });
    await say('forget me');
    const replies = await turn(press({ verb: 'forget.confirm' }));
    expect(replies[0]?.body.text).toContain('I have deleted 1 saved note');
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([]);
    expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(SECOND_USER.aadObjectId)}/`)).toEqual([draftKey(SECOND_USER.aadObjectId, othersId)]);
    expect(lastCard(await turn(press({ verb: 'note.open', draftId })))?.fallbackText).toContain('I could not find that note');
  });
});
