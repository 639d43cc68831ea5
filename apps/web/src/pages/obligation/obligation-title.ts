import { splitPeriodKey, type PlanDefinition } from '@tdkt/domain';

/** A named body's compilation of a phase is keyed after it (compilationKey in the domain). */
const COMPILATION_PREFIX = 'tong-hop:';

/** What the obligation is called, from the plan: its phase, the period of a periodic report, or a compilation of a phase. */
export type ObligationName =
  | { kind: 'phase'; phase: string }
  | { kind: 'period'; phase: string; period: number }
  | { kind: 'compilation'; phase: string }
  | { kind: 'unknown'; key: string };

export function obligationName(
  plan: Pick<PlanDefinition, 'stages'>,
  obligation: { phaseKey: string; obligationKey: string },
): ObligationName {
  const compiled = obligation.phaseKey.startsWith(COMPILATION_PREFIX);
  const phaseKey = compiled ? obligation.phaseKey.slice(COMPILATION_PREFIX.length) : obligation.phaseKey;
  const phase = plan.stages.flatMap((stage) => stage.phases).find((p) => p.key === phaseKey);
  if (!phase) return { kind: 'unknown', key: obligation.obligationKey };
  if (compiled) return { kind: 'compilation', phase: phase.name };
  const { period } = splitPeriodKey(obligation.obligationKey);
  return period === null ? { kind: 'phase', phase: phase.name } : { kind: 'period', phase: phase.name, period };
}
