import type { OrgImport, RowError } from './org.types';
import { type ExistingOrg, officialFromCsvRow, type OrgImportResult, unitFromCsvRow, validateOrgImport } from './validate-org-import';

const nothingExisting: ExistingOrg = { levelCodes: new Set(), unitCodes: new Set(), usernames: new Set() };

const PASSWORD = 'MatKhau@2026';

const threeLevels = [
  { code: 'tinh', name: 'Tỉnh', rank: 0 },
  { code: 'huyen', name: 'Huyện', rank: 1 },
  { code: 'xa', name: 'Xã', rank: 2 },
];

function unit(code: string, levelCode: string, parentCode: string | null, extra: Record<string, unknown> = {}) {
  return { code, name: `Đơn vị ${code}`, levelCode, kind: 'ubnd', parentCode, ...extra };
}

function official(username: string, unitCode: string, extra: Record<string, unknown> = {}) {
  return {
    username,
    fullName: 'Nguyễn Văn An',
    email: `${username}@tuyenquang.gov.vn`,
    unitCode,
    roles: ['specialist'],
    password: PASSWORD,
    ...extra,
  };
}

function expectValid(result: OrgImportResult): OrgImport {
  if (!result.ok) throw new Error(`expected a valid import, got:\n${result.errors.map((e) => JSON.stringify(e)).join('\n')}`);
  return result.value;
}

function expectErrors(result: OrgImportResult): RowError[] {
  if (result.ok) throw new Error('expected the import to be rejected');
  return result.errors;
}

function errorAt(section: RowError['section'], row: number, field?: string, message?: string | RegExp) {
  return expect.objectContaining({
    section,
    row,
    ...(field !== undefined ? { field } : {}),
    ...(message !== undefined ? { message: typeof message === 'string' ? message : expect.stringMatching(message) } : {}),
  });
}

