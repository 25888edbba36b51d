/**
 * Teams-shaped inbound activity fixtures, as the Bot Connector posts them to /api/messages.
 *
 * Each builder takes optional overrides and returns a fresh plain object (safe to mutate).
 * Ids are fake but shaped like Teams ids. Pass `serviceUrl: connector.url` (see
 * ./connector.ts) so the bot's replies reach the stand-in connector.
 *
 * - {@link personalMessage}: 1:1 chat with the bot (`conversationType: 'personal'`)
 * - {@link groupChatMessage}: group chat, bot @mentioned
 * - {@link channelMessage}: team channel post, bot @mentioned (mention entity included)
 * - {@link cardActionInvoke}: `adaptiveCard/action` invoke from an Action.Execute with a verb
 * - {@link conversationUpdateAdded}: the bot was installed / added
 */
import type { Activity } from 'botbuilder';

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT_ID = '28:00000000-0000-0000-0000-00000000b07';
export const BOT_NAME = 'Safeguarding Bot';
export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/** A worker who uses the bot. The name is fake and must never appear in logs. */
export const USER: Readonly<TeamsUser> = Object.freeze({
  id: '29:1a2b3c4d-user-one',
  name: 'Alex Example',
  aadObjectId: '11111111-2222-3333-4444-555555555555',
});

export const SECOND_USER: Readonly<TeamsUser> = Object.freeze({
  id: '29:5e6f7a8b-user-two',
  name: 'Sam Sample',
  aadObjectId: '66666666-7777-8888-9999-000000000000',
});

export interface FixtureOptions {
  /** Where replies go: set to your stand-in connector's url. */
  serviceUrl?: string;
  text?: string;
  /** Activity id; replies are posted to /v3/conversations/<conversationId>/activities/<id>. */
  id?: string;
  conversationId?: string;
  tenantId?: string;
  from?: TeamsUser;
  locale?: string;
  /** Card submit data (`activity.value`). */
  value?: unknown;
  timestamp?: Date;
}

/**
 * An inbound Teams activity as JSON. `conversation` is narrower than botbuilder's
 * ConversationAccount (Teams omits `isGroup`/`name` in personal chats).
 */
export type TeamsActivity = Omit<Partial<Activity>, 'conversation' | 'channelData'> & {
  type: string;
  id: string;
  channelId: 'msteams';
  serviceUrl: string;
  conversation: {
    id: string;
    conversationType: 'personal' | 'groupChat' | 'channel';
    tenantId: string;
    isGroup?: boolean;
    name?: string;
  };
  channelData: { tenant: { id: string }; [key: string]: unknown };
};

let sequence = 0;
/** A unique activity id (Teams uses numeric-looking ids for messages). */
export function nextActivityId(): string {
  sequence += 1;
  return `1700000000${String(sequence).padStart(3, '0')}`;
}

