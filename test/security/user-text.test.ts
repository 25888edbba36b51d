/**
 * The regular expressions that see what a user typed, on adversarial input as long as a
 * request body may be (BODY_LIMIT_BYTES, 256 KB): long runs of the characters a pattern
 * repeats, followed by one that makes it fail. Patterns such as `/[.!?]+$/` or
 * `/\s*[.!]?\s*$/` backtrack quadratically on those (about 20 s for 256 KB); the
 * replacements are linear, and these tests assert what they answer. Nothing here is timed:
 * the suite's 20-second test timeout is the only clock, and the linear versions take
 * milliseconds (test/security/user-text.bench.ts measures their cost per byte).
 */
import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { removeBotMentions } from '../../bot/edge/teamsBot';
import { CANCEL, HELP, START_AGAIN } from '../../dialogs/triage/interruptibleDialog';
import { choiceFromText, type Question } from '../../dialogs/triage/questions';

const BODY = 256 * 1024;

const question: Question = {
  id: 'harms',
  text: 'Has the child been harmed?',
  choices: [
    { title: 'Yes', value: 'yes' },
    { title: 'No', value: 'no' },
    { title: 'Not sure', value: 'not_sure' },
  ],
  multi: false,
};

describe('typed answers to a screening question (choiceFromText)', () => {
  it.each<[string, string, string | undefined]>([
    ['yes with trailing punctuation', 'Yes!?.', 'yes'],
    ['a run of dots then a letter', `${'.'.repeat(BODY)}x`, undefined],
    ['yes then a run of dots then a letter', `yes${'.'.repeat(BODY)}x`, undefined],
    ['yes then a body of trailing punctuation', `yes${'!?.'.repeat(BODY / 3)}`, 'yes'],
    ['only punctuation', '.'.repeat(BODY), undefined],
  ])('%s', (_name, text, answer) => {
    expect(choiceFromText(question, text)).toBe(answer);
  });
});

describe('cancel, help and start again', () => {
  it.each<[RegExp, string, boolean]>([
    [CANCEL, 'cancel', true],
    [CANCEL, '  Cancel . ', true],
    [CANCEL, 'stop!', true],
    [CANCEL, 'cancel the referral', false],
    [HELP, 'help', true],
    [HELP, '?', true],
    [HELP, 'help me with this', false],
    [START_AGAIN, 'start again!', true],
    [START_AGAIN, 'restart', true],
    [START_AGAIN, 'start again with a new child', false],
  ])('%s on %j → %s', (re, text, expected) => {
    expect(re.test(text)).toBe(expected);
  });

  it.each([
    ['spaces', ' '],
    ['U+00A0', '\u00a0'],
    ['dots', '.'],
    ['every Unicode space', '\t\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'],
  ])('a command followed by a body of %s and a letter is not the command', (_name, run) => {
    const filler = run.repeat(Math.ceil(BODY / run.length)).slice(0, BODY);
    for (const [re, word] of [[CANCEL, 'cancel'], [HELP, 'help'], [START_AGAIN, 'start again']] as const) {
      expect(re.test(`${word}${filler}x`)).toBe(false);
      expect(re.test(`${word}${filler}`)).toBe(run.trim() === '' || run === '.');
    }
  });
});

describe('@mentions removed from a message (removeBotMentions)', () => {
  const BOT = '28:bot';
  const contextOf = (text: string, entities: unknown[]): TurnContext =>
    ({ activity: { text, recipient: { id: BOT }, entities } }) as unknown as TurnContext;

  it('removes the bot’s mention, keeps the words, collapses whitespace', () => {
    const mention = { type: 'mention', text: '<at>Safeguarding Bot</at>', mentioned: { id: BOT } };
    const other = { type: 'mention', text: '<at>Sam</at>', mentioned: { id: '29:sam' } };
    expect(removeBotMentions(contextOf('<at>Safeguarding Bot</at>  ask <at>Sam</at>\u00a0\u00a0 now', [mention, other]))).toBe('ask <at>Sam</at> now');
  });

  it('finds the bot’s mention after other people’s', () => {
    const others = Array.from({ length: 20 }, (_, i) => ({ type: 'mention', text: `<at>P${i}</at>`, mentioned: { id: `29:p${i}` } }));
    const mention = { type: 'mention', text: '<at>Bot</at>', mentioned: { id: BOT } };
    expect(removeBotMentions(contextOf('<at>P0</at> and <at>Bot</at> help', [...others, mention]))).toBe('<at>P0</at> and help');
  });

  it('makes a bounded number of passes over the text, however many mention entities a message carries', () => {
    // Thousands of distinct "mentions of the bot", each of which used to cost a pass over the whole text.
    const entities = Array.from({ length: 5000 }, (_, i) => ({ type: 'mention', text: `<at>${i}</at>`, mentioned: { id: BOT } }));
    const text = `<at>0</at> hello ${'word '.repeat(20_000)}<at>4999</at>`;
    const seen = new Set<number>();
    const counted = entities.map((e, i) => ({
      ...e,
      get text() {
        seen.add(i);
        return e.text;
      },
    }));
    const result = removeBotMentions(contextOf(text, counted));
    expect(result.startsWith('hello word')).toBe(true);
    expect(seen.size).toBeLessThanOrEqual(16);
  });
});
