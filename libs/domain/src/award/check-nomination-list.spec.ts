import { LUAT_2022_CATALOGUE } from './catalogue/luat-2022.catalogue';
import { checkNominationList, type NominationListContext } from './check-nomination-list';
import type { AwardRecord, Nomination, NominationList } from './nomination.types';

const person = (fullName: string, personalId: string, extra: Partial<Nomination> = {}): Nomination => ({
  nominee: { kind: 'individual', fullName, personalId, position: 'Công chức Văn phòng – Thống kê' },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
  ...extra,
});

const list = (awardKey: string, nominations: Nomination[], change: Partial<NominationList> = {}): NominationList => ({
  awardKey,
  nominatingUnitCode: 'TQ-YS-THANGQUAN',
  year: 2026,
  nominations,
  minutes: { heldOn: '2026-11-20', present: 7, members: 9 },
  ...change,
});

const context = (change: Partial<NominationListContext> = {}): NominationListContext => ({
  catalogue: LUAT_2022_CATALOGUE,
  onDate: '2026-11-25',
  alreadyNominated: 0,
  history: [],
  ...change,
});

const held = (personalId: string, awardKey: string, ...years: number[]): AwardRecord[] =>
  years.map((year) => ({ nomineeKey: `cccd:${personalId}`, nomineeKind: 'individual', awardKey, year, decisionNumber: `${year}/QĐ-UBND` }));

