import { condition, sleep } from '@temporalio/workflow';
import { alarmEntry, isSettled, nextAlarm, ObligationState, obligationOpenedEntry, SUBMITTING_ROLES } from '@tdkt/domain';
import type { NotificationRequest, ParticipationInput } from '@tdkt/contracts';
import { notificationActivities } from '../campaign-activities.proxy';
import { EXTENSION_DECISION_CLOCKS, HUMAN_TASK_CLOCKS, OVERDUE_AT_ISSUE, PROJECTION_CARRIES_NOTICE, applied } from '../patches';
import { keepExtensionDecisionClocks } from './extension-decision-clock';
import { pastDueOnOpening } from './overdue-at-issue';
import { alarmNotice } from './alarm-notice';
import { keepReportApprovalClock } from './report-approval-clock';
import type { ObligationBoard } from './obligation-board';

/**
 * Keeps time for one obligation until it is approved: opens it, then sleeps until the next reminder,
 * overdue notice or escalation — waking early whenever an official acts (a submission, a return,
 * a granted extension all change what the next alarm is).
 */
export async function trackObligation(
  board: ObligationBoard,
  key: string,
  input: ParticipationInput,
  paused: () => boolean = () => false,
): Promise<void> {
  const current = () => board.get(key)!;
  // A request for more time has its own clock, beside this one, for the parent's leaders.
  const extensionClocks = applied(EXTENSION_DECISION_CLOCKS) ? keepExtensionDecisionClocks(board, key, input) : Promise.resolve();
  await sleepUntil(current().spec.opensAt);
  // A suspended campaign opens nothing new; the duty opens when it resumes.
  if (paused()) await condition(() => !paused() || isSettled(current().status));
  if (current().status === 'pending' && applied(OVERDUE_AT_ISSUE) && pastDueOnOpening(current().dueAt, new Date())) {
    // Already late when it opens: the unit's summary told of it; no new-task notice, no escalation for it.
    const o = current();
    await board.settle(() =>
      board.replace({ ...o, status: 'open', lastAlarmAt: new Date().toISOString(), escalated: true, version: o.version + 1 }, [
        obligationOpenedEntry(o, input.unitCode, new Date().toISOString()),
      ]),
    );
  }
  if (current().status === 'pending') {
    const o = current();
    const opened = { ...o, status: 'open' as const, version: o.version + 1 };
    const steps = [obligationOpenedEntry(o, input.unitCode, new Date().toISOString())];
    const notice = newTaskNotice(input, o);
    // Projection and notice go out in the same workflow task, at the price that the e-mail may arrive a moment before the
    // inbox row; since the patch, in one activity, projection first (one activity and one workflow task fewer per unit at launch).
    await board.settle(async () => {
      if (applied(PROJECTION_CARRIES_NOTICE)) await board.replace(opened, steps, notice);
      else await Promise.all([board.replace(opened, steps), notificationActivities.notify(notice)]);
    });
  }

  while (!isSettled(current().status)) {
    const seen = current().version;
    const changed = () => current().version !== seen;
    if (paused()) {
      // Suspended: no reminder, notice or escalation; resuming moves the deadline by the time lost.
      await condition(() => !paused() || changed());
      continue;
    }
    if (current().status === 'submitted') {
      // Waiting on the unit's leader: no reminders to the unit meanwhile, the leader's own clock instead.
      if (applied(HUMAN_TASK_CLOCKS)) await keepReportApprovalClock(board, key, input, paused);
      else await condition(changed);
      continue;
    }
    const dueAt = current().dueAt;
    if (dueAt === null) {
      // The plan announces this deadline later: no reminder until an amendment sets it.
      await condition(changed);
      continue;
    }
    const alarm = nextAlarm(
      {
        dueAt: new Date(dueAt),
        lastAlarmAt: current().lastAlarmAt ? new Date(current().lastAlarmAt!) : null,
        escalated: current().escalated,
      },
      input.reminders,
      new Date(),
    );
    const wait = alarm.at.getTime() - Date.now();
    if (wait > 0 && (await condition(() => changed() || paused(), wait))) continue;

    const o = { ...current(), dueAt };
    await board.settle(async () => {
      const next = {
        ...o,
        lastAlarmAt: alarm.at.toISOString(),
        remindersSent: o.remindersSent + (alarm.kind === 'escalation' ? 0 : 1),
        escalated: o.escalated || alarm.kind === 'escalation',
        version: o.version + 1,
      };
      const steps = [alarmEntry({ key: o.spec.key, dueAt: o.dueAt }, alarm, input.unitCode, input.reportsTo)];
      if (applied(PROJECTION_CARRIES_NOTICE)) await board.replace(next, steps, alarmNotice(input, board.parties, o, alarm));
      else {
        await board.replace(next, steps);
        await notificationActivities.notify(alarmNotice(input, board.parties, o, alarm));
      }
    });
  }
  await extensionClocks;
}

/** The unit's officials who submit learn the duty is open. */
function newTaskNotice(input: ParticipationInput, o: ObligationState): NotificationRequest {
  return {
    dedupeKey: `${input.campaignId}|${input.unitCode}|${o.spec.key}|opened`,
    campaignId: input.campaignId,
    recipients: { unitCode: input.unitCode, roles: SUBMITTING_ROLES },
    kind: 'task',
    subject: `[Việc mới] ${o.spec.title}`,
    body: `${input.campaignTitle} (${input.planNumber}): đơn vị cần thực hiện "${o.spec.title}".`,
  };
}

async function sleepUntil(iso: string): Promise<void> {
  const ms = Date.parse(iso) - Date.now();
  if (ms > 0) await sleep(ms);
}
