import type { CampaignStatus } from './campaign.contract';
import type { ParticipationInput } from './participation.contract';
import type { Assignment, CampaignChange, HumanTaskProjection, ObligationState, PlanAmendment, Role } from '@tdkt/domain';
import type { DecisionBatch } from '../audit/audit-activities';

export interface PlanNumber {
  /** "3/KH-UBND" */
  number: string;
  sequence: number;
}

export interface NotificationRequest {
  /** Same key → sent once, however often the activity is retried or the timer replays. */
  dedupeKey: string;
  campaignId: string;
  /** Everyone holding one of the roles in the unit, or named officials (the drafter of a returned report). */
  recipients: { unitCode: string; roles: Role[] } | { officialIds: string[] };
  kind: 'task' | 'reminder' | 'overdue' | 'escalation' | 'decision' | 'extension' | 'expired' | 'plan_change';
  subject: string;
  body: string;
}

export interface ObligationProjection {
  campaignId: string;
  unitCode: string;
  reportsTo: string;
  levelCode: string;
  obligation: ObligationState;
  /** Who must act now; null when nobody (approved, or not yet open). */
  assignment: Assignment | null;
  /** Monotonic per obligation, so a late retry of an older projection never overwrites a newer one. */
  version: number;
  /** The steps that produced this state, appended to the decision log in the same transaction. */
  decisions?: DecisionBatch;
}

/** What became of the notice an obligation's projection carried. */
export interface NoticeDelivery {
  /**
   * Some e-mail could not be sent and the workflow must hand the notice to `notify`. Always false since the mail retry workflow
   * sends a failed e-mail again; workflows that ran before it still do as their histories say.
   */
  emailPending: boolean;
}

export type { HumanTaskProjection } from '@tdkt/domain';

/**
 * Side effects the campaign and participation workflows call. Implemented in activities/, each
 * idempotent: safe to retry, safe to replay.
 */
export interface CampaignActivities {
  /** Next number in the issuer's sequence for the year; the same campaign always gets the same number. */
  assignPlanNumber(input: { campaignId: string; issuerCode: string; year: number }): Promise<PlanNumber>;
  /** The campaign's status for listing, and the steps that changed it in the decision log, in one transaction. */
  recordCampaignStatus(input: {
    campaignId: string;
    status: CampaignStatus;
    planNumber?: string;
    issuedAt?: string;
    decisions?: DecisionBatch;
  }): Promise<void>;
  /** A unit's participation: its obligations from the plan's schedule for its level, its group, whom it reports to. */
  buildParticipationInput(input: { campaignId: string; unitCode: string }): Promise<ParticipationInput>;
  /** Starts the participation workflows of the units reporting to `parentUnitCode`; returns how many. */
  startParticipants(input: { campaignId: string; parentUnitCode: string }): Promise<{ started: number }>;
  /** Tells the units reporting to `parentUnitCode` that the campaign has ended; returns how many were still running. */
  endParticipants(input: {
    campaignId: string;
    parentUnitCode: string;
    outcome: 'closed' | 'cancelled';
    reason: string;
  }): Promise<{ ended: number }>;
  /** Passes the issuer's change on to the units reporting to `parentUnitCode`; returns how many were still running. */
  passChangeDown(input: { campaignId: string; parentUnitCode: string; change: CampaignChange }): Promise<{ reached: number }>;
  /**
   * Stores the amended plan (the one every unit's dates are computed from from now on), the amendment
   * itself under its number, and its decision, in one transaction.
   */
  recordPlanAmendment(input: {
    campaignId: string;
    amendmentNumber: number;
    amendment: PlanAmendment;
    decisions: DecisionBatch;
  }): Promise<void>;
  projectObligation(input: ObligationProjection): Promise<void>;
  projectHumanTask(input: HumanTaskProjection): Promise<void>;
  /** The notice recorded for each recipient and mailed; an e-mail the relay refuses is left to the mail retry workflow. */
  notify(input: NotificationRequest): Promise<void>;
  /**
   * The projection, then the notice that follows from it, in one activity (one task fewer on the server per step).
   * An e-mail that fails does not fail it (the mail retry workflow sends it later): the unit's later projections would wait
   * behind the mail relay.
   */
  projectObligationWithNotice(input: { projection: ObligationProjection; notice: NotificationRequest }): Promise<NoticeDelivery>;
}
