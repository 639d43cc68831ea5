/**
 * Checks that a plan's timeline can run: every participating level has a due date in every phase,
 * phases come in lifecycle order, nothing falls due before it opens or before the phase it follows,
 * and lower levels are due no later than the levels that aggregate their reports.
 */
import { VIETNAM_UTC_OFFSET_MINUTES } from '../../calendar/local-date';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';
import { ISSUER_PHASE_KINDS, type Phase, type PhaseKind, type PlanDefinition } from '../plan.types';
import { ISSUED_ANCHOR, dueSpecFor, resolveLevelTimes, type ScheduleFailure } from '../schedule';
import { PlanIssues, field } from './plan-issues';
import { PHASE_KINDS } from './read-stages';
import { defaultIssuedAt } from './default-issued-at';

const KIND_LABELS: Record<PhaseKind, string> = {
  launch: 'phát động',
  implementation: 'triển khai',
  interim_review: 'sơ kết',
  final_review: 'tổng kết',
  nomination: 'đề nghị khen thưởng',
  request: 'báo cáo theo yêu cầu',
};

export interface TimelineContext {
  /** Levels of the participants, with their ranks (0 = top). */
  levelRanks: ReadonlyMap<string, number>;
  calendar: WorkingDayCalendar;
  issuedAt?: Date;
  /** The issuer's own level: it owes the reviews and the nominations, so those need a due date for it too. */
  issuerLevel?: string;
}

type Times = Map<string, { opensAt?: Date; dueAt?: Date | null }>;

export function checkTimeline(plan: PlanDefinition, context: TimelineContext, issues: PlanIssues): void {
  const levels = [...context.levelRanks.keys()].sort((a, b) => context.levelRanks.get(a)! - context.levelRanks.get(b)!);
  for (const stage of plan.stages) checkKindOrder(stage.phases, issues);

  const issuedAt = context.issuedAt ?? defaultIssuedAt(plan);
  const reported = new Set<string>();
  const report = (path: string, message: string) => {
    if (!reported.has(path + message)) issues.add(path, message);
    reported.add(path + message);
  };

  const timesByLevel = new Map<string, Times>();
  const uncovered = new Map<string, { phase: Phase; levels: string[] }>();
  for (const level of levels) {
    const { times, failures } = resolveLevelTimes(plan, level, issuedAt ? { [ISSUED_ANCHOR]: issuedAt } : {}, context.calendar);
    timesByLevel.set(level, times);
    for (const failure of failures) {
      if (failure.reason === 'no-due-for-level') {
        const phase = plan.stages[failure.stageIndex].phases[failure.phaseIndex];
        const entry = uncovered.get(issues.pathOf(phase)) ?? { phase, levels: [] };
        uncovered.set(issues.pathOf(phase), { phase, levels: [...entry.levels, level] });
        continue;
      }
      const message = failureMessage(failure, level, issuedAt !== undefined);
      if (message) report(failurePath(plan, failure, issues), message);
    }
  }
  // The issuer's own reviews and nominations need a due date at its level, even when no participant shares it.
  if (context.issuerLevel && !context.levelRanks.has(context.issuerLevel)) {
    const level = context.issuerLevel;
    const { failures } = resolveLevelTimes(plan, level, issuedAt ? { [ISSUED_ANCHOR]: issuedAt } : {}, context.calendar);
    for (const failure of failures) {
      const phase = plan.stages[failure.stageIndex].phases[failure.phaseIndex];
      if (failure.reason !== 'no-due-for-level' || !ISSUER_PHASE_KINDS.includes(phase.kind)) continue;
      const entry = uncovered.get(issues.pathOf(phase)) ?? { phase, levels: [] };
      uncovered.set(issues.pathOf(phase), { phase, levels: [...entry.levels, level] });
    }
  }
  for (const [path, { phase, levels: missing }] of uncovered) {
    const names = missing.map((l) => `"${l}"`).join(', ');
    report(
      field(path, 'dueByLevel'),
      `Bước "${phase.name}" chưa có thời hạn cho cấp ${names}: ghi thời hạn riêng cho từng cấp hoặc thêm "default".`,
    );
  }

  for (const stage of plan.stages) {
    stage.phases.forEach((phase, index) => {
      for (const level of levels) {
        const times = timesByLevel.get(level)!;
        const due = times.get(phase.key)?.dueAt;
        const dueKey = dueSpecFor(phase, level)?.key;
        if (due === null && phase.progressEvery && dueKey) {
          report(
            field(field(issues.pathOf(phase), 'dueByLevel'), dueKey),
            `Bước "${phase.name}" chia kỳ báo cáo theo thời hạn của nó, nên thời hạn không thể "sẽ thông báo sau"; ghi thời hạn hoặc bỏ "progressEvery".`,
          );
        }
        if (!due || !dueKey) continue;
        const at = field(field(issues.pathOf(phase), 'dueByLevel'), dueKey);
        const opens = times.get(phase.key)?.opensAt;
        if (opens && due < opens) {
          report(at, `Thời hạn của cấp "${level}" ở bước "${phase.name}" (${show(due)}) sớm hơn thời điểm bắt đầu bước (${show(opens)}).`);
        }
        const earlier = stage.phases.slice(0, index).find((p) => mustNotPrecede(p, phase) && (times.get(p.key)?.dueAt ?? due) > due);
        if (earlier) {
          report(
            at,
            `Thời hạn của cấp "${level}" ở bước "${phase.name}" (${show(due)}) sớm hơn thời hạn của bước trước đó "${earlier.name}" (${show(times.get(earlier.key)!.dueAt!)}).`,
          );
        }
      }
      checkLowerLevelsFirst(phase, levels, timesByLevel, issues, report);
    });
  }
}

