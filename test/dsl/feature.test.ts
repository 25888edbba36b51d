/**
 * The DSL feature's own cards (consult, settings, insights) parse as a Teams client would
 * (adaptivecards, v1.5, no parse warnings, under 28 KB, every action with a verb or a URL),
 * and escalation steps reach the metrics and the decision record as stage ids.
 */
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/edge/config';
import { createInsightsFeature } from '../../bot/insights';
import { BotMetrics } from '../../bot/edge/metrics';
import { createLogger } from '../../bot/edge/logger';
import { createStorage } from '../../bot/storage';
import { buildConsultCard, buildInsightsCard, buildSettingsCard, buildSettingsViewCard, type AdaptiveCard } from '../../cards';
import { ladder, loadEngines } from '../../rules';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};
const engines = loadEngines();
const pack = engines.salford.pack;

function problems(card: AdaptiveCard): string[] {
  const ctx = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(JSON.parse(JSON.stringify(card)), ctx);
  return Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
}

const dsls = Array.from({ length: 60 }, (_, i) => ({ id: `29:dsl-${i}`, name: `Designated Lead Number ${i} With A Long Name` }));
const consult = { pack, consultId: 'a'.repeat(24), requester: 'Alex Example', routeTitle: 'Refer to the Bridge now', levelName: 'Getting Risk Support', raisedAt: '10:00 on Tuesday 24 November 2026', mention: dsls, refreshUserIds: dsls.map((d) => d.id) };
const cards: [string, AdaptiveCard][] = [
  ['consult, open, whole group mentioned', buildConsultCard(consult)],
  ['consult, reminded', buildConsultCard({ ...consult, reminder: 'Nobody took this within 30 minutes.' })],
  ['consult, taken', buildConsultCard({ ...consult, taken: { by: 'Sam Sample', at: '10:07 on Tuesday 24 November 2026' } })],
  [
    'settings',
    buildSettingsCard({
      intro: 'Choose.',
      channels: [{ title: 'General', value: '19:a' }, { title: 'Safeguarding', value: '19:b' }],
      channel: '19:b',
      areas: [{ title: 'Salford', value: 'salford' }],
      area: 'salford',
      members: dsls.map((d) => ({ title: d.name, value: d.id })),
      dsls: ['29:dsl-1', '29:dsl-2'],
      days: ['mon', 'tue'].map((d) => ({ day: d, label: d, value: d === 'tue' ? '29:dsl-1' : '' })),
    }),
  ],
  ['settings view', buildSettingsViewCard({ intro: 'Saved.', facts: [{ title: 'Channel', value: 'Safeguarding' }] })],
  ['insights', buildInsightsCard({ heading: 'Insights', intro: '2 answers given.', sections: [{ title: 'By route', rows: [{ label: 'Refer', value: '2' }] }, { title: 'Escalations', rows: [] }] })],
];

describe('DSL feature cards', () => {
  it.each(cards)('%s: Adaptive Card 1.5 that parses cleanly, under 28 KB, with fallback text and verbs', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(problems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    expect(card.fallbackText.length).toBeGreaterThan(10);
    for (const a of (card.actions ?? []) as Record<string, unknown>[]) expect(typeof a.verb === 'string' || typeof (a.data as { verb?: unknown })?.verb === 'string' || typeof a.url === 'string').toBe(true);
  });

  it('the consult card mentions each person on it, and once taken shows who and when without the take button or the mentions', () => {
    const open = cards[0]?.[1] as AdaptiveCard;
    expect((open.msteams as { entities: unknown[] }).entities).toHaveLength(60);
    expect(JSON.stringify(open.body)).toContain('<at>Designated Lead Number 0 With A Long Name</at>');
    const taken = cards[2]?.[1] as AdaptiveCard;
    expect(JSON.stringify(taken.body)).toContain('Taken by Sam Sample at 10:07 on Tuesday 24 November 2026.');
    expect(taken.actions).toEqual([]);
    expect(taken.msteams).toBeUndefined();
    expect((taken.refresh as { userIds: string[] }).userIds).toHaveLength(60);
  });
});

describe('escalations in the metrics and the decision record', () => {
  it('counts started and advanced by stage id and records the stage, with nothing else', async () => {
    const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'silent' });
    const storage = createStorage(config);
    let at = new Date('2026-11-24T10:00:00Z');
    const metrics = new BotMetrics();
    const insights = createInsightsFeature({ config, logger: createLogger(config, new Writable({ write: (_c, _e, cb) => cb() })), clock: () => at, storage, ownStorage: false, engines, metrics, areaFor: async () => 'salford' });
    const context = { activity: { type: 'message', channelId: 'msteams', conversation: { id: 'a:1', tenantId: 'T-1' }, channelData: { tenant: { id: 'T-1' } } } } as unknown as TurnContext;
    const [first, second] = ladder(pack);
    await insights.onEscalation(context, { action: 'started', stage: first?.id ?? '', engine: engines.salford });
    at = new Date('2026-12-02T10:00:00Z');
    await insights.onEscalation(context, { action: 'advanced', stage: second?.id ?? '', engine: engines.salford });
    const text = await metrics.registry.metrics();
    expect(text).toContain(`safeguarding_escalations_total{action="started",stage="${first?.id}"} 1`);
    expect(text).toContain(`safeguarding_escalations_total{action="advanced",stage="${second?.id}"} 1`);
    const records = await insights.decisions.list('t-1', new Date('2026-01-01T00:00:00Z'));
    expect(records.map((r) => [r.source, r.stage, r.answers])).toEqual([
      ['escalation', first?.id, ['action=started']],
      ['escalation', second?.id, ['action=advanced']],
    ]);
    await storage.close();
  });
});
