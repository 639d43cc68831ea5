import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  Actor,
  canActOnUnit,
  OrgChange,
  OrgChangeEffects,
  OrgChangeError,
  OrgSnapshot,
  planOrgChanges,
  SYSTEM_UNIT_KIND,
  toLocalDate,
  validateOrgChangeSet,
} from '@tdkt/domain';
import { OrgChangeRecord, OrgChangeStore } from '@tdkt/persistence';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';
import { changesFromCsv, csvPath } from './org-change-csv';
import { OrgChangeSetDto } from './org-change.dto';
import { OrgChangeRunner } from './org-change-runner';
import { OrgChangeView } from './org-change.views';

type Checked = { ok: true; effects: OrgChangeEffects; set: Parameters<typeof planOrgChanges>[0] } | { ok: false; errors: OrgChangeError[] };

/**
 * Org upkeep for administrators: a set of renames, moves, merges, splits and deactivations, previewed, then recorded
 * and brought into force on its effective day. An administrator changes units of their own subtree only; a root or
 * the system unit only a system administrator.
 */
@Injectable()
export class OrgChangesService {
  constructor(
    private readonly store: OrgChangeStore,
    private readonly runner: OrgChangeRunner,
  ) {}

  async preview(actor: Actor, body: OrgChangeSetDto): Promise<{ ok: boolean; errors: OrgChangeError[]; effects: OrgChangeEffects | null }> {
    const checked = await this.check(actor, body);
    if (checked.ok) return { ok: true, errors: [], effects: checked.effects };
    // The preview answers its documented { path, message }; the English of each entry is for the refusal of submit.
    return { ok: false, errors: checked.errors.map(({ path, message }) => ({ path, message })), effects: null };
  }

  async submit(actor: Actor, body: OrgChangeSetDto) {
    const checked = await this.check(actor, body);
    if (!checked.ok) {
      throw invalidInput({
        message: `Bộ thay đổi có ${checked.errors.length} lỗi; chưa có thay đổi nào được ghi.`,
        en: `The change set has ${checked.errors.length} problem(s); nothing was recorded.`,
        errors: checked.errors,
      });
    }
    const id = await this.store.record(checked.set, actor.officialId);
    const status = await this.runner.run(id, checked.set.effectiveOn);
    if (status === 'refused')
      throw new ConflictException({
        message: `Cây đơn vị vừa được thay đổi bởi một bộ thay đổi khác; bộ thay đổi ${id} không còn áp dụng được. Hãy xem trước lại.`,
        en: `Another change set has just changed the tree; change set ${id} no longer applies. Preview it again.`,
      } satisfies Bilingual);
    return { id, status, effectiveOn: checked.set.effectiveOn, effects: checked.effects };
  }

  /** The sets that name a unit of the administrator's subtree (a system administrator: every set), newest first. */
  async list(actor: Actor, page: { limit: number; offset: number }) {
    const [records, snapshot] = await Promise.all([this.store.all(), this.store.snapshot()]);
    const seen = records.filter((record) => concerns(actor, record, snapshot));
    return {
      items: seen.slice(page.offset, page.offset + page.limit).map(toView),
      total: seen.length,
      limit: page.limit,
      offset: page.offset,
    };
  }

  /** One set, to an administrator it concerns; to others it does not exist. */
  async find(actor: Actor, id: string): Promise<OrgChangeView> {
    const record = await this.store.find(id);
    if (!record || !concerns(actor, record, await this.store.snapshot()))
      throw new NotFoundException({
        message: `Không tìm thấy bộ thay đổi tổ chức "${id}".`,
        en: `No org change set "${id}" was found.`,
      } satisfies Bilingual);
    return toView(record);
  }

  /** Reads the body (JSON changes or CSV), checks it against today's tree and the actor's scope. */
  private async check(actor: Actor, body: OrgChangeSetDto): Promise<Checked> {
    const fromCsv = body.csv !== undefined;
    if (fromCsv && body.changes !== undefined) {
      return {
        ok: false,
        errors: [
          {
            path: 'csv',
            message: 'Gửi danh sách thay đổi dạng JSON (changes) hoặc tệp CSV (csv), không cả hai.',
            en: 'Send the changes as JSON (changes) or as a CSV file (csv), not both.',
          },
        ],
      };
    }
    const csv = fromCsv ? changesFromCsv(body.csv!) : undefined;
    const raw = { effectiveOn: body.effectiveOn, reason: body.reason, changes: csv ? csv.changes : (body.changes ?? []) };
    const snapshot = await this.store.snapshot();
    const result = validateOrgChangeSet(raw, snapshot, toLocalDate(new Date()));
    const errors = [
      ...(csv?.errors ?? []),
      ...(result.ok ? [] : result.errors.map((e) => (fromCsv ? { ...e, path: csvPath(e.path) } : e))),
    ];
    if (errors.length || !result.ok) return { ok: false, errors };
    assertInScope(actor, result.value.changes, snapshot);
    return { ok: true, set: result.value, effects: planOrgChanges(result.value, snapshot) };
  }
}

