/** The drafted Escalation Notice card for tests that read every card: placeholder answers (no sentinels), every stage. */
import type { AdaptiveCard } from '../../cards';
import { buildNoticeCard } from '../../cards/notice';
import { ladder, type Pack } from '../../rules';
import { NoticeInputSchema } from '../../rules/notice';

/** A complete notice with placeholder answers. */
export const PLACEHOLDER_NOTICE = NoticeInputSchema.parse({
  childName: 'A child',
  childDob: '2014-02-03',
  concern: 'A concern',
  decision: 'A decision',
  triedAtPractitionerLevel: 'Spoke to the social worker',
  completedByName: 'A practitioner',
  completedByRole: 'Teacher',
  completedByContact: 'a@example.org',
  date: '2026-11-24',
  copiedTo: 'Our DSL',
});

/** The notice card at each stage of the pack's escalation ladder (none when the pack has no escalation). */
export function noticeCardsAtEveryStage(pack: Pack): { stageId: string; card: AdaptiveCard }[] {
  if (!pack.escalation) return [];
  return ladder(pack).map((stage) => ({
    stageId: stage.id,
    card: buildNoticeCard({ pack, draftId: 'd1', notice: { reference: 'ESC-20261124-ABCDEF', input: PLACEHOLDER_NOTICE, stageId: stage.id, sentOn: '2026-11-24', history: [] } }),
  }));
}
