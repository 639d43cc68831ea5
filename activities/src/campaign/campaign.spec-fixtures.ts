import type { DataSource } from 'typeorm';
import { DEFAULT_REMINDER_POLICY, PlanDefinition } from '@tdkt/domain';
import { CampaignRepository, OfficialEntity } from '@tdkt/persistence';

/** A plan with nothing to run: enough for a campaign row that projections can point at. Test data, not exported. */
const planWithoutStages: PlanDefinition = {
  issuer: { unitCode: 'TQ' },
  place: 'Tuyên Quang',
  year: 2026,
  title: 'Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2026',
  legalBases: [],
  purposes: [],
  requirements: [],
  participants: { levels: ['xa'] },
  participantGroups: [],
  awardForms: [],
  stages: [],
  responsibilities: [],
  recipients: [],
  signature: { capacity: 'KT', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'PHÓ CHỦ TỊCH' },
  approvalChain: [],
  reminders: DEFAULT_REMINDER_POLICY,
};

/** A campaign drafted by the province's specialist of the demo org. */
export async function createDraftCampaign(dataSource: DataSource, id: string): Promise<void> {
  const drafter = await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'chuyenvien.tinh' });
  await new CampaignRepository(dataSource).create({ id, plan: planWithoutStages, createdBy: drafter.id });
}
