import type { LevelRecord, OfficialRecord, OrgImport, RowError, UnitRecord } from './org.types';
import { isRole, ROLE_LABELS_VI, ROLES, type Role } from './roles';
import { normalizeText } from './vietnamese-text';

/**
 * Validation of an organisation import (levels, units, officials) prepared by hand in a
 * spreadsheet or JSON file. Every problem is reported at once, by section and 1-based row,
 * in Vietnamese for the official who prepared the file; row 0 means the section as a whole.
 * Pure: what already exists in the system is passed in, never looked up.
 */

/** What the system already holds: the import may reference these but must not re-create them. */
export interface ExistingOrg {
  levelCodes: ReadonlySet<string>;
  unitCodes: ReadonlySet<string>;
  usernames: ReadonlySet<string>;
  /** Ranks of existing levels; when given, units at existing levels are rank-checked too. */
  levelRanks?: ReadonlyMap<string, number>;
}

export type OrgImportResult = { ok: true; value: OrgImport } | { ok: false; errors: RowError[] };

/** A unit row as read from a spreadsheet: JSON field names, nothing checked yet. */
export interface RawUnitRow {
  code: string;
  name: string;
  levelCode: string;
  kind: string;
  parentCode: string | null;
  issuerCode?: string;
}

/** An official row as read from a spreadsheet: JSON field names, nothing checked yet. */
export interface RawOfficialRow {
  username: string;
  fullName: string;
  email: string;
  unitCode: string;
  roles: string[];
  title?: string;
  password: string;
}

type Section = RowError['section'];

const LEVEL_CODE = /^[a-z0-9_-]{1,32}$/i;
const UNIT_CODE = /^[A-Za-z0-9._-]{1,64}$/;
const UNIT_KIND = /^[a-z_]{2,40}$/;
const ISSUER_CODE = /^[A-Z0-9Đ-]{1,20}$/u;
const USERNAME = /^[a-z0-9._-]{3,64}$/;
const MIN_PASSWORD_LENGTH = 10;
const SECTION_ORDER: Record<Section, number> = { levels: 0, units: 1, officials: 2 };
const VALID_ROLES_HINT = ROLES.map((role) => `${role} (${ROLE_LABELS_VI[role]})`).join(', ');

export function validateOrgImport(input: unknown, existing: ExistingOrg): OrgImportResult {
  if (!isPlainObject(input)) {
    const message = `Nội dung tệp nhập phải là một đối tượng JSON dạng {"levels": [...], "units": [...], "officials": [...]}, không phải ${describe(input)}`;
    return { ok: false, errors: [{ section: 'levels', row: 0, message }] };
  }
  const errors: RowError[] = [];
  // Each section yields the records it could read; they are only used when nothing at all was reported.
  const levels = validateLevels(readSection(input, 'levels', errors), existing);
  const units = validateUnits(readSection(input, 'units', errors), levels, existing);
  const officials = validateOfficials(readSection(input, 'officials', errors), units.codes, existing);

  if (errors.length > 0) {
    // Stable sort: errors found in later passes (references, cycles) join their row's other errors.
    return { ok: false, errors: errors.sort((a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.row - b.row) };
  }
  return { ok: true, value: { levels: levels.records, units: orderParentsFirst(units.records), officials } };
}

// ---------------------------------------------------------------------------------------------
// Reading rows
// ---------------------------------------------------------------------------------------------

/** Reads the fields of one row, recording each problem against the row and the field. */
class RowReader {
  constructor(
    readonly section: Section,
    readonly row: number,
    private readonly raw: Readonly<Record<string, unknown>>,
    private readonly errors: RowError[],
  ) {}

  fail(field: string, message: string): void {
    this.errors.push({ section: this.section, row: this.row, field, message });
  }

  value(field: string): unknown {
    return this.raw[field];
  }

  /** Normalised text, or undefined after reporting it missing, blank or not text. */
  requiredText(field: string, label: string): string | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) {
      this.fail(field, `Thiếu ${label} (trường "${field}")`);
      return undefined;
    }
    const text = this.text(field, label, value);
    if (text === '') this.fail(field, `Thiếu ${label} (trường "${field}" đang để trống)`);
    return text || undefined;
  }

  /** Normalised text, or undefined when absent or blank (blank cells mean "not given"). */
  optionalText(field: string, label: string): string | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    return this.text(field, label, value) || undefined;
  }

  /** Reports a value that does not fit its format; the value is kept so references to it don't cascade. */
  checkFormat(field: string, value: string | undefined, pattern: RegExp, message: string): void {
    if (value !== undefined && !pattern.test(value)) this.fail(field, message);
  }

  private text(field: string, label: string, value: unknown): string | undefined {
    if (typeof value === 'string') return normalizeText(value);
    this.fail(field, `Trường "${field}" (${label}) phải là chuỗi ký tự, không phải ${describe(value)}`);
    return undefined;
  }
}

