import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  ActorRef,
  CampaignChange,
  DutiesHandover,
  Capacity,
  ObligationContent,
  ObligationEvent,
  ObligationSpec,
  ObligationState,
  ReminderPolicy,
  TaskTimeLimits,
  YearOverrides,
} from '@tdkt/domain';
import type { ObligationProjection } from './campaign-activities';

/** Everything a unit's participation needs, resolved by the fan-out activity so the workflow stays small. */
export interface ParticipationInput {
  campaignId: string;
  campaignTitle: string;
  planNumber: string;
  unitCode: string;
  unitName: string;
  levelCode: string;
  /** The unit this one reports to: its nearest participating ancestor, or the issuer. */
  reportsTo: string;
  groupKey: string | null;
  /** Every participant group the unit belongs to (absent in inputs written before groups could overlap). */
  groupKeys?: string[];
  /**
   * How many participants report to this unit. 0 lets the workflow skip the fan-out activity (most
   * units are leaves); absent in inputs written before this field existed, which fan out as before.
   */
  subParticipants?: number;
  obligations: ObligationSpec[];
  reminders: ReminderPolicy;
  /** The plan's time limits for human steps and its calendar; the body's defaults when absent. */
  taskLimits?: Partial<TaskTimeLimits>;
  calendarOverrides?: YearOverrides;
  /** Years of the national calendar an administrator entered, over the shipped ones (absent when none). */
  nationalCalendar?: YearOverrides;
}

export interface ParticipationState {
  unitCode: string;
  obligations: ObligationState[];
  subUnitsStarted: boolean;
}

interface ActionBase {
  requestId: string;
  actor: ActorRef;
  obligationKey: string;
}

export interface SubmitObligation extends ActionBase {
  content: ObligationContent;
}

export interface DecideObligation extends ActionBase {
  action: 'approve' | 'return';
  comment?: string;
  capacity?: Capacity;
}

export interface RequestExtension extends ActionBase {
  proposedDueAt: string;
  reason: string;
}

export interface DecideExtension extends ActionBase {
  grant: boolean;
  newDueAt?: string;
  comment?: string;
}

/**
 * An action's answer. `projection` is present when the workflow answered before its own projection was written: the
 * caller may write it at once (version-guarded, idempotent), so the official sees the change when the answer arrives.
 * Absent, the read models were already written (or are being written: a repeated request answers its first event).
 */
export interface ObligationActionAnswer {
  event: ObligationEvent;
  projection?: ObligationProjection;
}

/** What an action's Update returns: the answer, or the bare event from a worker older than the answer (already projected). */
export type ObligationActionResult = ObligationActionAnswer | ObligationEvent;

/** Reads either shape of a result as an answer. */
export function answerOf(result: ObligationActionResult): ObligationActionAnswer {
  return 'event' in result ? result : { event: result };
}

export const submitObligationUpdate = defineUpdate<ObligationActionResult, [SubmitObligation]>('submitObligation');
export const decideObligationUpdate = defineUpdate<ObligationActionResult, [DecideObligation]>('decideObligation');
export const requestExtensionUpdate = defineUpdate<ObligationActionResult, [RequestExtension]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<ObligationActionResult, [DecideExtension]>('decideExtension');
export const participationStateQuery = defineQuery<ParticipationState>('participationState');
/** Sent down the tree when the campaign is closed or cancelled: the unit ends its part and passes it on. */
export const endParticipationSignal = defineSignal<[{ outcome: 'closed' | 'cancelled'; reason: string }]>('endParticipation');
/** The issuer amended, suspended or resumed the campaign: each unit applies it and passes it on to its own. */
export const campaignChangedSignal = defineSignal<[CampaignChange]>('campaignChanged');
/**
 * The unit, or the unit it reports to, was merged, split or dissolved: from now on the successor's officials
 * act on the unit's open duties. Sent to each participation the org change touches, not passed down.
 */
export const dutiesHandedOverSignal = defineSignal<[DutiesHandover]>('dutiesHandedOver');
/** Sent by a unit to the unit it reports to once it and every unit below it have finished their part. */
export const participantFinishedSignal = defineSignal<[{ unitCode: string }]>('participantFinished');

/**
 * The workflow type a unit's participation starts as. Its second type runs the same code, born with every change made
 * while the first had runs, so it records no patch marker for them; runs of the first type keep running as they were.
 */
export const PARTICIPATION_WORKFLOW_TYPE = 'participationWorkflowV2';

export const participationWorkflowId = (campaignId: string, unitCode: string): string => `participation:${campaignId}:${unitCode}`;
