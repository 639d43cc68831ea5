import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../data-source';
import { OfficialEntity, UnitEntity } from '../entities';
import { verifyPassword } from '../security/password-hasher';

const run = promisify(execFile);
const REPO_ROOT = resolve(__dirname, '../../../..');

describe('npm run bootstrap:admin on an empty SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-bootstrap-'));
  const database = { type: 'sqlite' as const, path: join(dir, 'app.sqlite') };
  // The real command an operator types, with the database named as the api reads it.
  const bootstrap = (...args: string[]) =>
    run('npm', ['run', '-s', 'bootstrap:admin', '--', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: `sqlite:${database.path}`, DATA_DIR: dir },
    });
  const admin = ['--username', 'QuanTri.Tinh', '--full-name', 'Nguyễn Văn Quản', '--email', 'quantri@tuyenquang.gov.vn'];
  const unit = ['--unit-code', 'TQ', '--unit-name', 'Ủy ban nhân dân tỉnh Tuyên Quang'];

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the root unit and an administrator with a one-time password, and changes nothing the second time', async () => {
    const first = await bootstrap(...admin, ...unit);
    const oneTimePassword = /Mật khẩu dùng một lần \(chỉ hiện lần này\): (\S+)/.exec(first.stdout)?.[1];
    expect(oneTimePassword).toBeDefined();
    expect(first.stdout).toContain('Đã tạo đơn vị gốc TQ');

    const again = await bootstrap(...admin, ...unit);
    expect(again.stdout).toContain('Tài khoản "quantri.tinh" đã có; không thay đổi gì');
    expect(again.stdout).not.toContain('Mật khẩu dùng một lần');

    const dataSource = await openDatabase(database, { migrate: false });
    try {
      const officials = await dataSource.getRepository(OfficialEntity).find();
      expect(officials).toHaveLength(1);
      expect(officials[0]).toMatchObject({ username: 'quantri.tinh', unitCode: 'TQ', mustChangePassword: true, active: true });
      await expect(verifyPassword(oneTimePassword!, officials[0].passwordHash)).resolves.toBe(true);
      expect(await dataSource.query(`SELECT role FROM official_roles`)).toEqual([{ role: 'admin' }]);
      expect(await dataSource.getRepository(UnitEntity).findOneByOrFail({ code: 'TQ' })).toMatchObject({ parentCode: null, path: '/TQ/' });
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);

  it('says what is missing and stops when the unit does not exist and has no name', async () => {
    const refused = bootstrap('--username', 'quantri.khac', '--full-name', 'Trần Thị B', '--email', 'b@tq.gov.vn', '--unit-code', 'KHAC');
    await expect(refused).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('cần --unit-name') });
  }, 60_000);

  it('with --system, creates the system unit and the first system administrator beside the trees, once', async () => {
    const system = ['--system', '--username', 'quantri.hethong', '--full-name', 'Đỗ Văn Hệ', '--email', 'hethong@tinh.gov.vn'];
    const first = await bootstrap(...system);
    expect(first.stdout).toContain('Đã tạo đơn vị gốc HE-THONG');
    expect(first.stdout).toContain('Đã tạo tài khoản Quản trị hệ thống "quantri.hethong"');
    const oneTimePassword = /Mật khẩu dùng một lần \(chỉ hiện lần này\): (\S+)/.exec(first.stdout)?.[1];
    expect(oneTimePassword).toBeDefined();
    const again = await bootstrap(...system);
    expect(again.stdout).toContain('đã có; không thay đổi gì');

    // A unit of a tree cannot become the system unit.
    const refused = bootstrap(
      '--system',
      '--username',
      'quantri.khac2',
      '--full-name',
      'Trần Thị C',
      '--email',
      'c@tq.gov.vn',
      '--unit-code',
      'TQ',
    );
    await expect(refused).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('không phải đơn vị quản trị hệ thống') });

    const dataSource = await openDatabase(database, { migrate: false });
    try {
      const official = await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'quantri.hethong' });
      expect(official).toMatchObject({ unitCode: 'HE-THONG', mustChangePassword: true, active: true });
      await expect(verifyPassword(oneTimePassword!, official.passwordHash)).resolves.toBe(true);
      expect(await dataSource.query(`SELECT role FROM official_roles WHERE official_id = '${official.id}'`)).toEqual([
        { role: 'system_admin' },
      ]);
      expect(await dataSource.getRepository(UnitEntity).findOneByOrFail({ code: 'HE-THONG' })).toMatchObject({
        kind: 'system',
        parentCode: null,
        path: '/HE-THONG/',
      });
    } finally {
      await dataSource.destroy();
    }
  }, 90_000);
});
