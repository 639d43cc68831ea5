import { Brackets, DataSource, In, WhereExpressionBuilder } from 'typeorm';
import { HUMAN_TASK_KINDS, type HumanTaskKind, type ObligationStatus, type Role } from '@tdkt/domain';
import { InboxItemEntity } from '../entities/inbox-item.entity';
import { UnitEntity } from '../entities/unit.entity';
import { UnitProgressEntity } from '../entities/unit-progress.entity';
import { runAtomically } from './atomic-sql';
import { aggregateKpis, KpiAggregate } from './kpi-aggregate';
import { escapeLike, LIKE_ESCAPE, pathPrefixPattern } from './like-pattern';
import type { ObligationProjectionRecord } from './obligation-projection-record';
import type { Page, PageRequest } from './page';
import { ProgressCountRow, ProgressSummary, summariseProgress } from './progress-summary';
import { projectObligation } from './project-obligation.work';
import { appendDecisions } from '../audit/append-decisions.work';
import { HumanTaskRecord, projectHumanTask } from './project-human-task.work';

export interface InboxQuery extends PageRequest {
  campaignId?: string;
  /** A phase kind or a kind of human step. */
  kind?: string;
  /** Past its deadline at `at`, not yet past it, or with its deadline still to be announced. */
  due?: { state: InboxDueState; at: Date };
}

/**
 * A delegation in force the official acts under: the delegating leader's unit and roles, the kinds of step given, and
 * the one campaign it is limited to (null: every campaign). The leader's open tasks of those kinds join the inbox.
 */
export interface ActingForGrant {
  delegationId: string;
  unitCode: string;
  roles: readonly Role[];
  kinds: readonly HumanTaskKind[];
  campaignId: string | null;
}

/** An inbox row, with the delegation it is listed under (null: the official's own task). */
export type InboxRow = InboxItemEntity & { delegationId: string | null };

/**
 * Which rows a kind of delegated step covers. Plan steps are human tasks of their own kind; a report's approval and an
 * extension's decision are the obligation's row while it waits on that action (its kind is then the phase kind).
 */
const KIND_CONDITIONS: Record<HumanTaskKind, string> = {
  plan_approval: `i.kind = 'plan_approval'`,
  report_approval: `(i.kind = 'report_approval' OR (i.action = 'approve' AND i.kind NOT IN (:...humanTaskKinds)))`,
  extension_decision: `(i.kind = 'extension_decision' OR i.action = 'decide_extension')`,
  award_step: `i.kind = 'award_step'`,
};
const isHumanTaskKind = (kind: string): kind is HumanTaskKind => (HUMAN_TASK_KINDS as readonly string[]).includes(kind);
const kindCovers = (kind: HumanTaskKind, row: InboxItemEntity): boolean =>
  row.kind === kind ||
  (!isHumanTaskKind(row.kind) &&
    ((kind === 'report_approval' && row.action === 'approve') || (kind === 'extension_decision' && row.action === 'decide_extension')));
const holdsOne = (row: InboxItemEntity, unitCode: string, roles: readonly Role[]) =>
  row.assigneeUnitCode === unitCode && row.assigneeRoles.some((role) => roles.includes(role));

/** `(',' || roles || ',') LIKE '%,role,%'` for any of `roles`, with parameters named after `prefix`. */
function anyRoleOf(roles: readonly Role[], prefix: string): Brackets {
  return new Brackets((anyRole) =>
    roles.forEach((role, n) =>
      anyRole.orWhere(`(',' || i.assignee_roles || ',') LIKE :${prefix}${n} ${LIKE_ESCAPE}`, {
        [`${prefix}${n}`]: `%,${escapeLike(role)},%`,
      }),
    ),
  );
}

export const INBOX_DUE_STATES = ['overdue', 'upcoming', 'undated'] as const;
export type InboxDueState = (typeof INBOX_DUE_STATES)[number];

export interface ProgressQuery extends PageRequest {
  levelCode?: string;
  status?: ObligationStatus;
  reportsTo?: string;
  /** Only units at or below this unit path. */
  underPath?: string;
  /** Only these units (the ones a named body follows), and only this phase. */
  unitCodes?: string[];
  phaseKey?: string;
  /** Only obligations past due at this instant and not settled (approved, closed or cancelled). */
  lateAt?: Date;
}

/** The read side of running campaigns: written by the workflows through activities, read by the api. */
export class CampaignProjections {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the obligation's state and who must act on it, and appends the steps behind it to the decision
   * log, all or nothing; returns false when a newer version is already stored. The log goes last, so the
   * campaign's chain head stays locked for as short a time as possible.
   */
  applyObligationProjection(p: ObligationProjectionRecord, unitPath: string): Promise<boolean> {
    const now = new Date();
    return runAtomically(this.dataSource, function* () {
      const applied = yield* projectObligation(p, unitPath, now);
      if (p.decisions?.entries.length) yield* appendDecisions(p.decisions, now, new Map([[p.unitCode, unitPath]]));
      return applied;
    });
  }

