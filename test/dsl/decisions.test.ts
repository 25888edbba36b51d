import { afterEach, describe, expect, it } from 'vitest';
import { createStorage } from '../../bot/storage';
import { decisionsCsv, feedbackCsv, type DecisionLog, type NewDecision, sanitise, SqliteDecisionLog, StorageDecisionLog, summariseFeedback } from '../../bot/insights/decisions';

const ORG = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER = '11111111-86f1-41af-91ab-2d7cd011db47';

/** Things that must never reach the record: a name, a date of birth, a sentence typed by a user. */
const SENTINELS = ['Zoë Ó Súilleabháin', '14/03/2016', 'she told me she is scared at home'];

function rec(at: string, over: Partial<NewDecision> = {}): NewDecision {
  return {
    at: new Date(at),
    org: ORG,
    area: 'salford',
    packId: 'salford',
    packVersion: '1.2.0',
    source: 'screening',
    asked: ['immediateDanger', 'homeAlone', 'harms'],
    answers: ['immediateDanger=no', 'homeAlone=not_sure', 'indicators=neglect,domestic_abuse'],
    indicators: ['neglect', 'domestic_abuse'],
    level: 'level3',
    route: 'refer_bridge',
    ...over,
  };
}

const logs: Record<string, () => DecisionLog> = {
  'key per record (memory storage)': () => new StorageDecisionLog(createStorage({ storage: 'memory', dataDir: '', blobConnectionString: undefined, blobContainer: undefined })),
  'sqlite table': () => new SqliteDecisionLog(':memory:'),
};

/** The tests once per kind of log, each with a fresh log (`open()`) closed after it. */
function eachLog(title: string, tests: (open: () => DecisionLog) => void): void {
  describe.each(Object.entries(logs))(`${title}: %s`, (_name, make) => {
    let log: DecisionLog | undefined;
    afterEach(async () => {
      await log?.close();
    });
    tests(() => (log = make()));
  });
}

eachLog('decision record', (open) => {

  it('lists one organisation’s records from a date, oldest first, and purges by age', async () => {
    const log = open();
    await log.append(rec('2026-11-20T10:00:00Z'));
    await log.append(rec('2026-10-01T09:00:00Z', { route: 'early_help', level: 'level2' }));
    await log.append(rec('2026-11-21T08:00:00Z', { org: OTHER }));
    const mine = await log.list(ORG, new Date('2026-09-01T00:00:00Z'));
    expect(mine.map((r) => r.route)).toEqual(['early_help', 'refer_bridge']);
    expect(await log.list(ORG, new Date('2026-11-01T00:00:00Z'))).toHaveLength(1);
    expect(await log.purge(new Date('2026-11-01T00:00:00Z'))).toBe(1);
    expect((await log.list(ORG, new Date('2026-01-01T00:00:00Z'))).map((r) => r.route)).toEqual(['refer_bridge']);
    expect(await log.list(OTHER, new Date('2026-01-01T00:00:00Z'))).toHaveLength(1);
  });

  it('keeps ids only: free text, names and dates of birth put in any field come out redacted (sentinel)', async () => {
    const log = open();
    await log.append(rec('2026-11-20T10:00:00Z', {
      asked: ['harms', SENTINELS[2] as string],
      answers: [`locality=${SENTINELS[0]}`, `dob=${SENTINELS[1]}`, 'familyKnows=yes'],
      indicators: ['neglect', SENTINELS[1] as string],
      route: SENTINELS[0] as string,
      level: SENTINELS[2] as string,
    }));
    const csv = decisionsCsv(await log.list(ORG, new Date('2026-01-01T00:00:00Z')));
    for (const s of SENTINELS) expect(csv).not.toContain(s);
    for (const word of ['Zo', 'scared', '2016']) expect(csv).not.toContain(word);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('time,area,pack,pack_version,source,asked,answers,indicators,level,route,stage');
    expect(row).toBe('2026-11-20T10:00:00.000Z,salford,salford,1.2.0,screening,harms;redacted,redacted;redacted;familyKnows=yes,neglect;redacted,redacted,redacted,');
  });
});

