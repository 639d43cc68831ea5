import type { UnitRecord } from '../org.types';
import { describe, type RowReader } from './row-reader';
import type { LevelsOutcome } from './validate-levels';
import type { ExistingOrg } from './validate-org-import';

const UNIT_CODE = /^[A-Za-z0-9._-]{1,64}$/;
const UNIT_KIND = /^[a-z_]{2,40}$/;
const ISSUER_CODE = /^[A-Z0-9Đ-]{1,20}$/u;
/** Mã đơn vị hành chính (the official statistics code): 2 digits a province, 3 a district, 5 a commune. */
const STATISTICS_CODE = /^(\d{2}|\d{3}|\d{5})$/;

/** A unit row as read; undefined marks a field that was missing or unreadable (already reported). */
interface UnitRow {
  reader: RowReader;
  code: string | undefined;
  name: string | undefined;
  levelCode: string | undefined;
  kind: string | undefined;
  /** null: a root, no parent given. */
  parentCode: string | null | undefined;
  issuerCode: string | undefined;
  statisticsCode: string | undefined;
}

export interface UnitsOutcome {
  records: UnitRecord[];
  /** Every unit code written in the file, valid or not, so officials referring to it aren't also flagged. */
  codes: ReadonlySet<string>;
}

export function validateUnits(rows: RowReader[], levels: LevelsOutcome, existing: ExistingOrg): UnitsOutcome {
  const units = rows.map(readUnitRow);
  // A child may come before its parent, so relations are checked once every row has been read.
  const firstByCode = new Map<string, UnitRow>();
  for (const unit of units) {
    if (unit.code !== undefined && !firstByCode.has(unit.code)) firstByCode.set(unit.code, unit);
  }
  const rankOf = (levelCode: string | undefined): number | undefined =>
    levelCode === undefined ? undefined : (levels.ranks.get(levelCode) ?? existing.levelRanks?.get(levelCode));

  for (const unit of units) {
    checkUnitIdentity(unit, firstByCode, existing);
    checkUnitLevel(unit, levels, existing);
    checkUnitParent(unit, firstByCode, existing, rankOf);
  }
  reportCycles(firstByCode);

  const records = units.map(toUnitRecord).filter((u): u is UnitRecord => u !== undefined);
  return { records, codes: new Set(firstByCode.keys()) };
}

function readUnitRow(r: RowReader): UnitRow {
  const code = r.requiredText('code', 'mã đơn vị');
  r.checkFormat(
    'code',
    code,
    UNIT_CODE,
    `Mã đơn vị "${code}" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, ".", "_" hoặc "-", tối đa 64 ký tự`,
  );
  const name = r.requiredText('name', 'tên đơn vị');
  const levelCode = r.requiredText('levelCode', 'mã cấp của đơn vị');
  const kind = r.requiredText('kind', 'loại đơn vị');
  r.checkFormat(
    'kind',
    kind,
    UNIT_KIND,
    `Loại đơn vị "${kind}" không hợp lệ: dùng mã viết thường không dấu, 2–40 ký tự a–z hoặc "_", ví dụ "ubnd", "so", "mttq"`,
  );
  const parentCode = readParentCode(r);
  const issuerCode = r.optionalText('issuerCode', 'ký hiệu cơ quan ban hành');
  r.checkFormat(
    'issuerCode',
    issuerCode,
    ISSUER_CODE,
    `Ký hiệu cơ quan ban hành "${issuerCode}" không hợp lệ: dùng chữ IN HOA, chữ số, "Đ" hoặc "-", tối đa 20 ký tự, ví dụ "UBND", "SNV"`,
  );
  const rawStatistics = r.value('statisticsCode');
  const statisticsCode =
    typeof rawStatistics === 'number' ? String(rawStatistics) : r.optionalText('statisticsCode', 'mã đơn vị hành chính');
  r.checkFormat(
    'statisticsCode',
    statisticsCode,
    STATISTICS_CODE,
    `Mã đơn vị hành chính "${statisticsCode}" không hợp lệ: toàn chữ số, 2 số cho tỉnh, 3 số cho huyện, 5 số cho xã (giữ các số 0 ở đầu)`,
  );
  return { reader: r, code, name, levelCode, kind, parentCode, issuerCode, statisticsCode };
}

/** null for a root (absent or blank); undefined when the value is not text, which is reported. */
function readParentCode(r: RowReader): string | null | undefined {
  const value = r.value('parentCode');
  if (value !== undefined && value !== null && typeof value !== 'string') {
    r.fail('parentCode', `Trường "parentCode" (mã đơn vị cấp trên) phải là chuỗi ký tự, không phải ${describe(value)}`);
    return undefined;
  }
  return r.optionalText('parentCode', 'mã đơn vị cấp trên') ?? null;
}

function checkUnitIdentity(unit: UnitRow, firstByCode: ReadonlyMap<string, UnitRow>, existing: ExistingOrg): void {
  if (unit.code === undefined) return;
  const first = firstByCode.get(unit.code);
  if (first !== undefined && first !== unit) {
    unit.reader.fail('code', `Mã đơn vị "${unit.code}" bị trùng với dòng ${first.reader.row} của mục đơn vị`);
  }
  if (existing.unitCodes.has(unit.code)) {
    unit.reader.fail('code', `Đơn vị "${unit.code}" đã có trong hệ thống; tệp nhập chỉ thêm đơn vị mới nên hãy xoá dòng này hoặc đổi mã`);
  }
}

