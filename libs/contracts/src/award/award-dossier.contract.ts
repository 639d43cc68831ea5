import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActorRef, AwardClock, DossierFacts, DossierRequest, DossierState } from '@tdkt/domain';

/** A list of nominees travelling its computed route, under the campaign it was nominated in. */
export interface AwardDossierInput {
  facts: DossierFacts;
  submittedBy: ActorRef;
  clock: AwardClock;
  /** The printed issuer code of each deciding unit's register ("UBND"), read when the dossier started. */
  issuerCode: string;
}

export interface AwardDossierResult {
  status: DossierState['status'];
  standings: DossierState['standings'];
}

/** What an accepted action answers: the dossier as it now stands. */
export interface DossierActionResult {
  state: DossierState;
}

export const dossierActionUpdate = defineUpdate<DossierActionResult, [DossierRequest]>('dossierAction');
export const dossierStateQuery = defineQuery<DossierState>('dossierState');

/** Under the campaign's namespace of ids, so the campaign's audit and archive find it. */
export const awardDossierWorkflowId = (campaignId: string, dossierId: string): string => `award:${campaignId}:${dossierId}`;
