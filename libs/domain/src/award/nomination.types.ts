import type { NomineeKind } from './award-catalogue.types';

/** A person: identified across years by the personal identification number (số định danh cá nhân, CCCD). */
export interface IndividualNominee {
  kind: 'individual';
  fullName: string;
  /** 12 digits. */
  personalId: string;
  birthYear?: number;
  gender?: 'nam' | 'nu';
  /** "Chủ tịch Hội Nông dân xã" */
  position: string;
  /** The unit the person works in, when it is in the tree. */
  unitCode?: string;
}

/** A collective: a unit of the tree, or a team within one (named, under its unit). */
export interface CollectiveNominee {
  kind: 'collective';
  name: string;
  unitCode: string;
  /**
   * A team within the unit (a phòng, a tổ, a thôn), not the unit itself: its name then tells it apart
   * from the unit's other teams across years.
   */
  team?: boolean;
}

export interface HouseholdNominee {
  kind: 'household';
  /** "Hộ ông Nguyễn Văn A" is named by its head. */
  headFullName: string;
  address: string;
}

export interface EnterpriseNominee {
  kind: 'enterprise';
  name: string;
  /** Mã số thuế: 10 digits, or 13 with a branch suffix ("0101234567-001"). */
  taxCode: string;
  address: string;
}

export type Nominee = IndividualNominee | CollectiveNominee | HouseholdNominee | EnterpriseNominee;

/** One name on a list: who, for which award, and why. */
export interface Nomination {
  nominee: Nominee;
  /** Báo cáo thành tích: a summary in the dossier; the full report is an attachment. */
  achievements: string;
  /** For titles that need one: the initiative and who recognised it. */
  initiative?: { title: string; recognisedBy?: string };
}

/** A list the nominating unit sends for one award form (tờ trình), decided as a batch, each nominee keeping its own outcome. */
export interface NominationList {
  awardKey: string;
  nominatingUnitCode: string;
  /** The year the achievements belong to. */
  year: number;
  nominations: Nomination[];
  /** Biên bản bình xét / xét khen thưởng: when the unit's meeting agreed the list (Luật Điều 84). */
  minutes: { heldOn: string; present: number; members: number };
}

/** An award recorded in the history, used by prerequisite checks and statistics. */
export interface AwardRecord {
  nomineeKey: string;
  nomineeKind: NomineeKind;
  awardKey: string;
  year: number;
  decisionNumber: string;
}
