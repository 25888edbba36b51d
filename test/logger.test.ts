import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { activityLogFields, createLogger, errorSerializer, prettyDestination } from '../bot/edge/logger';
import { channelMessage, personalMessage, USER } from './helpers/activities';

const CHILD = 'Zoë Ó Súilleabháin 🌟';

function capture(): { lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('activityLogFields', () => {
  it('logs invoke names, types, channels and conversation types as sent only when known; others as a digest and length', () => {
    const crafted = `${CHILD} said {"level":60}`;
    const known = { ...personalMessage(), type: 'invoke', name: 'composeExtension/query' };
    expect(activityLogFields(known)).toMatchObject({ activityType: 'invoke', invokeName: 'composeExtension/query', channelId: 'msteams', conversationType: 'personal' });
    const odd = { ...personalMessage(), type: crafted, channelId: crafted, conversation: { id: 'a:1', conversationType: crafted } };
    const invoke = { ...personalMessage(), type: 'invoke', name: crafted };
    for (const fields of [activityLogFields(odd), activityLogFields(invoke)]) expect(JSON.stringify(fields)).not.toContain('Zoë');
    expect(activityLogFields(invoke)).toMatchObject({ invokeName: 'unknown', invokeNameSha256: expect.stringMatching(/^[0-9a-f]{16}$/), invokeNameLength: crafted.length });
    expect(activityLogFields(odd)).toMatchObject({ activityType: 'unknown', channelId: 'unknown', conversationType: 'unknown' });
  });

  it('keeps ids and types only', () => {
    const activity = channelMessage({ text: `worried about ${CHILD}` });
    const fields = activityLogFields(activity);
    expect(fields).toEqual({
      activityId: activity.id,
      activityType: 'message',
      channelId: 'msteams',
      conversationId: activity.conversation.id,
      conversationType: 'channel',
      tenantId: activity.conversation.tenantId,
    });
    expect(JSON.stringify(fields)).not.toContain('Zoë');
    expect(JSON.stringify(fields)).not.toContain(USER.name);
  });

  it('falls back to channelData.tenant.id', () => {
    const activity = personalMessage();
    const { tenantId: _omit, ...conversation } = activity.conversation;
    expect(activityLogFields({ ...activity, conversation }).tenantId).toBe(activity.channelData.tenant.id);
  });

  it('handles undefined', () => {
    expect(activityLogFields(undefined)).toEqual({});
  });
});

describe('createLogger', () => {
  it('reduces an activity to ids and redacts personal keys at any of the first levels', () => {
    const { stream, lines } = capture();
    const logger = createLogger({ logLevel: 'info', nodeEnv: 'test' }, stream);
    logger.info({ activity: personalMessage({ text: CHILD }) }, 'activity');
    logger.info(
      {
        text: CHILD,
        draft: { childName: CHILD, childDob: '2015-01-02', concern: 'hit', from: { name: USER.name, id: '29:x' } },
        turn: { state: { value: { childName: CHILD } } },
        config: { microsoftAppPassword: 'hunter2' },
      },
      'nested',
    );
    const out = JSON.stringify(lines());
    expect(out).not.toContain('Zoë');
    expect(out).not.toContain('2015-01-02');
    expect(out).not.toContain(USER.name);
    expect(out).not.toContain('hunter2');
    expect(out).toContain('29:x'); // ids survive
    expect(lines()[1]).toMatchObject({ text: '[redacted]', draft: { childName: '[redacted]', from: { name: '[redacted]' } } });
  });

  it('withholds the message of errors that quote input (JSON.parse)', () => {
    let parseError: unknown;
    try {
      JSON.parse(`{"childName":"${CHILD}"`);
    } catch (err) {
      parseError = err;
    }
    const serialized = errorSerializer(parseError);
    expect(serialized.type).toBe('SyntaxError');
    expect(JSON.stringify(serialized)).not.toContain('Zoë');
  });

  it('keeps code and message of ordinary errors', () => {
    const err = Object.assign(new Error('Storage: error writing "k" due to eTag conflict.'), { code: 'ETAG_CONFLICT' });
    expect(errorSerializer(err)).toMatchObject({ type: 'Error', code: 'ETAG_CONFLICT', message: err.message });
  });
});

describe('prettyDestination (npm start at a terminal)', () => {
  function sink(): { stream: Writable; text: () => string } {
    const chunks: string[] = [];
    return { stream: new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c.toString('utf8')), cb()) }), text: () => chunks.join('') };
  }

  it('gives readable lines in development at a terminal, with the same redaction', () => {
    const out = sink();
    const destination = prettyDestination({ nodeEnv: 'development' }, { isTTY: true }, out.stream);
    expect(destination).toBeDefined();
    const logger = createLogger({ logLevel: 'info', nodeEnv: 'development' }, destination);
    logger.info({ activity: personalMessage({ text: `worried about ${CHILD}` }), childName: CHILD }, 'message received');
    const text = out.text();
    expect(text).toContain('INFO');
    expect(text).toContain('message received');
    expect(() => JSON.parse(text.trim())).toThrow(); // not a JSON line
    expect(text).not.toContain('Zoë');
    expect(text).toContain('[redacted]');
  });

  it('stays JSON in production, in tests, and when the output is a pipe or a file', () => {
    for (const [nodeEnv, isTTY] of [['production', true], ['test', true], ['development', false], ['development', undefined]] as const) {
      expect(prettyDestination({ nodeEnv }, { ...(isTTY === undefined ? {} : { isTTY }) }), `${nodeEnv} ${String(isTTY)}`).toBeUndefined();
    }
  });
});
