// The first administrator of an empty installation (npm run bootstrap:admin -- --help): applies the migrations,
// creates the root unit when no unit has its code, and an administrator there with a one-time password. Run again with
// an existing username, it changes nothing. Reads the database the api reads (DATABASE_URL, or the SQLite file under DATA_DIR).
import { parseArgs } from 'node:util';
import { loadToolConfig } from '@tdkt/config';
import { OrgImport, validateOrgImport } from '@tdkt/domain';
import { openDatabase } from '../data-source';
import { OrgDirectory } from '../org/org-directory';
import { generateOneTimePassword } from '../security/one-time-password';

const USAGE = `Cách dùng: npm run bootstrap:admin -- --username <tên đăng nhập> --full-name "<họ tên>" --email <thư điện tử>
    --unit-code <MÃ ĐƠN VỊ> --unit-name "<tên đơn vị>" [--level-code tinh] [--level-name "Tỉnh"] [--unit-kind ubnd]
Tạo đơn vị gốc (nếu chưa có đơn vị mang mã này) và một tài khoản quản trị với mật khẩu dùng một lần.`;

interface BootstrapOptions {
  username: string;
  fullName: string;
  email: string;
  unitCode: string;
  unitName?: string;
  levelCode: string;
  levelName: string;
  unitKind: string;
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
      'level-code': { type: 'string', default: 'tinh' },
      'level-name': { type: 'string', default: 'Tỉnh' },
      'unit-kind': { type: 'string', default: 'ubnd' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.username || !values['full-name'] || !values.email || !values['unit-code']) return null;
  return {
    username: values.username.trim().toLowerCase(),
    fullName: values['full-name'],
    email: values.email,
    unitCode: values['unit-code'],
    unitName: values['unit-name'],
    levelCode: values['level-code'],
    levelName: values['level-name'],
    unitKind: values['unit-kind'],
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
          roles: ['admin'],
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
        `Đã tạo tài khoản quản trị "${options.username}".`,
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
