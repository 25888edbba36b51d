/**
 * Administrators only (ADMIN_AAD_IDS), in a personal chat only: "insights" shows the organisation's last 30 days
 * as counts (routes, levels, escalations by stage, consults, and the answers to "Was this the right
 * answer?"), and "export" gives two single-use links, valid 10 minutes: the decision record as CSV
 * (ids only) and the feedback on answers as counts (given → chosen).
 *
 * A link is served by GET /exports/<token>.csv; each token is random, stored with the
 * organisation it belongs to (and which file it is), and deleted when used, or by the retention task once expired. Typed in a team channel or a
 * group chat, both say so and post nothing else (anyone there could use a link first).
 */
import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Request, Response, Server } from 'restify';
import { ACTIONS, answerTitle, buildInsightsCard, verbOf, type AdaptiveCard, type InsightsSection } from '../../cards';
import { allowedHere, cardAttachment, sendCard } from '../../dialogs/core/services';
import type { VerbHandler } from '../../dialogs/core/feature';
import { type Area, type Engine } from '../../rules';
import { decisionsCsv, feedbackCsv, summariseFeedback, type DecisionLog, type DecisionRecord } from './decisions';
import { activityLogFields, type Logger } from '../edge/logger';
import type { BotMetrics } from '../edge/metrics';
import { isAdministrator, orgOf } from '../edge/adapter';
import type { StorageHandle } from '../storage';

const DAY_MS = 86_400_000;
const EXPORT_TTL_MS = 10 * 60_000;

export interface InsightsDeps {
  decisions: DecisionLog;
  handle: StorageHandle;
  engines: Readonly<Record<Area, Engine>>;
  adminAadIds: readonly string[];
  retentionDays: number;
  publicBaseUrl: string | undefined;
  clock: () => Date;
  logger: Logger;
  metrics: BotMetrics;
}

function tally(items: string[]): { label: string; value: string }[] {
  return tallyCounts(items.map((label) => ({ label, count: 1 })));
}

/** Labels with counts, the same labels added together, most frequent first. */
function tallyCounts(items: { label: string; count: number }[]): { label: string; value: string }[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.label, (counts.get(i.label) ?? 0) + i.count);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, n]) => ({ label, value: String(n) }));
}

export class Insights {
  constructor(private readonly deps: InsightsDeps) {
    if (!deps?.decisions || !deps.handle) throw new TypeError('Insights needs the decision log and storage');
  }

  verbHandler(): VerbHandler {
    return {
      actions: [ACTIONS.insightsShow, ACTIONS.decisionsExport],
      handle: async (step: WaterfallStepContext, value: unknown): Promise<DialogTurnResult> => {
        const { context } = step;
        if (!allowedHere(ACTIONS.insightsShow, context) || !allowedHere(ACTIONS.decisionsExport, context)) {
          // A single-use link posted in a channel is anyone's to use first; the counts are the organisation's.
          await context.sendActivity('I give insights and the decision record export only in a personal chat, so nothing is posted here. Open a chat with me and type “insights” or “export” there.');
          return step.endDialog();
        }
        const org = orgOf(context);
        if (!org || !isAdministrator(context, this.deps.adminAadIds)) {
          await context.sendActivity('Insights and the decision record export are for administrators your organisation has named.');
          return step.endDialog();
        }
        if (verbOf(value) === ACTIONS.decisionsExport.verb) await this.export(context, org);
        else await this.show(context, org);
        return step.endDialog();
      },
    };
  }

  /** The card: counts only, from the decision record and the consult records. */
  async show(context: TurnContext, org: string): Promise<void> {
    const since = new Date(this.deps.clock().getTime() - 30 * DAY_MS);
    const records = await this.deps.decisions.list(org, since);
    const triage = records.filter((r) => r.source === 'screening' || r.source === 'message');
    const feedback = summariseFeedback(records);
    const consults = await this.consultsSince(org, since);
    const sections: InsightsSection[] = [
      { title: 'Advice given, by route', rows: tally(triage.map((r) => this.routeName(r))) },
      { title: 'Advice given, by level of need', rows: tally(triage.map((r) => this.levelName(r))) },
      { title: 'Escalations, by stage', rows: tally(records.filter((r) => r.source === 'escalation').map((r) => r.stage ?? 'unknown')) },
      {
        title: 'DSL consults',
        rows: [
          { label: 'Raised', value: String(consults.length) },
          { label: 'Taken', value: String(consults.filter((c) => c.takenAt).length) },
          { label: 'Not taken in time', value: String(consults.filter((c) => c.remindedAt && !c.takenAt).length) },
        ],
      },
      {
        title: 'Was this the right answer?',
        rows: [
          { label: 'Answers with feedback', value: String(feedback.total) },
          { label: 'Yes', value: String(feedback.yes) },
          { label: 'No, it was about something else', value: String(feedback.total - feedback.yes) },
        ],
      },
      // Where recognition failed: the route given → the route the practitioner chose, by pack title (all versions together).
      { title: 'Not the right answer: given → chosen', rows: tallyCounts(feedback.pairs.filter((p) => p.chosen !== 'yes').map((p) => ({ label: this.pairName(p), count: p.count }))) },
    ];
    await sendCard(context, buildInsightsCard({ heading: 'Insights: the last 30 days', intro: `${triage.length} ${triage.length === 1 ? 'answer' : 'answers'} given. Counts only: nothing about any child or practitioner.`, sections }));
  }