describe('validateOrgImport: a valid import', () => {
  it('accepts a three-level tree and orders units parents-first even when given children-first', () => {
    const input = {
      levels: threeLevels,
      units: [
        unit('TQ-YS-X01', 'xa', 'TQ-YS'),
        unit('TQ-SD-X01', 'xa', 'TQ-SD'),
        unit('TQ-SD', 'huyen', 'TQ'),
        unit('TQ', 'tinh', null),
        unit('TQ-YS', 'huyen', 'TQ'),
      ],
      officials: [official('chuyenvien.x01', 'TQ-YS-X01'), official('lanhdao.tinh', 'TQ', { roles: ['leader'] })],
    };

    const value = expectValid(validateOrgImport(input, nothingExisting));

    expect(value.units.map((u) => u.code)).toEqual(['TQ', 'TQ-YS', 'TQ-YS-X01', 'TQ-SD', 'TQ-SD-X01']);
    expect(value.levels).toEqual(threeLevels);
    expect(value.officials.map((o) => o.username)).toEqual(['chuyenvien.x01', 'lanhdao.tinh']);
  });

  it('treats missing sections as empty', () => {
    expect(validateOrgImport({}, nothingExisting)).toEqual({ ok: true, value: { levels: [], units: [], officials: [] } });
  });

  it('normalises text, lowercases usernames and emails, and drops blank optional fields', () => {
    const input = {
      levels: [{ code: ' tinh ', name: '  T\u1ec9nh '.normalize('NFD'), rank: '0' }],
      units: [
        {
          code: 'TQ',
          name: ' Ủy  ban nhân dân\ttỉnh Tuyên Quang '.normalize('NFD'),
          levelCode: 'tinh',
          kind: 'ubnd',
          parentCode: '  ',
          issuerCode: '',
        },
      ],
      officials: [
        {
          username: '  LanhDao.Tinh ',
          fullName: 'Hoàng  Minh Đức'.normalize('NFD'),
          email: ' LanhDao.Tinh@TuyenQuang.Gov.VN ',
          unitCode: 'TQ',
          roles: [' leader '],
          title: '  ',
          password: PASSWORD,
        },
      ],
    };

    const value = expectValid(validateOrgImport(input, nothingExisting));

    expect(value.levels).toEqual([{ code: 'tinh', name: 'Tỉnh', rank: 0 }]);
    expect(value.units).toEqual([
      { code: 'TQ', name: 'Ủy ban nhân dân tỉnh Tuyên Quang', levelCode: 'tinh', kind: 'ubnd', parentCode: null },
    ]);
    expect(value.officials).toEqual([
      {
        username: 'lanhdao.tinh',
        fullName: 'Hoàng Minh Đức',
        email: 'lanhdao.tinh@tuyenquang.gov.vn',
        unitCode: 'TQ',
        roles: ['leader'],
        password: PASSWORD,
      },
    ]);
    expect(value.units[0]?.name).toBe(value.units[0]?.name.normalize('NFC'));
  });

  it('keeps the password exactly as given', () => {
    const value = expectValid(
      validateOrgImport(
        { units: [unit('TQ', 'tinh', null)], officials: [official('abc', 'TQ', { password: ' hai  khoảng trắng ' })] },
        { ...nothingExisting, levelCodes: new Set(['tinh']) },
      ),
    );
    expect(value.officials[0]?.password).toBe(' hai  khoảng trắng ');
  });

  it('lets units and officials refer to levels and units that already exist', () => {
    const existing: ExistingOrg = { levelCodes: new Set(['xa']), unitCodes: new Set(['TQ-YS']), usernames: new Set() };
    const input = {
      units: [unit('TQ-YS-X09', 'xa', 'TQ-YS')],
      officials: [official('lanhdao.x09', 'TQ-YS'), official('chuyenvien.x09', 'TQ-YS-X09')],
    };

    const value = expectValid(validateOrgImport(input, existing));

    expect(value.units.map((u) => u.parentCode)).toEqual(['TQ-YS']);
  });

  it('allows a unit at the same level as its parent (a Sở under the provincial People’s Committee)', () => {
    const input = {
      levels: threeLevels,
      units: [unit('TQ-SNV', 'tinh', 'TQ', { kind: 'so', issuerCode: 'SNV' }), unit('TQ', 'tinh', null)],
    };
    expect(expectValid(validateOrgImport(input, nothingExisting)).units.map((u) => u.code)).toEqual(['TQ', 'TQ-SNV']);
  });

  it('allows a commune directly under the province, as after the district tier was abolished', () => {
    const input = { levels: threeLevels, units: [unit('TQ', 'tinh', null), unit('TQ-X01', 'xa', 'TQ')] };
    expect(validateOrgImport(input, nothingExisting).ok).toBe(true);
  });

  it('accepts issuer codes with Đ and hyphens', () => {
    const input = {
      levels: threeLevels,
      units: [unit('TQ', 'tinh', null, { issuerCode: 'MTTQ-BTT' }), unit('TQ-DK', 'tinh', 'TQ', { issuerCode: 'ĐKVN' })],
    };
    expect(validateOrgImport(input, nothingExisting).ok).toBe(true);
  });

  it('keeps a statistics code (mã ĐVHC) of 2, 3 or 5 digits, leading zeros included, from JSON and from CSV', () => {
    const input = {
      levels: threeLevels,
      units: [
        unit('TQ', 'tinh', null, { statisticsCode: '08' }),
        unit('TQ-YS', 'huyen', 'TQ', { statisticsCode: '076' }),
        unitFromCsvRow({ code: 'TQ-YS-X1', name: 'Xã Một', level: 'xa', kind: 'ubnd', parent: 'TQ-YS', statistics_code: '02215' }),
      ],
    };
    expect(expectValid(validateOrgImport(input, nothingExisting)).units.map((u) => u.statisticsCode)).toEqual(['08', '076', '02215']);
  });

  it('refuses a statistics code that is not 2, 3 or 5 digits', () => {
    const input = {
      levels: threeLevels,
      units: [unit('TQ', 'tinh', null, { statisticsCode: '8A' }), unit('TQ-YS', 'huyen', 'TQ', { statisticsCode: '0761' })],
    };
    expect(expectErrors(validateOrgImport(input, nothingExisting))).toEqual([
      errorAt('units', 1, 'statisticsCode', /mã đơn vị hành chính/i),
      errorAt('units', 2, 'statisticsCode', /5 số cho xã/),
    ]);
  });
});

