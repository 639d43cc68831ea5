import type { DueDateSpec, PlanDefinition, ReminderPolicy } from '@tdkt/domain';

/** Seconds after issue, per level, for the phase with this key. */
export type CompressedTimeline = Record<string, { opens: number; due: Record<string, number> }>;

const after = (seconds: number): DueDateSpec => ({ kind: 'durationAfter', anchor: 'issued', duration: `${seconds}s` });

/**
 * A real plan with its calendar compressed to seconds through data only: the phases keep their keys
 * and kinds, their dates become "N seconds after issue", and reminders fire seconds apart. The
 * workflows run exactly the code they run for a five-year plan.
 */
export function compressPlan(
  plan: PlanDefinition,
  stageKey: string,
  timeline: CompressedTimeline,
  reminders: ReminderPolicy,
): PlanDefinition {
  const stage = plan.stages.find((s) => s.key === stageKey);
  if (!stage) throw new Error(`No stage ${stageKey}`);
  return {
    ...plan,
    reminders,
    stages: [
      {
        ...stage,
        phases: stage.phases.map((phase) => {
          const times = timeline[phase.key];
          if (!times) throw new Error(`No compressed times for phase ${phase.key}`);
          const { progressEvery: _dropped, ...rest } = phase;
          return {
            ...rest,
            opensAt: after(times.opens),
            dueByLevel: Object.fromEntries(Object.entries(times.due).map(([level, s]) => [level, after(s)])),
          };
        }),
      },
    ],
  };
}

const SEED_003_PHASES = ['phat-dong', 'trien-khai', 'so-ket-2023', 'tong-ket-2025', 'khen-thuong-2025'];
/** Reminders a day apart: nothing fires while a test acts on a campaign. */
export const QUIET_REMINDERS: ReminderPolicy = { before: ['1d'], overdueEvery: '1d', escalateAfter: '3d' };

/**
 * Seed 003's first stage with every phase open at issue and each due an hour after the one before: a
 * campaign that stays running, every duty open, while a test acts on it.
 */
export function hourlyPlan(template: PlanDefinition, reminders: ReminderPolicy = QUIET_REMINDERS): PlanDefinition {
  const hour = 3600;
  return compressPlan(
    template,
    'giai-doan-1',
    Object.fromEntries(SEED_003_PHASES.map((key, i) => [key, { opens: 0, due: { default: hour * (i + 1) } }])),
    reminders,
  );
}
