import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { OrgChangeEffects, OrgChangeSet, OrgSnapshot, planOrgChanges, Role, validateOrgChangeSet } from '@tdkt/domain';
import {
  LevelEntity,
  OfficialEntity,
  OfficialRoleEntity,
  OrgChangeEntity,
  OrgChangeStatus,
  UnitEntity,
  UnitHistoryEntity,
} from '../entities';
import { OfficialPostings } from './official-postings';

/** What applying a set did that others must act on: the units dissolved (with successors) and the units moved. */
export interface AppliedOrgChange {
  changeId: string;
  effectiveOn: string;
  reason: string;
  dissolved: { unitCode: string; successorCode: string | null }[];
  moved: { unitCode: string; fromParentCode: string | null; toParentCode: string }[];
  /** Set when, on its day, the set no longer fitted the tree: why, change by change; then nothing was written. */
  refused?: { path: string; message: string; en?: string }[];
}

export interface OrgChangeRecord {
  id: string;
  effectiveOn: string;
  reason: string;
  status: OrgChangeStatus;
  set: OrgChangeSet;
  requestedBy: string;
  requestedAt: string;
  appliedAt: string | null;
  applied: AppliedOrgChange | null;
}

/**
 * Org change sets: recorded when decided, applied on their effective day in one transaction. Dissolved units stay
 * in `units` (inactive, with their successor) because campaigns and awards name them; every version of a unit and
 * every posting of an official is kept with its dates, so the tree of any past day can be answered.
 */
export class OrgChangeStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The tree as the change rules read it (inactive units included: their codes stay taken). */
  static async snapshot(db: DataSource | EntityManager): Promise<OrgSnapshot> {
    // One after the other: inside a transaction the three share one connection.
    const units = await db.getRepository(UnitEntity).find();
    const levels = await db.getRepository(LevelEntity).find({ select: { code: true } });
    const officials = await db.getRepository(OfficialEntity).find({ select: { id: true, unitCode: true }, order: { username: 'ASC' } });
    return {
      units: units.map((u) => ({
        code: u.code,
        name: u.name,
        parentCode: u.parentCode,
        path: u.path,
        levelCode: u.levelCode,
        kind: u.kind,
        statisticsCode: u.statisticsCode,
        active: u.active,
      })),
      levelCodes: levels.map((l) => l.code),
      officials: officials.map((o) => ({ id: o.id, unitCode: o.unitCode })),
    };
  }

  snapshot(): Promise<OrgSnapshot> {
    return OrgChangeStore.snapshot(this.dataSource);
  }

  /** Records a validated set, not yet applied; returns its id. */
  async record(set: OrgChangeSet, requestedBy: string): Promise<string> {
    const id = randomUUID();
    await this.dataSource.getRepository(OrgChangeEntity).insert({
      id,
      effectiveOn: set.effectiveOn,
      reason: set.reason,
      payload: JSON.stringify(set),
      status: 'scheduled',
      summary: null,
      requestedBy,
      requestedAt: new Date().toISOString(),
      appliedAt: null,
    });
    return id;
  }

  /**
   * Applies the set in one transaction and answers what it did. Applying an applied set writes nothing and answers
   * the same, so a retried workflow step is harmless. Throws when the tree no longer allows the set (a unit it names
   * was dissolved by another set meanwhile): nothing of it is written then.
   */
  async apply(id: string): Promise<AppliedOrgChange> {
    return this.dataSource.transaction(async (manager) => {
      const query = manager.getRepository(OrgChangeEntity).createQueryBuilder('c').where('c.id = :id', { id });
      // Two appliers at once (a retry racing the first try) must not both write: PostgreSQL locks the row,
      // SQLite has one writer at a time anyway.
      if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
      const change = await query.getOne();
      if (!change) throw new Error(`No org change ${id}`);
      if (change.status !== 'scheduled' && change.summary) return JSON.parse(change.summary) as AppliedOrgChange;

      // Checked again, as of its day: another set may have changed the tree since this one was recorded.
      const snapshot = await OrgChangeStore.snapshot(manager);
      const checked = validateOrgChangeSet(JSON.parse(change.payload), snapshot, change.effectiveOn);
      if (!checked.ok) {
        const refused: AppliedOrgChange = { ...outcomeOf(change), dissolved: [], moved: [], refused: checked.errors };
        await manager.getRepository(OrgChangeEntity).update({ id }, { status: 'refused', summary: JSON.stringify(refused) });
        return refused;
      }
      const effects = planOrgChanges(checked.value, snapshot);
      await this.writeUnits(manager, effects, change);
      await this.moveOfficials(manager, effects, change);

      const applied: AppliedOrgChange = {
        ...outcomeOf(change),
        dissolved: effects.dissolved,
        moved: [
          ...effects.moved,
          ...effects.reparented.map((r) => ({ unitCode: r.unitCode, fromParentCode: r.fromParentCode, toParentCode: r.toParentCode })),
        ],
      };
      await manager
        .getRepository(OrgChangeEntity)
        .update({ id }, { status: 'applied', summary: JSON.stringify(applied), appliedAt: new Date().toISOString() });
      return applied;
    });
  }

  /** Every recorded set, newest first: a province records dozens a year, so callers narrow and page them in memory. */
  async all(): Promise<OrgChangeRecord[]> {
    const rows = await this.dataSource.getRepository(OrgChangeEntity).find({ order: { requestedAt: 'DESC', id: 'ASC' } });
    return rows.map(toRecord);
  }

  async find(id: string): Promise<OrgChangeRecord | null> {
    const row = await this.dataSource.getRepository(OrgChangeEntity).findOneBy({ id });
    return row ? toRecord(row) : null;
  }

  /** Units created, renamed, moved or dissolved, parents first; each one's history closed and reopened. */
  private async writeUnits(manager: EntityManager, effects: OrgChangeEffects, change: OrgChangeEntity): Promise<void> {
    const units = manager.getRepository(UnitEntity);
    const created = new Set(effects.created.map((u) => u.code));
    const successors = new Map(effects.dissolved.map((d) => [d.unitCode, d.successorCode]));
    for (const unit of effects.after) {
      const dissolved = successors.has(unit.code);
      const fields = {
        name: unit.name,
        parentCode: unit.parentCode,
        path: unit.path,
        statisticsCode: unit.statisticsCode,
        active: unit.active,
        ...(dissolved && { successorCode: successors.get(unit.code) ?? null, dissolvedOn: change.effectiveOn }),
      };
      if (created.has(unit.code)) {
        await units.insert({ code: unit.code, levelCode: unit.levelCode, kind: unit.kind, issuerCode: null, ...fields });
      } else {
        await units.update({ code: unit.code }, fields);
      }
      await openVersion(manager, { ...unit }, change.effectiveOn, change.id);
    }
  }

  /** Officials of dissolved units go to the successor with the roles they held; each move is a dated posting. */
  private async moveOfficials(manager: EntityManager, effects: OrgChangeEffects, change: OrgChangeEntity): Promise<void> {
    const postings = new OfficialPostings(this.dataSource);
    const finalUnit = new Map<string, string>();
    for (const move of effects.officialsMoved) if (move.officialId) finalUnit.set(move.officialId, move.toUnit);
    for (const [officialId, unitCode] of finalUnit) {
      await manager.getRepository(OfficialEntity).update({ id: officialId }, { unitCode });
      const roles = await manager.getRepository(OfficialRoleEntity).findBy({ officialId });
      await postings.record(manager, {
        officialId,
        unitCode,
        roles: roles.map((r) => r.role as Role),
        validFrom: change.effectiveOn,
        changeRef: change.id,
        recordedBy: change.requestedBy,
      });
    }
  }
}

