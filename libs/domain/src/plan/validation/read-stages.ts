/** Reading the timeline: stages (giai đoạn) and their phases, each with an opening and due dates per level. */
import type { DueDateSpec } from '../../calendar/due-date';
import { PHASE_KIND_VALUES, type Phase, type PhaseKind, type Stage } from '../plan.types';
import { checkKnownFields, fieldsOf } from './check-known-fields';
import { PlanIssues, describeValue, field, isRecord, readList, readOneOf, readText } from './plan-issues';
import { readScope } from './read-scope';
import { readDueDateSpec } from './read-due-date';

/** The kinds a plan's own phases may have, in lifecycle order: a `request` is asked outside them. */
export const PHASE_KINDS: readonly PhaseKind[] = PHASE_KIND_VALUES.filter((kind) => kind !== 'request');

const STAGE_FIELDS = fieldsOf<Stage>()(['key', 'name', 'phases']);
const PHASE_FIELDS = fieldsOf<Phase>()(['key', 'kind', 'name', 'opensAt', 'dueByLevel', 'progressEvery', 'appliesTo']);
const PROGRESS_EVERY_FIELDS = fieldsOf<NonNullable<Phase['progressEvery']>>()(['months', 'days', 'seconds']);

export function readStages(plan: Record<string, unknown>, issues: PlanIssues): Stage[] {
  const stages = readList(plan, 'stages', '', issues, 'các giai đoạn (stages)');
  if (Array.isArray(plan.stages) && stages.length === 0) {
    issues.add('stages', 'Kế hoạch cần ít nhất một giai đoạn, mỗi giai đoạn có các bước (phát động, sơ kết, tổng kết…).');
  }
  return stages.flatMap((item, index) => {
    const path = field('stages', index);
    if (!isRecord(item)) {
      issues.add(path, `Giai đoạn phải là một đối tượng, không phải ${describeValue(item)}.`);
      return [];
    }
    checkKnownFields(item, STAGE_FIELDS, path, issues);
    const key = readText(item, 'key', path, issues, 'mã giai đoạn (key)');
    const name = readText(item, 'name', path, issues, 'tên giai đoạn (name)');
    const phaseItems = readList(item, 'phases', path, issues, 'các bước của giai đoạn (phases)');
    if (Array.isArray(item.phases) && phaseItems.length === 0) {
      issues.add(field(path, 'phases'), `Giai đoạn "${name ?? key ?? index + 1}" chưa có bước nào.`);
    }
    const phases = phaseItems.flatMap((p, i) => {
      const phase = readPhase(p, field(field(path, 'phases'), i), issues);
      return phase ? [phase] : [];
    });
    return key && name ? [issues.located({ key, name, phases }, path)] : [];
  });
}

function readPhase(value: unknown, path: string, issues: PlanIssues): Phase | undefined {
  if (!isRecord(value)) {
    issues.add(path, `Bước phải là một đối tượng, không phải ${describeValue(value)}.`);
    return undefined;
  }
  checkKnownFields(value, PHASE_FIELDS, path, issues);
  const key = readText(value, 'key', path, issues, 'mã bước (key)');
  // The characters that join a phase's key to a period's number (period-key.ts) cannot be part of the key itself.
  if (key && /[~#]/.test(key))
    issues.add(field(path, 'key'), `Mã bước "${key}" không được chứa "~" hay "#": hai ký tự này nối mã bước với số kỳ báo cáo.`);
  const kind = readOneOf(value, 'kind', path, issues, 'loại bước (kind)', PHASE_KINDS);
  const name = readText(value, 'name', path, issues, 'tên bước (name)');
  const opensAt = readOpening(value.opensAt, field(path, 'opensAt'), issues);
  const dueByLevel = readDueByLevel(value.dueByLevel, field(path, 'dueByLevel'), issues);
  const progressEvery = readProgressEvery(value, path, kind, issues);
  const appliesTo = readScope(value, 'appliesTo', path, issues);
  if (!key || !kind || !name || !opensAt || !dueByLevel || appliesTo === null) return undefined;
  const phase: Phase = {
    key,
    kind,
    name,
    opensAt,
    dueByLevel,
    ...(progressEvery ? { progressEvery } : {}),
    ...(appliesTo ? { appliesTo } : {}),
  };
  return issues.located(phase, path);
}

function readOpening(value: unknown, path: string, issues: PlanIssues): DueDateSpec | undefined {
  if (value !== undefined) return readDueDateSpec(value, path, issues);
  issues.add(path, 'Chưa nhập thời điểm bắt đầu của bước (opensAt).');
  return undefined;
}

function readDueByLevel(value: unknown, path: string, issues: PlanIssues): Record<string, DueDateSpec> | undefined {
  if (!isRecord(value) || Object.keys(value).length === 0) {
    issues.add(path, 'Chưa nhập thời hạn theo cấp (dueByLevel), ví dụ {"xa": …, "huyen": …, "default": …}.');
    return undefined;
  }
  const result: Record<string, DueDateSpec> = {};
  let complete = true;
  for (const [level, spec] of Object.entries(value)) {
    const read = readDueDateSpec(spec, field(path, level), issues);
    if (read) result[level] = read;
    else complete = false;
  }
  return complete ? result : undefined;
}

function readProgressEvery(
  value: Record<string, unknown>,
  path: string,
  kind: PhaseKind | undefined,
  issues: PlanIssues,
): Phase['progressEvery'] {
  const every = value.progressEvery;
  if (every === undefined) return undefined;
  const at = field(path, 'progressEvery');
  if (kind !== undefined && kind !== 'implementation') {
    issues.add(at, 'Chỉ bước triển khai (implementation) mới có báo cáo tiến độ định kỳ (progressEvery).');
    return undefined;
  }
  // A misspelt unit is named on its own, with the unit it most likely meant, instead of the general hint below.
  if (isRecord(every) && !checkKnownFields(every, PROGRESS_EVERY_FIELDS, at, issues)) return undefined;
  const parts = isRecord(every) ? Object.entries(every) : [];
  const valid = parts.length > 0 && parts.every(([, n]) => typeof n === 'number' && Number.isInteger(n) && n > 0);
  if (!valid) {
    issues.add(at, 'Chu kỳ báo cáo tiến độ phải có dạng {"months": 3}, {"days": 30} hoặc {"seconds": 20}, với số nguyên dương.');
    return undefined;
  }
  return every as Phase['progressEvery'];
}
