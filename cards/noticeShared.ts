/**
 * What a team channel sees of an Escalation Notice: the reference, the child's
 * initials, the stage, who it went to and the due date. It takes a
 * {@link SharedNotice}, which has no field for a name, a date of birth or a concern.
 */
import type { Pack } from '../rules';
import { formatLongDate } from '../rules';
import type { SharedNotice } from '../rules/notice';
import { expandCard, submit, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import chooseTemplate from './templates/notice-share-choose.json';
import template from './templates/notice-shared.json';
import { ACTIONS } from './actions';

export function buildSharedNoticeCard(pack: Pack, n: SharedNotice): AdaptiveCard {
  if (n.kind !== 'shared-notice') throw new TypeError('only a redacted notice can be shared');
  const dueOn = n.dueOn ? formatLongDate(n.dueOn) : 'No response time at this stage';
  const stage = `Stage ${n.stageNumber}: ${n.stageTitle}`;
  const card = expandCard(template, {
    intro: 'An escalation notice has been raised. The full notice stays with its author.',
    reference: n.reference,
    initials: n.initials,
    area: n.area,
    stage,
    addressee: n.addressee,
    sentOn: formatLongDate(n.sentOn),
    dueOn,
    privacy: 'For the child’s privacy this post has no name, date of birth or details of the concern. Ask the author for the full notice.',
    fallbackText: `Escalation notice ${n.reference} (child ${n.initials}): ${stage}, sent to ${n.addressee}, response due ${dueOn}.`,
  });
  withSafetyNet(card, pack);
  card.actions = [];
  return card;
}

export interface ChannelChoice {
  /** "Safeguarding team › General" */
  title: string;
  /** An opaque key the bot looks up again (never trusted as an address). */
  value: string;
}

/** Lets the author pick a team channel where the bot is installed. */
export function buildShareChooserCard(d: { draftId: string; reference: string; choices: ChannelChoice[] }): AdaptiveCard {
  const card = expandCard(chooseTemplate, {
    intro: `Post notice ${d.reference} to a team channel. Only the child’s initials, the stage, who it went to, the due date and the reference are posted; the full notice stays here.`,
    none: 'I am not in any team channel yet. Add me to a team (or @mention me in a channel), then try again.',
    choices: d.choices,
    fallbackText: `Share notice ${d.reference} with a team.`,
  });
  card.actions = d.choices.length > 0 ? [submit('Post the redacted notice', ACTIONS.noticeShareTo.value({ draftId: d.draftId }))] : [];
  return card;
}
