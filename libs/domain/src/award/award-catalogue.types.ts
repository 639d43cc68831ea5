/**
 * The award catalogue: every emulation title and commendation form the law defines, who may receive it,
 * who decides it and what its dossier goes through. It is dated, versioned data (the law, its decrees
 * and the 2025 decentralisation move powers between levels), shipped for the current law with the
 * articles it encodes, and overridable by a province or ministry for what the law leaves to them.
 */

/** Who a nomination proposes: a person, a collective (a unit, a team), a household, an enterprise. */
export type NomineeKind = 'individual' | 'collective' | 'household' | 'enterprise';

export const NOMINEE_KINDS: readonly NomineeKind[] = ['individual', 'collective', 'household', 'enterprise'];

/**
 * Danh hiệu thi đua (a title earned by emulation), hình thức khen thưởng (a commendation: giấy khen,
 * bằng khen), huân chương, huy chương, danh hiệu vinh dự nhà nước; and the recognition of an initiative
 * (công nhận sáng kiến), which a council scores and some titles require.
 */
export type AwardCategory = 'emulation_title' | 'commendation' | 'order' | 'medal' | 'honorary_title' | 'initiative_recognition';

export const AWARD_CATEGORIES: readonly AwardCategory[] = [
  'emulation_title',
  'commendation',
  'order',
  'medal',
  'honorary_title',
  'initiative_recognition',
];

/** The central authorities a province forwards to: Chủ tịch nước (Điều 77), Chính phủ and Thủ tướng (Điều 78). */
export type CentralAuthority = 'chu_tich_nuoc' | 'chinh_phu' | 'thu_tuong';

/**
 * A unit whose head may decide an award: a level of the tree and, optionally, the kinds of unit at it
 * ("Chủ tịch UBND cấp xã" is level `xa`, kind `ubnd`; "Giám đốc Sở" is level `tinh`, kind `so`).
 */
export interface DecidingUnitRule {
  levelCode: string;
  unitKinds?: string[];
}

/**
 * Who decides: the head of the nearest unit, from the nominating unit upwards, that matches one of the
 * rules (a commune's chairman decides a Giấy khen for the commune; a department's director for the
 * department), or a central authority, reached through the top of the tree (the province appraises and
 * forwards).
 */
export type DecidingAuthority =
  { kind: 'unit_head'; units: DecidingUnitRule[]; title: string } | { kind: 'central'; body: CentralAuthority; title: string };

/** A council vote's rule: the share of the council's members (or of those present) who must agree. */
export interface CouncilVoteRule {
  kind: 'vote';
  /** 0..1, e.g. 0.9 for ninety per cent; 2 / 3 is read as exactly two thirds (see share.ts). */
  threshold: number;
  /**
   * "từ 90% trở lên" is `at_least` (the default); "quá nửa" (a majority) is `more_than` 0.5, which
   * half of the members exactly does not reach.
   */
  comparison?: 'at_least' | 'more_than';
  of: 'members' | 'present';
  /** The share of members who must attend for the session to decide, 0..1. */
  quorum: number;
  secretBallot: boolean;
}

/**
 * Initiatives (sáng kiến) are scored by the council on the criteria a plan sets (e.g. five criteria of
 * 20 points); recognised when the mean total reaches the pass mark.
 */
export interface CouncilScoreRule {
  kind: 'score';
  criteria: { key: string; text: string; maxPoints: number }[];
  passMark: number;
  quorum: number;
}

export type CouncilRule = CouncilVoteRule | CouncilScoreRule;

/** What a nominee must already hold. Checked against the award history. */
export type Prerequisite =
  /** e.g. Chiến sĩ thi đua cấp tỉnh: Chiến sĩ thi đua cơ sở in each of the last 3 years. */
  | { kind: 'held_consecutively'; awardKey: string; years: number; text: string }
  /** e.g. Chiến sĩ thi đua cơ sở: an initiative recognised by the competent body (Luật Điều 84 k.1). */
  | { kind: 'initiative_recognised'; text: string };

/** The steps a dossier can go through, in route order. */
export type AwardStepKind = 'propose' | 'endorse' | 'appraise' | 'consult' | 'post' | 'council' | 'decide' | 'forward';

export const AWARD_STEP_KINDS: readonly AwardStepKind[] = [
  'propose',
  'endorse',
  'appraise',
  'consult',
  'post',
  'council',
  'decide',
  'forward',
];

/** Working days each step may take, unless an entry says otherwise. */
export type StepLimits = Record<AwardStepKind, number>;

export interface AwardCatalogueEntry {
  key: string;
  /** "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" */
  name: string;
  category: AwardCategory;
  nomineeKinds: NomineeKind[];
  decidedBy: DecidingAuthority;
  /** The body that appraises the dossier at the deciding level (the provincial Ban Thi đua – Khen thưởng). */
  appraisedBy: string;
  /** Public posting before the council, in working days (NĐ 98/2023 Điều 46 k.2: at least 10). */
  postingWorkingDays?: number;
  /** Whether the appraiser must consult other bodies (hiệp y) before the council. */
  consultation?: boolean;
  /** Whether the council at the deciding level votes on it, and by which rule. */
  council?: CouncilRule;
  prerequisites?: Prerequisite[];
  /** Working days for the deciding level to process the dossier once it arrives. */
  processingWorkingDays: number;
  /** Per-step limits that differ from the catalogue's. */
  stepLimits?: Partial<StepLimits>;
  /** Bonus as a multiple of the base salary (NĐ 98/2023 Điều 54); none for forms without one. */
  amountMultiple?: number;
  /** ISO dates: in force from, and until (exclusive) when a later rule replaces it. */
  validFrom: string;
  validUntil?: string;
  /** The articles this entry encodes: every entry names at least one. */
  legalBasis: string[];
}

/** One version of the catalogue: the entries in force from a date, and the default step limits. */
export interface AwardCatalogue {
  version: string;
  validFrom: string;
  stepLimits: StepLimits;
  /** Lương cơ sở in đồng, for amounts (dated data: 2,340,000 from 01/07/2024). */
  baseSalary: number;
  entries: AwardCatalogueEntry[];
}

/**
 * What a province or ministry sets for itself: other limits, thresholds or posting periods for some
 * entries, entries it adds (its own forms), entries it withdraws.
 */
export interface AwardCatalogueOverride {
  issuer: string;
  /** The province's or ministry's own decision that sets it: added to the legal basis of every entry it changes or adds. */
  reference?: string;
  validFrom: string;
  stepLimits?: Partial<StepLimits>;
  entries?: (Partial<AwardCatalogueEntry> & { key: string })[];
  withdrawn?: string[];
}
