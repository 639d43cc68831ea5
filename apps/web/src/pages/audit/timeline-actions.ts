import type { TimelineAction } from '../../api/audit-queries';
import type { MessageKey } from '../../i18n/messages';

// Typed against the API's own enum: an action added to the log and forgotten here fails the type check.
const ACTIONS: Record<TimelineAction, true> = {
  plan_submitted: true,
  plan_approved: true,
  plan_returned: true,
  plan_rejected: true,
  plan_signed: true,
  plan_expired: true,
  number_assigned: true,
  campaign_issued: true,
  request_issued: true,
  campaign_rejected: true,
  campaign_expired: true,
  task_opened: true,
  campaign_closed: true,
  campaign_cancelled: true,
  plan_amended: true,
  campaign_suspended: true,
  campaign_resumed: true,
  obligation_ended: true,
  obligation_rescheduled: true,
  duties_handed_over: true,
  obligation_opened: true,
  report_submitted: true,
  report_approved: true,
  report_returned: true,
  reminder_sent: true,
  due_notice_sent: true,
  overdue_notice_sent: true,
  escalated: true,
  extension_requested: true,
  extension_granted: true,
  extension_refused: true,
  nomination_decided: true,
  award_dossier_submitted: true,
  award_passed: true,
  award_declined: true,
  award_objection_filed: true,
  award_objection_answered: true,
  award_posting_ended: true,
  award_council_opened: true,
  award_ballot_cast: true,
  award_council_closed: true,
  award_decided: true,
  award_forwarded: true,
  award_central_outcome: true,
  award_expired: true,
  award_attachment_added: true,
  chain_sealed: true,
  history_archived: true,
};

/** Every action the decision log records, in the log's own order (the plan's steps first). */
export const TIMELINE_ACTIONS = Object.keys(ACTIONS) as TimelineAction[];

export const isTimelineAction = (action: string): action is TimelineAction => Object.hasOwn(ACTIONS, action);

/** The catalogue's words for an action; null for one this version of the app does not know (the API's label then serves). */
export const actionLabelKey = (action: string): MessageKey | null =>
  isTimelineAction(action) ? (`audit.action.${action}` as MessageKey) : null;
