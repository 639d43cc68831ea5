import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APPROVING_ROLES, SUBMITTING_ROLES, type ObligationStatus } from '@tdkt/domain';
import { CampaignRepository, inboxKey, LevelEntity, UnitEntity } from '@tdkt/persistence';
import { insertRows } from './insert-rows';
import { benchPhases, benchPlan, benchUnits, CAMPAIGNS, PROVINCE, type BenchUnit } from './read-model-shape';

const DAY_MS = 24 * 3600 * 1000;

export interface FilledReadModels {
  campaignIds: string[];
  units: BenchUnit[];
  progressRows: number;
  inboxRows: number;
  openInboxRows: number;
  /** Bulk inserts only, before ANALYZE. */
  seconds: number;
}

/**
 * The org tree, the campaigns (as CampaignRepository creates them, running) and, for each campaign, unit and phase,
 * the unit_progress row and inbox_items row the obligation projection would have written, inserted in bulk.
 * Campaign n has reached phase n mod 6: earlier phases are approved (one in ten still open, overdue), the current
 * and next ones are open, sent (waiting on the parent's leader), returned, or waiting on an extension decision,
 * later ones pending (no one acts: the inbox row is done).
 */
export async function fillReadModels(dataSource: DataSource, now: Date): Promise<FilledReadModels> {
  const started = performance.now();
  const units = benchUnits();
  await dataSource.getRepository(LevelEntity).insert([
    { code: 'tinh', name: 'Tỉnh', rank: 0 },
    { code: 'huyen', name: 'Huyện', rank: 1 },
    { code: 'xa', name: 'Xã', rank: 2 },
  ]);
  const unitRows = units.map(({ code, name, levelCode, kind, parentCode, path }) => ({ code, name, levelCode, kind, parentCode, path }));
  for (let next = 0; next < unitRows.length; next += 500)
    await dataSource.getRepository(UnitEntity).insert(unitRows.slice(next, next + 500));
  const creator = randomUUID();
  await dataSource.query(
    `INSERT INTO officials (id, username, full_name, email, unit_code, password_hash) VALUES ($1, 'chuyenvien.thutai', 'Chuyên viên thử tải', 'thutai@bench.invalid', $2, 'x')`,
    [creator, PROVINCE],
  );
  const repository = new CampaignRepository(dataSource);
  const campaignIds: string[] = [];
  for (let n = 0; n < CAMPAIGNS; n++) {
    const campaign = await repository.create({ id: randomUUID(), plan: benchPlan(n + 1), createdBy: creator, status: 'running' });
    campaignIds.push(campaign.id);
  }

  const participants = units.filter((unit) => unit.code !== PROVINCE);
  const phases = benchPhases();
  let progressRows = 0;
  let inboxRows = 0;
  let openInboxRows = 0;
  for (const [n, campaignId] of campaignIds.entries()) {
    const progress: unknown[][] = [];
    const inbox: unknown[][] = [];
    participants.forEach((unit, u) =>
      phases.forEach((phase, k) => {
        const o = obligationState(n, u, k, now);
        progress.push([
          campaignId,
          unit.code,
          phase.key,
          unit.parentCode,
          unit.levelCode,
          unit.path,
          phase.key,
          phase.stageKey,
          phase.kind,
          o.status,
          o.dueAt,
          o.submittedAt,
          o.approvedAt,
          0,
          false,
          1,
          now,
        ]);
        const assignee = o.waitsOn === 'unit' ? unit.code : o.waitsOn === 'parent' ? unit.parentCode : null;
        const roles = o.waitsOn === 'unit' ? SUBMITTING_ROLES : o.waitsOn === 'parent' ? APPROVING_ROLES : null;
        inbox.push([
          inboxKey(campaignId, unit.code, phase.key),
          campaignId,
          unit.code,
          phase.key,
          phase.name,
          phase.kind,
          assignee,
          roles?.join(',') ?? null,
          o.action,
          o.inboxDueAt,
          assignee ? 'open' : 'done',
          1,
          now,
        ]);
        if (assignee) openInboxRows++;
      }),
    );
    await insertRows(dataSource, 'unit_progress', PROGRESS_COLUMNS, progress);
    await insertRows(dataSource, 'inbox_items', INBOX_COLUMNS, inbox);
    progressRows += progress.length;
    inboxRows += inbox.length;
  }
  return { campaignIds, units, progressRows, inboxRows, openInboxRows, seconds: (performance.now() - started) / 1000 };
}

