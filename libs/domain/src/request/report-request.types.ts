import type { DueDateSpec } from '../calendar/due-date';
import type { KpiCriterion, ParticipantSelector, ReminderPolicy } from '../plan/plan.types';

/** What a leader asks for outside the plan's phases (báo cáo đột xuất): a report, a registration or a list. */
export type ReportRequestKind = 'report' | 'registration' | 'list';

export const REPORT_REQUEST_KINDS: readonly ReportRequestKind[] = ['report', 'registration', 'list'];

/**
 * A unit leader's request to units below: what to send, by when, from whom. It runs as a campaign of
 * one phase issued at once (no approval chain, no number), so the units get the same task, clock,
 * reminders, approval by their own leader, aggregation and audit record as for a phase of a plan.
 */
export interface ReportRequestDraft {
  kind: ReportRequestKind;
  /** "Báo cáo nhanh số hộ nghèo được hỗ trợ nhà ở" */
  title: string;
  /** What to report on, as the request letter writes it. */
  content: string;
  /** Units in the requester's subtree: by level and kind, or named. */
  recipients: ParticipantSelector;
  due: DueDateSpec;
  /** Figures every unit sends, aggregated for the requester (a sum of counts or a mean of rates). */
  kpis?: KpiCriterion[];
  /** The campaign it is asked within, if any. */
  campaignId?: string;
  reminders?: ReminderPolicy;
}
