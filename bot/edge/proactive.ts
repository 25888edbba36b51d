/**
 * Proactive messages, one way: a turn continued in a conversation the bot is in
 * (adapter.continueConversationAsync with the bot's app id), so credentials, the serviceUrl
 * allowlist and the outbound retry and pacing layer apply as they do to replies. Escalation
 * reminders and redacted notices use `send`; DSL consults, which start threads and update the
 * channel card, use `withClient`.
 */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ProactiveSend } from '../../dialogs/core/ports';

export type { ProactiveSend } from '../../dialogs/core/ports';

/** A reference to a Teams conversation from the ids kept in storage (no user, no activity id: a new message). */
export function teamsReference(d: { tenantId: string; serviceUrl: string; conversationId: string; conversationType: string }): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: d.serviceUrl,
    conversation: { id: d.conversationId, isGroup: d.conversationType !== 'personal', conversationType: d.conversationType, tenantId: d.tenantId, name: '' },
  };
}

export class Proactive {
  /**
   * @param adapter resolved at call time: the adapter is built after the dialogs and features.
   * @param appId the bot's app id ('' when anonymous).
   */
  constructor(
    private readonly adapter: () => Pick<CloudAdapter, 'continueConversationAsync'>,
    private readonly appId: string,
  ) {
    if (typeof adapter !== 'function') throw new TypeError('Proactive needs the adapter');
  }

  /** Runs `logic` in a turn continued in the conversation. An error in it goes to the adapter's onTurnError. */
  async continueIn(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.adapter().continueConversationAsync(this.appId, reference, logic);
  }

  /** See {@link ProactiveSend}. */
  readonly send: ProactiveSend = async (reference, activity) => {
    // The adapter hands errors in `logic` to onTurnError; keep them, so callers see a 403/404.
    let failure: unknown;
    await this.continueIn(reference, async (context) => {
      // A new message (a new post in a channel), not a reply to the continuation event.
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      try {
        await context.sendActivity(activity);
      } catch (err) {
        failure = err;
      }
    });
    if (failure !== undefined) throw failure;
  };

  /**
   * Runs `use` with the connector client of a continued turn (so credentials and the outbound
   * policy apply). Sends go through the client, not context.sendActivity: a continued turn would
   * make every message a reply to its own made-up activity id.
   */
  async withClient(reference: Partial<ConversationReference>, use: (client: ConnectorClient) => Promise<void>): Promise<void> {
    await this.continueIn(reference, async (context) => {
      const client = context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);
      if (!client) throw new Error('no connector client in the proactive turn');
      await use(client);
    });
  }
}