  /**
   * The same, for a unit named by code (the projection's own): what the workflow's activity writes, and what the api
   * writes when an action's answer carries the projection. Throws when the unit does not exist.
   */
  async applyObligationProjectionOfUnit(p: ObligationProjectionRecord): Promise<boolean> {
    const unit = await this.dataSource
      .getRepository(UnitEntity)
      .findOne({ select: { code: true, path: true }, where: { code: p.unitCode } });
    if (!unit) throw new Error(`Unit ${p.unitCode} does not exist`);
    return this.applyObligationProjection(p, unit.path);
  }

  /** A human step's row in its candidates' inbox. */
  applyHumanTask(task: HumanTaskRecord): Promise<void> {
    return runAtomically(this.dataSource, () => projectHumanTask(task, new Date()));
  }

  /**
   * Open items an official can act on: their unit's, for one of their roles, and those of a leader whose delegation they
   * hold (of its kinds, in its campaign); the most urgent first. Each row names the delegation it is listed under, the
   * official's own tasks none.
   */
  async inboxFor(
    official: { unitCode: string; roles: readonly Role[]; actingFor?: readonly ActingForGrant[] },
    query: InboxQuery,
  ): Promise<Page<InboxRow>> {
    // A grant without roles (its leader's account gone) or kinds opens nothing: leaving it out keeps the SQL valid.
    const grants = (official.actingFor ?? []).filter((grant) => grant.roles.length && grant.kinds.length);
    if (!official.roles.length && !grants.length) return { items: [], total: 0 };
    const builder = this.dataSource
      .getRepository(InboxItemEntity)
      .createQueryBuilder('i')
      .where('i.status = :open', { open: 'open' })
      .andWhere(
        new Brackets((anyGrant) => {
          if (official.roles.length)
            anyGrant.orWhere(
              new Brackets((own) =>
                own.where('i.assigneeUnitCode = :unitCode', { unitCode: official.unitCode }).andWhere(anyRoleOf(official.roles, 'role')),
              ),
            );
          grants.forEach((grant, g) => anyGrant.orWhere(new Brackets((acting) => actingFor(acting, grant, g))));
        }),
      );
    if (query.campaignId !== undefined) builder.andWhere('i.campaignId = :campaignId', { campaignId: query.campaignId });
    if (query.kind !== undefined) builder.andWhere('i.kind = :kind', { kind: query.kind });
    if (query.due?.state === 'overdue') builder.andWhere('i.dueAt < :at', { at: query.due.at });
    if (query.due?.state === 'upcoming') builder.andWhere('i.dueAt >= :at', { at: query.due.at });
    if (query.due?.state === 'undated') builder.andWhere('i.dueAt IS NULL');
    // A deadline still to be announced comes after every dated one, on both engines (SQLite puts NULL first).
    const [items, total] = await builder
      .orderBy('CASE WHEN i.due_at IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('i.dueAt', 'ASC')
      .addOrderBy('i.key', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    const own = official.roles.length ? (row: InboxItemEntity) => holdsOne(row, official.unitCode, official.roles) : () => false;
    const grantOf = (row: InboxItemEntity) =>
      grants.find(
        (grant) =>
          holdsOne(row, grant.unitCode, grant.roles) &&
          grant.kinds.some((kind) => kindCovers(kind, row)) &&
          (grant.campaignId === null || grant.campaignId === row.campaignId),
      );
    return {
      items: items.map((row) => Object.assign(row, { delegationId: own(row) ? null : (grantOf(row)?.delegationId ?? null) })),
      total,
    };
  }

  /** Progress rows in tree order. */
  async progressOf(campaignId: string, query: ProgressQuery): Promise<Page<UnitProgressEntity>> {
    const builder = this.dataSource
      .getRepository(UnitProgressEntity)
      .createQueryBuilder('p')
      .where('p.campaignId = :campaignId', { campaignId });
    if (query.levelCode !== undefined) builder.andWhere('p.levelCode = :levelCode', { levelCode: query.levelCode });
    if (query.status !== undefined) builder.andWhere('p.status = :status', { status: query.status });
    if (query.reportsTo !== undefined) builder.andWhere('p.reportsTo = :reportsTo', { reportsTo: query.reportsTo });
    if (query.unitCodes !== undefined)
      builder.andWhere('p.unitCode IN (:...unitCodes)', { unitCodes: query.unitCodes.length ? query.unitCodes : [''] });
    if (query.phaseKey !== undefined) builder.andWhere('p.phaseKey = :phaseKey', { phaseKey: query.phaseKey });
    if (query.lateAt !== undefined)
      builder.andWhere(`p.dueAt < :lateAt AND p.status NOT IN ('approved', 'closed', 'cancelled')`, { lateAt: query.lateAt });
    if (query.underPath !== undefined)
      builder.andWhere(`p.unit_path LIKE :prefix ${LIKE_ESCAPE}`, { prefix: pathPrefixPattern(query.underPath) });
    const [items, total] = await builder
      .orderBy('p.unitPath', 'ASC')
      .addOrderBy('p.obligationKey', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    return { items, total };
  }

  /** Counts per level and per phase (at or below `underPath` when given); `late` is measured against `now`, which the caller chooses. */
  async progressSummary(campaignId: string, now: Date, underPath?: string): Promise<ProgressSummary> {
    const builder = this.dataSource
      .createQueryBuilder()
      .select('p.level_code', 'level_code')
      .addSelect('p.phase_key', 'phase_key')
      .addSelect('p.status', 'status')
      .addSelect('COUNT(*)', 'count')
      // Past due whatever the status: status is a group key, so summariseProgress drops the settled groups' count
      // instead of every row testing its status again (about a quarter of this read’s time at 36,360 rows).
      .addSelect('SUM(CASE WHEN p.due_at < :now THEN 1 ELSE 0 END)', 'past_due')
      .from(UnitProgressEntity, 'p')
      .where('p.campaign_id = :campaignId', { campaignId })
      .setParameter('now', now);
    if (underPath !== undefined) builder.andWhere(`p.unit_path LIKE :prefix ${LIKE_ESCAPE}`, { prefix: pathPrefixPattern(underPath) });
    // Grouped in the order of IDX_unit_progress_counts (migration 1764600000000), which holds every column read:
    // a whole campaign is then counted from that index alone, as it lies, without reading the table or hashing it.
    const rows = await builder.groupBy('p.level_code').addGroupBy('p.status').addGroupBy('p.phase_key').getRawMany<ProgressCountRow>();
    return summariseProgress(rows);
  }

  /** KPI values the children of `reportsTo` reported in a phase, over their approved reports only. */
  async kpiAggregate(campaignId: string, phaseKey: string, reportsTo: string): Promise<Record<string, KpiAggregate>> {
    const reports = await this.dataSource.getRepository(UnitProgressEntity).find({
      select: { unitCode: true, obligationKey: true, campaignId: true, dueAt: true, kpiValues: true },
      where: { campaignId, phaseKey, reportsTo, status: 'approved' },
    });
    return aggregateKpis(reports);
  }

  /** The same over named units, wherever they report: what a body compiling their reports reads. */
  async kpiAggregateOfUnits(campaignId: string, phaseKey: string, unitCodes: readonly string[]): Promise<Record<string, KpiAggregate>> {
    if (!unitCodes.length) return {};
    const reports = await this.dataSource.getRepository(UnitProgressEntity).find({
      select: { unitCode: true, obligationKey: true, campaignId: true, dueAt: true, kpiValues: true },
      where: { campaignId, phaseKey, unitCode: In([...unitCodes]), status: 'approved' },
    });
    return aggregateKpis(reports);
  }

  /** The lower units' own plans (kế hoạch cụ thể) for the campaign, as each reported it with its launch, in tree order. */
  async localPlans(campaignId: string): Promise<{ unitCode: string; reference: string; status: ObligationStatus }[]> {
    const rows = await this.dataSource.getRepository(UnitProgressEntity).find({
      select: { unitCode: true, content: true, status: true, unitPath: true },
      where: { campaignId, kind: 'launch' },
      order: { unitPath: 'ASC' },
    });
    return rows.flatMap((row) =>
      row.content?.localPlanReference ? [{ unitCode: row.unitCode, reference: row.content.localPlanReference, status: row.status }] : [],
    );
  }

  /** Every nomination obligation of a campaign with what was sent in it, in tree order: the input of the award decisions. */
  nominationReports(campaignId: string): Promise<UnitProgressEntity[]> {
    return this.dataSource
      .getRepository(UnitProgressEntity)
      .find({ where: { campaignId, kind: 'nomination' }, order: { unitPath: 'ASC', obligationKey: 'ASC' } });
  }
}

/** The rows a delegation lets its holder act on: the leader's unit and roles, its kinds, its campaign if it names one. */
function actingFor(where: WhereExpressionBuilder, grant: ActingForGrant, g: number): void {
  where
    .where(`i.assigneeUnitCode = :grantUnit${g}`, { [`grantUnit${g}`]: grant.unitCode })
    .andWhere(anyRoleOf(grant.roles, `grant${g}role`))
    .andWhere(
      new Brackets((anyKind) =>
        grant.kinds.forEach((kind) => anyKind.orWhere(KIND_CONDITIONS[kind], { humanTaskKinds: HUMAN_TASK_KINDS })),
      ),
    );
  if (grant.campaignId !== null) where.andWhere(`i.campaignId = :grantCampaign${g}`, { [`grantCampaign${g}`]: grant.campaignId });
}