describe('decision CSV', () => {
  it('writes one row per record with ids joined by semicolons, and quotes cells with commas', () => {
    const r = sanitise(rec('2026-11-20T10:00:00Z'), 'x');
    const csv = decisionsCsv([r]);
    expect(csv.split('\r\n')[1]).toBe(
      '2026-11-20T10:00:00.000Z,salford,salford,1.2.0,screening,immediateDanger;homeAlone;harms,"immediateDanger=no;homeAlone=not_sure;indicators=neglect,domestic_abuse",neglect;domestic_abuse,level3,refer_bridge,',
    );
  });
});

/** A press of "Was this the right answer?": the route given, the route chosen (or 'yes'). */
function feedback(at: string, given: string, chosen: string, over: Partial<NewDecision> = {}): NewDecision {
  return rec(at, { source: 'feedback', asked: [], answers: [], indicators: [], level: 'none', route: given, chosen, ...over });
}

eachLog('feedback in the decision record', (open) => {

  it('keeps the route given and chosen as ids (a sentence put in "chosen" comes out redacted), purged with the rest', async () => {
    const log = open();
    await log.append(feedback('2026-11-20T10:00:00Z', 'early_help', 'risk_support'));
    await log.append(feedback('2026-11-20T11:00:00Z', 'advice', SENTINELS[2] as string));
    const kept = await log.list(ORG, new Date('2026-11-01T00:00:00Z'));
    expect(kept.map((r) => [r.source, r.route, r.chosen])).toEqual([
      ['feedback', 'early_help', 'risk_support'],
      ['feedback', 'advice', 'redacted'],
    ]);
    expect(JSON.stringify(kept)).not.toContain('scared');
    expect(await log.purge(new Date('2026-12-01T00:00:00Z'))).toBe(2);
  });
});

describe('feedback counts', () => {
  const records = [
    sanitise(rec('2026-11-20T09:12:00Z'), 'a'),
    sanitise(feedback('2026-11-20T10:00:00Z', 'early_help', 'risk_support'), 'b'),
    sanitise(feedback('2026-11-20T11:00:00Z', 'early_help', 'risk_support'), 'c'),
    sanitise(feedback('2026-11-20T11:00:00Z', 'early_help', 'yes'), 'd'),
    sanitise(feedback('2026-11-21T08:00:00Z', 'unsure', 'lado', { packVersion: '1.1.0' }), 'e'),
    sanitise(feedback('2026-11-21T08:00:00Z', 'advice', 'yes'), 'f'),
  ];

  it('counts the answers with feedback, the yeses, and each given → chosen pair (by pack version), most frequent first', () => {
    expect(summariseFeedback(records)).toEqual({
      total: 5,
      yes: 2,
      pairs: [
        { packId: 'salford', packVersion: '1.2.0', given: 'early_help', chosen: 'risk_support', count: 2 },
        { packId: 'salford', packVersion: '1.1.0', given: 'unsure', chosen: 'lado', count: 1 },
        { packId: 'salford', packVersion: '1.2.0', given: 'advice', chosen: 'yes', count: 1 },
        { packId: 'salford', packVersion: '1.2.0', given: 'early_help', chosen: 'yes', count: 1 },
      ],
    });
  });

  it('the feedback CSV: totals, then the pairs; the decision CSV leaves feedback out', () => {
    expect(feedbackCsv(summariseFeedback(records)).split('\r\n')).toEqual([
      'measure,pack,pack_version,given,chosen,count',
      'answers_with_feedback,,,,,5',
      'yes,,,,,2',
      'given_chosen,salford,1.2.0,early_help,risk_support,2',
      'given_chosen,salford,1.1.0,unsure,lado,1',
      'given_chosen,salford,1.2.0,advice,yes,1',
      'given_chosen,salford,1.2.0,early_help,yes,1',
      '',
    ]);
    expect(feedbackCsv(summariseFeedback([]))).toBe('measure,pack,pack_version,given,chosen,count\r\nanswers_with_feedback,,,,,0\r\nyes,,,,,0\r\n');
    const decisions = decisionsCsv(records).trim().split('\r\n');
    expect(decisions).toHaveLength(2);
    expect(decisions[1]).toMatch(/^2026-11-20T09:12:00.000Z,salford,salford,1.2.0,screening,/);
  });
});
