import { DataSource, LessThanOrEqual } from 'typeorm';
import { UnitHistoryEntity } from '../entities';

export interface UnitVersion {
  name: string;
  parentCode: string | null;
  path: string;
  levelCode: string;
  kind: string;
  statisticsCode: string | null;
  active: boolean;
  validFrom: string;
  validTo: string | null;
  changeId: string | null;
}

/** A unit's dated versions: what it was called and where it hung on any day. */
export class UnitHistoryStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Every version that held for at least a day, oldest first. */
  async versions(unitCode: string): Promise<UnitVersion[]> {
    const rows = await this.dataSource.getRepository(UnitHistoryEntity).find({ where: { unitCode }, order: { validFrom: 'ASC' } });
    return rows.filter((row) => row.validTo === null || row.validTo > row.validFrom).map(toVersion);
  }

  /** The version in force on `day` ('YYYY-MM-DD'), or null when the unit did not exist (as recorded) that day. */
  async on(unitCode: string, day: string): Promise<UnitVersion | null> {
    const rows = await this.dataSource.getRepository(UnitHistoryEntity).find({ where: { unitCode, validFrom: LessThanOrEqual(day) } });
    const holding = rows.filter((row) => row.validTo === null || row.validTo > day);
    return holding.length ? toVersion(holding.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]) : null;
  }
}

function toVersion(row: UnitHistoryEntity): UnitVersion {
  return {
    name: row.name,
    parentCode: row.parentCode,
    path: row.path,
    levelCode: row.levelCode,
    kind: row.kind,
    statisticsCode: row.statisticsCode,
    active: row.active,
    validFrom: row.validFrom,
    validTo: row.validTo,
    changeId: row.changeId,
  };
}