  private pairName(p: { packId: string; given: string; chosen: string }): string {
    const pack = this.engineOf(p)?.pack;
    return pack ? `${answerTitle(pack, p.given)} → ${answerTitle(pack, p.chosen)}` : `${p.given} → ${p.chosen}`;
  }

  private routeName(r: DecisionRecord): string {
    const engine = this.engineOf(r);
    return engine?.route(r.route)?.title ?? r.route;
  }

  private levelName(r: DecisionRecord): string {
    const engine = this.engineOf(r);
    return engine?.pack.levels.find((l) => l.id === r.level)?.name ?? r.level;
  }

  private engineOf(r: { packId: string }): Engine | undefined {
    return (Object.values(this.deps.engines) as Engine[]).find((e) => e.pack.id === r.packId);
  }

  private async consultsSince(org: string, since: Date): Promise<{ takenAt?: string; remindedAt?: string }[]> {
    const keys = await this.deps.handle.listKeys('consult/');
    const items = keys.length ? await this.deps.handle.storage.read(keys) : {};
    return Object.values(items)
      .map((i) => i as { tenantId?: string; requestedAt?: string; takenAt?: string; remindedAt?: string })
      .filter((c) => c.tenantId === org && typeof c.requestedAt === 'string' && Date.parse(c.requestedAt) >= since.getTime());
  }

  private async export(context: TurnContext, org: string): Promise<void> {
    if (!this.deps.publicBaseUrl) {
      // Teams can only open an absolute https link; without the public address there is nothing to offer.
      await context.sendActivity('The export needs the bot’s public address (PUBLIC_BASE_URL) to be configured. Ask your IT team to set it, then try “export” again.');
      return;
    }
    const token = randomBytes(24).toString('hex');
    const feedbackToken = randomBytes(24).toString('hex');
    const expiresAt = this.deps.clock().getTime() + EXPORT_TTL_MS;
    await this.deps.handle.storage.write({ [`export/${token}`]: { org, expiresAt }, [`export/${feedbackToken}`]: { org, expiresAt, file: 'feedback' } });
    const url = `${this.deps.publicBaseUrl}/exports/${token}.csv`;
    const feedbackUrl = `${this.deps.publicBaseUrl}/exports/${feedbackToken}.csv`;
    this.deps.logger.info({ ...activityLogFields(context.activity) }, 'decision record export link issued');
    await context.sendActivity({
      attachments: [
        cardAttachment({
            type: 'AdaptiveCard',
            version: '1.5',
            fallbackText: `Download the decision record (CSV): ${url}. The feedback on answers (CSV): ${feedbackUrl}. Each link works once, for 10 minutes.`,
            body: [
              { type: 'TextBlock', text: 'Decision record export', weight: 'Bolder', size: 'Medium', wrap: true },
              {
                type: 'TextBlock',
                text: `Every answer the bot gave your organisation in the last ${this.deps.retentionDays} days, as ids: no names, dates of birth or typed text. The feedback file counts the answers to “Was this the right answer?”: yes, and given → chosen. Each link works once, for 10 minutes.`,
                wrap: true,
              },
            ],
            actions: [
              { type: 'Action.OpenUrl', title: 'Download CSV', url },
              { type: 'Action.OpenUrl', title: 'Download feedback counts (CSV)', url: feedbackUrl },
            ],
          } as AdaptiveCard),
      ],
    });
  }

  /** Retention: deletes export links past their expiry that nobody used (the link itself is the credential). Returns how many went. */
  async sweepExpired(now: Date): Promise<number> {
    const keys = await this.deps.handle.listKeys('export/');
    const expired: string[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      const batch = keys.slice(i, i + 100);
      const items = await this.deps.handle.storage.read(batch);
      for (const key of batch) {
        const expiresAt = (items[key] as { expiresAt?: unknown } | undefined)?.expiresAt;
        if (typeof expiresAt !== 'number' || expiresAt <= now.getTime()) expired.push(key);
      }
    }
    if (expired.length > 0) await this.deps.handle.storage.delete(expired);
    return expired.length;
  }

  /** GET /exports/<token>.csv */
  route(server: Server): void {
    server.get('/exports/:file', async (req: Request, res: Response) => {
      res.header('Cache-Control', 'no-store');
      const m = /^([a-f0-9]{48})\.csv$/.exec(String(req.params?.file ?? ''));
      const key = m ? `export/${m[1]}` : undefined;
      const item = key ? ((await this.deps.handle.storage.read([key]))[key] as { org?: string; expiresAt?: number; file?: string } | undefined) : undefined;
      if (!key || !item?.org) {
        res.send(404, { error: 'not_found', message: 'Not found.' });
        return;
      }
      await this.deps.handle.storage.delete([key]);
      if (typeof item.expiresAt !== 'number' || item.expiresAt < this.deps.clock().getTime()) {
        res.send(404, { error: 'not_found', message: 'Not found.' });
        return;
      }
      try {
        const since = new Date(this.deps.clock().getTime() - this.deps.retentionDays * DAY_MS);
        const records = await this.deps.decisions.list(item.org, since);
        const feedback = item.file === 'feedback';
        const csv = feedback ? feedbackCsv(summariseFeedback(records)) : decisionsCsv(records);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="${feedback ? 'feedback-counts.csv' : 'decision-record.csv'}"`);
        res.writeHead(200);
        res.end(csv);
      } catch (err) {
        this.deps.metrics.error('export');
        this.deps.logger.error({ err }, 'decision record export failed');
        res.send(500, { error: 'internal_error', message: 'Something went wrong.' });
      }
    });
  }
}
