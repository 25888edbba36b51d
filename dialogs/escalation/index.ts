/** The Escalation Notice dialog (bot/escalation/ wires it to storage, reminders and the channel recorder). */
export { ESCALATION_NOTICE_DIALOG, EscalationNoticeDialog, NOTICE_ACTIONS, type NoticeDeps, type NoticeOptions } from './escalationNoticeDialog';
