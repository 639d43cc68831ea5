import type { HumanTaskKind } from '@tdkt/domain';
import type { Delegation } from '../api/queries';
import { receivedInForce } from '../layout/delegations-in-force';

/** A step an official might take in a leader's place: its kind, its campaign, and the unit whose leader decides it. */
export interface DelegableStep {
  kind: HumanTaskKind;
  campaignId: string;
  unitCode: string;
}

/**
 * The delegation (ủy quyền) under which the official may take the step at `now`, as refuseDelegatedAction checks it:
 * received by them, in force, of the step's kind, for every campaign or this one, given by the leader of the deciding
 * unit. The newest first, as GET /delegations lists them; null when none covers it.
 */
export function delegationForStep(
  delegations: readonly Delegation[],
  officialUsername: string,
  step: DelegableStep,
  now: Date,
): Delegation | null {
  return (
    receivedInForce(delegations, officialUsername, now).find(
      (d) =>
        d.kinds.includes(step.kind) && (d.campaignId === null || d.campaignId === step.campaignId) && d.from.unitCode === step.unitCode,
    ) ?? null
  );
}