/**
 * Every existing unit a set changes must be inside the administrator's subtree and be neither a root nor the system
 * unit; every unit it moves others under (a new parent, a successor) must be inside it too. A system administrator
 * may change any unit.
 */
function assertInScope(actor: Actor, changes: readonly OrgChange[], snapshot: OrgSnapshot): void {
  if (actor.roles.includes('system_admin')) return;
  const units = new Map(snapshot.units.map((u) => [u.code, u]));
  const outside = new Set<string>();
  const reserved = new Set<string>();
  const changed = (code: string | undefined) => {
    const unit = code ? units.get(code) : undefined;
    if (!unit) return;
    if (!unit.parentCode || unit.kind === SYSTEM_UNIT_KIND) reserved.add(`${unit.name} (${unit.code})`);
    else if (!canActOnUnit(actor, unit.path, ['admin'])) outside.add(`${unit.name} (${unit.code})`);
  };
  const target = (code: string | undefined) => {
    const unit = code ? units.get(code) : undefined;
    if (unit && !canActOnUnit(actor, unit.path, ['admin'])) outside.add(`${unit.name} (${unit.code})`);
  };
  for (const change of changes) {
    const named = unitsNamedBy(change);
    named.changed.forEach(changed);
    named.targets.forEach(target);
  }
  if (reserved.size) {
    throw new ForbiddenException({
      message: `Chỉ quản trị hệ thống được thay đổi đơn vị gốc hoặc đơn vị hệ thống: ${[...reserved].join(', ')}.`,
      en: `Only a system administrator may change a root unit or the system unit: ${[...reserved].join(', ')}.`,
    } satisfies Bilingual);
  }
  if (outside.size)
    throw new ForbiddenException({
      message: `Các đơn vị sau nằm ngoài phạm vi bạn quản trị: ${[...outside].join(', ')}.`,
      en: `These units are outside what you administer: ${[...outside].join(', ')}.`,
    } satisfies Bilingual);
}

/** The units a change alters, and those it puts others under (a new parent, a successor); new codes among them too. */
function unitsNamedBy(change: OrgChange): { changed: string[]; targets: string[] } {
  switch (change.kind) {
    case 'rename':
    case 'split':
      return { changed: [change.unitCode], targets: [] };
    case 'move':
      return { changed: [change.unitCode], targets: [change.parentCode] };
    case 'merge':
      return { changed: [...change.unitCodes, change.into.code], targets: change.into.parentCode ? [change.into.parentCode] : [] };
    case 'deactivate':
      return { changed: [change.unitCode], targets: change.successorCode ? [change.successorCode] : [] };
  }
}

/** A set concerns the administrator who recorded it, and every administrator of a unit it names; all of them, a system administrator. */
function concerns(actor: Actor, record: OrgChangeRecord, snapshot: OrgSnapshot): boolean {
  if (actor.roles.includes('system_admin') || record.requestedBy === actor.officialId) return true;
  const paths = new Map(snapshot.units.map((u) => [u.code, u.path]));
  return record.set.changes
    .flatMap((change) => {
      const { changed, targets } = unitsNamedBy(change);
      return [...changed, ...targets];
    })
    .some((code) => {
      const path = paths.get(code);
      return path !== undefined && canActOnUnit(actor, path, ['admin']);
    });
}

function toView(record: OrgChangeRecord): OrgChangeView {
  return {
    id: record.id,
    effectiveOn: record.effectiveOn,
    reason: record.reason,
    status: record.status,
    changes: record.set.changes,
    requestedBy: record.requestedBy,
    requestedAt: record.requestedAt,
    appliedAt: record.appliedAt,
    dissolved: record.applied?.dissolved ?? [],
    moved: record.applied?.moved ?? [],
    refusedBecause: record.applied?.refused ?? [],
  };
}
