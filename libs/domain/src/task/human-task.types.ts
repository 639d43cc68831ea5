import type { DueDateSpec } from '../calendar/due-date';
import type { Role } from '../org/roles';

/** Every step that waits for a person, besides a unit's own reports (which are obligations). */
/** `award_step`: a step of an award dossier's route (endorse, appraise, council, decide…). */
export const HUMAN_TASK_KINDS = ['plan_approval', 'report_approval', 'extension_decision', 'award_step'] as const;
export type HumanTaskKind = (typeof HUMAN_TASK_KINDS)[number];

/** Who may act: every official of the unit holding one of the roles. Nobody is named: whoever is at the desk acts. */
export interface Candidates {
  unitCode: string;
  roles: Role[];
}

/**
 * How long each kind of task may wait, counted from the moment it opens: working days for a real plan
 * ({ kind: "workingDaysAfter", anchor: "opened", days: 5 }), or a duration for a compressed test run.
 */
export type TaskTimeLimits = Record<HumanTaskKind, DueDateSpec>;

/** What a task's clock has fired so far: the same shape as an obligation's, so the same alarm schedule applies. */
export interface TaskClock {
  dueAt: string;
  lastAlarmAt: string | null;
  escalated: boolean;
}

/** A human step's row in the inbox of those who may act on it (one that is not a unit's own obligation). */
export interface HumanTaskProjection {
  campaignId: string;
  /** The unit the task is about: the issuer for its plan. */
  unitCode: string;
  /** Unique within the campaign and unit, e.g. "plan:sign#2" (step and round). */
  taskKey: string;
  kind: HumanTaskKind;
  title: string;
  action: 'approve' | 'sign';
  candidates: Candidates;
  dueAt: string;
  status: 'open' | 'done';
  /** Grows with every projection of the task; an older one never overwrites a newer one. */
  version: number;
}
