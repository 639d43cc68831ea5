import type { DueDateSpec } from '../../calendar/due-date';
import { HUMAN_TASK_KINDS, HumanTaskKind, TaskTimeLimits } from '../../task/human-task.types';
import { isDuration } from '../duration';
import { durationMessage, readDueDateSpec } from './read-due-date';
import { field, PlanIssues, readObject } from './plan-issues';
import { checkKnownFields } from './check-known-fields';

/**
 * Optional time limits per kind of human step. Each counts from the moment the step opens, so it must be
 * "N working days after opened" or, for a compressed run, "a duration after opened".
 */
export function readTaskLimits(plan: Record<string, unknown>, issues: PlanIssues): Partial<TaskTimeLimits> | undefined {
  if (plan.taskLimits === undefined) return undefined;
  const source = readObject(plan, 'taskLimits', '', issues, 'thời hạn xử lý từng loại việc (taskLimits)');
  if (!source) return undefined;
  // The fields of taskLimits are the kinds of human step: TaskTimeLimits is keyed by HUMAN_TASK_KINDS.
  checkKnownFields(source, HUMAN_TASK_KINDS, 'taskLimits', issues);
  const limits: Partial<TaskTimeLimits> = {};
  for (const [key, value] of Object.entries(source)) {
    if (!(HUMAN_TASK_KINDS as readonly string[]).includes(key)) continue;
    const path = field('taskLimits', key);
    const spec = readDueDateSpec(value, path, issues);
    if (spec && !countsFromOpening(spec)) {
      issues.add(path, 'Thời hạn xử lý tính từ lúc việc được giao: dùng "workingDaysAfter" hoặc "durationAfter" với anchor "opened".');
      continue;
    }
    if (spec) limits[key as HumanTaskKind] = spec;
  }
  return limits;
}

/** A duration such as "60d"; the plan lapses that long after a step of its approval fell due with nobody acting. */
export function readApprovalLapse(plan: Record<string, unknown>, issues: PlanIssues): string | undefined {
  if (plan.approvalLapse === undefined) return undefined;
  if (isDuration(plan.approvalLapse)) return plan.approvalLapse;
  issues.add('approvalLapse', durationMessage(plan.approvalLapse));
  return undefined;
}

function countsFromOpening(spec: DueDateSpec): boolean {
  return (spec.kind === 'workingDaysAfter' || spec.kind === 'durationAfter') && spec.anchor === 'opened';
}