/** The rows of one section, each paired with its reader; a missing section is an empty one. */
function readSection(input: Record<string, unknown>, section: Section, errors: RowError[]): RowReader[] {
  const rows = input[section];
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) {
    errors.push({ section, row: 0, message: `Mục "${section}" phải là một danh sách (mảng JSON), không phải ${describe(rows)}` });
    return [];
  }
  const readers: RowReader[] = [];
  rows.forEach((raw: unknown, index) => {
    const row = index + 1;
    if (isPlainObject(raw)) readers.push(new RowReader(section, row, raw, errors));
    else errors.push({ section, row, message: `Dòng ${row} của mục "${section}" phải là một đối tượng JSON, không phải ${describe(raw)}` });
  });
  return readers;
}

/** Remembers the first row of each key so a repeat can point the reader back to it. */
function firstRowTracker(): (key: string, row: number) => number | undefined {
  const firstRows = new Map<string, number>();
  return (key, row) => {
    const first = firstRows.get(key);
    if (first === undefined) firstRows.set(key, row);
    return first;
  };
}

// ---------------------------------------------------------------------------------------------
// Levels
// ---------------------------------------------------------------------------------------------

interface LevelsOutcome {
  records: LevelRecord[];
  /** Every level code written in the file, valid or not, so units referring to it aren't also flagged. */
  codes: ReadonlySet<string>;
  ranks: ReadonlyMap<string, number>;
}

function validateLevels(rows: RowReader[], existing: ExistingOrg): LevelsOutcome {
  const records: LevelRecord[] = [];
  const codes = new Set<string>();
  const ranks = new Map<string, number>();
  const seenAt = firstRowTracker();

  for (const r of rows) {
    const code = r.requiredText('code', 'mã cấp');
    r.checkFormat('code', code, LEVEL_CODE, `Mã cấp "${code}" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, "_" hoặc "-", tối đa 32 ký tự`);
    if (code !== undefined) {
      codes.add(code);
      const firstRow = seenAt(code, r.row);
      if (firstRow !== undefined) r.fail('code', `Mã cấp "${code}" bị trùng với dòng ${firstRow} của mục cấp`);
      if (existing.levelCodes.has(code)) {
        r.fail('code', `Cấp "${code}" đã có trong hệ thống; tệp nhập chỉ thêm cấp mới nên hãy xoá dòng này (đơn vị vẫn dùng được mã cấp đã có)`);
      }
    }
    const name = r.requiredText('name', 'tên cấp');
    const rank = readRank(r);
    if (code !== undefined && rank !== undefined && !ranks.has(code)) ranks.set(code, rank);
    if (code !== undefined && name !== undefined && rank !== undefined) records.push({ code, name, rank });
  }
  return { records, codes, ranks };
}

/** A whole number from 0 (the top level); digit strings are accepted because spreadsheets produce them. */
function readRank(r: RowReader): number | undefined {
  const value = r.value('rank');
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    r.fail('rank', 'Thiếu thứ bậc (trường "rank"): số nguyên từ 0, cấp cao nhất là 0');
    return undefined;
  }
  const rank = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof rank === 'number' && Number.isSafeInteger(rank) && rank >= 0) return rank;
  r.fail('rank', `Thứ bậc (trường "rank") phải là số nguyên từ 0 trở lên (cấp cao nhất là 0), không phải ${describe(value)}`);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

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
}

interface UnitsOutcome {
  records: UnitRecord[];
  /** Every unit code written in the file, valid or not, so officials referring to it aren't also flagged. */
  codes: ReadonlySet<string>;
}