function base(
  options: FixtureOptions,
  conversation: TeamsActivity['conversation'],
  channelData: Record<string, unknown> = {},
): TeamsActivity {
  const tenantId = options.tenantId ?? conversation.tenantId;
  const from = options.from ?? USER;
  return {
    type: 'message',
    id: options.id ?? nextActivityId(),
    timestamp: options.timestamp ?? new Date(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl ?? DEFAULT_SERVICE_URL,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation: { ...conversation, tenantId },
    locale: options.locale ?? 'en-GB',
    textFormat: 'plain',
    channelData: { tenant: { id: tenantId }, ...channelData },
    ...(options.value !== undefined ? { value: options.value } : {}),
  };
}

/** A message in the user's 1:1 chat with the bot. */
export function personalMessage(options: FixtureOptions = {}): TeamsActivity {
  const tenantId = options.tenantId ?? TENANT_ID;
  return {
    ...base(options, {
      id: options.conversationId ?? `a:1personal-${(options.from ?? USER).aadObjectId}`,
      conversationType: 'personal',
      tenantId,
    }),
    text: options.text ?? 'hello',
  };
}

/** A message in a group chat that @mentions the bot (Teams only delivers those). */
export function groupChatMessage(options: FixtureOptions = {}): TeamsActivity {
  const tenantId = options.tenantId ?? TENANT_ID;
  const text = options.text ?? 'hello';
  return {
    ...base(options, {
      id: options.conversationId ?? '19:groupchat-0001@thread.v2',
      conversationType: 'groupChat',
      tenantId,
      isGroup: true,
    }),
    text: `<at>${BOT_NAME}</at> ${text}`,
    entities: [mentionEntity()],
  };
}

export const TEAM_ID = '19:team-0001@thread.tacv2';
export const CHANNEL_ID = '19:channel-0001@thread.tacv2';

/** A post in a team channel that @mentions the bot, with the mention entity. */
export function channelMessage(options: FixtureOptions = {}): TeamsActivity {
  const tenantId = options.tenantId ?? TENANT_ID;
  const text = options.text ?? 'hello';
  const id = options.id ?? nextActivityId();
  return {
    ...base(
      { ...options, id },
      {
        id: options.conversationId ?? `${CHANNEL_ID};messageid=${id}`,
        conversationType: 'channel',
        tenantId,
        isGroup: true,
      },
      {
        teamsChannelId: CHANNEL_ID,
        teamsTeamId: TEAM_ID,
        channel: { id: CHANNEL_ID },
        team: { id: TEAM_ID },
      },
    ),
    text: `<at>${BOT_NAME}</at> ${text}`,
    entities: [mentionEntity()],
  };
}

/**
 * A post in a team channel from `from`: typed text (@mentioning the bot), or with `value` a card
 * button's Action.Submit (no text, no mention), as Teams sends each.
 */
export function channelPost(serviceUrl: string, from: TeamsUser, text: string, value?: unknown): TeamsActivity {
  const act = channelMessage({ serviceUrl, from, text, ...(value !== undefined ? { value } : {}) });
  if (value !== undefined) {
    delete act.text;
    delete act.entities;
  }
  return act;
}

let freshUsers = 0;
/** A user no test in this file has used yet (own id and aadObjectId), so state and rate limits start clean. */
export function freshUser(name = 'Fresh Example'): TeamsUser {
  freshUsers += 1;
  return { id: `29:fresh-user-${freshUsers}`, name, aadObjectId: `00000000-0000-0000-0000-${String(freshUsers).padStart(12, '0')}` };
}

/** The entity Teams adds when a message @mentions the bot. */
export function mentionEntity(): { type: 'mention'; text: string; mentioned: { id: string; name: string } } {
  return { type: 'mention', text: `<at>${BOT_NAME}</at>`, mentioned: { id: BOT_ID, name: BOT_NAME } };
}

/**
 * An Adaptive Card `Action.Execute` press, as Teams sends it (`invoke`, name
 * `adaptiveCard/action`). The bot must answer the HTTP request itself (invoke response).
 */
export function cardActionInvoke(
  verb: string,
  data: Record<string, unknown> = {},
  options: FixtureOptions = {},
): TeamsActivity {
  const personal = personalMessage(options);
  return {
    ...personal,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The bot was added to a personal chat (membersAdded contains the bot). */
export function conversationUpdateAdded(options: FixtureOptions = {}): TeamsActivity {
  const personal = personalMessage(options);
  return {
    ...personal,
    type: 'conversationUpdate',
    text: undefined,
    membersAdded: [{ id: BOT_ID, name: BOT_NAME }],
    channelData: { ...personal.channelData, eventType: 'teamMemberAdded' },
  };
}

/**
 * The conversationUpdate Teams sends in a team's channel when the bot is added to the team
 * (the bot records the channel, e.g. to share a notice there). The names are what the user
 * sees when picking the channel.
 */
export function botAddedToTeam(options: FixtureOptions & { teamName: string; channelName: string }): TeamsActivity {
  const { teamName, channelName, ...fixture } = options;
  const added = conversationUpdateAdded(fixture);
  added.conversation = { id: CHANNEL_ID, conversationType: 'channel', tenantId: TENANT_ID, isGroup: true };
  added.channelData = { tenant: { id: TENANT_ID }, team: { id: TEAM_ID, name: teamName }, channel: { id: CHANNEL_ID, name: channelName }, eventType: 'teamMemberAdded' };
  return added;
}
