import { DataSource, SelectQueryBuilder } from 'typeorm';
import { toLocalDate } from '@tdkt/domain';
import { LevelEntity } from '../entities/level.entity';
import { UnitEntity } from '../entities/unit.entity';
import { UnitProgressEntity } from '../entities/unit-progress.entity';
import { LIKE_ESCAPE, pathPrefixPattern } from './like-pattern';

/** How many obligations were last sent, and how many approved, on one calendar day in Vietnam. */
export interface DailyActivity {
  /** YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  day: string;
  submitted: number;
  approved: number;
}

export interface LateUnit {
  unitCode: string;
  /** Null when the unit has left the directory since the campaign reached it. */
  unitName: string | null;
  levelCode: string;
  late: number;
  /** Every obligation the unit has in the campaign, late or not. */
  total: number;
}

export interface CampaignLevel {
  code: string;
  /** Null for a level the directory no longer holds. */
  name: string | null;
  /** 0 at the top; null with the name. */
  rank: number | null;
}

/** Counts arrive as strings from PostgreSQL and as numbers from SQLite. */
interface LateUnitRow {
  unit_code: string;
  unit_name: string | null;
  level_code: string;
  late: string | number;
  total: string | number;
}

interface LevelRow {
  code: string;
  name: string | null;
  rank: string | number | null;
}

const SETTLED = `('approved', 'closed', 'cancelled')`;

/**
 * The read side of the campaign dashboard, over the same read model as the progress summary (unit_progress),
 * narrowed to a subtree the same way (`underPath`, a unit path; every unit when absent).
 */
export class CampaignDashboardQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Obligations last submitted and last approved per Vietnamese calendar day, oldest day first, only days
   * with something on them. The day is taken in TypeScript: SQLite and PostgreSQL have no common way to
   * shift a timestamp into a time zone, and the row count is one per obligation, so the read stays small.
   */
  async dailyActivity(campaignId: string, underPath?: string): Promise<DailyActivity[]> {
    const builder = this.progress(campaignId, underPath)
      .select(['p.campaignId', 'p.unitCode', 'p.obligationKey', 'p.submittedAt', 'p.approvedAt'])
      .andWhere('(p.submitted_at IS NOT NULL OR p.approved_at IS NOT NULL)');
    const days = new Map<string, DailyActivity>();
    const dayOf = (day: string) => {
      if (!days.has(day)) days.set(day, { day, submitted: 0, approved: 0 });
      return days.get(day)!;
    };
    for (const row of await builder.getMany()) {
      if (row.submittedAt) dayOf(toLocalDate(row.submittedAt)).submitted += 1;
      if (row.approvedAt) dayOf(toLocalDate(row.approvedAt)).approved += 1;
    }
    return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  }

  /**
   * Units with obligations past due at `now` and not settled, the most late first (then in tree order), at most
   * `limit` of them, with how many units are late in all.
   */
  async lateUnits(
    campaignId: string,
    now: Date,
    options: { limit: number; underPath?: string },
  ): Promise<{ items: LateUnit[]; total: number }> {
    const lateCase = `CASE WHEN p.due_at < :now AND p.status NOT IN ${SETTLED} THEN 1 ELSE 0 END`;
    const rows = await this.progress(campaignId, options.underPath)
      .select('p.unit_code', 'unit_code')
      .addSelect('u.name', 'unit_name')
      .addSelect('p.level_code', 'level_code')
      .addSelect(`SUM(${lateCase})`, 'late')
      .addSelect('COUNT(*)', 'total')
      .leftJoin(UnitEntity, 'u', 'u.code = p.unit_code')
      .setParameter('now', now)
      .groupBy('p.unit_code')
      .addGroupBy('p.unit_path')
      .addGroupBy('p.level_code')
      .addGroupBy('u.name')
      .having(`SUM(${lateCase}) > 0`)
      .orderBy(`SUM(${lateCase})`, 'DESC')
      .addOrderBy('p.unit_path', 'ASC')
      .getRawMany<LateUnitRow>();
    return {
      items: rows.slice(0, options.limit).map((row) => ({
        unitCode: row.unit_code,
        unitName: row.unit_name,
        levelCode: row.level_code,
        late: Number(row.late),
        total: Number(row.total),
      })),
      total: rows.length,
    };
  }

  /** The levels the campaign's obligations are on, with their names, top level first. */
  async levels(campaignId: string, underPath?: string): Promise<CampaignLevel[]> {
    const rows = await this.progress(campaignId, underPath)
      .select('p.level_code', 'code')
      .addSelect('l.name', 'name')
      .addSelect('l.rank', 'rank')
      .leftJoin(LevelEntity, 'l', 'l.code = p.level_code')
      .groupBy('p.level_code')
      .addGroupBy('l.name')
      .addGroupBy('l.rank')
      .getRawMany<LevelRow>();
    const levels = rows.map((row) => ({ code: row.code, name: row.name, rank: row.rank === null ? null : Number(row.rank) }));
    // A level without a rank (no longer in the directory) goes last, in code order, on both engines.
    return levels.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  }

  private progress(campaignId: string, underPath: string | undefined): SelectQueryBuilder<UnitProgressEntity> {
    const builder = this.dataSource
      .getRepository(UnitProgressEntity)
      .createQueryBuilder('p')
      .where('p.campaign_id = :campaignId', { campaignId });
    if (underPath !== undefined) builder.andWhere(`p.unit_path LIKE :prefix ${LIKE_ESCAPE}`, { prefix: pathPrefixPattern(underPath) });
    return builder;
  }
}