function validateUnits(rows: RowReader[], levels: LevelsOutcome, existing: ExistingOrg): UnitsOutcome {
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
  r.checkFormat('code', code, UNIT_CODE, `Mã đơn vị "${code}" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, ".", "_" hoặc "-", tối đa 64 ký tự`);
  const name = r.requiredText('name', 'tên đơn vị');
  const levelCode = r.requiredText('levelCode', 'mã cấp của đơn vị');
  const kind = r.requiredText('kind', 'loại đơn vị');
  r.checkFormat('kind', kind, UNIT_KIND, `Loại đơn vị "${kind}" không hợp lệ: dùng mã viết thường không dấu, 2–40 ký tự a–z hoặc "_", ví dụ "ubnd", "so", "mttq"`);
  const parentCode = readParentCode(r);
  const issuerCode = r.optionalText('issuerCode', 'ký hiệu cơ quan ban hành');
  r.checkFormat('issuerCode', issuerCode, ISSUER_CODE, `Ký hiệu cơ quan ban hành "${issuerCode}" không hợp lệ: dùng chữ IN HOA, chữ số, "Đ" hoặc "-", tối đa 20 ký tự, ví dụ "UBND", "SNV"`);
  return { reader: r, code, name, levelCode, kind, parentCode, issuerCode };
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
      reader.fail('parentCode', `Thiếu mã đơn vị cấp trên (trường "parentCode"): đơn vị thuộc cấp "${levelCode}" (thứ bậc ${rank}) phải nằm dưới một đơn vị khác; chỉ đơn vị thuộc cấp cao nhất (thứ bậc 0) mới được để trống`);
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
    reader.fail('levelCode', `Cấp "${levelCode}" (thứ bậc ${rank}) cao hơn cấp "${parent.levelCode}" (thứ bậc ${parentRank}) của đơn vị cấp trên "${parentCode}"; đơn vị chỉ được cùng cấp hoặc thấp hơn đơn vị cấp trên`);
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
      reader.fail('parentCode', `Vòng lặp đơn vị cấp trên (mũi tên chỉ tới đơn vị cấp trên): ${loop}; hãy sửa mã đơn vị cấp trên để cây đơn vị không quay lại chính nó`);
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
  const { code, name, levelCode, kind, parentCode, issuerCode } = unit;
  if (code === undefined || name === undefined || levelCode === undefined || kind === undefined || parentCode === undefined) return undefined;
  return { code, name, levelCode, kind, parentCode, ...(issuerCode !== undefined ? { issuerCode } : {}) };
}

