import { sleep } from '@temporalio/workflow';
import type { AwardDossierInput } from '@tdkt/contracts';
import {
  actingRoles,
  appraiseStepIndex,
  AwardRouteStep,
  awardStepLimit,
  Candidates,
  currentAwardStep,
  DecisionEntry,
  dossierStepEntry,
  DossierState,
  endPosting,
  expireDossier,
  HumanTaskProjection,
  postingPeriod,
  resolveDueDate,
  startPosting,
  WorkingDayCalendar,
} from '@tdkt/domain';
import { campaignActivities, notificationActivities } from '../campaign-activities.proxy';
import { keepTaskClock, lapseInstant } from '../tasks/task-clock';
import { workflowCalendar } from '../tasks/workflow-calendar';
import { awardStepAlarmNotice, awardStepOpenedNotice, stepWords } from './award-notices';

/** The dossier as the route's clocks see it: its state, and how a change is made and recorded. */
export interface DossierRecord {
  state(): DossierState;
  replace(next: DossierState): void;
  record(snapshot: DossierState, entries: DecisionEntry[]): Promise<void>;
  /** The due date in force, which each action's entry records. */
  opened(dueAt: string): void;
}

/**
 * Gives every step of the route an owner and a clock: an inbox row for those who act, a mail, reminders,
 * overdue notices, an escalation to their unit's leaders, and — nobody acting long past the limit — the
 * named outcome `expired`. A posted list waits out its period, then for every objection's answer. A
 * forwarded dossier waits (reminding, never lapsing: the central level keeps its own time) for the outcome.
 */
export async function keepRouteClocks(input: AwardDossierInput, dossier: DossierRecord): Promise<void> {
  const calendar = new WorkingDayCalendar(workflowCalendar(input.clock.calendarOverrides, input.clock.nationalCalendar));
  for (;;) {
    const current = dossier.state();
    const step = currentAwardStep(input.facts, current);
    if (!step) return;
    if (step.kind === 'post' && current.status === 'in_progress') {
      if (!(await keepPosting(input, dossier, step, calendar))) return;
      continue;
    }
    const moved = () => dossier.state().stepIndex !== current.stepIndex || dossier.state().status !== current.status;
    const forwarded = current.status === 'forwarded';
    const taskKey = `award:${input.facts.dossierId}:${step.kind}#${current.stepIndex}${forwarded ? ':outcome' : ''}`;
    const candidates = forwarded ? appraiserCandidates(input) : stepCandidates(input, current.stepIndex, step);
    const outcome = await waitForAction(input, dossier, {
      taskKey,
      words: stepWords(step, current),
      candidates,
      action: !forwarded && (step.kind === 'decide' || step.kind === 'forward') ? 'sign' : 'approve',
      dueAt: resolveDueDate(awardStepLimit(step, input.clock), { opened: new Date() }, calendar).instant.toISOString(),
      lapses: !forwarded,
      settled: moved,
    });
    if (outcome === 'expired') return expire(input, dossier, step, taskKey);
  }
}

/** The posting period, then the answers to its objections; false when the dossier lapsed waiting for them. */
async function keepPosting(
  input: AwardDossierInput,
  dossier: DossierRecord,
  step: AwardRouteStep,
  calendar: WorkingDayCalendar,
): Promise<boolean> {
  const opened = new Date();
  const endsAt = resolveDueDate(postingPeriod(step, input.clock), { opened }, calendar).instant.toISOString();
  const taskKey = `award:${input.facts.dossierId}:post#${dossier.state().stepIndex}`;
  const posted = startPosting(dossier.state(), endsAt);
  dossier.replace(posted);
  await dossier.record(posted, [
    dossierStepEntry(input.facts, 'task_opened', `${taskKey}|opened`, opened.toISOString(), endsAt, { posting: true }),
  ]);
  await sleep(Date.parse(endsAt) - opened.getTime());
  const answered = () => dossier.state().objections.every((objection) => objection.answer !== null);
  if (!answered()) {
    const outcome = await waitForAction(input, dossier, {
      taskKey: `${taskKey}:answers`,
      words: stepWords(step, dossier.state()),
      candidates: appraiserCandidates(input),
      action: 'approve',
      dueAt: resolveDueDate(awardStepLimit(step, input.clock), { opened: new Date() }, calendar).instant.toISOString(),
      lapses: true,
      settled: answered,
    });
    if (outcome === 'expired') {
      await expire(input, dossier, step, taskKey);
      return false;
    }
  }
  const ended = endPosting(dossier.state(), new Date().toISOString());
  dossier.replace(ended);
  await dossier.record(ended, [dossierStepEntry(input.facts, 'award_posting_ended', `${taskKey}|ended`, new Date().toISOString(), endsAt)]);
  return true;
}

