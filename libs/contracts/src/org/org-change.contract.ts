/** A recorded set of org changes, to apply on its effective day (Vietnam time). */
export interface OrgChangeInput {
  changeId: string;
  /** YYYY-MM-DD; a day already begun applies at once. */
  effectiveOn: string;
}

/** What applying a set changed that running campaigns must hear of: the units dissolved, and who succeeds each. */
export interface AppliedOrgChange {
  changeId: string;
  effectiveOn: string;
  reason: string;
  dissolved: { unitCode: string; successorCode: string | null }[];
  /** Set when, on its day, the set no longer fitted the tree (another set changed it meanwhile): nothing was applied. */
  refused?: { path: string; message: string }[];
}

export interface OrgChangeOutcome extends AppliedOrgChange {
  /** Participations in running campaigns whose duties now go to successors. */
  handedOver: number;
}

export interface OrgActivities {
  /** Applies the set in one transaction; applying it again changes nothing and answers the same. */
  applyOrgChange(input: { changeId: string }): Promise<AppliedOrgChange>;
  /** Tells every running participation of a dissolved unit (or reviewed by one) who acts from now on. */
  handOverDuties(applied: AppliedOrgChange): Promise<{ handedOver: number }>;
}

export const orgChangeWorkflowId = (changeId: string): string => `org-change:${changeId}`;
