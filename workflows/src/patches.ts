import { PARTICIPATION_WORKFLOW_TYPE } from '@tdkt/contracts';
import { patched, workflowInfo } from '@temporalio/workflow';

/**
 * Patch ids for workflow changes made while histories of the older code exist (workflows/histories, and
 * in production any running campaign): `patched(id)` is true on new runs and false when replaying an
 * older one, so both keep replaying. Remove an id once no history without it can still be replayed.
 */

/** Human steps (plan review and signature, a leader's approval of a report) got an inbox row, a clock and decision notices. */
export const HUMAN_TASK_CLOCKS = 'human-task-clocks';

/** A unit finishes only after every unit reporting to it has (so an issuer with no phase of its own waits for its units). */
export const WAIT_FOR_SUB_PARTICIPANTS = 'wait-for-sub-participants';

/** Duties already past due when a unit's part opens get one summary notice, not a notice and an escalation each. */
export const OVERDUE_AT_ISSUE = 'overdue-at-issue';

/** A human step's clock counts alarms from the moment it opens: a reminder scheduled before that never fires. */
export const ALARMS_FROM_OPENING = 'alarms-from-opening';

/** A request for more time is a task for the parent's leaders, with its own due date and reminders. */
export const EXTENSION_DECISION_CLOCKS = 'extension-decision-clocks';

/** Human steps' due dates count working days on the shipped national calendar (Tết, nghỉ bù, make-up days), not the legal holidays alone. */
export const NATIONAL_CALENDAR = 'national-calendar';

/** A unit's duties that open later are on its progress page from the start, as pending with their dates. */
export const SCHEDULE_FROM_ISSUE = 'schedule-from-issue';

/**
 * An official's action answers from the Update's own workflow task: the projection (read models and decision log) and
 * the notice follow on the unit's projection chain, and the answer carries the projection for the api to write at once.
 */
export const ANSWER_BEFORE_PROJECTION = 'answer-before-projection';

/**
 * Once the campaign's end reaches a unit, its reminders and escalations stop starting: the end waits for the steps in
 * flight, and frequent alarms on a busy worker could otherwise keep one in flight for ever.
 */
export const ALARMS_STOP_AT_END = 'alarms-stop-at-end';

/**
 * A step's projection and the notice that follows from it go out in one activity (one activity and one workflow task
 * fewer per step); an e-mail it could not send is handed to `notify` apart.
 */
export const PROJECTION_CARRIES_NOTICE = 'projection-carries-notice';

/** A plan decision answers once it is recorded; the drafter's notice of it follows, and the chain ends once it is sent. */
export const DECISION_ANSWERS_BEFORE_NOTICE = 'decision-answers-before-notice';

/**
 * Units' participations start as the second workflow type (`PARTICIPATION_WORKFLOW_TYPE`), born with the changes above:
 * a launch no longer records a marker and a search-attribute upsert per change and unit.
 */
export const PARTICIPATION_V2 = 'participation-v2';

/**
 * A plan decision records the due date of the task it decides: a resubmission the revision's, and a decision made in the
 * instant before its step's task was opened none (it recorded the previous step's).
 */
export const DECISION_DUE_OF_ITS_TASK = 'decision-due-of-its-task';

/** Every change a run of the second participation type was born with. A change made after it is asked with `patched`. */
const PARTICIPATION_V2_BORN_WITH: ReadonlySet<string> = new Set([
  HUMAN_TASK_CLOCKS,
  WAIT_FOR_SUB_PARTICIPANTS,
  OVERDUE_AT_ISSUE,
  ALARMS_FROM_OPENING,
  EXTENSION_DECISION_CLOCKS,
  NATIONAL_CALENDAR,
  SCHEDULE_FROM_ISSUE,
  ANSWER_BEFORE_PROJECTION,
  ALARMS_STOP_AT_END,
  PROJECTION_CARRIES_NOTICE,
]);

/** `patched(id)`, except in a run born with the change, which has it without recording a marker. */
export function applied(id: string): boolean {
  return (workflowInfo().workflowType === PARTICIPATION_WORKFLOW_TYPE && PARTICIPATION_V2_BORN_WITH.has(id)) || patched(id);
}