interface Wait {
  taskKey: string;
  words: string;
  candidates: Candidates;
  action: HumanTaskProjection['action'];
  dueAt: string;
  lapses: boolean;
  settled: () => boolean;
}

async function waitForAction(input: AwardDossierInput, dossier: DossierRecord, wait: Wait): Promise<'settled' | 'expired'> {
  const { campaignId } = input.facts;
  const unitCode = input.facts.list.nominatingUnitCode;
  const task: Omit<HumanTaskProjection, 'status' | 'version'> = {
    campaignId,
    unitCode,
    taskKey: wait.taskKey,
    kind: 'award_step',
    title: `Khen thưởng: ${wait.words}`,
    action: wait.action,
    candidates: wait.candidates,
    dueAt: wait.dueAt,
  };
  dossier.opened(wait.dueAt);
  const opened = new Date().toISOString();
  await Promise.all([
    campaignActivities.projectHumanTask({ ...task, status: 'open', version: 1 }),
    dossier.record(dossier.state(), [
      dossierStepEntry(input.facts, 'task_opened', `${wait.taskKey}|opened`, opened, wait.dueAt, { candidates: wait.candidates }),
    ]),
    notificationActivities.notify(awardStepOpenedNotice(input, wait.taskKey, wait.words, wait.candidates, wait.dueAt)),
  ]);
  // The leaders of the unit the officials sit in hear of a step run late; a leader's own step has nobody above it here.
  const escalateTo = { unitCode: wait.candidates.unitCode, roles: ['leader' as const] };
  const outcome = await keepTaskClock(
    {
      clock: { dueAt: wait.dueAt, lastAlarmAt: opened, escalated: false },
      reminders: input.clock.reminders,
      ...(wait.lapses ? { expiresAt: lapseInstant(wait.dueAt, input.clock.expireAfter) } : {}),
      raise: async (alarm) => {
        if (alarm.kind === 'escalation' && wait.candidates.roles.includes('leader')) return;
        await notificationActivities.notify(
          awardStepAlarmNotice(input, wait.taskKey, wait.words, wait.candidates, escalateTo, wait.dueAt, alarm),
        );
      },
    },
    wait.settled,
  );
  await campaignActivities.projectHumanTask({ ...task, status: 'done', version: 2 });
  return outcome;
}

async function expire(input: AwardDossierInput, dossier: DossierRecord, step: AwardRouteStep, taskKey: string): Promise<void> {
  const at = new Date().toISOString();
  const expired = expireDossier(dossier.state(), step.kind, at);
  dossier.replace(expired);
  await dossier.record(expired, [dossierStepEntry(input.facts, 'award_expired', `${taskKey}|expired`, at, null)]);
}

function stepCandidates(input: AwardDossierInput, stepIndex: number, step: AwardRouteStep): Candidates {
  const unitCode = input.facts.stepUnits[stepIndex]?.[0] ?? step.unitCode;
  // The whole council is told a session is due; the secretary opens it.
  const roles = step.kind === 'council' ? (['council_secretary', 'council_member'] as const) : actingRoles(step);
  return { unitCode, roles: [...roles] };
}

function appraiserCandidates(input: AwardDossierInput): Candidates {
  const index = appraiseStepIndex(input.facts);
  return stepCandidates(input, index, input.facts.route.steps[index]);
}
