import type { AwardCatalogue } from '../award/award-catalogue.types';
import { LUAT_2022_CATALOGUE } from '../award/catalogue/luat-2022.catalogue';
import { demoProvince } from './__fixtures__/org-fixtures';
import { smallPlan } from './__fixtures__/plan-fixtures';
import type { PlanDefinition } from './plan.types';
import { validatePlan, type ValidatePlanOptions } from './validate-plan';

const org = demoProvince();

function validate(mutate: (plan: PlanDefinition) => void, options: ValidatePlanOptions = {}) {
  const plan = smallPlan();
  mutate(plan);
  return validatePlan(JSON.parse(JSON.stringify(plan)), org, options);
}

const errors = (result: ReturnType<typeof validatePlan>) => (result.ok ? [] : result.errors);

describe('an award form’s catalogue key', () => {
  it('is kept when the catalogue in force on the issue date has it', () => {
    const result = validate((p) => (p.awardForms[0].catalogueKey = 'bang-khen-chu-tich-ubnd-tinh'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.value.awardForms[0].catalogueKey).toBe('bang-khen-chu-tich-ubnd-tinh');
  });

  it('may be left out', () => {
    const result = validate(() => undefined);
    expect(result.ok && result.value.awardForms[0]).not.toHaveProperty('catalogueKey');
  });

  it('is refused when the catalogue has no such entry', () => {
    expect(errors(validate((p) => (p.awardForms[0].catalogueKey = 'bang-khen-ubnd')))).toEqual([
      {
        path: 'awardForms[0].catalogueKey',
        message:
          'Hình thức "Bằng khen của Chủ tịch UBND tỉnh" ghi mã danh mục "bang-khen-ubnd", nhưng danh mục khen thưởng áp dụng ngày 02/03/2026 không có mã này; dùng một mã trong danh mục, ví dụ "giay-khen", "bang-khen-chu-tich-ubnd-tinh".',
      },
    ]);
  });

  it('is looked up on the issue date: an entry withdrawn before the plan is issued is refused', () => {
    const withdrawn: AwardCatalogue = {
      ...LUAT_2022_CATALOGUE,
      entries: LUAT_2022_CATALOGUE.entries.map((e) => (e.key === 'bang-khen-chu-tich-ubnd-tinh' ? { ...e, validUntil: '2026-03-01' } : e)),
    };
    const withKey = (p: PlanDefinition) => (p.awardForms[0].catalogueKey = 'bang-khen-chu-tich-ubnd-tinh');
    expect(errors(validate(withKey, { awardCatalogues: [withdrawn] })).map((e) => e.path)).toEqual(['awardForms[0].catalogueKey']);
    expect(validate(withKey, { awardCatalogues: [withdrawn], issuedAt: new Date('2026-02-27T03:00:00Z') }).ok).toBe(true);
    expect(
      validate(
        (p) => {
          withKey(p);
          p.issuedOn = '2026-02-28';
        },
        { awardCatalogues: [withdrawn] },
      ).ok,
    ).toBe(true);
  });

  it('is refused before any catalogue is in force', () => {
    expect(
      errors(
        validate((p) => (p.awardForms[0].catalogueKey = 'giay-khen'), {
          awardCatalogues: [{ ...LUAT_2022_CATALOGUE, validFrom: '2027-01-01' }],
        }),
      ),
    ).toEqual([
      {
        path: 'awardForms[0].catalogueKey',
        message: expect.stringContaining('Ngày ban hành 02/03/2026 chưa có danh mục khen thưởng nào được áp dụng'),
      },
    ]);
  });

  it('is refused when it is not text, and a misspelt field name is caught', () => {
    expect(errors(validate((p) => Object.assign(p.awardForms[0], { catalogueKey: 12 }))).map((e) => e.path)).toEqual([
      'awardForms[0].catalogueKey',
    ]);
    expect(errors(validate((p) => Object.assign(p.awardForms[0], { catalogKey: 'giay-khen' })))).toEqual([
      { path: 'awardForms[0].catalogKey', message: 'Trường "catalogKey" không có trong kế hoạch. Có phải là "catalogueKey"?' },
    ]);
  });
});
