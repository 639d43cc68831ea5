import {
  DeactivateChange,
  MergeChange,
  MoveChange,
  OrgChange,
  OrgChangeError,
  OrgUnitState,
  RenameChange,
  SplitChange,
} from './org-change.types';
import { WorkingTree } from './working-tree';

/**
 * Checks one change against the tree the earlier ones left and, when it holds, applies it there. Returns the
 * problems found, each at its field's path; a change with problems leaves the tree as it was.
 */
export function applyOrgChange(tree: WorkingTree, change: OrgChange, path: string): OrgChangeError[] {
  const errors: OrgChangeError[] = [];
  const check = new Checks(tree, errors);
  switch (change.kind) {
    case 'rename':
      return rename(tree, check, change, path, errors);
    case 'move':
      return move(tree, check, change, path, errors);
    case 'merge':
      return merge(tree, check, change, path, errors);
    case 'split':
      return split(tree, check, change, path, errors);
    case 'deactivate':
      return deactivate(tree, check, change, path, errors);
  }
}

class Checks {
  constructor(
    private readonly tree: WorkingTree,
    private readonly errors: OrgChangeError[],
  ) {}

  fail(path: string, message: string, en: string): void {
    this.errors.push({ path, message, en });
  }

  /** The active unit, or undefined after saying why it cannot be changed. */
  activeUnit(code: string, path: string): OrgUnitState | undefined {
    const unit = this.tree.get(code);
    if (!unit) this.fail(path, `Không có đơn vị mã "${code}".`, `There is no unit with the code "${code}".`);
    else if (!unit.active)
      this.fail(
        path,
        `Đơn vị "${unit.name}" (${code}) đã giải thể hoặc ngừng hoạt động; không thể thay đổi thêm.`,
        `Unit "${unit.name}" (${code}) has been dissolved or has stopped operating; it cannot be changed any more.`,
      );
    return unit?.active ? unit : undefined;
  }

  /** A code for a new unit: never used, since a dissolved unit keeps its code for the history that names it. */
  newCode(code: string, path: string): boolean {
    const unit = this.tree.get(code);
    if (!unit) return true;
    this.fail(
      path,
      unit.active
        ? `Mã "${code}" đã là của đơn vị "${unit.name}"; đơn vị mới cần một mã chưa dùng.`
        : `Mã "${code}" từng là của đơn vị "${unit.name}" (đã giải thể); mã cũ không dùng lại để lịch sử không nhầm lẫn.`,
      unit.active
        ? `The code "${code}" already belongs to unit "${unit.name}"; a new unit needs an unused code.`
        : `The code "${code}" belonged to unit "${unit.name}" (dissolved); old codes are not reused, so the history stays unambiguous.`,
    );
    return false;
  }

  statisticsCode(code: string | undefined, path: string, except?: string): void {
    if (code === undefined) return;
    const holder = this.tree.statisticsCodeHolder(code, except);
    if (holder)
      this.fail(
        path,
        `Mã đơn vị hành chính ${code} đang là của "${holder.name}" (${holder.code}).`,
        `The administrative unit code ${code} belongs to "${holder.name}" (${holder.code}).`,
      );
  }

  level(levelCode: string | undefined, path: string): void {
    if (levelCode !== undefined && !this.tree.hasLevel(levelCode))
      this.fail(path, `Không có cấp mã "${levelCode}" trong hệ thống.`, `There is no level with the code "${levelCode}" in the system.`);
  }
}

function rename(tree: WorkingTree, check: Checks, change: RenameChange, path: string, errors: OrgChangeError[]): OrgChangeError[] {
  const unit = check.activeUnit(change.unitCode, `${path}.unitCode`);
  if (unit) check.statisticsCode(change.statisticsCode, `${path}.statisticsCode`, unit.code);
  if (!errors.length) tree.rename(change.unitCode, change.name, change.statisticsCode);
  return errors;
}

function move(tree: WorkingTree, check: Checks, change: MoveChange, path: string, errors: OrgChangeError[]): OrgChangeError[] {
  const unit = check.activeUnit(change.unitCode, `${path}.unitCode`);
  const parent = check.activeUnit(change.parentCode, `${path}.parentCode`);
  if (unit && parent) {
    if (tree.isWithin(parent.code, unit.code)) {
      check.fail(
        `${path}.parentCode`,
        parent.code === unit.code
          ? 'Một đơn vị không thể trực thuộc chính nó.'
          : `"${parent.name}" đang ở dưới "${unit.name}"; chuyển như vậy tạo thành vòng lặp.`,
        parent.code === unit.code
          ? 'A unit cannot be placed under itself.'
          : `"${parent.name}" is under "${unit.name}"; this move would make a loop.`,
      );
    } else if (unit.parentCode === parent.code) {
      check.fail(
        `${path}.parentCode`,
        `"${unit.name}" đã trực thuộc "${parent.name}".`,
        `"${unit.name}" is already under "${parent.name}".`,
      );
    }
  }
  if (!errors.length) tree.reparent(change.unitCode, change.parentCode, 'moved');
  return errors;
}

