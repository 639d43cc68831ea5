import { demoPlan } from './spec-fixtures';
import { formToPlan, freshKey, planToForm, specOf, type PlanFormValues } from './plan-form-model';

describe('the plan as a form and back', () => {
  it('gives back the very plan it was given', () => {
    const plan = demoPlan();
    expect(formToPlan(planToForm(plan))).toEqual(plan);
  });

  it('turns a phase’s due dates into rows, one per level, in the plan’s order', () => {
    const phase = planToForm(demoPlan()).stages[0].phases[2];
    expect(phase.dues.map((row) => row.level)).toEqual(['xa', 'huyen', 'tinh']);
    expect(phase).not.toHaveProperty('dueByLevel');
  });

  it('keeps only the fields of the kind a due date was switched to', () => {
    expect(specOf({ kind: 'date', date: '2027-08-12', anchor: 'issued', days: 3 })).toEqual({ kind: 'date', date: '2027-08-12' });
    expect(specOf({ kind: 'workingDaysAfter', date: '2027-08-12', anchor: 'issued', days: 3 })).toEqual({
      kind: 'workingDaysAfter',
      anchor: 'issued',
      days: 3,
    });
    expect(specOf({ kind: 'announcedLater', date: '2027-08-12' })).toEqual({ kind: 'announcedLater' });
    // A cleared input leaves the field out, so the validator names what is missing.
    expect(specOf({ kind: 'workingDaysAfter', anchor: 'issued', days: null })).toEqual({ kind: 'workingDaysAfter', anchor: 'issued' });
  });

  it('drops a KPI’s measure when the criterion becomes qualitative, and a period when the phase stops being implementation', () => {
    const values: PlanFormValues = planToForm(demoPlan());
    values.participantGroups[0].criteria[0].kind = 'qualitative';
    values.stages[0].phases[1].kind = 'final_review';
    const plan = formToPlan(values);
    expect(plan.participantGroups[0].criteria[0]).toEqual({ kind: 'qualitative', key: 'tthc', text: 'Hồ sơ TTHC xử lý trực tuyến' });
    expect(plan.stages[0].phases[1]).not.toHaveProperty('progressEvery');
  });

  it('leaves empty lists and blank optional texts out: an empty list of levels would match no unit', () => {
    const values = planToForm(demoPlan());
    values.participants = { levels: ['xa'], kinds: [], unitCodes: [], excludeUnitCodes: ['TQ-YS-LANGQUAN'] };
    values.participantGroups[1].match = { levels: [] };
    values.legalBases[0].summary = '  ';
    values.awardForms[0].quotaPerUnit = null as unknown as number;
    const plan = formToPlan(values);
    expect(plan.participants).toEqual({ levels: ['xa'], excludeUnitCodes: ['TQ-YS-LANGQUAN'] });
    expect(plan.participantGroups[1].match).toEqual({});
    expect(plan.legalBases[0]).toEqual({ reference: 'Luật Thi đua, khen thưởng ngày 15/6/2022' });
    expect(plan.awardForms[0]).not.toHaveProperty('quotaPerUnit');
  });

  it('carries an award form’s catalogue entry into the form and back, and leaves it out when none is chosen', () => {
    const plan = demoPlan();
    plan.awardForms[0].catalogueKey = 'bang-khen-chu-tich-ubnd-tinh';
    const values = planToForm(plan);
    expect(values.awardForms[0].catalogueKey).toBe('bang-khen-chu-tich-ubnd-tinh');
    expect(formToPlan(values)).toEqual(plan);
    // "Không theo danh mục": the select's empty choice, or a cleared value.
    for (const none of ['', undefined, null]) {
      values.awardForms[0].catalogueKey = none as string | undefined;
      expect(formToPlan(values).awardForms[0]).not.toHaveProperty('catalogueKey');
    }
  });

  it('makes keys for new rows that no row has yet', () => {
    expect(freshKey('buoc', ['buoc-3', 'phat-dong'])).toBe('buoc-4');
    expect(freshKey('buoc', ['buoc-2', 'buoc-3'])).toBe('buoc-4');
  });
});