/** Parents before children (file order otherwise), so the caller can insert in sequence. Assumes no cycles. */
function orderParentsFirst(units: UnitRecord[]): UnitRecord[] {
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

// ---------------------------------------------------------------------------------------------
// Officials
// ---------------------------------------------------------------------------------------------

function validateOfficials(rows: RowReader[], fileUnitCodes: ReadonlySet<string>, existing: ExistingOrg): OfficialRecord[] {
  // Usernames are compared case-insensitively, whatever case the system happens to hold them in.
  const existingUsernames = new Set([...existing.usernames].map((u) => u.toLowerCase()));
  const seenAt = firstRowTracker();
  const records: OfficialRecord[] = [];

  for (const r of rows) {
    const username = r.requiredText('username', 'tên đăng nhập')?.toLowerCase();
    r.checkFormat('username', username, USERNAME, `Tên đăng nhập "${username}" không hợp lệ: 3–64 ký tự gồm chữ thường không dấu, chữ số, ".", "_" hoặc "-"`);
    if (username !== undefined) {
      const firstRow = seenAt(username, r.row);
      if (firstRow !== undefined) r.fail('username', `Tên đăng nhập "${username}" bị trùng với dòng ${firstRow} của mục cán bộ`);
      if (existingUsernames.has(username)) r.fail('username', `Tên đăng nhập "${username}" đã có người dùng trong hệ thống; hãy chọn tên khác`);
    }
    const fullName = r.requiredText('fullName', 'họ và tên');
    const email = r.requiredText('email', 'thư điện tử')?.toLowerCase();
    if (email !== undefined && !isPlausibleEmail(email)) {
      r.fail('email', `Thư điện tử "${email}" không hợp lệ; cần dạng ten@coquan.gov.vn`);
    }
    const unitCode = r.requiredText('unitCode', 'mã đơn vị của cán bộ');
    if (unitCode !== undefined && !fileUnitCodes.has(unitCode) && !existing.unitCodes.has(unitCode)) {
      r.fail('unitCode', `Đơn vị "${unitCode}" không tồn tại (không có trong tệp nhập và chưa có trong hệ thống)`);
    }
    const roles = readRoles(r);
    const title = r.optionalText('title', 'chức danh');
    const password = readPassword(r);
    if (username !== undefined && fullName !== undefined && email !== undefined && unitCode !== undefined && roles !== undefined && password !== undefined) {
      records.push({ username, fullName, email, unitCode, roles, ...(title !== undefined ? { title } : {}), password });
    }
  }
  return records;
}

function readRoles(r: RowReader): Role[] | undefined {
  const value = r.value('roles');
  if (value === undefined || value === null) {
    r.fail('roles', `Thiếu vai trò (trường "roles"); các mã hợp lệ: ${VALID_ROLES_HINT}`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    r.fail('roles', `Trường "roles" (vai trò) phải là danh sách mã vai trò, ví dụ ["leader"], không phải ${describe(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    r.fail('roles', `Cán bộ phải có ít nhất một vai trò (trường "roles" đang trống); các mã hợp lệ: ${VALID_ROLES_HINT}`);
    return undefined;
  }
  const roles: Role[] = [];
  let valid = true;
  for (const item of value as unknown[]) {
    const candidate = typeof item === 'string' ? normalizeText(item) : item;
    if (!isRole(candidate)) {
      r.fail('roles', `Vai trò ${describe(item)} không hợp lệ; các mã hợp lệ: ${VALID_ROLES_HINT}`);
      valid = false;
    } else if (roles.includes(candidate)) {
      r.fail('roles', `Vai trò "${candidate}" bị lặp lại trong trường "roles"`);
      valid = false;
    } else {
      roles.push(candidate);
    }
  }
  return valid ? roles : undefined;
}

/** Taken verbatim (a space may be intended) and never echoed back in a message. */
function readPassword(r: RowReader): string | undefined {
  const value = r.value('password');
  if (value === undefined || value === null || value === '') {
    r.fail('password', 'Thiếu mật khẩu ban đầu (trường "password")');
    return undefined;
  }
  if (typeof value !== 'string') {
    r.fail('password', 'Mật khẩu (trường "password") phải là chuỗi ký tự');
    return undefined;
  }
  const length = [...value].length;
  if (length < MIN_PASSWORD_LENGTH) {
    r.fail('password', `Mật khẩu (trường "password") quá ngắn: ${length} ký tự, cần ít nhất ${MIN_PASSWORD_LENGTH}`);
    return undefined;
  }
  return value;
}

/** Local part and dotted domain of plain ASCII, as mail servers for state bodies accept; lowercase input. */
function isPlausibleEmail(email: string): boolean {
  const parts = email.split('@');
  const [local, domain] = parts;
  if (parts.length !== 2 || local === undefined || domain === undefined || email.length > 254 || local.length > 64) return false;
  if (!/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local)) return false;
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 &&
    labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) &&
    /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(topLevel)
  );
}

// ---------------------------------------------------------------------------------------------
// CSV rows → raw import shape
// ---------------------------------------------------------------------------------------------

/** Maps a units spreadsheet row (code,name,level,kind,parent,issuer_code) to the JSON import shape. */
export function unitFromCsvRow(row: Record<string, string>): RawUnitRow {
  const parent = csvCell(row, 'parent').trim();
  const issuerCode = csvCell(row, 'issuer_code');
  return {
    code: csvCell(row, 'code'),
    name: csvCell(row, 'name'),
    levelCode: csvCell(row, 'level'),
    kind: csvCell(row, 'kind'),
    parentCode: parent === '' ? null : parent,
    ...(issuerCode.trim() !== '' ? { issuerCode } : {}),
  };
}

/** Maps an officials spreadsheet row (username,full_name,email,unit,roles,title,password); roles split on ";" or ",". */
export function officialFromCsvRow(row: Record<string, string>): RawOfficialRow {
  const title = csvCell(row, 'title');
  return {
    username: csvCell(row, 'username'),
    fullName: csvCell(row, 'full_name'),
    email: csvCell(row, 'email'),
    unitCode: csvCell(row, 'unit'),
    roles: csvCell(row, 'roles')
      .split(/[;,]/)
      .map((role) => role.trim())
      .filter((role) => role !== ''),
    ...(title.trim() !== '' ? { title } : {}),
    password: csvCell(row, 'password'),
  };
}

/**
 * A cell by column name. Spreadsheet headers often carry a byte-order mark, stray spaces or
 * capitals ("\uFEFFCode ", "Full_Name"), so headers are matched loosely; a missing column reads as blank.
 */
function csvCell(row: Record<string, string>, column: string): string {
  const exact = row[column];
  if (exact !== undefined) return exact;
  const key = Object.keys(row).find((k) => k.replace(/^\uFEFF/, '').trim().toLowerCase() === column);
  return key === undefined ? '' : (row[key] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a wrong value is named in a message: the value itself when short, its kind otherwise. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một danh sách';
  switch (typeof value) {
    case 'string':
      return `"${value}"`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'một đối tượng';
    default:
      return typeof value;
  }
}
