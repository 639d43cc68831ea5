import type { DueDateSpec } from '../calendar/due-date';
import type { YearOverrides } from '../calendar/working-day-calendar';
import type { Capacity } from '../approval/approval.types';
import type { Role } from '../org/roles';
import type { TaskTimeLimits } from '../task/human-task.types';

/**
 * A kế hoạch (plan) as data: everything the issuing body writes in the document that the system
 * must act on. A campaign runs one plan; templates are plans with placeholders filled at creation.
 * Text is Vietnamese, NFC.
 */
export interface PlanDefinition {
  /** Which template it came from, if any ("mttq-doan-ket-sang-tao"); clones keep it. */
  templateKey?: string;
  issuer: PlanIssuer;
  /** Place written before the date: "Tuyên Quang". */
  place: string;
  /** The year whose numbering sequence the plan takes its number from. */
  year: number;
  /**
   * The date the plan was issued on paper, when it is entered after the fact: dates counted from the
   * issue count from it, and phases that opened before today are accepted. Absent, the plan is issued
   * when it is signed here, and a phase opening in the past is refused.
   */
  issuedOn?: string;
  title: string;
  /** The plan or directive of the level above this plan implements ("Thực hiện Kế hoạch số 155/KH-UBND…"). */
  implements?: ImplementedDocument;
  legalBases: LegalBasis[];
  purposes: string[];
  requirements: string[];
  /** Contents of the movement (Nội dung phong trào thi đua), as numbered in the document. */
  contents?: string[];
  participants: ParticipantSelector;
  participantGroups: ParticipantGroup[];
  awardForms: AwardForm[];
  stages: Stage[];
  responsibilities: Responsibility[];
  recipients: string[];
  signature: SignatureBlock;
  approvalChain: ApprovalStepTemplate[];
  reminders: ReminderPolicy;
  /** How long each kind of human step may wait (review, signature, a leader's approval…); the body's defaults otherwise. */
  taskLimits?: Partial<TaskTimeLimits>;
  /** How long after a step of the plan's approval fell due, with nobody acting, the plan lapses ("60d" by default). */
  approvalLapse?: string;
  /** The government's yearly schedules (Tết days, compensatory days) for the working-day calendar. */
  calendarOverrides?: YearOverrides;
  /** When the plan sets up a council to appraise initiatives (sáng kiến), as seed 000 does: who, and against what. */
  initiativeAppraisal?: InitiativeAppraisal;
}

export interface InitiativeAppraisal {
  /** "Hội đồng thẩm định xét, đề nghị công nhận sáng kiến, ý tưởng mới cấp tỉnh" */
  council: string;
  /** All must hold for an initiative to be recognised: "Tính mới", "Tính phù hợp"… */
  criteria: QualitativeCriterion[];
}

export interface ImplementedDocument {
  /** As printed: "155/KH-UBND", "12-KH/TU". */
  number: string;
  /** "Ủy ban nhân dân tỉnh Tuyên Quang" */
  issuer: string;
  /** YYYY-MM-DD. */
  issuedOn?: string;
  title?: string;
  /** The campaign running it, when it was issued through this system: the two are then linked both ways. */
  campaignId?: string;
}

export interface PlanIssuer {
  unitCode: string;
  /** Code printed in the number, "UBND" in "155/KH-UBND"; defaults to the unit's issuer code. */
  issuerCode?: string;
}

export interface LegalBasis {
  /** "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ" */
  reference: string;
  summary?: string;
}

/**
 * Who takes part. Units in the issuer's subtree whose level is one of `levels` (when given) and whose
 * kind is one of `kinds` (when given), plus units listed explicitly (which may be outside the subtree,
 * e.g. sibling departments), minus exclusions; never the issuer itself. With neither levels nor kinds,
 * only the listed units take part. Each participant reports to its nearest participating ancestor,
 * or to the issuer. See selectParticipants.
 */
export interface ParticipantSelector {
  levels?: string[];
  kinds?: string[];
  unitCodes?: string[];
  excludeUnitCodes?: string[];
}

/**
 * Participants that share criteria: "cơ quan cấp tỉnh", "cấp huyện", "cấp xã", "cá nhân tiêu biểu"…
 * A unit belongs to every group it matches — a group for the individuals inside every unit sits beside
 * each unit's own group. A unit matches when every list given contains it (level, kind, code); `{}`
 * matches all.
 */
export interface ParticipantGroup {
  key: string;
  label: string;
  match: { levels?: string[]; kinds?: string[]; unitCodes?: string[] };
  criteria: Criterion[];
}

export type Criterion = QualitativeCriterion | KpiCriterion;

export interface QualitativeCriterion {
  kind: 'qualitative';
  key: string;
  text: string;
  /** Whom it judges: the unit as a collective (the default) or individuals within it. */
  appliesTo?: CriterionSubject;
}

export type CriterionSubject = 'collective' | 'individual';