/**
 * Closes the unit's open version at `from` and opens the new one. An open version starting on or after `from`
 * (a set dated back) is closed on its own first day: it never held, yet it stays for the audit.
 */
export async function openVersion(
  manager: EntityManager,
  unit: {
    code: string;
    name: string;
    parentCode: string | null;
    path: string;
    levelCode: string;
    kind: string;
    statisticsCode: string | null;
    active: boolean;
  },
  from: string,
  changeId: string | null,
): Promise<void> {
  const history = manager.getRepository(UnitHistoryEntity);
  for (const open of await history.findBy({ unitCode: unit.code, validTo: IsNull() })) {
    await history.update({ id: open.id }, { validTo: open.validFrom >= from ? open.validFrom : from });
  }
  await history.insert({
    id: randomUUID(),
    unitCode: unit.code,
    name: unit.name,
    parentCode: unit.parentCode,
    path: unit.path,
    levelCode: unit.levelCode,
    kind: unit.kind,
    statisticsCode: unit.statisticsCode,
    active: unit.active,
    validFrom: from,
    validTo: null,
    changeId,
  });
}

function toRecord(row: OrgChangeEntity): OrgChangeRecord {
  return {
    id: row.id,
    effectiveOn: row.effectiveOn,
    reason: row.reason,
    status: row.status,
    set: JSON.parse(row.payload) as OrgChangeSet,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt,
    appliedAt: row.appliedAt,
    applied: row.summary ? (JSON.parse(row.summary) as AppliedOrgChange) : null,
  };
}

const outcomeOf = (change: OrgChangeEntity) => ({ changeId: change.id, effectiveOn: change.effectiveOn, reason: change.reason });
