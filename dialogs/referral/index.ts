/**
 * Referral help: the checklist (ticks in conversation state only), recording help, the
 * strengths-based note and its saved drafts, the private fostering and disability checks.
 */
export { createReferralHelp, type ReferralTicks } from './referralHelp';
export type { StrengthsDraftsDeps } from './strengthsDrafts';
