import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LevelEntity } from '../entities/level.entity';
import { UnitEntity } from '../entities/unit.entity';
import { UnitProgressEntity } from '../entities/unit-progress.entity';
import { engineOf } from './atomic-sql';
import { LIKE_ESCAPE, pathPrefixPattern } from './like-pattern';
import { dayTextSql, vietnamDateSql } from './vietnam-day-sql';

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
  /** How many units are late in all, the same on every row. */
  late_units: string | number;
}

/** How many obligations were last sent on one day and last approved on another (either may be null). */
interface DayPairRow {
  submitted_day: string | null;
  approved_day: string | null;
  count: string | number;
}

interface LevelRow {
  code: string;
  name: string | null;
  rank: string | number | null;
}

// The WHERE of IDX_unit_progress_unsettled_due, word for word: a partial index serves only queries that say the same.
const SETTLED = `('approved', 'closed', 'cancelled')`;

/**
 * The read side of the campaign dashboard, over the same read model as the progress summary (unit_progress),
 * narrowed to a subtree the same way (`underPath`, a unit path; every unit when absent).
 */
export class CampaignDashboardQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Obligations last submitted and last approved per Vietnamese calendar day, oldest day first, only days
   * with something on them. The database counts the rows per (day sent, day approved) pair in one pass over the
   * campaign; the few pairs are then split into days here, so no row of the campaign is loaded.
   */
  async dailyActivity(campaignId: string, underPath?: string): Promise<DailyActivity[]> {
    const engine = engineOf(this.dataSource);
    const submittedDay = vietnamDateSql(engine, 'p.submitted_at');
    const approvedDay = vietnamDateSql(engine, 'p.approved_at');
    const pairs = await this.progress(campaignId, underPath)
      .select(dayTextSql(engine, submittedDay), 'submitted_day')
      .addSelect(dayTextSql(engine, approvedDay), 'approved_day')
      .addSelect('COUNT(*)', 'count')
      .andWhere('(p.submitted_at IS NOT NULL OR p.approved_at IS NOT NULL)')
      .groupBy(submittedDay)
      .addGroupBy(approvedDay)
      .getRawMany<DayPairRow>();
    const days = new Map<string, DailyActivity>();
    const dayOf = (day: string) => {
      if (!days.has(day)) days.set(day, { day, submitted: 0, approved: 0 });
      return days.get(day)!;
    };
    for (const pair of pairs) {
      if (pair.submitted_day) dayOf(pair.submitted_day).submitted += Number(pair.count);
      if (pair.approved_day) dayOf(pair.approved_day).approved += Number(pair.count);
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
    if (!Number.isInteger(options.limit) || options.limit < 1)
      throw new RangeError(`limit must be a whole number from 1, not ${options.limit}`);
    // Only the late rows are ranked (IDX_unit_progress_unsettled_due finds them without reading the others), and
    // only the `limit` units ranked first are named and have all their obligations counted: joining units to every
    // row of the campaign cost more than the count itself. The window counts the late units before LIMIT applies.
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('ranked.unit_code', 'unit_code')
      .addSelect('u.name', 'unit_name')
      .addSelect('ranked.level_code', 'level_code')
      .addSelect('ranked.late', 'late')
      .addSelect(
        (total) =>
          total
            .select('COUNT(*)')
            .from(UnitProgressEntity, 'q')
            .where('q.campaign_id = :campaignId', { campaignId })
            .andWhere('q.unit_code = ranked.unit_code AND q.unit_path = ranked.unit_path AND q.level_code = ranked.level_code'),
        'total',
      )
      .addSelect('ranked.late_units', 'late_units')
      .from(
        (late) =>
          this.progress(campaignId, options.underPath, late)
            .select('p.unit_code', 'unit_code')
            .addSelect('p.unit_path', 'unit_path')
            .addSelect('p.level_code', 'level_code')
            .addSelect('COUNT(*)', 'late')
            .addSelect('COUNT(*) OVER ()', 'late_units')
            .andWhere(`p.due_at < :now AND p.status NOT IN ${SETTLED}`, { now })
            .groupBy('p.unit_code')
            .addGroupBy('p.unit_path')
            .addGroupBy('p.level_code')
            .orderBy('COUNT(*)', 'DESC')
            .addOrderBy('p.unit_path', 'ASC')
            .limit(options.limit),
        'ranked',
      )
      .leftJoin(UnitEntity, 'u', 'u.code = ranked.unit_code')
      .orderBy('ranked.late', 'DESC')
      .addOrderBy('ranked.unit_path', 'ASC')
      .getRawMany<LateUnitRow>();
    return {
      items: rows.map((row) => ({
        unitCode: row.unit_code,
        unitName: row.unit_name,
        levelCode: row.level_code,
        late: Number(row.late),
        total: Number(row.total),
      })),
      total: rows.length ? Number(rows[0].late_units) : 0,
    };
  }

  /** The levels the campaign's obligations are on, with their names, top level first. */
  async levels(campaignId: string, underPath?: string): Promise<CampaignLevel[]> {
    // The campaign's few level codes first (from an index alone when the whole campaign is asked for), then their names.
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('codes.code', 'code')
      .addSelect('l.name', 'name')
      .addSelect('l.rank', 'rank')
      .from((sub) => this.progress(campaignId, underPath, sub).select('p.level_code', 'code').distinct(true), 'codes')
      .leftJoin(LevelEntity, 'l', 'l.code = codes.code')
      .getRawMany<LevelRow>();
    const levels = rows.map((row) => ({ code: row.code, name: row.name, rank: row.rank === null ? null : Number(row.rank) }));
    // A level without a rank (no longer in the directory) goes last, in code order, on both engines.
    return levels.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  }

  private progress(
    campaignId: string,
    underPath: string | undefined,
    builder: SelectQueryBuilder<ObjectLiteral> = this.dataSource.createQueryBuilder(),
  ): SelectQueryBuilder<ObjectLiteral> {
    builder.from(UnitProgressEntity, 'p').where('p.campaign_id = :campaignId', { campaignId });
    if (underPath !== undefined) builder.andWhere(`p.unit_path LIKE :prefix ${LIKE_ESCAPE}`, { prefix: pathPrefixPattern(underPath) });
    return builder;
  }
}
