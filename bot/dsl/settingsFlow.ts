/**
 * "settings": in a team channel, an administrator or an owner of the team (bot/dsl/teamOwners.ts)
 * gets the settings card (channel for consults, area, DSL group, rota); anyone else is refused. Elsewhere, anyone sees the
 * current settings. Who counts as an administrator: docs/decisions/005-team-owner-check.md.
 *
 * The card's answers are untrusted: the channel and every person are checked against
 * the team's own channel list and roster, fetched again when the card is saved.
 */
import { type ChannelInfo, TeamsInfo, type TeamsChannelAccount, teamsGetChannelId, teamsGetTeamInfo, type TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { ACTIONS, buildSettingsCard, buildSettingsViewCard, verbOf } from '../../cards';
import { sendCard } from '../../dialogs/core/services';
import type { VerbHandler } from '../../dialogs/core/feature';
import { AREAS, type Area, type Engine } from '../../rules';
import { activityLogFields, type Logger } from '../edge/logger';
import { type Member, orgOf, OrgSettings, type OrgSettingsStore, WEEKDAYS } from './orgSettings';
import { NO_OWNER_CHECK, refusalText, settingsPermission, type TeamOwners } from './teamOwners';

const DAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

const SaveValue = ACTIONS.settingsSave.schema;

export interface SettingsFlowDeps {
  store: OrgSettingsStore;
  engines: Readonly<Record<Area, Engine>>;
  adminAadIds: readonly string[];
  /** The Graph team-owner check; absent = none (only ADMIN_AAD_IDS may change settings). */
  teamOwners?: TeamOwners;
  clock: () => Date;
  logger: Logger;
}

interface Team {
  teamId: string;
  channels: { id: string; name: string }[];
  members: Member[];
}

export class SettingsFlow {
  constructor(private readonly deps: SettingsFlowDeps) {
    if (!deps?.store) throw new TypeError('SettingsFlow needs a settings store');
  }

  private get owners(): TeamOwners {
    return this.deps.teamOwners ?? NO_OWNER_CHECK;
  }

  verbHandler(): VerbHandler {
    return {
      actions: [ACTIONS.settingsShow, ACTIONS.settingsSave],
      handle: async (step: WaterfallStepContext, value: unknown): Promise<DialogTurnResult> => {
        if (verbOf(value) === ACTIONS.settingsSave.verb) await this.save(step.context, value);
        else await this.show(step.context);
        return step.endDialog();
      },
    };
  }

  private async show(context: TurnContext): Promise<void> {
    const tenantId = orgOf(context);
    const current = tenantId ? await this.deps.store.get(tenantId) : undefined;
    const teamId = teamsGetTeamInfo(context.activity)?.id;
    if (!teamId) {
      await this.sendView(context, current, 'To change these, an administrator types “settings” in a channel of your team.');
      return;
    }
    const permission = await settingsPermission(context, teamId, this.deps.adminAadIds, this.owners, this.deps.logger);
    if (!permission.allowed) {
      await context.sendActivity(refusalText(permission.reason));
      return;
    }
    const team = await this.team(context, teamId);
    const here = teamsGetChannelId(context.activity) ?? teamId;
    const channel = current?.teamId === teamId ? current.channelId : here;
    const dsls = current?.dsls.map((m) => m.id).filter((id) => team.members.some((m) => m.id === id)) ?? [];
    await sendCard(
      context,
      buildSettingsCard({
        intro:
          (current ? 'These are the current settings. Change what you need and save.' : 'Choose where DSL consult requests go and who answers them. The consult card carries the route and level only, never details about a child.') +
          (this.owners.configured ? '' : ' This bot is not set up to check who owns the team, so only administrators your organisation has named (ADMIN_AAD_IDS) can change these.'),
        channels: team.channels.map((c) => ({ title: c.name, value: c.id })),
        channel: team.channels.some((c) => c.id === channel) ? channel : here,
        areas: AREAS.map((a) => ({ title: this.deps.engines[a].pack.area, value: a })),
        area: current?.area ?? 'salford',
        members: team.members.map((m) => ({ title: m.name, value: m.id })),
        dsls,
        days: WEEKDAYS.map((d) => ({ day: d, label: DAY_LABELS[d], value: current?.rota[d] ?? '' })),
      }),
    );
  }

  private async save(context: TurnContext, value: unknown): Promise<void> {
    const teamId = teamsGetTeamInfo(context.activity)?.id;
    const tenantId = orgOf(context);
    const aad = context.activity.from?.aadObjectId?.toLowerCase();
    if (!teamId || !tenantId || !aad) {
      this.deps.logger.warn({ ...activityLogFields(context.activity) }, 'settings save refused');
      await context.sendActivity('Only an administrator your organisation has named can change the DSL consult settings, in a channel of the team.');
      return;
    }
    const permission = await settingsPermission(context, teamId, this.deps.adminAadIds, this.owners, this.deps.logger);
    if (!permission.allowed) {
      this.deps.logger.warn({ reason: permission.reason, ...activityLogFields(context.activity) }, 'settings save refused');
      await context.sendActivity(refusalText(permission.reason));
      return;
    }
    const parsed = SaveValue.safeParse(value);
    if (!parsed.success) {
      await context.sendActivity('I could not read those settings. Please choose a channel, an area and at least one DSL, then save again.');
      return;
    }
    const v = parsed.data as z.infer<typeof SaveValue> & Record<string, string | undefined>;
    const team = await this.team(context, teamId);
    const channel = team.channels.find((c) => c.id === v.channel);
    const ids = [...new Set(v.dsls.split(',').map((s) => s.trim()).filter(Boolean))];
    const dsls = ids.map((id) => team.members.find((m) => m.id === id));
    if (!channel || dsls.length === 0 || dsls.some((m) => m === undefined)) {
      await context.sendActivity('Those settings name a channel or a person who is not in this team, so I have not saved them. Please try again.');
      return;
    }
    const rota: Partial<Record<(typeof WEEKDAYS)[number], string>> = {};
    for (const d of WEEKDAYS) {
      const id = v[`rota_${d}`];
      if (id && ids.includes(id)) rota[d] = id;
    }
    const settings = OrgSettings.parse({
      tenantId,
      teamId,
      channelId: channel.id,
      channelName: channel.name,
      serviceUrl: context.activity.serviceUrl,
      area: v.area,
      dsls,
      rota,
      updatedAt: this.deps.clock().toISOString(),
      updatedBy: aad,
    });
    await this.deps.store.save(settings);
    this.deps.logger.info({ ...activityLogFields(context.activity) }, 'organisation settings saved');
    await this.sendView(context, settings, 'Saved. Practitioners’ “Ask my DSL” requests now go here.');
  }

  private async sendView(context: TurnContext, s: OrgSettings | undefined, intro: string): Promise<void> {
    if (!s) {
      await context.sendActivity('DSL consults are not set up for your organisation yet. An administrator types “settings” in a channel of your team to set them up.');
      return;
    }
    const name = (id: string | undefined) => s.dsls.find((m) => m.id === id)?.name;
    await sendCard(
      context,
      buildSettingsViewCard({
        intro,
        facts: [
          { title: 'Channel', value: s.channelName },
          { title: 'Area', value: this.deps.engines[s.area].pack.area },
          { title: 'DSL group', value: s.dsls.map((m) => m.name).join(', ') },
          ...WEEKDAYS.map((d) => ({ title: DAY_LABELS[d], value: name(s.rota[d]) ?? 'Whole DSL group' })),
        ],
      }),
    );
  }

  /** The team's channels and members; when Teams cannot say, this channel and the sender only. */
  private async team(context: TurnContext, teamId: string): Promise<Team> {
    const here = teamsGetChannelId(context.activity) ?? teamId;
    let channels: { id: string; name: string }[] = [];
    try {
      const list: ChannelInfo[] = await TeamsInfo.getTeamChannels(context, teamId);
      channels = list.filter((c) => c.id).map((c) => ({ id: c.id as string, name: c.name || 'General' }));
    } catch (err) {
      this.deps.logger.warn({ err, ...activityLogFields(context.activity) }, 'could not list the team’s channels');
    }
    if (!channels.some((c) => c.id === here)) channels.push({ id: here, name: here === teamId ? 'General' : 'This channel' });
    const members: Member[] = [];
    try {
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, token);
        members.push(...page.members.map(toMember));
        token = page.continuationToken || undefined;
      } while (token && members.length < 5000);
    } catch (err) {
      this.deps.logger.warn({ err, ...activityLogFields(context.activity) }, 'could not list the team’s members');
      const f = context.activity.from;
      members.push({ id: f.id, name: f.name || 'You', ...(f.aadObjectId ? { aadObjectId: f.aadObjectId } : {}) });
    }
    return { teamId, channels, members };
  }
}

function toMember(m: TeamsChannelAccount): Member {
  return {
    id: m.id,
    name: m.name || m.givenName || 'Unnamed member',
    ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}),
    ...(m.userPrincipalName ? { userPrincipalName: m.userPrincipalName } : {}),
  };
}
