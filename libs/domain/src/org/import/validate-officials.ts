import type { OfficialRecord } from '../org.types';
import { isRole, ROLE_LABELS_VI, ROLES, type Role } from '../roles';
import { normalizeText } from '../vietnamese-text';
import { describe, firstRowTracker, type RowReader } from './row-reader';
import type { ExistingOrg } from './validate-org-import';

const USERNAME = /^[a-z0-9._-]{3,64}$/;
const MIN_PASSWORD_LENGTH = 10;
const VALID_ROLES_HINT = ROLES.map((role) => `${role} (${ROLE_LABELS_VI[role]})`).join(', ');

export function validateOfficials(rows: RowReader[], fileUnitCodes: ReadonlySet<string>, existing: ExistingOrg): OfficialRecord[] {
  // Usernames are compared case-insensitively, whatever case the system happens to hold them in.
  const existingUsernames = new Set([...existing.usernames].map((u) => u.toLowerCase()));
  const seenAt = firstRowTracker();
  const records: OfficialRecord[] = [];

  for (const r of rows) {
    const username = r.requiredText('username', 'tên đăng nhập')?.toLowerCase();
    r.checkFormat(
      'username',
      username,
      USERNAME,
      `Tên đăng nhập "${username}" không hợp lệ: 3–64 ký tự gồm chữ thường không dấu, chữ số, ".", "_" hoặc "-"`,
    );
    if (username !== undefined) {
      const firstRow = seenAt(username, r.row);
      if (firstRow !== undefined) r.fail('username', `Tên đăng nhập "${username}" bị trùng với dòng ${firstRow} của mục cán bộ`);
      if (existingUsernames.has(username))
        r.fail('username', `Tên đăng nhập "${username}" đã có người dùng trong hệ thống; hãy chọn tên khác`);
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
    if (
      username !== undefined &&
      fullName !== undefined &&
      email !== undefined &&
      unitCode !== undefined &&
      roles !== undefined &&
      password !== undefined
    ) {
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
