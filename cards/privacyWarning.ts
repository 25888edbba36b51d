/**
 * In a group chat or a channel, when a message looks like it names a child or gives a date
 * of birth: say so, say how to delete the message, and offer to carry on in a personal chat
 * (a Teams deep link that opens the user's chat with the bot). Nothing typed is repeated.
 */
import { expandCard, type AdaptiveCard } from './expand';
import { TEAMS_DELETE_MESSAGE } from './forgetMe';
import template from './templates/privacy-warning.json';

export interface PrivacyWarningData {
  /** The bot's Teams id ("28:<app id>"), for the link to a personal chat; absent when not known. */
  botId?: string;
}

/** Teams' documented deep link to a chat with the given members (a bot is "28:<app id>"). */
export function personalChatLink(botId: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}

export function buildPrivacyWarningCard(d: PrivacyWarningData): AdaptiveCard {
  const link = d.botId && /^28:[0-9a-z-]{1,64}$/i.test(d.botId) ? personalChatLink(d.botId) : undefined;
  const card = expandCard(template, {
    deleteHow: `Please delete your message. ${TEAMS_DELETE_MESSAGE}`,
    continueHow: link
      ? 'For anything about a particular child, carry on with me in a personal chat: only you can see it there.'
      : 'For anything about a particular child, carry on with me in a personal chat (find me under Chat, or in Apps): only you can see it there.',
    fallbackText: 'Please do not share a child’s name or date of birth in this chat. Delete your message, and carry on with me in a personal chat.',
  });
  card.actions = link ? [{ type: 'Action.OpenUrl', title: 'Continue in a personal chat', url: link }] : [];
  return card;
}
