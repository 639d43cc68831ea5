import { DataSource } from 'typeorm';
import { DEFAULT_REMINDER_POLICY, PlanDefinition } from '@tdkt/domain';
import { OfficialEntity } from '../entities';
import { CampaignRepository } from './campaign-repository';
import type { ObligationProjectionRecord } from './obligation-projection-record';

/** Test data for the campaign specs; not exported from the library. */
export function samplePlan(overrides: Partial<PlanDefinition> = {}): PlanDefinition {
  return {
    issuer: { unitCode: 'TQ' },
    place: 'Tuyên Quang',
    year: 2026,
    title: 'Kế hoạch phát động phong trào thi đua chuyển đổi số',
    legalBases: [],
    purposes: [],
    requirements: [],
    participants: { levels: ['huyen', 'xa'] },
    participantGroups: [],
    awardForms: [],
    stages: [],
    responsibilities: [],
    recipients: [],
    signature: { capacity: 'TM', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH' },
    approvalChain: [],
    reminders: DEFAULT_REMINDER_POLICY,
    ...overrides,
  };
}

export async function createCampaigns(dataSource: DataSource, ids: string[], plan: PlanDefinition = samplePlan()): Promise<void> {
  const drafter = await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'chuyenvien.tinh' });
  const repository = new CampaignRepository(dataSource);
  for (const id of ids) await repository.create({ id, plan, createdBy: drafter.id });
}

export function sampleProjection(overrides: {
  campaignId: string;
  unitCode: string;
  reportsTo: string;
  levelCode: string;
  version: number;
  key?: string;
  phaseKey?: string;
  status?: ObligationProjectionRecord['obligation']['status'];
  /** Null: to be announced. */
  dueAt?: string | null;
  kpiValues?: Record<string, number>;
  assignment?: ObligationProjectionRecord['assignment'];
}): ObligationProjectionRecord {
  const phaseKey = overrides.phaseKey ?? 'so-ket';
  const dueAt = overrides.dueAt === undefined ? '2026-06-30T10:00:00.000Z' : overrides.dueAt;
  return {
    campaignId: overrides.campaignId,
    unitCode: overrides.unitCode,
    reportsTo: overrides.reportsTo,
    levelCode: overrides.levelCode,
    version: overrides.version,
    obligation: {
      spec: {
        key: overrides.key ?? phaseKey,
        phaseKey,
        stageKey: 'gd1',
        kind: 'interim_review',
        title: 'Báo cáo sơ kết',
        opensAt: '2026-06-01T00:00:00.000Z',
        dueAt,
      },
      status: overrides.status ?? 'open',
      dueAt,
      remindersSent: 0,
      escalated: false,
      content: overrides.kpiValues ? { summary: 'Báo cáo', kpiValues: overrides.kpiValues } : undefined,
      history: [],
    },
    assignment:
      overrides.assignment === undefined ? { unitCode: overrides.unitCode, roles: ['specialist'], action: 'submit' } : overrides.assignment,
  };
}