describe('validateOrgImport: file shape', () => {
  it.each([null, [], 'levels', 42])('rejects %p as a whole file', (input) => {
    expect(expectErrors(validateOrgImport(input, nothingExisting))).toEqual([
      errorAt('levels', 0, undefined, /phải là một đối tượng JSON/),
    ]);
  });

  it('rejects a section that is not an array, and rows that are not objects', () => {
    const errors = expectErrors(
      validateOrgImport(
        { levels: { code: 'tinh' }, units: [unit('TQ', 'tinh', null), 'TQ-YS', null] },
        { ...nothingExisting, levelCodes: new Set(['tinh']) },
      ),
    );

    expect(errors).toEqual([
      errorAt('levels', 0, undefined, 'Mục "levels" phải là một danh sách (mảng JSON), không phải một đối tượng'),
      errorAt('units', 2, undefined, 'Dòng 2 của mục "units" phải là một đối tượng JSON, không phải "TQ-YS"'),
      errorAt('units', 3, undefined, /không phải null/),
    ]);
  });
});

describe('validateOrgImport: levels', () => {
  it.each([
    ['a missing code', { name: 'Tỉnh', rank: 0 }, 'code', 'Thiếu mã cấp (trường "code")'],
    ['a blank code', { code: '  ', name: 'Tỉnh', rank: 0 }, 'code', 'Thiếu mã cấp (trường "code" đang để trống)'],
    ['a code with diacritics', { code: 'tỉnh', name: 'Tỉnh', rank: 0 }, 'code', /^Mã cấp "tỉnh" không hợp lệ/],
    ['a code longer than 32', { code: 'x'.repeat(33), name: 'Tỉnh', rank: 0 }, 'code', /không hợp lệ/],
    ['a numeric code', { code: 1, name: 'Tỉnh', rank: 0 }, 'code', 'Trường "code" (mã cấp) phải là chuỗi ký tự, không phải 1'],
    ['a missing name', { code: 'tinh', rank: 0 }, 'name', 'Thiếu tên cấp (trường "name")'],
    ['a missing rank', { code: 'tinh', name: 'Tỉnh' }, 'rank', /^Thiếu thứ bậc/],
    ['a negative rank', { code: 'tinh', name: 'Tỉnh', rank: -1 }, 'rank', /không phải -1$/],
    ['a fractional rank', { code: 'tinh', name: 'Tỉnh', rank: 1.5 }, 'rank', /không phải 1\.5$/],
    ['a non-numeric rank', { code: 'tinh', name: 'Tỉnh', rank: 'một' }, 'rank', /không phải "một"$/],
  ])('reports %s', (_case, level, field, message) => {
    expect(expectErrors(validateOrgImport({ levels: [level] }, nothingExisting))).toEqual([errorAt('levels', 1, field, message)]);
  });

  it('reports a code repeated in the file on the repeat, pointing back to the first row', () => {
    const levels = [...threeLevels, { code: 'huyen', name: 'Huyện (cũ)', rank: 1 }];
    expect(expectErrors(validateOrgImport({ levels }, nothingExisting))).toEqual([
      errorAt('levels', 4, 'code', 'Mã cấp "huyen" bị trùng với dòng 2 của mục cấp'),
    ]);
  });

  it('reports a level that already exists, since an import only adds', () => {
    const existing = { ...nothingExisting, levelCodes: new Set(['tinh']) };
    expect(expectErrors(validateOrgImport({ levels: threeLevels }, existing))).toEqual([
      errorAt('levels', 1, 'code', /^Cấp "tinh" đã có trong hệ thống/),
    ]);
  });
});

