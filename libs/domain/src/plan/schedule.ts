/**
 * When each phase of a plan opens and falls due for one level, as instants. The workflows use this to
 * compute a unit's obligations, the validator to check the timeline: pure and deterministic.
 *
 * Milestones a phase may count from: `issued` (the plan's issue instant), `<phaseKey>.opens` and
 * `<phaseKey>.due` (the same level's due) of any phase in the plan, in any order as long as there
 * is no cycle.
 */
import { DueDateSpec, resolveDueDate } from '../calendar/due-date';
import { startOfLocalDay, type LocalDate } from '../calendar/local-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { phaseMayApplyToLevel } from './phase-scope';
import type { Phase, PhaseKind, PlanDefinition } from './plan.types';

export interface PhaseSchedule {
  phaseKey: string;
  stageKey: string;
  kind: PhaseKind;
  opensAt: Date;
  /** Null while the plan announces this due date later ("sẽ thông báo sau"). */
  dueAt: Date | null;
}

export type ScheduleField = 'opensAt' | 'due';

/** Why one date of one phase could not be computed; the validator words these for officials. */
export type ScheduleFailure = {
  stageIndex: number;
  phaseIndex: number;
  phaseKey: string;
  field: ScheduleField;
  /** For `due`: the dueByLevel key that applied ("xa" or "default"). */
  dueKey?: string;
} & (
  | { reason: 'no-due-for-level' }
  | { reason: 'unknown-anchor'; anchor: string }
  | { reason: 'unresolved-anchor'; anchor: string }
  | { reason: 'cycle'; anchor: string }
  | { reason: 'invalid'; detail: string }
);

export interface LevelTimes {
  /**
   * Keyed by phase key; a date is missing when it failed (see `failures`). A due date is null when it is
   * announced later, and so is every due date counted from it: those come with the amendment that sets it.
   */
  times: Map<string, { opensAt?: Date; dueAt?: Date | null }>;
  failures: ScheduleFailure[];
}

const OPENING_ANNOUNCED_LATER =
  'thời điểm bắt đầu một bước phải xác định khi ban hành, không thể "sẽ thông báo sau" hay tính từ một thời hạn sẽ thông báo sau';

/** A phase opens at the start of its day unless it names a time: due dates default to 17:00 instead. */
const OPENING_TIME = '00:00';

export const ISSUED_ANCHOR = 'issued';

/**
 * The instant a plan's dates count from: a plan issued on paper before it was entered here counts from the day it
 * bears (`issuedOn`), not from its signing in the system; null while it is neither.
 */
export function issuedAnchorOf<T extends Date | null>(plan: Pick<PlanDefinition, 'issuedOn'>, issuedAt: T): Date | T {
  return plan.issuedOn ? startOfLocalDay(plan.issuedOn as LocalDate) : issuedAt;
}
export const opensAnchor = (phaseKey: string): string => `${phaseKey}.opens`;
export const dueAnchor = (phaseKey: string): string => `${phaseKey}.due`;

/** The phase's due spec for a level: its own entry, else `default`. */
export function dueSpecFor(phase: Phase, levelCode: string): { key: string; spec: DueDateSpec } | undefined {
  if (Object.hasOwn(phase.dueByLevel, levelCode)) return { key: levelCode, spec: phase.dueByLevel[levelCode] };
  if (Object.hasOwn(phase.dueByLevel, 'default')) return { key: 'default', spec: phase.dueByLevel.default };
  return undefined;
}

/** Every phase's dates for `levelCode`, plan order, throwing on the first date that cannot be computed. */
export function resolvePhaseSchedule(
  plan: PlanDefinition,
  levelCode: string,
  issuedAt: Date,
  calendar: WorkingDayCalendar,
): PhaseSchedule[] {
  const { times, failures } = resolveLevelTimes(plan, levelCode, { [ISSUED_ANCHOR]: issuedAt }, calendar);
  if (failures.length > 0) throw new Error(describeFailure(failures[0], levelCode));
  return plan.stages.flatMap((stage) =>
    stage.phases
      .filter((phase) => phaseMayApplyToLevel(phase, levelCode))
      .map((phase) => {
        const { opensAt, dueAt } = times.get(phase.key) ?? {};
        if (!opensAt || dueAt === undefined) throw new Error(`Phase "${phase.key}" has no dates for level "${levelCode}"`);
        return { phaseKey: phase.key, stageKey: stage.key, kind: phase.kind, opensAt, dueAt };
      }),
  );
}

interface PendingDate {
  stageIndex: number;
  phaseIndex: number;
  phaseKey: string;
  field: ScheduleField;
  dueKey?: string;
  spec: DueDateSpec;
  produces: string;
}

