/**
 * Org upkeep: rename, move, merge, split and deactivate units, as one set with an effective day, applied all or
 * nothing. The 2025 reform merged communes and abolished districts; the tree must follow without losing its past.
 */

export interface RenameChange {
  kind: 'rename';
  unitCode: string;
  name?: string;
  statisticsCode?: string;
}

export interface MoveChange {
  kind: 'move';
  unitCode: string;
  parentCode: string;
}

/** The unit the merged ones become: one of them (which absorbs the others) or a new one. */
export interface MergeInto {
  code: string;
  name?: string;
  kind?: string;
  levelCode?: string;
  parentCode?: string;
  statisticsCode?: string;
}

export interface MergeChange {
  kind: 'merge';
  unitCodes: string[];
  into: MergeInto;
}

export interface SplitPart {
  code: string;
  name: string;
  kind?: string;
  levelCode?: string;
  statisticsCode?: string;
}

export interface SplitChange {
  kind: 'split';
  unitCode: string;
  into: SplitPart[];
  /** The part that takes over the old unit's officials, children and open duties. */
  dutiesTo: string;
}

export interface DeactivateChange {
  kind: 'deactivate';
  unitCode: string;
  successorCode?: string;
}

export type OrgChange = RenameChange | MoveChange | MergeChange | SplitChange | DeactivateChange;
export type OrgChangeKind = OrgChange['kind'];
export const ORG_CHANGE_KINDS: readonly OrgChangeKind[] = ['rename', 'move', 'merge', 'split', 'deactivate'];

export interface OrgChangeSet {
  /** 'YYYY-MM-DD': the first day the new tree holds. */
  effectiveOn: string;
  reason: string;
  changes: OrgChange[];
}

/** A unit as the rules need it. */
export interface OrgUnitState {
  code: string;
  name: string;
  parentCode: string | null;
  path: string;
  levelCode: string;
  kind: string;
  statisticsCode: string | null;
  active: boolean;
}

/** The tree (inactive units included: their codes stay taken) and who sits where, before the set. */
export interface OrgSnapshot {
  units: readonly OrgUnitState[];
  levelCodes: readonly string[];
  officials: readonly { id: string; unitCode: string }[];
}

export interface OrgChangeError {
  path: string;
  message: string;
  /** English for `message` (answered with Accept-Language: en). */
  en?: string;
}

export type OrgChangeSetValidation = { ok: true; value: OrgChangeSet } | { ok: false; errors: OrgChangeError[] };

/** What a set does, change after change; the store writes exactly this. */
export interface OrgChangeEffects {
  created: OrgUnitState[];
  renamed: { unitCode: string; fromName: string; toName: string; fromStatisticsCode: string | null; toStatisticsCode: string | null }[];
  /** Units given a new parent by a move or a merge's into.parentCode. */
  moved: { unitCode: string; fromParentCode: string | null; toParentCode: string }[];
  /** Every unit whose path changed: the moved and re-parented ones and all their descendants. */
  paths: { unitCode: string; fromPath: string; toPath: string }[];
  dissolved: { unitCode: string; successorCode: string | null }[];
  /** Children of dissolved units, now under the successor. */
  reparented: { unitCode: string; fromParentCode: string; toParentCode: string }[];
  officialsMoved: { officialId?: string; fromUnit: string; toUnit: string }[];
  /** Every unit created or changed, as it stands after the whole set. */
  after: OrgUnitState[];
}
