import { dossierBodyOf, dossierFieldOf, offeredForms, placeDossierRefusal, type DossierFormValues } from './dossier-form';

const values: DossierFormValues = {
  awardKey: 'giay-khen',
  year: 2026,
  minutes: { heldOn: '2026-11-20', present: 9, members: 11 },
  nominations: [
    {
      nominee: { kind: 'individual', fullName: '  Nguyễn Thị Lan ', personalId: '008085001234', position: 'Công chức', name: 'left over' },
      achievements: ' Hoàn thành xuất sắc nhiệm vụ. ',
    },
    {
      nominee: { kind: 'enterprise', name: 'Hợp tác xã chè Mỹ Bằng', taxCode: '5000123456', address: 'Xã Mỹ Bằng', fullName: '' },
      achievements: 'Doanh thu tăng 30 %.',
      withInitiative: true,
      initiative: { title: ' Sấy chè bằng năng lượng mặt trời ', recognisedBy: '' },
    },
    { nominee: { kind: 'household', headFullName: 'Hoàng Văn Tư', address: 'Thôn Làng Chẻ' }, achievements: 'Gia đình văn hóa.' },
  ],
};

describe('the nomination list as the API takes it', () => {
  it('sends each nominee with its own kind’s fields only, trimmed, and nothing left blank', () => {
    expect(dossierBodyOf(values)).toEqual({
      awardKey: 'giay-khen',
      year: 2026,
      minutes: { heldOn: '2026-11-20', present: 9, members: 11 },
      nominations: [
        {
          nominee: { kind: 'individual', fullName: 'Nguyễn Thị Lan', personalId: '008085001234', position: 'Công chức' },
          achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
        },
        {
          nominee: { kind: 'enterprise', name: 'Hợp tác xã chè Mỹ Bằng', taxCode: '5000123456', address: 'Xã Mỹ Bằng' },
          achievements: 'Doanh thu tăng 30 %.',
          initiative: { title: 'Sấy chè bằng năng lượng mặt trời' },
        },
        {
          nominee: { kind: 'household', headFullName: 'Hoàng Văn Tư', address: 'Thôn Làng Chẻ' },
          achievements: 'Gia đình văn hóa.',
        },
      ],
    });
  });

  it('leaves the initiative out when its switch is off, and the year to the campaign when none is given', () => {
    const body = dossierBodyOf({
      ...values,
      year: null,
      nominations: [{ ...values.nominations![1], withInitiative: false }],
    });
    expect(body).not.toHaveProperty('year');
    expect(body.nominations[0]).not.toHaveProperty('initiative');
  });
});

describe('a refusal’s path on the list’s form', () => {
  it('finds the identity field of the row it names', () => {
    expect(dossierFieldOf('nominations[0].nominee.personalId', values)).toEqual(['nominations', 0, 'nominee', 'personalId']);
    expect(dossierFieldOf('nominations[1].nominee.taxCode', values)).toEqual(['nominations', 1, 'nominee', 'taxCode']);
    expect(dossierFieldOf('nominations[2].nominee.kind', values)).toEqual(['nominations', 2, 'nominee', 'kind']);
    expect(dossierFieldOf('nominations[0].achievements', values)).toEqual(['nominations', 0, 'achievements']);
  });

  it('shows a message about the nominee as a whole (listed twice) on the field that names it', () => {
    expect(dossierFieldOf('nominations[0].nominee', values)).toEqual(['nominations', 0, 'nominee', 'fullName']);
    expect(dossierFieldOf('nominations[2].nominee', values)).toEqual(['nominations', 2, 'nominee', 'headFullName']);
    // A field of another kind than the row's: its name field, which the row shows.
    expect(dossierFieldOf('nominations[2].nominee.taxCode', values)).toEqual(['nominations', 2, 'nominee', 'headFullName']);
  });

  it('asks for an initiative on the switch that adds one, and shows a held-title prerequisite by the achievements', () => {
    expect(dossierFieldOf('nominations[0].initiative.recognisedBy', values)).toEqual(['nominations', 0, 'withInitiative']);
    expect(dossierFieldOf('nominations[1].initiative.recognisedBy', values)).toEqual(['nominations', 1, 'initiative', 'recognisedBy']);
    expect(dossierFieldOf('nominations[0].prerequisites', values)).toEqual(['nominations', 0, 'achievements']);
  });

  it('places the award form, the year and the minutes on their fields', () => {
    expect(dossierFieldOf('awardKey', values)).toEqual(['awardKey']);
    expect(dossierFieldOf('year', values)).toEqual(['year']);
    expect(dossierFieldOf('minutes.heldOn', values)).toEqual(['minutes', 'heldOn']);
    expect(dossierFieldOf('minutes.present', values)).toEqual(['minutes', 'present']);
    expect(dossierFieldOf('minutes', values)).toEqual(['minutes', 'members']);
  });

  it('has no field for the list as a whole, the campaign’s step, or a row that is not there', () => {
    expect(dossierFieldOf('nominations', values)).toBeUndefined();
    expect(dossierFieldOf('phaseKind', values)).toBeUndefined();
    expect(dossierFieldOf('nominations[7].nominee.fullName', values)).toBeUndefined();
  });

  it('keeps every message for one field, and lists the rest for above the form', () => {
    const placed = placeDossierRefusal(
      [
        { path: 'awardKey', message: 'Không có trong danh mục.' },
        { path: 'awardKey', message: 'Kế hoạch không đề ra.' },
        { path: 'nominations[0].nominee.personalId', message: 'Dòng 1: phải gồm đúng 12 chữ số.' },
        { path: 'phaseKind', message: 'Chỉ gửi ở bước đề nghị khen thưởng.' },
      ],
      values,
    );
    expect(placed.fields).toEqual([
      { name: ['awardKey'], errors: ['Không có trong danh mục.', 'Kế hoạch không đề ra.'] },
      { name: ['nominations', 0, 'nominee', 'personalId'], errors: ['Dòng 1: phải gồm đúng 12 chữ số.'] },
    ]);
    expect(placed.unplaced).toEqual([{ path: 'phaseKind', message: 'Chỉ gửi ở bước đề nghị khen thưởng.' }]);
  });
});

describe('the award forms a campaign offers', () => {
  it('are the plan’s catalogue keys the catalogue has, in the plan’s order, each once', () => {
    const catalogue = [{ key: 'bang-khen-chu-tich-ubnd-tinh' }, { key: 'giay-khen' }];
    expect(
      offeredForms(
        [
          { catalogueKey: 'giay-khen' },
          {},
          { catalogueKey: 'withdrawn' },
          { catalogueKey: 'bang-khen-chu-tich-ubnd-tinh' },
          { catalogueKey: 'giay-khen' },
        ],
        catalogue,
      ).map((form) => form.key),
    ).toEqual(['giay-khen', 'bang-khen-chu-tich-ubnd-tinh']);
  });
});