/** "tối thiểu 80% hồ sơ TTHC được xử lý trực tuyến": target 80, unit "%", at least. */
export interface KpiCriterion {
  kind: 'kpi';
  key: string;
  text: string;
  target: number;
  unit: string;
  comparison: 'atLeast' | 'atMost';
  /** How a parent combines its children's values: a sum of counts, or a mean of rates. */
  aggregate: 'sum' | 'average';
  appliesTo?: CriterionSubject;
}

export interface AwardForm {
  key: string;
  /** "Bằng khen của Chủ tịch UBND tỉnh" */
  name: string;
  /**
   * Who decides it: a level (for awards above the issuer, e.g. "trung_uong", which need not be a level
   * of the unit tree) or an explicit unit; neither means the head of the nominating unit itself
   * ("Giấy khen của Thủ trưởng cơ quan, đơn vị").
   */
  decidedBy: { levelCode?: string; unitCode?: string; title: string };
  forCollective: boolean;
  forIndividual: boolean;
  standards?: string;
  /** At most this many per nominating unit, when the plan sets a quota. */
  quotaPerUnit?: number;
  /**
   * The award catalogue's entry this form is ("bang-khen-chu-tich-ubnd-tinh"): who may receive it, who
   * decides it and the route its dossiers take come from there. Must be in the catalogue in force on the
   * plan's issue date. Absent for a form written before the catalogue, or outside it.
   */
  catalogueKey?: string;
}

export interface Stage {
  key: string;
  /** "Giai đoạn 1: 2022–2025" */
  name: string;
  phases: Phase[];
}

/** `request`: a report, registration or list a leader asks for outside the plan's phases (see libs/domain/src/request). */
export type PhaseKind = 'launch' | 'implementation' | 'interim_review' | 'final_review' | 'nomination' | 'request';

/** Every phase kind, in lifecycle order (`request` last: it is asked outside the plan's phases). */
export const PHASE_KIND_VALUES: readonly PhaseKind[] = [
  'launch',
  'implementation',
  'interim_review',
  'final_review',
  'nomination',
  'request',
];

/** The issuer runs no launch or implementation of its own: it aggregates the reviews and decides nominations. */
export const ISSUER_PHASE_KINDS: readonly PhaseKind[] = ['interim_review', 'final_review', 'nomination'];

/**
 * One phase of a stage. Every participant has one obligation per phase (for implementation: one per
 * period), due at its level's deadline; lower levels are due earlier so parents can aggregate.
 */
export interface Phase {
  key: string;
  kind: PhaseKind;
  name: string;
  /** When the obligation opens for units. */
  opensAt: DueDateSpec;
  /** Due date per level code; `default` for levels not listed. */
  dueByLevel: Record<string, DueDateSpec>;
  /** Implementation only: progress reports every N days/months until the due date. */
  progressEvery?: { months?: number; days?: number; seconds?: number };
  /** Only these participants owe the phase (a group, a kind, a few named bodies); every participant when absent. */
  appliesTo?: PhaseScope;
}

/**
 * Which participants owe a phase: a unit owes it when every list given holds it — its level, its kind,
 * one of its participant groups, its code.
 */
export interface PhaseScope {
  levels?: string[];
  kinds?: string[];
  groups?: string[];
  unitCodes?: string[];
}

export interface Responsibility {
  /** "Sở Nội vụ", or a unit code when the plan names one. */
  party: string;
  unitCode?: string;
  role: 'lead' | 'coordinate' | 'implement';
  tasks: string[];
  /**
   * The reports this body compiles for the issuer ("theo dõi, tổng hợp"): for each phase, the participants
   * it follows and its own deadline. The body then owes a compilation per phase, sees the followed units'
   * reports and their aggregate, and sends the compilation to the issuer. Needs `unitCode`.
   */
  compiles?: Compilation[];
}

export interface Compilation {
  phaseKey: string;
  /** Whose reports it compiles; every participant owing the phase when absent. */
  follows?: PhaseScope;
  due: DueDateSpec;
}

export interface SignatureBlock {
  /** TM. / KT. as printed above the signer's title. */
  capacity: Capacity;
  /** "ỦY BAN NHÂN DÂN" */
  bodyName: string;
  /** "PHÓ CHỦ TỊCH" */
  signerTitle: string;
}

/** A step of the plan's approval chain, relative to the issuer: its own office or a given unit. */
export interface ApprovalStepTemplate {
  key: string;
  label: string;
  unitCode?: string;
  roles: Role[];
  signs?: boolean;
}

/**
 * When to remind, as durations before the due instant ("7d", "3d", "1d", "0s"), how often to repeat
 * once overdue, and after how long overdue to escalate to the parent's leader. Durations accept
 * s, m, h, d so a test plan can compress a year into seconds with data alone.
 */
export interface ReminderPolicy {
  before: string[];
  overdueEvery: string;
  escalateAfter: string;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = { before: ['7d', '3d', '1d', '0s'], overdueEvery: '1d', escalateAfter: '3d' };
