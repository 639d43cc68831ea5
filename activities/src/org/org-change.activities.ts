import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppliedOrgChange, dutiesHandedOverSignal, OrgActivities, participationWorkflowId } from '@tdkt/contracts';
import { CampaignEntity, CampaignParticipantEntity, OrgChangeStore, StoredCampaignStatus, UnitSuccessors } from '@tdkt/persistence';
import type { DataSource } from 'typeorm';

interface Participation {
  campaign_id: string;
  unit_code: string;
  reports_to: string;
}

/** Campaigns whose participations still run and may have duties to hand over. */
const RUNNING: StoredCampaignStatus[] = ['issued', 'running', 'suspended'];

export function createOrgChangeActivities(deps: { dataSource: DataSource; temporalClient: Client }): OrgActivities {
  const store = new OrgChangeStore(deps.dataSource);
  const successors = new UnitSuccessors(deps.dataSource);

  return {
    async applyOrgChange({ changeId }) {
      const { effectiveOn, reason, dissolved, refused } = await store.apply(changeId);
      return { changeId, effectiveOn, reason, dissolved, ...(refused ? { refused } : {}) };
    },

    /**
     * Every participation of a running campaign whose unit, or whose reviewing unit, was dissolved: each is told
     * its live successors. Sent again on a retry; a participation applies one change once.
     */
    async handOverDuties(applied: AppliedOrgChange) {
      const dissolved = applied.dissolved.map((d) => d.unitCode);
      const touched = await participationsOf(deps.dataSource, dissolved);
      const live = await successors.liveSuccessorsOf(touched.flatMap((p) => [p.unit_code, p.reports_to]));
      let handedOver = 0;
      for (const p of touched) {
        const handover = {
          changeId: applied.changeId,
          effectiveOn: applied.effectiveOn,
          reason: applied.reason,
          parties: { unitCode: live.get(p.unit_code)!, reportsTo: live.get(p.reports_to)! },
        };
        try {
          await deps.temporalClient.workflow
            .getHandle(participationWorkflowId(p.campaign_id, p.unit_code))
            .signal(dutiesHandedOverSignal, handover);
          handedOver++;
        } catch (error) {
          // A participation already finished owes nothing more.
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        }
      }
      return { handedOver };
    },
  };
}

/** Read from the campaigns' frozen participant lists, so units of campaigns issued before the change are found. */
async function participationsOf(dataSource: DataSource, unitCodes: readonly string[]): Promise<Participation[]> {
  if (!unitCodes.length) return [];
  return dataSource
    .getRepository(CampaignParticipantEntity)
    .createQueryBuilder('p')
    .innerJoin(CampaignEntity, 'c', 'c.id = p.campaign_id')
    .select(['p.campaign_id AS campaign_id', 'p.unit_code AS unit_code', 'p.reports_to AS reports_to'])
    .where('(p.unit_code IN (:...codes) OR p.reports_to IN (:...codes))', { codes: unitCodes })
    .andWhere('c.status IN (:...running)', { running: RUNNING })
    .getRawMany<Participation>();
}
