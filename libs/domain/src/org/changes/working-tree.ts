import { childPath, isSameOrDescendant } from '../unit-path';
import { OrgChangeEffects, OrgSnapshot, OrgUnitState } from './org-change.types';

/**
 * The tree as the changes of a set leave it, one after the other, recording every effect on the way. Each rule
 * asks it about the state the earlier changes left, so "merge A into B, then move B" reads as written.
 */
export class WorkingTree {
  private readonly units = new Map<string, OrgUnitState>();
  private readonly officials: { id: string; unitCode: string }[];
  private readonly levels: ReadonlySet<string>;
  private readonly touched = new Set<string>();
  readonly effects: Omit<OrgChangeEffects, 'after'> = {
    created: [],
    renamed: [],
    moved: [],
    paths: [],
    dissolved: [],
    reparented: [],
    officialsMoved: [],
  };

  constructor(snapshot: OrgSnapshot) {
    for (const unit of snapshot.units) this.units.set(unit.code, { ...unit });
    this.officials = snapshot.officials.map((o) => ({ ...o }));
    this.levels = new Set(snapshot.levelCodes);
  }

  get(code: string): OrgUnitState | undefined {
    return this.units.get(code);
  }

  active(code: string): OrgUnitState | undefined {
    const unit = this.units.get(code);
    return unit?.active ? unit : undefined;
  }

  hasLevel(code: string): boolean {
    return this.levels.has(code);
  }

  activeChildren(code: string): OrgUnitState[] {
    return [...this.units.values()].filter((u) => u.active && u.parentCode === code).sort((a, b) => a.code.localeCompare(b.code));
  }

  officialsIn(code: string): number {
    return this.officials.filter((o) => o.unitCode === code).length;
  }

  /** Is `code` the unit at `ancestorCode` or below it? */
  isWithin(code: string, ancestorCode: string): boolean {
    const unit = this.units.get(code);
    const ancestor = this.units.get(ancestorCode);
    return !!unit && !!ancestor && isSameOrDescendant(unit.path, ancestor.path);
  }

  /** An active unit already carrying this statistics code, other than `except`. */
  statisticsCodeHolder(statisticsCode: string, except?: string): OrgUnitState | undefined {
    return [...this.units.values()].find((u) => u.active && u.code !== except && u.statisticsCode === statisticsCode);
  }

  create(unit: Omit<OrgUnitState, 'path' | 'active'>): void {
    const parent = unit.parentCode ? this.units.get(unit.parentCode) : undefined;
    const created: OrgUnitState = { ...unit, active: true, path: childPath(parent?.path ?? null, unit.code) };
    this.units.set(unit.code, created);
    this.touched.add(unit.code);
    this.effects.created.push({ ...created });
  }

  rename(code: string, name: string | undefined, statisticsCode: string | undefined): void {
    const unit = this.units.get(code)!;
    const next = { name: name ?? unit.name, statisticsCode: statisticsCode ?? unit.statisticsCode };
    if (next.name === unit.name && next.statisticsCode === unit.statisticsCode) return;
    this.effects.renamed.push({
      unitCode: code,
      fromName: unit.name,
      toName: next.name,
      fromStatisticsCode: unit.statisticsCode,
      toStatisticsCode: next.statisticsCode,
    });
    Object.assign(unit, next);
    this.touched.add(code);
  }

  /** Hangs the unit under a new parent, rewriting the path of it and every unit below it. */
  reparent(code: string, parentCode: string, as: 'moved' | 'reparented'): void {
    const unit = this.units.get(code)!;
    const parent = this.units.get(parentCode)!;
    if (unit.parentCode === parentCode) return;
    if (as === 'moved') this.effects.moved.push({ unitCode: code, fromParentCode: unit.parentCode, toParentCode: parentCode });
    else this.effects.reparented.push({ unitCode: code, fromParentCode: unit.parentCode!, toParentCode: parentCode });
    const oldPath = unit.path;
    const newPath = childPath(parent.path, code);
    unit.parentCode = parentCode;
    for (const other of this.units.values()) {
      if (!other.path.startsWith(oldPath)) continue;
      const toPath = newPath + other.path.slice(oldPath.length);
      this.recordPath(other.code, other.path, toPath);
      other.path = toPath;
      this.touched.add(other.code);
    }
  }

  /** Ends the unit; its active children and its officials go to the successor. */
  dissolve(code: string, successorCode: string | null): void {
    if (successorCode) {
      for (const child of this.activeChildren(code)) this.reparent(child.code, successorCode, 'reparented');
      for (const official of this.officials.filter((o) => o.unitCode === code)) {
        this.effects.officialsMoved.push({ officialId: official.id, fromUnit: code, toUnit: successorCode });
        official.unitCode = successorCode;
      }
    }
    this.units.get(code)!.active = false;
    this.touched.add(code);
    this.effects.dissolved.push({ unitCode: code, successorCode });
  }

  result(): OrgChangeEffects {
    return {
      ...this.effects,
      after: [...this.touched].map((code) => ({ ...this.units.get(code)! })).sort((a, b) => a.path.localeCompare(b.path)),
    };
  }

  /** Keeps one entry per unit: its path before the set and after it. */
  private recordPath(code: string, fromPath: string, toPath: string): void {
    const existing = this.effects.paths.find((p) => p.unitCode === code);
    if (existing) existing.toPath = toPath;
    else this.effects.paths.push({ unitCode: code, fromPath, toPath });
  }
}
