import type { HumanTaskKind } from '../task/human-task.types';

/** An official as a delegation names them. */
export interface DelegationParty {
  officialId: string;
  username: string;
  fullName: string;
  unitCode: string;
  title?: string | null;
}

/**
 * Ủy quyền: a leader lets another official of the same body take some of their decisions for a period —
 * by kind of step, and optionally for one campaign only. Decisions taken under it record both names and
 * the capacity "TUQ.". It ends at its end date or when revoked.
 */
export interface Delegation {
  id: string;
  from: DelegationParty;
  to: DelegationParty;
  kinds: HumanTaskKind[];
  campaignId: string | null;
  startsAt: string;
  endsAt: string;
  reason: string;
  revokedAt: string | null;
}

/** A decision about to be taken under a delegation. */
export interface DelegatedAction {
  kind: HumanTaskKind;
  campaignId: string;
  /** The unit whose leader would otherwise decide. */
  unitCode: string;
  at: Date;
}
