import type { DueDateSpec, PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { UNITS_LEFT_OUT } from './bench-org';

const LAUNCH_PHASE = 'phat-dong';
const afterIssue = (seconds: number): DueDateSpec => ({ kind: 'durationAfter', anchor: 'issued', duration: `${seconds}s` });

/**
 * Seed 003's plan cut to its launch phase, opening at issue and due in an hour, for the bench
 * district's subtree only. No alarm fires within a run, so the work per unit is exactly the launch:
 * fan-out, the opening projection and the "new task" notice.
 */
export function launchOnlyPlan(): PlanDefinition {
  const source = template as unknown as PlanDefinition;
  const stage = source.stages[0];
  const launch = stage.phases.find((p) => p.key === LAUNCH_PHASE)!;
  return {
    ...source,
    participants: { levels: ['huyen', 'xa'], kinds: ['ubnd'], excludeUnitCodes: UNITS_LEFT_OUT },
    reminders: { before: ['0s'], overdueEvery: '1d', escalateAfter: '3d' },
    stages: [
      {
        ...stage,
        phases: [
          { ...launch, opensAt: afterIssue(0), dueByLevel: { xa: afterIssue(3600), huyen: afterIssue(3610), tinh: afterIssue(3620) } },
        ],
      },
    ],
  };
}
