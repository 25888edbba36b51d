/**
 * "Prepare my referral": the checklist, built from a pack's cited guidance items
 * (ids referral_*), the cases where the family must not be told first
 * (indicators marked doNotTellParents, in the words of the pack's do-not-tell warning), and what happens after a referral. The short answer
 * (referral_answer) is shown above the checklist, not in it.
 */
import type { Pack, Source } from './schema';

export const REFERRAL_ITEM_KEYS = ['reason', 'family', 'ongoing_support', 'staff_risk', 'contingency', 'contact_details', 'submit', 'next'] as const;
export type ReferralItemKey = (typeof REFERRAL_ITEM_KEYS)[number];

export interface ReferralChecklistItem {
  key: ReferralItemKey;
  title: string;
  points: { text: string; source: Source }[];
}

export function isReferralItemKey(x: unknown): x is ReferralItemKey {
  return typeof x === 'string' && (REFERRAL_ITEM_KEYS as readonly string[]).includes(x);
}

/** The pack's own words for "do not tell the family first": the text of its warning for indicators flagged doNotTellParents. */
export function doNotTellRule(pack: Pack): { text: string; source: Source } | undefined {
  const w = pack.warnings.find((x) => x.when.anyIndicatorFlagged === 'doNotTellParents');
  return w ? { text: w.text, source: w.source } : undefined;
}

/** The checklist for a pack, in order. Items the pack's guidance does not give are left out, never made up. */
export function referralChecklist(pack: Pack): ReferralChecklistItem[] {
  const items: ReferralChecklistItem[] = [];
  for (const key of REFERRAL_ITEM_KEYS) {
    const g = pack.guidance.find((x) => x.id === `referral_${key}`);
    const points = [...(g?.points ?? [])];
    if (key === 'family') {
      const quiet = pack.indicators.filter((i) => i.doNotTellParents);
      // The pack's own statement of the rule, with whose guidance it is (Salford's cites Bury's): the schema makes a pack with such indicators have one.
      const rule = doNotTellRule(pack);
      const point = rule ?? (quiet[0] ? { text: `Do not tell the family first where you suspect: ${quiet.map((i) => i.label.toLowerCase()).join('; ')}.`, source: quiet[0].source } : undefined);
      if (quiet.length > 0 && g && point && !points.some((p) => p.text === point.text)) points.push(point);
    }
    if (key === 'next' && pack.escalation) {
      const have = new Set(points.map((p) => p.text));
      for (const s of pack.escalation.afterReferral.steps) if (!have.has(s.text)) points.push({ text: s.text, source: s.source });
      const outcomes = pack.escalation.afterReferral.outcomes;
      if (outcomes.length > 0) points.push({ text: `The outcome can be: ${outcomes.map((o) => o.text.replace(/\.$/, '')).join('; ')}.`, source: outcomes[0]!.source });
    }
    if (points.length === 0) continue;
    items.push({ key, title: g?.title ?? 'What happens next', points });
  }
  return items;
}