describe('validateOrgImport: units', () => {
  const withLevels = (units: unknown[]) => ({ levels: threeLevels, units });

  it('reports a parent that is neither in the file nor in the system', () => {
    const errors = expectErrors(
      validateOrgImport(withLevels([unit('TQ', 'tinh', null), unit('TQ-H01', 'huyen', 'TQ-H99')]), nothingExisting),
    );
    expect(errors).toEqual([
      errorAt('units', 2, 'parentCode', 'Đơn vị cấp trên "TQ-H99" không tồn tại (không có trong tệp nhập và chưa có trong hệ thống)'),
    ]);
  });

  it('reports a level that is neither in the file nor in the system', () => {
    const errors = expectErrors(validateOrgImport({ units: [unit('TQ', 'tinh', null)] }, nothingExisting));
    expect(errors).toEqual([
      errorAt('units', 1, 'levelCode', 'Cấp "tinh" không tồn tại (không có trong mục cấp của tệp nhập và chưa có trong hệ thống)'),
    ]);
  });

  it.each([
    ['a code with spaces', unit('TQ 01', 'tinh', null), 'code', /^Mã đơn vị "TQ 01" không hợp lệ/],
    ['a missing name', { code: 'TQ', levelCode: 'tinh', kind: 'ubnd', parentCode: null }, 'name', 'Thiếu tên đơn vị (trường "name")'],
    [
      'a missing level',
      { code: 'TQ', name: 'Tỉnh', kind: 'ubnd', parentCode: null },
      'levelCode',
      'Thiếu mã cấp của đơn vị (trường "levelCode")',
    ],
    ['an uppercase kind', unit('TQ', 'tinh', null, { kind: 'UBND' }), 'kind', /^Loại đơn vị "UBND" không hợp lệ/],
    ['a one-letter kind', unit('TQ', 'tinh', null, { kind: 'u' }), 'kind', /^Loại đơn vị "u" không hợp lệ/],
    [
      'a lowercase issuer code',
      unit('TQ', 'tinh', null, { issuerCode: 'ubnd' }),
      'issuerCode',
      /^Ký hiệu cơ quan ban hành "ubnd" không hợp lệ/,
    ],
    [
      'a numeric parent code',
      unit('TQ', 'tinh', null, { parentCode: 7 }),
      'parentCode',
      'Trường "parentCode" (mã đơn vị cấp trên) phải là chuỗi ký tự, không phải 7',
    ],
  ])('reports %s', (_case, row, field, message) => {
    expect(expectErrors(validateOrgImport(withLevels([row]), nothingExisting))).toEqual([errorAt('units', 1, field, message)]);
  });

  it('reports a code repeated in the file, and one that already exists', () => {
    const existing = { ...nothingExisting, unitCodes: new Set(['TQ-YS']) };
    const errors = expectErrors(
      validateOrgImport(withLevels([unit('TQ', 'tinh', null), unit('TQ-YS', 'huyen', 'TQ'), unit('TQ', 'tinh', null)]), existing),
    );

    expect(errors).toEqual([
      errorAt('units', 2, 'code', /^Đơn vị "TQ-YS" đã có trong hệ thống/),
      errorAt('units', 3, 'code', 'Mã đơn vị "TQ" bị trùng với dòng 1 của mục đơn vị'),
    ]);
  });

  it('reports a unit below the top level that has no parent', () => {
    const errors = expectErrors(validateOrgImport(withLevels([unit('TQ', 'tinh', null), unit('TQ-X01', 'xa', '')]), nothingExisting));
    expect(errors).toEqual([errorAt('units', 2, 'parentCode', /^Thiếu mã đơn vị cấp trên.*cấp "xa" \(thứ bậc 2\)/)]);
  });

  describe('cycles', () => {
    it('reports each unit on a two-unit loop, but not the units hanging below it', () => {
      const errors = expectErrors(
        validateOrgImport(withLevels([unit('A', 'huyen', 'B'), unit('B', 'huyen', 'A'), unit('C', 'xa', 'A')]), nothingExisting),
      );

      expect(errors).toEqual([errorAt('units', 1, 'parentCode', /: A → B → A;/), errorAt('units', 2, 'parentCode', /: B → A → B;/)]);
    });

    it('reports a longer loop on every member, wherever it is entered', () => {
      const units = [unit('TQ', 'tinh', null), unit('D', 'xa', 'A'), unit('A', 'xa', 'B'), unit('B', 'xa', 'C'), unit('C', 'xa', 'A')];
      const errors = expectErrors(validateOrgImport(withLevels(units), nothingExisting));

      expect(errors).toEqual([
        errorAt('units', 3, 'parentCode', /A → B → C → A/),
        errorAt('units', 4, 'parentCode', /B → C → A → B/),
        errorAt('units', 5, 'parentCode', /C → A → B → C/),
      ]);
    });

    it('reports a unit that is its own parent', () => {
      const errors = expectErrors(validateOrgImport(withLevels([unit('TQ', 'tinh', 'TQ')]), nothingExisting));
      expect(errors).toEqual([
        errorAt('units', 1, 'parentCode', 'Đơn vị "TQ" không thể là cấp trên của chính nó (trường "parentCode" trùng mã đơn vị)'),
      ]);
    });
  });

  describe('level ranks', () => {
    it('reports a unit at a higher level than its parent in the file', () => {
      const errors = expectErrors(
        validateOrgImport(
          withLevels([unit('TQ', 'tinh', null), unit('TQ-YS', 'huyen', 'TQ'), unit('TQ-SAI', 'tinh', 'TQ-YS')]),
          nothingExisting,
        ),
      );
      expect(errors).toEqual([
        errorAt(
          'units',
          3,
          'levelCode',
          'Cấp "tinh" (thứ bậc 0) cao hơn cấp "huyen" (thứ bậc 1) của đơn vị cấp trên "TQ-YS"; đơn vị chỉ được cùng cấp hoặc thấp hơn đơn vị cấp trên',
        ),
      ]);
    });

    it('uses the ranks of existing levels when they are given, and skips the check when they are not', () => {
      const input = { units: [unit('TQ-YS', 'huyen', 'TQ'), unit('TQ-SAI', 'tinh', 'TQ-YS')] };
      const existingCodes = { ...nothingExisting, levelCodes: new Set(['tinh', 'huyen']), unitCodes: new Set(['TQ']) };

      expect(validateOrgImport(input, existingCodes).ok).toBe(true);

      const withRanks = {
        ...existingCodes,
        levelRanks: new Map([
          ['tinh', 0],
          ['huyen', 1],
        ]),
      };
      expect(expectErrors(validateOrgImport(input, withRanks))).toEqual([
        errorAt('units', 2, 'levelCode', /^Cấp "tinh" \(thứ bậc 0\) cao hơn cấp "huyen"/),
      ]);
    });
  });

  it('does not cascade: a reference to a badly formatted code in the file is not reported again', () => {
    const input = {
      levels: [{ code: 'tỉnh', name: 'Tỉnh', rank: 0 }],
      units: [unit('TQ 1', 'tỉnh', null)],
      officials: [official('abc', 'TQ 1')],
    };
    expect(expectErrors(validateOrgImport(input, nothingExisting))).toEqual([errorAt('levels', 1, 'code'), errorAt('units', 1, 'code')]);
  });
});

