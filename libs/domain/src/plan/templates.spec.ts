import frontExample from '../../examples/mttq-doan-ket-sang-tao.json';
import committeeExample from '../../examples/ubnd-chuyen-doi-so.json';
import frontTemplate from '../../templates/mttq-doan-ket-sang-tao.json';
import committeeTemplate from '../../templates/ubnd-chuyen-doi-so.json';
import { DEMO_PROVINCE_ROWS, orgContext } from './__fixtures__/org-fixtures';
import { demoProvinceForTemplates, frontTreeForTemplates, twoTierProvince, withNames } from './__fixtures__/template-org-fixtures';
import { selectParticipants } from './participants';
import type { AwardForm, PlanDefinition } from './plan.types';
import { DEFAULT_REMINDER_POLICY } from './plan.types';
import { checkPlanTemplate } from './template/check-template';
import { draftFromTemplate } from './template/draft-from-template';
import type { PlanTemplate, TemplateRequest } from './template/plan-template.types';
import type { TemplateOrgContext } from './template/template-context';
import { validatePlan } from './validate-plan';

const committee = committeeTemplate as PlanTemplate;
const front = frontTemplate as PlanTemplate;

/**
 * A template is filled when a plan is drafted, as POST /campaigns does: a plan for 2022 drafted today is checked
 * against the award catalogue in force today (from 2024), which its award forms name.
 */
const DRAFTED_AT = new Date('2026-03-02T02:00:00Z');

function instantiate(template: PlanTemplate, org: TemplateOrgContext, request: TemplateRequest): PlanDefinition {
  const draft = draftFromTemplate(template, org, request);
  if (!draft.ok) throw new Error(`Template not filled:\n${JSON.stringify(draft.errors, null, 2)}`);
  const checked = validatePlan(draft.draft, org, { draftedAt: DRAFTED_AT });
  if (!checked.ok) throw new Error(`Instance refused:\n${JSON.stringify(checked.errors, null, 2)}`);
  return checked.value;
}

function withoutCatalogueKey(form: AwardForm): AwardForm {
  const { catalogueKey: _entry, ...rest } = form;
  return rest;
}

const asPlan = (example: unknown, org: TemplateOrgContext) => {
  const checked = validatePlan(example, org);
  if (!checked.ok) throw new Error('example refused');
  return checked.value;
};

