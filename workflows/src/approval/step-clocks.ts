import { condition, patched } from '@temporalio/workflow';
import type { ApprovalClock, ApprovalInput } from '@tdkt/contracts';
import {
  alarmEntry,
  ApprovalState,
  DecisionEntry,
  planExpiredEntry,
  resolveDueDate,
  taskOpenedEntry,
  WorkingDayCalendar,
} from '@tdkt/domain';
import { auditActivities, decisionBatch, reportRecorded } from '../audit/audit-record';
import { campaignActivities, notificationActivities } from '../campaign-activities.proxy';
import { ALARMS_FROM_OPENING } from '../patches';
import { keepTaskClock, lapseInstant } from '../tasks/task-clock';
import { workflowCalendar } from '../tasks/workflow-calendar';
import { expiredNotice, stepAlarmNotice, stepOpenedNotice } from './approval-notices';

/** The task waiting now (a step's decision, or the drafter's revision), and until when: a decision's due date in force. */
export interface OpenStep {
  taskKey: string;
  dueAt: string;
}

/** The key of a chain's task in a round: a step's (`plan:office#1`), or the drafter's revision (`plan:revise#1`). */
export const planTaskKey = (stepKey: string, round: number) => `plan:${stepKey}#${round}`;
export const REVISION = 'revise';
export const isRevision = (taskKey: string) => taskKey.startsWith(`plan:${REVISION}#`);

/**
 * Gives every pending step of the chain an owner and a clock: a row in the inbox of those who may act,
 * a mail, reminders, a notice at due, overdue notices, an escalation, and — when nobody acts long after
 * it was due — the named outcome `expired`. A returned plan waits for its drafter under the same lapse.
 */
export interface ChainRecord {
  state(): ApprovalState;
  /** Projects the chain's state and appends its entries, as every decision is recorded. */
  record(snapshot: ApprovalState, entries: DecisionEntry[]): Promise<void>;
  /** The task now waiting, for the due date a decision records. */
  opened(task: OpenStep): void;
}

export async function keepStepClocks(input: ApprovalInput, clock: ApprovalClock, chain: ChainRecord): Promise<'decided' | 'expired'> {
  const state = () => chain.state();
  const calendar = new WorkingDayCalendar(workflowCalendar(clock.calendarOverrides, clock.nationalCalendar));
  const { campaignId, unitCode } = input.record;
  for (;;) {
    const current = state();
    if (current.status === 'approved' || current.status === 'rejected') return 'decided';
    const moved = () => state().status !== current.status || state().stepIndex !== current.stepIndex || state().round !== current.round;
    const opened = new Date();
    const dueAt = resolveDueDate(clock.limit, { opened }, calendar).instant.toISOString();
    if (current.status !== 'pending') {
      // Returned (or a draft): the drafter revises; after the step's time and the lapse, the chain ends.
      const revision = planTaskKey(REVISION, current.round);
      chain.opened({ taskKey: revision, dueAt });
      if (!(await condition(moved, Date.parse(lapseInstant(dueAt, clock.expireAfter)) - opened.getTime())))
        return expire(input, chain, revision, dueAt);
      continue;
    }

    const step = input.steps[current.stepIndex];
    const taskKey = planTaskKey(step.key, current.round);
    const candidates = { unitCode: step.unitCode, roles: step.roles };
    const task = {
      campaignId,
      unitCode,
      taskKey,
      kind: 'plan_approval' as const,
      title: `${step.label}: ${input.subject.title}`,
      action: step.signs ? ('sign' as const) : ('approve' as const),
      candidates,
      dueAt,
    };
    chain.opened({ taskKey, dueAt });
    const entries = [taskOpenedEntry(taskKey, unitCode, candidates, opened.toISOString(), dueAt)];
    const decisions = decisionBatch(campaignId, entries);
    await Promise.all([
      campaignActivities.projectHumanTask({ ...task, status: 'open', version: 1 }),
      auditActivities.recordDecisions(decisions),
      notificationActivities.notify(stepOpenedNotice(input, step, taskKey, dueAt)),
    ]);
    reportRecorded(decisions);

    const outcome = await keepTaskClock(
      {
        clock: { dueAt, lastAlarmAt: patched(ALARMS_FROM_OPENING) ? opened.toISOString() : null, escalated: false },
        reminders: clock.reminders,
        expiresAt: lapseInstant(dueAt, clock.expireAfter),
        raise: async (alarm) => {
          // No one above the candidates (a head of the top body): the escalation has nobody to go to.
          if (alarm.kind === 'escalation' && !step.escalateTo) return;
          const alarmed = decisionBatch(campaignId, [
            alarmEntry({ key: taskKey, dueAt }, alarm, unitCode, step.escalateTo?.unitCode ?? null),
          ]);
          await Promise.all([
            notificationActivities.notify(stepAlarmNotice(input, step, taskKey, dueAt, alarm, step.escalateTo ?? candidates)),
            auditActivities.recordDecisions(alarmed),
          ]);
          reportRecorded(alarmed);
        },
      },
      moved,
    );
    await campaignActivities.projectHumanTask({ ...task, status: 'done', version: 2 });
    if (outcome === 'expired') {
      await notificationActivities.notify(expiredNotice(input, step, taskKey));
      return expire(input, chain, taskKey, dueAt);
    }
  }
}

async function expire(input: ApprovalInput, chain: ChainRecord, taskKey: string, dueAt: string): Promise<'expired'> {
  await chain.record({ ...chain.state(), status: 'expired' }, [
    planExpiredEntry(taskKey, input.record.unitCode, new Date().toISOString(), dueAt),
  ]);
  return 'expired';
}