describe('validateOrgImport: officials', () => {
  const withUnit = (officials: unknown[]) => ({ levels: threeLevels, units: [unit('TQ', 'tinh', null)], officials });

  it.each([
    ['a too short username', official('ab', 'TQ'), 'username', /^Tên đăng nhập "ab" không hợp lệ/],
    [
      'a username with diacritics',
      official('lãnhđạo', 'TQ', { email: 'lanhdao@tuyenquang.gov.vn' }),
      'username',
      /^Tên đăng nhập "lãnhđạo" không hợp lệ/,
    ],
    ['a missing full name', official('abc', 'TQ', { fullName: undefined }), 'fullName', 'Thiếu họ và tên (trường "fullName")'],
    [
      'an email without a domain',
      official('abc', 'TQ', { email: 'abc@' }),
      'email',
      'Thư điện tử "abc@" không hợp lệ; cần dạng ten@coquan.gov.vn',
    ],
    ['an email without a top-level domain', official('abc', 'TQ', { email: 'abc@tuyenquang' }), 'email', /không hợp lệ/],
    ['an email with two @', official('abc', 'TQ', { email: 'a@b@tuyenquang.gov.vn' }), 'email', /không hợp lệ/],
    ['an email with a double dot', official('abc', 'TQ', { email: 'a..b@tuyenquang.gov.vn' }), 'email', /không hợp lệ/],
    ['an email with a space', official('abc', 'TQ', { email: 'a b@tuyenquang.gov.vn' }), 'email', /không hợp lệ/],
    [
      'an unknown unit',
      official('abc', 'TQ-H99'),
      'unitCode',
      'Đơn vị "TQ-H99" không tồn tại (không có trong tệp nhập và chưa có trong hệ thống)',
    ],
    [
      'missing roles',
      official('abc', 'TQ', { roles: undefined }),
      'roles',
      /^Thiếu vai trò \(trường "roles"\); các mã hợp lệ: specialist \(Chuyên viên\), leader/,
    ],
    ['empty roles', official('abc', 'TQ', { roles: [] }), 'roles', /^Cán bộ phải có ít nhất một vai trò/],
    [
      'roles given as text',
      official('abc', 'TQ', { roles: 'leader' }),
      'roles',
      /phải là danh sách mã vai trò, ví dụ \["leader"\], không phải "leader"$/,
    ],
    ['an unknown role', official('abc', 'TQ', { roles: ['chairman'] }), 'roles', /^Vai trò "chairman" không hợp lệ; các mã hợp lệ: /],
    [
      'a repeated role',
      official('abc', 'TQ', { roles: ['leader', 'leader'] }),
      'roles',
      'Vai trò "leader" bị lặp lại trong trường "roles"',
    ],
    ['a non-text title', official('abc', 'TQ', { title: 3 }), 'title', 'Trường "title" (chức danh) phải là chuỗi ký tự, không phải 3'],
    ['a missing password', official('abc', 'TQ', { password: '' }), 'password', 'Thiếu mật khẩu ban đầu (trường "password")'],
    [
      'a short password',
      official('abc', 'TQ', { password: 'ngắn123' }),
      'password',
      'Mật khẩu (trường "password") quá ngắn: 7 ký tự, cần ít nhất 10',
    ],
  ])('reports %s', (_case, row, field, message) => {
    expect(expectErrors(validateOrgImport(withUnit([row]), nothingExisting))).toEqual([errorAt('officials', 1, field, message)]);
  });

  it('never echoes a password in a message', () => {
    const errors = expectErrors(validateOrgImport(withUnit([official('abc', 'TQ', { password: 'bimat' })]), nothingExisting));
    expect(errors.map((e) => e.message).join(' ')).not.toContain('bimat');
  });

  it('reports usernames repeated in the file or already taken, ignoring case', () => {
    const existing = { ...nothingExisting, usernames: new Set(['QuanTri']) };
    const errors = expectErrors(
      validateOrgImport(withUnit([official('lanhdao.tinh', 'TQ'), official('LANHDAO.TINH', 'TQ'), official('quantri', 'TQ')]), existing),
    );

    expect(errors).toEqual([
      errorAt('officials', 2, 'username', 'Tên đăng nhập "lanhdao.tinh" bị trùng với dòng 1 của mục cán bộ'),
      errorAt('officials', 3, 'username', 'Tên đăng nhập "quantri" đã có người dùng trong hệ thống; hãy chọn tên khác'),
    ]);
  });

  it('reports each bad role on its own', () => {
    const errors = expectErrors(
      validateOrgImport(withUnit([official('abc', 'TQ', { roles: ['leader', 'boss', 5, 'leader'] })]), nothingExisting),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Vai trò "boss"/),
      expect.stringMatching(/^Vai trò 5 /),
      'Vai trò "leader" bị lặp lại trong trường "roles"',
    ]);
  });
});