describe.each([
  ['ubnd-chuyen-doi-so', committee],
  ['mttq-doan-ket-sang-tao', front],
])('template %s', (key, template) => {
  const text = JSON.stringify(template);

  it('is stored NFC, keyed by its file name, with the default reminder policy', () => {
    expect(text.normalize('NFC')).toBe(text);
    expect(template.templateKey).toBe(key);
    expect(template.plan.reminders).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('names no unit or level of a particular tree and no date of a particular year', () => {
    expect(text).not.toMatch(/"TQ(-[A-Z]+)*"/);
    expect(text).not.toMatch(/"(tinh|huyen|xa)"/);
    expect(text).not.toMatch(/"date":"\d{4}-/);
    expect(text).not.toMatch(/Tuyên Quang|Bắc Kạn/);
  });

  it('passes the check an administrator’s template must pass: filled for a made-up tree, it is a valid plan', () => {
    expect(checkPlanTemplate(template, 2026)).toEqual([]);
  });
});

describe('the templates filled for the demo province give back the example plans', () => {
  it('seed 003: the provincial People’s Committee for 2022, with Sở Nội vụ as its appraiser', () => {
    const org = demoProvinceForTemplates();
    const instance = instantiate(committee, org, { issuerUnitCode: 'TQ', year: 2022, bodies: { appraiser: 'TQ-SNV' } });
    const example = asPlan(committeeExample, org);
    expect(instance.stages).toEqual(example.stages);
    expect(instance.participants).toEqual(example.participants);
    expect(instance.participantGroups).toEqual(example.participantGroups);
    expect(selectParticipants(instance, org)).toEqual(selectParticipants(example, org));
    expect(instance.approvalChain).toEqual(example.approvalChain);
    // The example, written in 2022 before the award catalogue, names no entry; the template names each one the
    // catalogue has. The catalogue has Huân chương Lao động in one class only (hạng Ba); the plan names no class.
    expect(instance.awardForms.map(withoutCatalogueKey)).toEqual(example.awardForms);
    expect(instance.awardForms.map((form) => [form.key, form.catalogueKey])).toEqual([
      ['huan-chuong-lao-dong', undefined],
      ['bang-khen-thu-tuong', 'bang-khen-thu-tuong'],
      ['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-chu-tich-ubnd-tinh'],
      ['giay-khen-thu-truong', 'giay-khen'],
    ]);
    expect([instance.issuer, instance.year, instance.place, instance.title, instance.signature]).toEqual([
      example.issuer,
      example.year,
      example.place,
      example.title,
      example.signature,
    ]);
    expect(instance.templateKey).toBe('ubnd-chuyen-doi-so');
  });

  it('seed 000: the provincial Front committee for 2020, on the Front’s own tree', () => {
    const org = frontTreeForTemplates();
    const instance = instantiate(front, org, { issuerUnitCode: 'TQ-MTTQ', year: 2020 });
    const example = asPlan(frontExample, org);
    expect(instance.stages).toEqual(example.stages);
    expect(instance.participants).toEqual(example.participants);
    expect(instance.participantGroups).toEqual(example.participantGroups);
    expect(selectParticipants(instance, org)).toEqual(selectParticipants(example, org));
    expect(instance.approvalChain).toEqual(example.approvalChain);
    // No catalogue key: the shipped catalogue has no form the Front's bodies decide.
    expect(instance.awardForms).toEqual(example.awardForms);
    expect([instance.issuer, instance.year, instance.signature]).toEqual([example.issuer, example.year, example.signature]);
    // The seed was Bắc Kạn's; filled for Tuyên Quang's Front, the plan speaks of Tuyên Quang.
    expect(instance.place).toBe('Tuyên Quang');
    expect(instance.title).toBe(example.title.replace('Bắc Kạn', 'Tuyên Quang'));
  });
});

describe('filling a template, and refusing what cannot be filled', () => {
  const org = demoProvinceForTemplates();
  // The Vietnamese words and where; the English (`en`) is checked on its own below.
  const errorsOf = (template: PlanTemplate, request: TemplateRequest, tree = org) => {
    const draft = draftFromTemplate(template, tree, request);
    return draft.ok ? [] : draft.errors.map(({ path, message }) => ({ path, message }));
  };

  it('says what cannot be filled in English too', () => {
    const draft = draftFromTemplate(front, org, { year: 2027 });
    expect(draft.ok ? undefined : draft.errors[0].en).toContain('choose the issuing unit (issuerUnitCode)');
  });

  it('asks which body appraises when the issuer has two departments of the appraiser’s kind, naming both', () => {
    const errors = errorsOf(committee, { issuerUnitCode: 'TQ', year: 2027 });
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toMatch(/unitCode$/);
    expect(errors[0].message).toContain('{{appraiser}}');
    expect(errors[0].message).toContain('TQ-SNV (Sở Nội vụ), TQ-STTTT (Sở Thông tin và Truyền thông)');
    expect(errors[0].message).toContain('bodies.appraiser');
  });

  it('finds the appraiser by its kind when the issuer has only one, and dates a later year’s plan in that year', () => {
    const oneDepartment = withNames(orgContext(DEMO_PROVINCE_ROWS.filter(([code]) => code !== 'TQ-STTTT')));
    const draft = draftFromTemplate(committee, oneDepartment, { issuerUnitCode: 'TQ', year: 2027 });
    expect(draft.ok).toBe(true);
    const plan = draft.ok ? (draft.draft as unknown as PlanDefinition) : undefined;
    expect(plan?.approvalChain[0].unitCode).toBe('TQ-SNV');
    expect(plan?.year).toBe(2027);
    expect(plan?.title).toBe('Phát động Phong trào thi đua “Chuyển đổi số tỉnh Tuyên Quang đến năm 2030, định hướng đến năm 2035”');
    expect(plan?.stages[0].phases[0].opensAt).toEqual({ kind: 'date', date: '2027-08-12' });
    expect(plan?.stages[0].phases[2].key).toBe('so-ket-2028');
  });

  it('refuses a level the tree does not have: seed 003 asks for two tiers below the province', () => {
    const errors = errorsOf(committee, { issuerUnitCode: 'TN', year: 2027 }, twoTierProvince());
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('{{level+2}}')]);
    expect(errors[0].message).toContain('không có cấp nào thấp hơn cấp "tinh" 2 bậc');
  });

  it('refuses a missing year or issuer by placeholder, and an issuer of another kind by its kind', () => {
    expect(errorsOf(front, { issuerUnitCode: 'TQ-MTTQ' }).map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Chưa điền được \{\{year\}\} \(năm kế hoạch\): ghi năm kế hoạch \(year\)/)]),
    );
    expect(errorsOf(front, { year: 2027 })[0].message).toContain('chọn đơn vị ban hành (issuerUnitCode)');
    expect(errorsOf(front, { issuerUnitCode: 'TQ', year: 2027 })).toEqual([
      { path: 'issuerUnitCode', message: expect.stringContaining('viết cho cơ quan loại mttq') },
    ]);
    expect(errorsOf(front, { issuerUnitCode: 'KHONG-CO', year: 2027 })[0]).toMatchObject({ path: 'issuerUnitCode' });
  });

  it('keeps a caller’s whole plan as it was: a template merged with a full plan needs no issuer or year', () => {
    const example = JSON.parse(JSON.stringify(committeeExample)) as Record<string, unknown>;
    const draft = draftFromTemplate(committee, org, {}, example);
    expect(draft).toEqual({ ok: true, draft: example });
  });

  it('fills the caller’s own fields too, so compressed stages may name levels relative to the issuer', () => {
    const stages = [
      {
        key: 'ngan',
        name: 'Năm {{year}}',
        phases: [
          {
            key: 'phat-dong',
            kind: 'launch',
            name: 'Phát động',
            opensAt: { kind: 'durationAfter', anchor: 'issued', duration: '0s' },
            dueByLevel: {
              '{{level+2}}': { kind: 'durationAfter', anchor: 'issued', duration: '60s' },
              default: { kind: 'durationAfter', anchor: 'issued', duration: '90s' },
            },
          },
        ],
      },
    ];
    const draft = draftFromTemplate(committee, org, { issuerUnitCode: 'TQ', year: 2027, bodies: { appraiser: 'TQ-SNV' } }, { stages });
    expect(draft.ok && (draft.draft.stages as PlanDefinition['stages'])[0]).toMatchObject({
      name: 'Năm 2027',
      phases: [{ dueByLevel: { xa: {}, default: {} } }],
    });
  });

  it('refuses an unknown placeholder, naming the known ones', () => {
    const misspelt: PlanTemplate = { ...front, plan: { ...front.plan, place: '{{noi}}' } };
    expect(errorsOf(misspelt, { issuerUnitCode: 'TQ-MTTQ', year: 2027 }, frontTreeForTemplates())).toEqual([
      { path: 'place', message: expect.stringContaining('Chỗ trống {{noi}} không có trong danh sách') },
    ]);
  });
});