const PROGRESS_COLUMNS = [
  'campaign_id',
  'unit_code',
  'obligation_key',
  'reports_to',
  'level_code',
  'unit_path',
  'phase_key',
  'stage_key',
  'kind',
  'status',
  'due_at',
  'submitted_at',
  'approved_at',
  'reminders_sent',
  'escalated',
  'version',
  'updated_at',
];
const INBOX_COLUMNS = [
  'key',
  'campaign_id',
  'unit_code',
  'obligation_key',
  'title',
  'kind',
  'assignee_unit_code',
  'assignee_roles',
  'action',
  'due_at',
  'status',
  'version',
  'updated_at',
];

interface ObligationState {
  status: ObligationStatus;
  dueAt: Date | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  /** Who the inbox row waits on: the unit itself (submit), its parent's leaders (approve, decide), nobody (done). */
  waitsOn: 'unit' | 'parent' | null;
  action: 'submit' | 'approve' | 'decide_extension' | null;
  inboxDueAt: Date | null;
}

/** A deterministic spread, so two runs measure the same rows. */
function spread(...keys: number[]): number {
  let h = 2166136261;
  for (const key of keys) h = Math.imul(h ^ key, 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
  return (h >>> 0) / 2 ** 32;
}

function obligationState(campaign: number, unit: number, phase: number, now: Date): ObligationState {
  const current = campaign % 6;
  const r = spread(campaign, unit, phase);
  const days = (d: number) => new Date(now.getTime() + d * DAY_MS + Math.floor(r * 24) * 3600 * 1000);
  if (phase < current) {
    const dueAt = days(-30 * (current - phase) - 10);
    if (r < 0.1)
      return { status: 'open', dueAt, submittedAt: null, approvedAt: null, waitsOn: 'unit', action: 'submit', inboxDueAt: dueAt };
    const submittedAt = days(-30 * (current - phase) - 12 - r * 30);
    const approvedAt = new Date(submittedAt.getTime() + 3 * DAY_MS);
    return { status: 'approved', dueAt, submittedAt, approvedAt, waitsOn: null, action: null, inboxDueAt: dueAt };
  }
  if (phase > current + 1)
    return { status: 'pending', dueAt: null, submittedAt: null, approvedAt: null, waitsOn: null, action: null, inboxDueAt: null };
  // The current phase falls due from 15 days ago to 25 days ahead; the next one later, one in ten still to be announced.
  const dueAt = phase === current ? days(Math.floor(r * 40) - 15) : r < 0.1 ? null : days(30 + Math.floor(r * 60));
  if (r < 0.55) return { status: 'open', dueAt, submittedAt: null, approvedAt: null, waitsOn: 'unit', action: 'submit', inboxDueAt: dueAt };
  if (r < 0.85) {
    const submittedAt = days(-Math.floor(r * 20));
    const approvalDue = new Date(submittedAt.getTime() + 7 * DAY_MS);
    return { status: 'submitted', dueAt, submittedAt, approvedAt: null, waitsOn: 'parent', action: 'approve', inboxDueAt: approvalDue };
  }
  if (r < 0.95)
    return { status: 'returned', dueAt, submittedAt: days(-10), approvedAt: null, waitsOn: 'unit', action: 'submit', inboxDueAt: dueAt };
  return { status: 'open', dueAt, submittedAt: null, approvedAt: null, waitsOn: 'parent', action: 'decide_extension', inboxDueAt: days(3) };
}