describe('validateOrgImport: collecting every error', () => {
  it('reports all problems across sections and rows, ordered by section then row', () => {
    const input = {
      levels: [
        { code: 'tinh', name: '', rank: 0 },
        { code: 'tinh', name: 'Tỉnh', rank: -2 },
      ],
      units: [unit('A', 'tinh', 'B'), unit('B', 'tinh', 'A', { kind: 'X' }), unit('C', 'nope', 'ZZZ')],
      officials: [official('x', 'C', { email: 'nope', roles: [] }), official('ok.user', 'nowhere', { password: 'short' })],
    };

    const errors = expectErrors(validateOrgImport(input, nothingExisting));

    expect(errors.map((e) => [e.section, e.row, e.field])).toEqual([
      ['levels', 1, 'name'],
      ['levels', 2, 'code'],
      ['levels', 2, 'rank'],
      ['units', 1, 'parentCode'],
      ['units', 2, 'kind'],
      ['units', 2, 'parentCode'],
      ['units', 3, 'levelCode'],
      ['units', 3, 'parentCode'],
      ['officials', 1, 'username'],
      ['officials', 1, 'email'],
      ['officials', 1, 'roles'],
      ['officials', 2, 'unitCode'],
      ['officials', 2, 'password'],
    ]);
  });
});

