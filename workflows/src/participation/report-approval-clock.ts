import type { ParticipationInput } from '@tdkt/contracts';
import { alarmEntry, APPROVING_ROLES, escalationTarget, taskDueAt, taskOpenedEntry } from '@tdkt/domain';
import { notificationActivities } from '../campaign-activities.proxy';
import { ALARMS_FROM_OPENING, applied } from '../patches';
import { keepTaskClock } from '../tasks/task-clock';
import { workflowCalendar } from '../tasks/workflow-calendar';
import { reportApprovalAlarmNotice } from './decision-notices';
import type { ObligationBoard } from './obligation-board';

/**
 * A submitted report waits on its unit's leaders: that wait is a task with its own due date (the plan's
 * `report_approval` limit), reminders to the leaders, and an escalation to the leaders of the unit it
 * reports to. It never lapses: the report stays on record until someone decides.
 */
export async function keepReportApprovalClock(
  board: ObligationBoard,
  key: string,
  input: ParticipationInput,
  paused: () => boolean = () => false,
): Promise<void> {
  const current = () => board.get(key)!;
  const submission = current()
    .history.filter((e) => e.action === 'submit')
    .at(-1)!;
  const taskKey = `${key}:approval#${current().history.filter((e) => e.action === 'submit').length}`;
  const candidates = { unitCode: input.unitCode, roles: APPROVING_ROLES };
  const escalateTo = escalationTarget(candidates, input.reportsTo);

  if (current().approvalClock?.submission !== submission.requestId) {
    const opened = new Date();
    const dueAt = taskDueAt(
      'report_approval',
      opened,
      input.taskLimits,
      workflowCalendar(input.calendarOverrides, input.nationalCalendar),
    ).toISOString();
    const o = current();
    await board.replace(
      {
        ...o,
        approvalClock: {
          submission: submission.requestId,
          dueAt,
          lastAlarmAt: applied(ALARMS_FROM_OPENING) ? opened.toISOString() : null,
          escalated: false,
        },
        version: o.version + 1,
      },
      [taskOpenedEntry(taskKey, input.unitCode, candidates, opened.toISOString(), dueAt)],
    );
  }
  // A suspension stops this clock too; the obligation's loop starts it again, with the moved due date, on resumption.
  const stillSubmitted = () => current().status !== 'submitted' || current().approvalClock?.submission !== submission.requestId || paused();
  await keepTaskClock(
    {
      clock: current().approvalClock!,
      reminders: input.reminders,
      raise: async (alarm, clock) => {
        if (alarm.kind === 'escalation' && !escalateTo) return;
        const o = current();
        const dueAt = clock.dueAt;
        await board.settle(async () => {
          await board.replace({ ...o, approvalClock: { ...o.approvalClock!, ...clock }, version: o.version + 1 }, [
            alarmEntry({ key: taskKey, dueAt }, alarm, input.unitCode, escalateTo?.unitCode ?? null),
          ]);
          await notificationActivities.notify(reportApprovalAlarmNotice(input, o, taskKey, alarm, escalateTo ?? candidates));
        });
      },
    },
    stillSubmitted,
  );
}
