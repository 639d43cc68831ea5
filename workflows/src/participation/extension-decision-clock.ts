import { condition } from '@temporalio/workflow';
import type { ParticipationInput } from '@tdkt/contracts';
import { alarmEntry, APPROVING_ROLES, isSettled, pendingExtension } from '@tdkt/domain';
import { notificationActivities } from '../campaign-activities.proxy';
import { alarmNotice } from '../tasks/alarm-notice';
import { keepTaskClock } from '../tasks/task-clock';
import { formatVietnamTime } from '../tasks/vietnam-time';
import type { ObligationBoard } from './obligation-board';

/**
 * A unit's request for more time waits on the leaders of the unit it reports to: each request is a task
 * with its own due date (the plan's `extension_decision` limit) and reminders to those leaders, until
 * they grant or refuse it. Runs beside the obligation's own clock, for as long as the obligation is owed.
 */
export async function keepExtensionDecisionClocks(board: ObligationBoard, key: string, input: ParticipationInput): Promise<void> {
  const current = () => board.get(key)!;
  const waiting = () => pendingExtension(current());
  for (;;) {
    await condition(() => isSettled(current().status) || !!waiting()?.decisionClock);
    if (isSettled(current().status)) return;
    const request = waiting()!;
    const taskKey = `${key}:extension#${current().extensions.length}`;
    const leaders = { unitCode: input.reportsTo, roles: APPROVING_ROLES };
    const answered = () => isSettled(current().status) || waiting()?.requestId !== request.requestId;
    await keepTaskClock(
      {
        clock: request.decisionClock!,
        reminders: input.reminders,
        raise: async (alarm, clock) => {
          // The unit above the deciding leaders is not known here: a late answer is not escalated further.
          if (alarm.kind === 'escalation') return;
          const o = current();
          const extensions = o.extensions.map((e) => (e.requestId === request.requestId ? { ...e, decisionClock: clock } : e));
          const due = formatVietnamTime(clock.dueAt);
          const about = `${input.unitName}: ${o.spec.title}`;
          await board.settle(async () => {
            await board.replace({ ...o, extensions, version: o.version + 1 }, [
              alarmEntry({ key: taskKey, dueAt: clock.dueAt }, alarm, input.unitCode, null),
            ]);
            await notificationActivities.notify(
              alarmNotice(
                {
                  key: `${input.campaignId}|${input.unitCode}|${taskKey}`,
                  campaignId: input.campaignId,
                  candidates: leaders,
                  escalateTo: leaders,
                },
                alarm,
                {
                  escalation: { subject: '', body: '' },
                  overdue: {
                    subject: `[Quá hạn] Quyết định gia hạn – ${about}`,
                    body: `Đề nghị gia hạn của ${about} chờ đồng chí quyết định đã quá hạn ${due}.`,
                  },
                  due_today: {
                    subject: `[Đến hạn] Quyết định gia hạn – ${about}`,
                    body: `Hôm nay đến hạn quyết định đề nghị gia hạn của ${about} (hạn ${due}).`,
                  },
                  reminder: {
                    subject: `[Nhắc việc] Quyết định gia hạn – ${about}`,
                    body: `Đề nghị gia hạn của ${about} chờ đồng chí quyết định trước ${due}.`,
                  },
                },
              ),
            );
          });
        },
      },
      answered,
    );
  }
}