function merge(tree: WorkingTree, check: Checks, change: MergeChange, path: string, errors: OrgChangeError[]): OrgChangeError[] {
  const merged: OrgUnitState[] = [];
  change.unitCodes.forEach((code, i) => {
    const at = `${path}.unitCodes[${i}]`;
    if (change.unitCodes.indexOf(code) !== i)
      return check.fail(at, `Mã "${code}" đã có ở trên trong danh sách.`, `The code "${code}" is already listed above.`);
    const unit = check.activeUnit(code, at);
    if (unit) merged.push(unit);
  });
  for (const unit of merged) {
    const above = merged.find((other) => other.code !== unit.code && tree.isWithin(unit.code, other.code));
    if (above)
      check.fail(
        `${path}.unitCodes[${change.unitCodes.indexOf(unit.code)}]`,
        `"${unit.name}" nằm dưới "${above.name}"; không hợp nhất một đơn vị với đơn vị cấp dưới của nó.`,
        `"${unit.name}" is under "${above.name}"; a unit is not merged with a unit below it.`,
      );
  }
  const into = change.into;
  const absorbing = change.unitCodes.includes(into.code);
  const intoPath = `${path}.into`;
  const sample = merged[0];
  const common = <K extends keyof OrgUnitState>(key: K): OrgUnitState[K] | undefined =>
    merged.length && merged.every((u) => u[key] === sample[key]) ? sample[key] : undefined;
  if (!absorbing) {
    check.newCode(into.code, `${intoPath}.code`);
    if (into.name === undefined)
      check.fail(
        `${intoPath}.name`,
        'Đơn vị mới sau hợp nhất cần có tên (into.name).',
        'The new unit made by the merger needs a name (into.name).',
      );
    if (into.kind === undefined && merged.length === change.unitCodes.length && common('kind') === undefined) {
      check.fail(
        `${intoPath}.kind`,
        'Các đơn vị hợp nhất khác loại; ghi rõ loại của đơn vị mới (into.kind).',
        'The merged units are of different kinds; state the kind of the new unit (into.kind).',
      );
    }
    if (into.levelCode === undefined && merged.length === change.unitCodes.length && common('levelCode') === undefined) {
      check.fail(
        `${intoPath}.levelCode`,
        'Các đơn vị hợp nhất khác cấp; ghi rõ cấp của đơn vị mới (into.levelCode).',
        'The merged units are at different levels; state the level of the new unit (into.levelCode).',
      );
    }
    if (into.parentCode === undefined && merged.length === change.unitCodes.length && common('parentCode') === undefined) {
      check.fail(
        `${intoPath}.parentCode`,
        'Các đơn vị hợp nhất thuộc các cấp trên khác nhau; ghi rõ đơn vị cấp trên của đơn vị mới (into.parentCode).',
        'The merged units are under different parent units; state the parent of the new unit (into.parentCode).',
      );
    }
  }
  check.level(into.levelCode, `${intoPath}.levelCode`);
  if (absorbing && into.levelCode !== undefined)
    check.fail(
      `${intoPath}.levelCode`,
      'Đơn vị tiếp nhận giữ nguyên cấp; bỏ into.levelCode.',
      'The receiving unit keeps its level; remove into.levelCode.',
    );
  if (absorbing && into.kind !== undefined)
    check.fail(
      `${intoPath}.kind`,
      'Đơn vị tiếp nhận giữ nguyên loại; bỏ into.kind.',
      'The receiving unit keeps its kind; remove into.kind.',
    );
  if (into.parentCode !== undefined) {
    const parent = check.activeUnit(into.parentCode, `${intoPath}.parentCode`);
    const inside = parent && merged.find((u) => tree.isWithin(parent.code, u.code));
    if (inside)
      check.fail(
        `${intoPath}.parentCode`,
        `"${parent!.name}" nằm trong "${inside.name}" đang được hợp nhất; chọn đơn vị cấp trên ở ngoài.`,
        `"${parent!.name}" is inside "${inside.name}", which is being merged; choose a parent unit outside it.`,
      );
  }
  check.statisticsCode(into.statisticsCode, `${intoPath}.statisticsCode`, absorbing ? into.code : undefined);
  if (errors.length) return errors;

  if (!absorbing) {
    tree.create({
      code: into.code,
      name: into.name!,
      parentCode: into.parentCode ?? common('parentCode') ?? null,
      levelCode: into.levelCode ?? common('levelCode')!,
      kind: into.kind ?? common('kind')!,
      statisticsCode: into.statisticsCode ?? null,
    });
  } else {
    tree.rename(into.code, into.name, into.statisticsCode);
    if (into.parentCode !== undefined) tree.reparent(into.code, into.parentCode, 'moved');
  }
  for (const unit of merged) if (unit.code !== into.code) tree.dissolve(unit.code, into.code);
  return errors;
}