describe('checking a template an administrator adds', () => {
  it('refuses a unit or a level of a real tree, which would work in that tree only', () => {
    const bound: PlanTemplate = {
      ...committee,
      plan: {
        ...committee.plan,
        approvalChain: [
          { key: 'office', label: 'Sở Nội vụ', unitCode: 'TQ-SNV', roles: ['leader'] },
          { key: 'sign', label: 'Ký', roles: ['leader'], signs: true },
        ],
      },
    };
    expect(checkPlanTemplate(bound, 2026)).toEqual([
      {
        path: 'plan.approvalChain[0].unitCode',
        message: expect.stringContaining('Thử lập kế hoạch từ mẫu cho một đơn vị mẫu: Không tìm thấy'),
      },
    ]);
    const literalLevel: PlanTemplate = { ...front, plan: { ...front.plan, participants: { levels: ['xa'], kinds: ['mttq'] } } };
    expect(checkPlanTemplate(literalLevel, 2026).map((e) => e.path)).toContain('plan.participants.levels[0]');
  });

  it('refuses an unknown placeholder wherever it is, keys included', () => {
    const misspelt: PlanTemplate = { ...front, plan: { ...front.plan, title: 'Năm {{nam}}' } };
    expect(checkPlanTemplate(misspelt, 2026)).toEqual([
      { path: 'plan.title', message: expect.stringContaining('{{nam}}'), en: expect.stringContaining('{{nam}}') },
    ]);
  });
});