/** A sơ kết happens during the implementation period, so it may fall due before implementation ends. */
function mustNotPrecede(earlier: Phase, later: Phase): boolean {
  return !(earlier.kind === 'implementation' && later.kind === 'interim_review');
}

function checkKindOrder(phases: readonly Phase[], issues: PlanIssues): void {
  phases.forEach((phase, i) => {
    const previous = phases[i - 1];
    if (previous && PHASE_KINDS.indexOf(phase.kind) < PHASE_KINDS.indexOf(previous.kind)) {
      issues.add(
        field(issues.pathOf(phase), 'kind'),
        `Bước "${phase.name}" (${KIND_LABELS[phase.kind]}) đứng sau bước "${previous.name}" (${KIND_LABELS[previous.kind]}); ` +
          'sắp xếp các bước theo thứ tự: phát động, triển khai, sơ kết, tổng kết, đề nghị khen thưởng.',
      );
    }
  });
}

/** A parent aggregates its children's reports, so a lower level (larger rank) must be due no later. */
function checkLowerLevelsFirst(
  phase: Phase,
  levels: readonly string[],
  timesByLevel: ReadonlyMap<string, Times>,
  issues: PlanIssues,
  report: (path: string, message: string) => void,
): void {
  levels.forEach((higher, i) => {
    const higherDue = timesByLevel.get(higher)!.get(phase.key)?.dueAt;
    for (const lower of levels.slice(i + 1)) {
      const lowerDue = timesByLevel.get(lower)!.get(phase.key)?.dueAt;
      if (!higherDue || !lowerDue || lowerDue <= higherDue) continue;
      const dueKey = dueSpecFor(phase, lower)?.key ?? lower;
      report(
        field(field(issues.pathOf(phase), 'dueByLevel'), dueKey),
        `Ở bước "${phase.name}", cấp "${lower}" có hạn ${show(lowerDue)}, muộn hơn cấp trên "${higher}" (${show(higherDue)}); ` +
          'cấp dưới phải nộp trước để cấp trên kịp tổng hợp.',
      );
    }
  });
}

function failurePath(plan: PlanDefinition, failure: ScheduleFailure, issues: PlanIssues): string {
  const phasePath = issues.pathOf(plan.stages[failure.stageIndex].phases[failure.phaseIndex]);
  if (failure.field === 'opensAt') return field(phasePath, 'opensAt');
  return failure.dueKey ? field(field(phasePath, 'dueByLevel'), failure.dueKey) : field(phasePath, 'dueByLevel');
}

/** Null for failures that only repeat another one, or that wait on an issue date not known yet. */
function failureMessage(failure: ScheduleFailure, level: string, issuedKnown: boolean): string | null {
  switch (failure.reason) {
    case 'no-due-for-level':
      return null; // reported once per phase, for all levels together
    case 'unknown-anchor':
      if (failure.anchor === ISSUED_ANCHOR && !issuedKnown) return null;
      return `Mốc "${failure.anchor}" không tồn tại; dùng "issued" (ngày ban hành), "<mã bước>.opens" hoặc "<mã bước>.due".`;
    case 'unresolved-anchor':
      return null;
    case 'cycle':
      return `Thời hạn tính theo mốc "${failure.anchor}" tạo thành vòng lặp (các mốc tính lẫn nhau); hãy tính từ một ngày cố định hoặc từ "issued".`;
    case 'invalid':
      return `Không tính được thời hạn cho cấp "${level}": ${failure.detail}.`;
  }
}

/** "15/11/2023 17:00", Vietnam time: how officials read a deadline. */
function show(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