function split(tree: WorkingTree, check: Checks, change: SplitChange, path: string, errors: OrgChangeError[]): OrgChangeError[] {
  const unit = check.activeUnit(change.unitCode, `${path}.unitCode`);
  const seen = new Set<string>();
  const seenStatistics = new Set<string>();
  change.into.forEach((part, i) => {
    const at = `${path}.into[${i}]`;
    if (seen.has(part.code))
      check.fail(`${at}.code`, `Mã "${part.code}" đã có ở trên trong danh sách.`, `The code "${part.code}" is already listed above.`);
    else check.newCode(part.code, `${at}.code`);
    seen.add(part.code);
    check.level(part.levelCode, `${at}.levelCode`);
    if (part.statisticsCode !== undefined && seenStatistics.has(part.statisticsCode)) {
      check.fail(
        `${at}.statisticsCode`,
        `Mã đơn vị hành chính ${part.statisticsCode} đã có ở trên trong danh sách.`,
        `The administrative unit code ${part.statisticsCode} is already listed above.`,
      );
    }
    if (part.statisticsCode !== undefined) seenStatistics.add(part.statisticsCode);
    check.statisticsCode(part.statisticsCode, `${at}.statisticsCode`, change.unitCode);
  });
  if (!change.into.some((part) => part.code === change.dutiesTo)) {
    check.fail(
      `${path}.dutiesTo`,
      `"${change.dutiesTo}" không phải một trong các đơn vị mới; cán bộ và nhiệm vụ phải chuyển cho một đơn vị trong "into".`,
      `"${change.dutiesTo}" is not one of the new units; officials and duties must pass to a unit listed in "into".`,
    );
  }
  if (errors.length || !unit) return errors;
  for (const part of change.into) {
    tree.create({
      code: part.code,
      name: part.name,
      parentCode: unit.parentCode,
      levelCode: part.levelCode ?? unit.levelCode,
      kind: part.kind ?? unit.kind,
      statisticsCode: part.statisticsCode ?? null,
    });
  }
  tree.dissolve(unit.code, change.dutiesTo);
  return errors;
}

function deactivate(tree: WorkingTree, check: Checks, change: DeactivateChange, path: string, errors: OrgChangeError[]): OrgChangeError[] {
  const unit = check.activeUnit(change.unitCode, `${path}.unitCode`);
  if (change.successorCode !== undefined) {
    const successor = check.activeUnit(change.successorCode, `${path}.successorCode`);
    if (unit && successor && tree.isWithin(successor.code, unit.code)) {
      check.fail(
        `${path}.successorCode`,
        successor.code === unit.code
          ? 'Đơn vị kế thừa phải là một đơn vị khác.'
          : `"${successor.name}" nằm dưới "${unit.name}" nên không thể kế thừa nó.`,
        successor.code === unit.code
          ? 'The successor must be a different unit.'
          : `"${successor.name}" is under "${unit.name}", so it cannot succeed it.`,
      );
    }
  } else if (unit) {
    const children = tree.activeChildren(unit.code);
    if (children.length) {
      const named = `${children
        .slice(0, 3)
        .map((c) => c.name)
        .join(', ')}${children.length > 3 ? ', …' : ''}`;
      check.fail(
        `${path}.successorCode`,
        `"${unit.name}" còn ${children.length} đơn vị trực thuộc (${named}); ghi đơn vị kế thừa (successorCode) để chuyển các đơn vị này sang.`,
        `"${unit.name}" still has ${children.length} unit(s) under it (${named}); name a successor (successorCode) to move them to.`,
      );
    }
    const officials = tree.officialsIn(unit.code);
    if (officials) {
      check.fail(
        `${path}.successorCode`,
        `"${unit.name}" còn ${officials} cán bộ; ghi đơn vị kế thừa (successorCode) để chuyển cán bộ sang, hoặc chuyển họ đi trước.`,
        `"${unit.name}" still has ${officials} official(s); name a successor (successorCode) to move them to, or move them first.`,
      );
    }
  }
  if (errors.length || !unit) return errors;
  tree.dissolve(unit.code, change.successorCode ?? null);
  return errors;
}
