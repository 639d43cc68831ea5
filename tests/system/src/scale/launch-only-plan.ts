import type { ParticipantSelector, PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { compressPlan } from '../compressed-plan';

const LAUNCH_PHASE = 'phat-dong';

/**
 * The smallest real plan: seed 003's first stage cut down to its launch phase, due in an hour, with
 * one reminder at the due time. A scale run is over long before any alarm fires, so the only work
 * per unit is the fan-out, the opening projection and the "new task" notice.
 */
export function launchOnlyPlan(participants: ParticipantSelector): PlanDefinition {
  const source = template as unknown as PlanDefinition;
  const stage = source.stages[0];
  const launchOnly = { ...source, stages: [{ ...stage, phases: stage.phases.filter((p) => p.key === LAUNCH_PHASE) }] };
  const plan = compressPlan(
    launchOnly,
    stage.key,
    { [LAUNCH_PHASE]: { opens: 0, due: { xa: 3600, huyen: 3610, tinh: 3620 } } },
    {
      before: ['0s'],
      overdueEvery: '1d',
      escalateAfter: '3d',
    },
  );
  return { ...plan, participants };
}