function checkUnitLevel(unit: UnitRow, levels: LevelsOutcome, existing: ExistingOrg): void {
  if (unit.levelCode === undefined || levels.codes.has(unit.levelCode) || existing.levelCodes.has(unit.levelCode)) return;
  unit.reader.fail('levelCode', `Cấp "${unit.levelCode}" không tồn tại (không có trong mục cấp của tệp nhập và chưa có trong hệ thống)`);
}

function checkUnitParent(
  unit: UnitRow,
  firstByCode: ReadonlyMap<string, UnitRow>,
  existing: ExistingOrg,
  rankOf: (levelCode: string | undefined) => number | undefined,
): void {
  const { reader, parentCode, levelCode } = unit;
  const rank = rankOf(levelCode);
  if (parentCode === undefined) return;
  if (parentCode === null) {
    // Only the top level may stand alone; a lower unit without a parent is almost always a forgotten cell.
    if (rank !== undefined && rank > 0) {
      reader.fail(
        'parentCode',
        `Thiếu mã đơn vị cấp trên (trường "parentCode"): đơn vị thuộc cấp "${levelCode}" (thứ bậc ${rank}) phải nằm dưới một đơn vị khác; chỉ đơn vị thuộc cấp cao nhất (thứ bậc 0) mới được để trống`,
      );
    }
    return;
  }
  if (parentCode === unit.code) return; // reported as a cycle of one
  const parent = firstByCode.get(parentCode);
  if (parent === undefined) {
    if (!existing.unitCodes.has(parentCode)) {
      reader.fail('parentCode', `Đơn vị cấp trên "${parentCode}" không tồn tại (không có trong tệp nhập và chưa có trong hệ thống)`);
    }
    return; // the level of an existing unit is not known here, so its rank cannot be compared
  }
  // Equal ranks are allowed: a Sở belongs to the province tier yet sits under the provincial People's Committee.
  const parentRank = rankOf(parent.levelCode);
  if (rank !== undefined && parentRank !== undefined && rank < parentRank) {
    reader.fail(
      'levelCode',
      `Cấp "${levelCode}" (thứ bậc ${rank}) cao hơn cấp "${parent.levelCode}" (thứ bậc ${parentRank}) của đơn vị cấp trên "${parentCode}"; đơn vị chỉ được cùng cấp hoặc thấp hơn đơn vị cấp trên`,
    );
  }
}

/** Each unit on a loop of parents gets its own error, with the loop spelt out starting from it. */
function reportCycles(firstByCode: ReadonlyMap<string, UnitRow>): void {
  const parentOf = new Map<string, string>();
  for (const [code, unit] of firstByCode) {
    if (typeof unit.parentCode === 'string' && firstByCode.has(unit.parentCode)) parentOf.set(code, unit.parentCode);
  }
  for (const cycle of findCycles(parentOf)) {
    cycle.forEach((code, index) => {
      const reader = firstByCode.get(code)?.reader;
      if (reader === undefined) return;
      if (cycle.length === 1) {
        reader.fail('parentCode', `Đơn vị "${code}" không thể là cấp trên của chính nó (trường "parentCode" trùng mã đơn vị)`);
        return;
      }
      const loop = [...cycle.slice(index), ...cycle.slice(0, index), code].join(' → ');
      reader.fail(
        'parentCode',
        `Vòng lặp đơn vị cấp trên (mũi tên chỉ tới đơn vị cấp trên): ${loop}; hãy sửa mã đơn vị cấp trên để cây đơn vị không quay lại chính nó`,
      );
    });
  }
}

/** Loops in a child → parent map, each listed child-to-parent. Each code is walked at most once. */
function findCycles(parentOf: ReadonlyMap<string, string>): string[][] {
  const walked = new Set<string>();
  const cycles: string[][] = [];
  for (const start of parentOf.keys()) {
    const trail: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !walked.has(current)) {
      walked.add(current);
      trail.push(current);
      current = parentOf.get(current);
    }
    // Meeting a code walked earlier in this same trail closes a loop; one from an earlier trail does not.
    const loopStart = current === undefined ? -1 : trail.indexOf(current);
    if (loopStart >= 0) cycles.push(trail.slice(loopStart));
  }
  return cycles;
}

function toUnitRecord(unit: UnitRow): UnitRecord | undefined {
  const { code, name, levelCode, kind, parentCode, issuerCode, statisticsCode } = unit;
  if (code === undefined || name === undefined || levelCode === undefined || kind === undefined || parentCode === undefined)
    return undefined;
  return {
    code,
    name,
    levelCode,
    kind,
    parentCode,
    ...(issuerCode !== undefined ? { issuerCode } : {}),
    ...(statisticsCode !== undefined ? { statisticsCode } : {}),
  };
}

/** Parents before children (file order otherwise), so the caller can insert in sequence. Assumes no cycles. */
export function orderParentsFirst(units: UnitRecord[]): UnitRecord[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const placed = new Set<string>();
  const ordered: UnitRecord[] = [];
  for (const unit of units) {
    // Climb to the nearest ancestor already placed (or outside the file), then place the chain top-down.
    const chain: UnitRecord[] = [];
    let current: UnitRecord | undefined = unit;
    while (current !== undefined && !placed.has(current.code)) {
      placed.add(current.code);
      chain.push(current);
      current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
    }
    ordered.push(...chain.reverse());
  }
  return ordered;
}
