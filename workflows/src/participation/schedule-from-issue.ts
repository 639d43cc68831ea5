import type { ParticipationInput } from '@tdkt/contracts';
import { campaignActivities } from '../campaign-activities.proxy';
import type { ObligationBoard } from './obligation-board';

/**
 * Every duty the unit will owe is on its progress page from the day the campaign reaches it: those
 * that open later show as pending, with their dates, so nobody learns of a report only when it opens.
 * Written at the state's own version, so the step that opens the duty replaces it.
 */
export async function projectSchedule(board: ObligationBoard, input: ParticipationInput): Promise<void> {
  const later = board.obligations.filter((o) => o.status === 'pending' && Date.parse(o.spec.opensAt) > Date.now());
  await Promise.all(
    later.map((obligation) =>
      campaignActivities.projectObligation({
        campaignId: input.campaignId,
        unitCode: input.unitCode,
        reportsTo: input.reportsTo,
        levelCode: input.levelCode,
        obligation,
        assignment: null,
        version: obligation.version,
      }),
    ),
  );
}
