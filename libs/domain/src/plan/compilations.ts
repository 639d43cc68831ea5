import type { Participant } from './participants';
import { phaseAppliesTo } from './phase-scope';
import type { Compilation, PlanDefinition } from './plan.types';

/** What a named body compiles for the issuer under the plan's responsibilities. */
export function compilationsBy(plan: Pick<PlanDefinition, 'responsibilities'>, unitCode: string): Compilation[] {
  return plan.responsibilities.filter((r) => r.unitCode === unitCode).flatMap((r) => r.compiles ?? []);
}

/** The compilation's own duty, beside the phase's: its key and phase key, so it is never counted among the reports it compiles. */
export const compilationKey = (phaseKey: string): string => `tong-hop:${phaseKey}`;

/** The participants whose reports of the phase a compilation covers: those owing the phase, within what the body follows. */
export function followedBy(
  plan: Pick<PlanDefinition, 'stages'>,
  compilation: Compilation,
  participants: readonly Participant[],
  compilerCode: string,
): Participant[] {
  const phase = plan.stages.flatMap((stage) => stage.phases).find((p) => p.key === compilation.phaseKey);
  if (!phase) return [];
  return participants.filter((p) => {
    if (p.unitCode === compilerCode || p.compilerOnly) return false;
    const unit = { code: p.unitCode, levelCode: p.levelCode, kind: p.kind, groupKeys: p.groupKeys };
    return phaseAppliesTo(phase, unit) && phaseAppliesTo({ appliesTo: compilation.follows }, unit);
  });
}
