import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual } from 'typeorm';
import type { Role } from '@tdkt/domain';
import { OfficialEntity, OfficialPostingEntity } from '../entities';

export interface Posting {
  id: string;
  officialId: string;
  unitCode: string;
  roles: Role[];
  validFrom: string;
  validTo: string | null;
  changeRef: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface NewPosting {
  officialId: string;
  unitCode: string;
  roles: readonly Role[];
  /** 'YYYY-MM-DD': the first day of the new posting and the day the previous one stops holding. */
  validFrom: string;
  changeRef?: string | null;
  recordedBy?: string | null;
}

/**
 * The dated history of where each official sat and with which roles. The officials and official_roles tables say
 * the present; this says any day, so an org change or an account change records here in the same transaction.
 */
export class OfficialPostings {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Closes the official's open posting at validFrom and opens the new one. An open posting that starts on or after
   * validFrom (a change dated back, e.g. the reform's day entered late) is closed on its own first day: it never held,
   * yet the row stays for the audit.
   */
  async record(manager: EntityManager, posting: NewPosting): Promise<void> {
    const repo = manager.getRepository(OfficialPostingEntity);
    const open = await repo.find({ where: { officialId: posting.officialId, validTo: IsNull() } });
    for (const row of open) {
      await repo.update({ id: row.id }, { validTo: row.validFrom >= posting.validFrom ? row.validFrom : posting.validFrom });
    }
    await repo.insert({
      id: randomUUID(),
      officialId: posting.officialId,
      unitCode: posting.unitCode,
      roles: [...new Set(posting.roles)].sort().join(','),
      validFrom: posting.validFrom,
      validTo: null,
      changeRef: posting.changeRef ?? null,
      recordedBy: posting.recordedBy ?? null,
      recordedAt: new Date().toISOString(),
    });
  }

  /** Who sat in the unit on that day ('YYYY-MM-DD') and with which roles, by name. */
  async on(unitCode: string, day: string): Promise<{ officialId: string; fullName: string; roles: Role[] }[]> {
    const rows = await this.dataSource.getRepository(OfficialPostingEntity).find({
      where: { unitCode, validFrom: LessThanOrEqual(day) },
      order: { validFrom: 'ASC' },
    });
    const holding = rows.filter((row) => row.validTo === null || row.validTo > day);
    if (!holding.length) return [];
    const officials = await this.dataSource
      .getRepository(OfficialEntity)
      .find({ where: { id: In(holding.map((row) => row.officialId)) }, select: { id: true, fullName: true } });
    const names = new Map(officials.map((o) => [o.id, o.fullName]));
    return holding
      .map((row) => ({ officialId: row.officialId, fullName: names.get(row.officialId) ?? '', roles: splitRoles(row.roles) }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi') || a.officialId.localeCompare(b.officialId));
  }

  /** Every posting of one official, oldest first. */
  async of(officialId: string): Promise<Posting[]> {
    const rows = await this.dataSource
      .getRepository(OfficialPostingEntity)
      .find({ where: { officialId }, order: { validFrom: 'ASC', recordedAt: 'ASC' } });
    return rows.map(toPosting);
  }

  /** Every posting ever made in one unit, oldest first (the unit's history page). */
  async inUnit(unitCode: string): Promise<Posting[]> {
    const rows = await this.dataSource
      .getRepository(OfficialPostingEntity)
      .find({ where: { unitCode }, order: { validFrom: 'ASC', recordedAt: 'ASC' } });
    return rows.map(toPosting);
  }
}

function splitRoles(roles: string): Role[] {
  return roles ? (roles.split(',') as Role[]) : [];
}

function toPosting(row: OfficialPostingEntity): Posting {
  return {
    id: row.id,
    officialId: row.officialId,
    unitCode: row.unitCode,
    roles: splitRoles(row.roles),
    validFrom: row.validFrom,
    validTo: row.validTo,
    changeRef: row.changeRef,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}