/** Resolves what it can and reports the rest, so a validator can name every problem at once. */
export function resolveLevelTimes(
  plan: PlanDefinition,
  levelCode: string,
  baseAnchors: Readonly<Record<string, Date>>,
  calendar: WorkingDayCalendar,
): LevelTimes {
  const times = new Map<string, { opensAt?: Date; dueAt?: Date | null }>();
  const failures: ScheduleFailure[] = [];
  let pending: PendingDate[] = [];
  const outOfScope = new Set<string>();

  plan.stages.forEach((stage, stageIndex) =>
    stage.phases.forEach((phase, phaseIndex) => {
      // A phase whose scope leaves the level out has no dates for it, and needs none.
      if (!phaseMayApplyToLevel(phase, levelCode)) {
        outOfScope.add(opensAnchor(phase.key)).add(dueAnchor(phase.key));
        return;
      }
      const at = { stageIndex, phaseIndex, phaseKey: phase.key };
      times.set(phase.key, {});
      pending.push({
        ...at,
        field: 'opensAt',
        spec: withTime(phase.opensAt, OPENING_TIME),
        produces: opensAnchor(phase.key),
      });
      const due = dueSpecFor(phase, levelCode);
      if (due) pending.push({ ...at, field: 'due', dueKey: due.key, spec: due.spec, produces: dueAnchor(phase.key) });
      else failures.push({ ...at, field: 'due', reason: 'no-due-for-level' });
    }),
  );

  const anchors: Record<string, Date> = { ...baseAnchors };
  const announcedLater = new Set<string>();
  const known = new Set([
    ...Object.keys(baseAnchors),
    ...plan.stages.flatMap((stage) => stage.phases.flatMap((phase) => [opensAnchor(phase.key), dueAnchor(phase.key)])),
  ]);
  const unsettled = new Set(pending.map((item) => item.produces));
  const fail = (item: PendingDate, failure: DistributiveOmit<ScheduleFailure, keyof PendingDate>) => {
    const { stageIndex, phaseIndex, phaseKey, field, dueKey } = item;
    failures.push({
      stageIndex,
      phaseIndex,
      phaseKey,
      field,
      ...(dueKey ? { dueKey } : {}),
      ...failure,
    } as ScheduleFailure);
  };

  // Resolve in rounds: each round settles every date whose milestone is settled by now.
  for (let progressed = true; progressed && pending.length > 0;) {
    progressed = false;
    const waiting: PendingDate[] = [];
    for (const item of pending) {
      const anchor = anchorOf(item.spec);
      if (item.spec.kind === 'announcedLater' || (anchor !== undefined && announcedLater.has(anchor))) {
        if (item.field === 'opensAt') fail(item, { reason: 'invalid', detail: OPENING_ANNOUNCED_LATER });
        else {
          announcedLater.add(item.produces);
          times.get(item.phaseKey)!.dueAt = null;
        }
      } else if (anchor !== undefined && !Object.hasOwn(anchors, anchor)) {
        if (unsettled.has(anchor)) {
          waiting.push(item);
          continue;
        }
        if (outOfScope.has(anchor))
          fail(item, { reason: 'invalid', detail: `tính từ mốc "${anchor}" của một bước không áp dụng cho cấp này` });
        else fail(item, { reason: known.has(anchor) ? 'unresolved-anchor' : 'unknown-anchor', anchor });
      } else {
        try {
          const instant = resolveDueDate(item.spec, anchors, calendar).instant;
          anchors[item.produces] = instant;
          const entry = times.get(item.phaseKey) ?? {};
          if (item.field === 'opensAt') entry.opensAt = instant;
          else entry.dueAt = instant;
        } catch (error) {
          fail(item, { reason: 'invalid', detail: error instanceof Error ? error.message : String(error) });
        }
      }
      unsettled.delete(item.produces);
      progressed = true;
    }
    pending = waiting;
  }
  for (const item of pending) fail(item, { reason: 'cycle', anchor: anchorOf(item.spec) ?? '' });
  return { times, failures };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function anchorOf(spec: DueDateSpec): string | undefined {
  return spec.kind === 'workingDaysAfter' || spec.kind === 'durationAfter' ? spec.anchor : undefined;
}

function withTime(spec: DueDateSpec, time: string): DueDateSpec {
  return (spec.kind === 'date' || spec.kind === 'workingDaysAfter') && spec.time === undefined ? { ...spec, time } : spec;
}

function describeFailure(failure: ScheduleFailure, levelCode: string): string {
  const where = `Phase "${failure.phaseKey}" ${failure.field === 'opensAt' ? 'opening' : `due date for level "${levelCode}"`}`;
  switch (failure.reason) {
    case 'no-due-for-level':
      return `Phase "${failure.phaseKey}" has no due date for level "${levelCode}" and no default`;
    case 'unknown-anchor':
      return `${where} refers to unknown milestone "${failure.anchor}"`;
    case 'unresolved-anchor':
      return `${where} depends on "${failure.anchor}", which could not be computed`;
    case 'cycle':
      return `${where} depends on "${failure.anchor}" in a cycle`;
    case 'invalid':
      return `${where}: ${failure.detail}`;
  }
}