describe('checkNominationList', () => {
  it('accepts a list that can be sent', () => {
    const nominations = [person('Nguyễn Văn An', '008091000123'), person('Lò Thị Bình', '008191000456')];
    expect(checkNominationList(list('lao-dong-tien-tien', nominations), context())).toEqual([]);
    expect(
      checkNominationList(
        list('lao-dong-tien-tien', nominations),
        context({ offeredAwardKeys: ['lao-dong-tien-tien'], phaseKind: 'nomination', quotaPerUnit: 5, alreadyNominated: 3 }),
      ),
    ).toEqual([]);
  });

  it('refuses an award the catalogue in force does not have', () => {
    expect(checkNominationList(list('bang-khen-ubnd', [person('Nguyễn Văn An', '008091000123')]), context())).toEqual([
      {
        field: 'awardKey',
        message:
          'Hình thức "bang-khen-ubnd" không có trong danh mục khen thưởng áp dụng ngày 25/11/2026; chọn một hình thức trong danh mục.',
      },
    ]);
    expect(
      checkNominationList(list('giay-khen', [person('Nguyễn Văn An', '008091000123')]), context({ onDate: '2023-12-31' }))[0].field,
    ).toBe('awardKey');
  });

  it('refuses an award the plan does not offer, naming those it does', () => {
    const problems = checkNominationList(
      list('giay-khen', [person('Nguyễn Văn An', '008091000123')]),
      context({ offeredAwardKeys: ['lao-dong-tien-tien', 'bang-khen-chu-tich-ubnd-tinh'] }),
    );
    expect(problems).toEqual([
      {
        field: 'awardKey',
        message:
          'Kế hoạch thi đua không đề ra hình thức "Giấy khen"; chỉ đề nghị các hình thức kế hoạch đã đề ra: "Lao động tiên tiến", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh".',
      },
    ]);
  });

  it('refuses a list sent outside the nomination step', () => {
    expect(
      checkNominationList(list('giay-khen', [person('Nguyễn Văn An', '008091000123')]), context({ phaseKind: 'final_review' })),
    ).toEqual([
      {
        field: 'phaseKind',
        message: 'Danh sách đề nghị khen thưởng chỉ gửi ở bước đề nghị khen thưởng của kế hoạch, không gửi ở bước tổng kết.',
      },
    ]);
    expect(checkNominationList(list('giay-khen', [person('Nguyễn Văn An', '008091000123')]), context({ phaseKind: null }))).toEqual([]);
  });

  it('refuses a nominee the award is not for', () => {
    const household: Nomination = {
      nominee: { kind: 'household', headFullName: 'Đặng Văn Bảo', address: 'Thôn Làng Chẻ, xã Thắng Quân' },
      achievements: 'Gia đình văn hóa 5 năm liền',
    };
    expect(checkNominationList(list('lao-dong-tien-tien', [household]), context())).toEqual([
      {
        index: 0,
        field: 'nominee.kind',
        message: 'Dòng 1 (hộ Đặng Văn Bảo): "Lao động tiên tiến" không xét tặng cho hộ gia đình; chỉ xét tặng cho cá nhân.',
      },
    ]);
    expect(checkNominationList(list('gia-dinh-van-hoa', [household]), context())).toEqual([]);
  });

  it('refuses malformed identities, each at its field', () => {
    const problems = checkNominationList(
      list('giay-khen', [
        person('Nguyễn Văn An', '08091000123'),
        person(' ', '008091000124'),
        {
          nominee: { kind: 'enterprise', name: 'Công ty Cổ phần Chè Tuyên Quang', taxCode: '500012345-01', address: '' },
          achievements: 'Nộp ngân sách vượt kế hoạch',
        },
        { nominee: { kind: 'enterprise', name: 'Chi nhánh Yên Sơn', taxCode: '5000123456-001', address: 'Yên Sơn' }, achievements: 'Tốt' },
        { nominee: { kind: 'collective', name: 'Tổ dân vận', unitCode: '', team: true }, achievements: '' },
      ]),
      context(),
    );
    expect(problems.map(({ index, field }) => [index, field])).toEqual([
      [0, 'nominee.personalId'],
      [1, 'nominee.fullName'],
      [2, 'nominee.taxCode'],
      [2, 'nominee.address'],
      [4, 'nominee.unitCode'],
      [4, 'achievements'],
    ]);
    expect(problems[0].message).toBe(
      'Dòng 1 (Nguyễn Văn An): số định danh cá nhân (số CCCD) phải gồm đúng 12 chữ số, không có dấu cách; đang ghi "08091000123".',
    );
    expect(problems[1].message).toBe('Dòng 2: chưa ghi họ và tên.');
  });

  it('refuses the same nominee twice in a list, however the name was typed', () => {
    const team = (name: string): Nomination => ({
      nominee: { kind: 'collective', name, unitCode: 'TQ-YS-THANGQUAN', team: true },
      achievements: 'Tốt',
    });
    const problems = checkNominationList(
      list('giay-khen', [
        person('Nguyễn Văn An', '008091000123'),
        team('Thôn Làng Chẻ'),
        person('Nguyễn Văn Ân', '008091000123'),
        team('thôn làng chẻ'),
      ]),
      context(),
    );
    expect(problems).toEqual([
      {
        index: 2,
        field: 'nominee',
        message: 'Dòng 3 (Nguyễn Văn Ân) trùng với dòng 1: mỗi cá nhân chỉ được đề nghị một lần trong danh sách.',
      },
      {
        index: 3,
        field: 'nominee',
        message: 'Dòng 4 (thôn làng chẻ) trùng với dòng 2: mỗi tập thể chỉ được đề nghị một lần trong danh sách.',
      },
    ]);
  });

  it('refuses a list over the quota, saying how many remain', () => {
    const nominations = [person('A', '008091000001'), person('B', '008091000002'), person('C', '008091000003')];
    expect(checkNominationList(list('giay-khen', nominations), context({ quotaPerUnit: 4, alreadyNominated: 2 }))).toEqual([
      {
        field: 'nominations',
        message:
          'Vượt số lượng: kế hoạch cho mỗi đơn vị đề nghị tối đa 4 "Giấy khen"; đơn vị đã đề nghị 2, danh sách này có 3. Chỉ còn được đề nghị 2.',
      },
    ]);
    expect(checkNominationList(list('giay-khen', nominations), context({ quotaPerUnit: 4, alreadyNominated: 4 }))[0].message).toContain(
      'Đơn vị đã dùng hết số lượng được đề nghị.',
    );
    expect(checkNominationList(list('giay-khen', nominations), context({ quotaPerUnit: 5, alreadyNominated: 2 }))).toEqual([]);
  });

  it('refuses a Chiến sĩ thi đua cấp tỉnh without three consecutive years of Chiến sĩ thi đua cơ sở, naming the years missing', () => {
    const recognised = { initiative: { title: 'Số hóa hồ sơ một cửa', recognisedBy: 'Hội đồng sáng kiến huyện Yên Sơn' } };
    const nominations = [person('Nguyễn Văn An', '008091000123', recognised), person('Lò Thị Bình', '008191000456', recognised)];
    const history = [
      ...held('008091000123', 'chien-si-thi-dua-co-so', 2023, 2024, 2025),
      ...held('008191000456', 'chien-si-thi-dua-co-so', 2022, 2023, 2025),
      ...held('008191000456', 'lao-dong-tien-tien', 2024),
    ];
    expect(checkNominationList(list('chien-si-thi-dua-cap-tinh', nominations), context({ history }))).toEqual([
      {
        index: 1,
        field: 'prerequisites',
        message:
          'Dòng 2 (Lò Thị Bình) chưa đủ điều kiện "Chiến sĩ thi đua cấp tỉnh": Đạt danh hiệu Chiến sĩ thi đua cơ sở liên tục 3 năm liền trước năm đề nghị; lịch sử khen thưởng chưa có "Chiến sĩ thi đua cơ sở" năm 2024.',
      },
    ]);
  });

  it('refuses a Chiến sĩ thi đua cơ sở without a recognised initiative', () => {
    const problems = checkNominationList(
      list('chien-si-thi-dua-co-so', [
        person('Nguyễn Văn An', '008091000123', { initiative: { title: 'Số hóa hồ sơ một cửa' } }),
        person('Lò Thị Bình', '008191000456'),
        person('Hà Văn Cường', '008091000789', { initiative: { title: 'Sổ tay dân vận', recognisedBy: 'Chủ tịch UBND huyện Yên Sơn' } }),
      ]),
      context(),
    );
    expect(problems).toEqual([
      {
        index: 0,
        field: 'initiative.recognisedBy',
        message: expect.stringContaining(
          'Dòng 1 (Nguyễn Văn An) chưa đủ điều kiện "Chiến sĩ thi đua cơ sở": Có sáng kiến hoặc đề tài được cơ quan có thẩm quyền công nhận',
        ),
      },
      {
        index: 1,
        field: 'initiative.recognisedBy',
        message: expect.stringContaining('ghi tên sáng kiến và cơ quan, hội đồng đã công nhận sáng kiến.'),
      },
    ]);
    expect(problems[0].message).toMatch(/ghi cơ quan, hội đồng đã công nhận sáng kiến "Số hóa hồ sơ một cửa"\.$/);
  });

  it('refuses minutes of a meeting without more than half of the members', () => {
    const one = [person('Nguyễn Văn An', '008091000123')];
    expect(checkNominationList(list('giay-khen', one, { minutes: { heldOn: '2026-11-20', present: 5, members: 10 } }), context())).toEqual([
      {
        field: 'minutes.present',
        message:
          'Cuộc họp bình xét ngày 20/11/2026 có 5/10 thành viên dự, chưa quá nửa nên chưa đủ điều kiện bình xét; họp lại khi có ít nhất 6 thành viên.',
      },
    ]);
    expect(checkNominationList(list('giay-khen', one, { minutes: { heldOn: '2026-11-20', present: 6, members: 10 } }), context())).toEqual(
      [],
    );
    expect(
      checkNominationList(list('giay-khen', one, { minutes: { heldOn: '2026-11-30', present: 12, members: 10 } }), context()).map(
        (p) => p.field,
      ),
    ).toEqual(['minutes.heldOn', 'minutes']);
  });

  it('refuses an empty list', () => {
    expect(checkNominationList(list('giay-khen', []), context())).toEqual([
      {
        field: 'nominations',
        message: 'Danh sách chưa có ai: thêm ít nhất một cá nhân, tập thể, hộ gia đình hoặc doanh nghiệp được đề nghị.',
      },
    ]);
  });
});
