import { getExternalWorkflowHandle, setHandler } from '@temporalio/workflow';
import { endCampaignUpdate, endParticipationSignal, participationWorkflowId, refusalFailure } from '@tdkt/contracts';
import { CampaignEnding, campaignEndedEntry, DecisionEntry, refuseEnding } from '@tdkt/domain';

/**
 * The issuer's leader closing or cancelling a running campaign, as an Update: refused before anything
 * changes when the official, the reason or the state does not allow it; accepted, the end is passed
 * down the tree through the issuer's own participation. The first accepted request is the one kept.
 */
export class CampaignEndings {
  accepted: { ending: CampaignEnding; entry: DecisionEntry } | null = null;

  constructor(campaignId: string, issuerUnitCode: string, status: () => string) {
    const refusal = (ending: CampaignEnding) => {
      if (this.accepted?.ending.requestId === ending.requestId) return undefined;
      if (this.accepted) return { kind: 'conflict' as const, message: 'Phong trào đang được kết thúc theo một yêu cầu trước.' };
      return refuseEnding(status(), issuerUnitCode, ending);
    };
    const check = (ending: CampaignEnding) => {
      const refused = refusal(ending);
      if (refused) throw refusalFailure(refused);
    };
    setHandler(
      endCampaignUpdate,
      async (ending) => {
        check(ending);
        if (this.accepted) return this.accepted.entry;
        this.accepted = { ending, entry: campaignEndedEntry(ending, issuerUnitCode, new Date().toISOString()) };
        await getExternalWorkflowHandle(participationWorkflowId(campaignId, issuerUnitCode)).signal(endParticipationSignal, {
          outcome: ending.outcome,
          reason: ending.reason,
        });
        return this.accepted.entry;
      },
      { validator: check },
    );
  }
}
