// The first administrator of an empty installation (npm run bootstrap:admin -- --help): applies the migrations,
// creates the root unit when no unit has its code, and an administrator there with a one-time password. With --system,
// the system unit (a root of kind "system" that takes part in no campaign) and the first system administrator instead.
// Run again with an existing username, it changes nothing. Reads the database the api reads (DATABASE_URL, or the SQLite file under DATA_DIR).
import { parseArgs } from 'node:util';
import { loadToolConfig } from '@tdkt/config';
import { OrgImport, Role, SYSTEM_UNIT_KIND, validateOrgImport } from '@tdkt/domain';
import { openDatabase } from '../data-source';
import { OrgDirectory } from '../org/org-directory';
import { generateOneTimePassword } from '../security/one-time-password';

const USAGE = `Cách dùng: npm run bootstrap:admin -- --username <tên đăng nhập> --full-name "<họ tên>" --email <thư điện tử>
    --unit-code <MÃ ĐƠN VỊ> --unit-name "<tên đơn vị>" [--level-code tinh] [--level-name "Tỉnh"] [--unit-kind ubnd]
Tạo đơn vị gốc (nếu chưa có đơn vị mang mã này) và một tài khoản quản trị với mật khẩu dùng một lần.
   hoặc: npm run bootstrap:admin -- --system --username <tên đăng nhập> --full-name "<họ tên>" --email <thư điện tử>
    [--unit-code HE-THONG] [--unit-name "Quản trị hệ thống"]
Tạo đơn vị quản trị hệ thống (loại "system", không thuộc cây đơn vị nào) và Quản trị hệ thống đầu tiên: người tạo các
đơn vị gốc (POST /org/roots) và giao quản trị viên cho từng cây.`;

// The system unit's defaults: it sits at a level of its own, so no tree's levels are touched.
const SYSTEM_DEFAULTS = { unitCode: 'HE-THONG', unitName: 'Quản trị hệ thống', levelCode: 'he-thong', levelName: 'Hệ thống' };

interface BootstrapOptions {
  username: string;
  fullName: string;
  email: string;
  unitCode: string;
  unitName?: string;
  levelCode: string;
  levelName: string;
  unitKind: string;
  role: Role;
}

function readOptions(argv: string[]): BootstrapOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      email: { type: 'string' },
      'unit-code': { type: 'string' },
      'unit-name': { type: 'string' },
      'level-code': { type: 'string' },
      'level-name': { type: 'string' },
      'unit-kind': { type: 'string' },
      system: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.username || !values['full-name'] || !values.email) return null;
  if (values.system) {
    if (values['unit-kind'] && values['unit-kind'] !== SYSTEM_UNIT_KIND) return null;
    return {
      username: values.username.trim().toLowerCase(),
      fullName: values['full-name'],
      email: values.email,
      unitCode: values['unit-code'] ?? SYSTEM_DEFAULTS.unitCode,
      unitName: values['unit-name'] ?? SYSTEM_DEFAULTS.unitName,
      levelCode: values['level-code'] ?? SYSTEM_DEFAULTS.levelCode,
      levelName: values['level-name'] ?? SYSTEM_DEFAULTS.levelName,
      unitKind: SYSTEM_UNIT_KIND,
      role: 'system_admin',
    };
  }
  if (!values['unit-code']) return null;
  return {
    username: values.username.trim().toLowerCase(),
    fullName: values['full-name'],
    email: values.email,
    unitCode: values['unit-code'],
    unitName: values['unit-name'],
    levelCode: values['level-code'] ?? 'tinh',
    levelName: values['level-name'] ?? 'Tỉnh',
    unitKind: values['unit-kind'] ?? 'ubnd',
    role: 'admin',
  };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadToolConfig();
  const dataSource = await openDatabase(config.database, { migrate: true });
  try {
    const directory = new OrgDirectory(dataSource);
    const existing = await directory.existingKeys();
    if (existing.usernames.has(options.username)) {
      process.stdout.write(`Tài khoản "${options.username}" đã có; không thay đổi gì (mật khẩu giữ nguyên).\n`);
      return 0;
    }
    const createsUnit = !existing.unitCodes.has(options.unitCode);
    const existingUnit = createsUnit ? null : await directory.findUnit(options.unitCode);
    if (options.role === 'system_admin' && existingUnit && existingUnit.kind !== SYSTEM_UNIT_KIND) {
      process.stderr.write(
        `Đơn vị "${options.unitCode}" đã có và là loại "${existingUnit.kind}", không phải đơn vị quản trị hệ thống: hãy chọn mã khác với --unit-code.\n`,
      );
      return 2;
    }
    if (createsUnit && !options.unitName) {
      process.stderr.write(`Chưa có đơn vị mã "${options.unitCode}": cần --unit-name "<tên đơn vị>" để tạo.\n${USAGE}\n`);
      return 2;
    }
    const oneTimePassword = generateOneTimePassword();
    const input: OrgImport = {
      levels:
        createsUnit && !existing.levelCodes.has(options.levelCode) ? [{ code: options.levelCode, name: options.levelName, rank: 0 }] : [],
      units: createsUnit
        ? [{ code: options.unitCode, name: options.unitName ?? '', levelCode: options.levelCode, kind: options.unitKind, parentCode: null }]
        : [],
      officials: [
        {
          username: options.username,
          fullName: options.fullName,
          email: options.email,
          unitCode: options.unitCode,
          roles: [options.role],
          password: oneTimePassword,
        },
      ],
    };
    const result = validateOrgImport(input, existing);
    if (!result.ok) {
      process.stderr.write(`Không tạo được tài khoản quản trị:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}\n`);
      return 1;
    }
    await directory.applyImport(result.value, { mustChangePassword: true });
    process.stdout.write(
      [
        createsUnit ? `Đã tạo đơn vị gốc ${options.unitCode} "${options.unitName}".` : `Đơn vị ${options.unitCode} đã có; dùng đơn vị này.`,
        `Đã tạo tài khoản ${options.role === 'system_admin' ? 'Quản trị hệ thống' : 'quản trị'} "${options.username}".`,
        `Mật khẩu dùng một lần (chỉ hiện lần này): ${oneTimePassword}`,
        'Hãy đăng nhập bằng mật khẩu này và đổi mật khẩu ngay: trước khi đổi, tài khoản không dùng được chức năng nào khác.',
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