describe('CSV row mapping', () => {
  it('maps a unit row, reading a blank parent as a root and dropping a blank issuer code', () => {
    expect(unitFromCsvRow({ code: 'TQ', name: 'UBND tỉnh', level: 'tinh', kind: 'ubnd', parent: ' ', issuer_code: '' })).toEqual({
      code: 'TQ',
      name: 'UBND tỉnh',
      levelCode: 'tinh',
      kind: 'ubnd',
      parentCode: null,
    });
    expect(unitFromCsvRow({ code: 'TQ-SNV', name: 'Sở Nội vụ', level: 'tinh', kind: 'so', parent: 'TQ', issuer_code: 'SNV' })).toEqual({
      code: 'TQ-SNV',
      name: 'Sở Nội vụ',
      levelCode: 'tinh',
      kind: 'so',
      parentCode: 'TQ',
      issuerCode: 'SNV',
    });
  });

  it('maps an official row, splitting roles on ";" or ","', () => {
    const row = {
      username: 'lanhdao.tinh',
      full_name: 'Hoàng Minh Đức',
      email: 'a@b.vn',
      unit: 'TQ',
      roles: 'leader; auditor,admin;',
      title: 'Chủ tịch',
      password: PASSWORD,
    };
    expect(officialFromCsvRow(row)).toEqual({
      username: 'lanhdao.tinh',
      fullName: 'Hoàng Minh Đức',
      email: 'a@b.vn',
      unitCode: 'TQ',
      roles: ['leader', 'auditor', 'admin'],
      title: 'Chủ tịch',
      password: PASSWORD,
    });
  });

  it('matches headers carrying a byte-order mark, spaces or capitals, and reads missing columns as blank', () => {
    const mapped = officialFromCsvRow({ '\uFEFFUsername': 'abc', ' Full_Name ': 'Ma Thị Lan', EMAIL: 'a@b.vn' });
    expect(mapped).toEqual({ username: 'abc', fullName: 'Ma Thị Lan', email: 'a@b.vn', unitCode: '', roles: [], password: '' });
  });

  it('feeds the validator, which then reports the blanks', () => {
    const units = [unitFromCsvRow({ code: 'TQ', name: 'UBND tỉnh', level: 'tinh', kind: 'ubnd', parent: '', issuer_code: 'UBND' })];
    const officials = [
      officialFromCsvRow({ username: 'abc', full_name: 'Ma Thị Lan', email: 'a@b.vn', unit: 'TQ', roles: '', password: PASSWORD }),
    ];

    const errors = expectErrors(validateOrgImport({ levels: threeLevels, units, officials }, nothingExisting));

    expect(errors).toEqual([errorAt('officials', 1, 'roles', /^Cán bộ phải có ít nhất một vai trò/)]);
  });
});
