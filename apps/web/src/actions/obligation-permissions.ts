import type { ObligationStatus, Role } from '@tdkt/domain';

// Who may act on an obligation now, as the domain's rules say (obligation-rules.ts): the page offers these actions
// only, and the API, which holds the authority, still refuses anything else in words.

/** Prepare and send the unit's work. */
const SUBMITTING_ROLES: readonly Role[] = ['specialist', 'leader', 'deputy_leader'];
/** Approve the unit's work, or decide on an extension for a unit below. */
const APPROVING_ROLES: readonly Role[] = ['leader', 'deputy_leader'];

export interface Official {
  unitCode: string;
  roles: readonly Role[];
}

export interface ObligationSituation {
  unitCode: string;
  /** The unit it reports to, whose leader decides on extensions. */
  reportsTo: string;
  status: ObligationStatus;
  dueAt: string | null;
  /** A request for more time still waits for the parent's answer. */
  extensionPending: boolean;
}

export interface ObligationActions {
  submit: boolean;
  decide: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
}

const holds = (official: Official, unitCode: string, roles: readonly Role[]) =>
  official.unitCode === unitCode && official.roles.some((role) => roles.includes(role));

/**
 * The decisions a delegation (ủy quyền) in force lets the official take on this obligation, beside their own roles:
 * a report's approval in its unit's leader's place, an extension's in the parent's leader's.
 */
export interface DelegatedDecisions {
  decide: boolean;
  decideExtension: boolean;
}

const NONE_DELEGATED: DelegatedDecisions = { decide: false, decideExtension: false };

export function obligationActionsFor(
  official: Official,
  o: ObligationSituation,
  delegated: DelegatedDecisions = NONE_DELEGATED,
): ObligationActions {
  const toSend = o.status === 'open' || o.status === 'returned';
  const ended = o.status === 'closed' || o.status === 'cancelled';
  return {
    submit: toSend && holds(official, o.unitCode, SUBMITTING_ROLES),
    decide: o.status === 'submitted' && (holds(official, o.unitCode, APPROVING_ROLES) || delegated.decide),
    // More time only for work still to send, with a deadline to move and no request already waiting.
    requestExtension: toSend && o.dueAt !== null && !o.extensionPending && holds(official, o.unitCode, SUBMITTING_ROLES),
    decideExtension: !ended && o.extensionPending && (holds(official, o.reportsTo, APPROVING_ROLES) || delegated.decideExtension),
  };
}
