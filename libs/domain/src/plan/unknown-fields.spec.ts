import doanKetSangTao from '../../examples/mttq-doan-ket-sang-tao.json';
import chuyenDoiSo from '../../examples/ubnd-chuyen-doi-so.json';
import { demoProvince, frontTree } from './__fixtures__/org-fixtures';
import { smallPlan } from './__fixtures__/plan-fixtures';
import { clonePlanForYear } from './clone-plan';
import type { PlanDefinition } from './plan.types';
import { validatePlan } from './validate-plan';
import { fieldsOf } from './validation/check-known-fields';
import { PlanIssues } from './validation/plan-issues';
import { readDueDateSpec } from './validation/read-due-date';
import { editDistance, suggestFieldName } from './validation/suggest-field-name';

const org = demoProvince();

/** Errors of the small valid plan after `mutate` (applied to a copy of its JSON, as a drafter would edit it). */
function errorsAfter(mutate: (plan: PlanDefinition) => void): { path: string; message: string }[] {
  const plan = JSON.parse(JSON.stringify(smallPlan())) as PlanDefinition;
  mutate(plan);
  const result = validatePlan(plan, org);
  return result.ok ? [] : result.errors;
}

/** Fields the type does not have, which is the point: Object.assign takes them without a cast. */
const addFields = Object.assign;

function rename(source: object, from: string, to: string): void {
  const fields = source as Record<string, unknown>;
  fields[to] = fields[from];
  delete fields[from];
}

const misspelt = (path: string, meant: string) => ({
  path,
  message: `Trường "${path.split('.').pop()}" không có trong kế hoạch. Có phải là "${meant}"?`,
});

describe('unknown fields in a plan', () => {
  it('refuses a misspelt field at every depth, naming its path and the field it most likely meant', () => {
    const errors = errorsAfter((p) => {
      addFields(p, { approvalLapes: '30d' });
      rename(p.issuer, 'issuerCode', 'IssuerCode');
      addFields(p.participants, { excludeUnitcodes: ['TQ-SNV'] });
      rename(p.participantGroups[0].criteria[0], 'comparison', 'comparision');
      rename(p.awardForms[0].decidedBy, 'title', 'titel');
      rename(p.stages[0].phases[1], 'dueByLevel', 'dueBylevel');
      addFields(p.stages[0].phases[0].dueByLevel.default, { tiem: '16:00' });
      addFields(p, { calendarOverrides: { 2026: { daysOf: ['2026-01-02'], workingDays: [] } } });
      addFields(p, { taskLimits: { plan_aproval: { kind: 'workingDaysAfter', anchor: 'opened', days: 3 } } });
      addFields(p.approvalChain[1], { sign: true });
      addFields(p.reminders, { overdueEvry: '1d' });
    });
    for (const [path, meant] of [
      ['approvalLapes', 'approvalLapse'],
      ['issuer.IssuerCode', 'issuerCode'],
      ['participants.excludeUnitcodes', 'excludeUnitCodes'],
      ['participantGroups[0].criteria[0].comparision', 'comparison'],
      ['awardForms[0].decidedBy.titel', 'title'],
      ['stages[0].phases[0].dueByLevel.default.tiem', 'time'],
      ['stages[0].phases[1].dueBylevel', 'dueByLevel'],
      ['calendarOverrides.2026.daysOf', 'daysOff'],
      ['taskLimits.plan_aproval', 'plan_approval'],
      ['approvalChain[1].sign', 'signs'],
      ['reminders.overdueEvry', 'overdueEvery'],
    ]) {
      expect(errors).toContainEqual(misspelt(path, meant));
    }
  });

  it('words the refusal as the drafter would read it', () => {
    const errors = errorsAfter((p) => rename(p.stages[0].phases[1], 'dueByLevel', 'dueBylevel'));
    expect(errors).toContainEqual({
      path: 'stages[0].phases[1].dueBylevel',
      message: 'Trường "dueBylevel" không có trong kế hoạch. Có phải là "dueByLevel"?',
    });
  });

  it('checks the nested objects of lists and of the optional sections too', () => {
    const errors = errorsAfter((p) => {
      addFields(p.legalBases[0], { sumary: 'Trích yếu' });
      addFields(p.stages[0], { note: 'x' });
      addFields(p.participantGroups[1].match, { level: ['xa'] });
      addFields(p.responsibilities[0], { Role: 'lead' });
      addFields(p.signature, { signerTitel: 'PHÓ CHỦ TỊCH' });
      p.stages[0].phases.splice(1, 0, {
        key: 'trien-khai',
        kind: 'implementation',
        name: 'Triển khai',
        opensAt: { kind: 'date', date: '2026-04-01' },
        dueByLevel: { default: { kind: 'date', date: '2026-05-29' } },
        progressEvery: { month: 1 } as never,
      });
      addFields(p, { calendarOverrides: { 2026: { daysOff: [{ date: '2026-01-02', nameEN: 'New year' }] } } });
      addFields(p, {
        initiativeAppraisal: { council: 'Hội đồng', criteria: [{ kind: 'qualitative', key: 'moi', text: 'Tính mới', applies: 'x' }] },
      });
    });
    expect(errors.map((e) => e.path)).toEqual([
      'calendarOverrides.2026.daysOff[0].nameEN',
      'legalBases[0].sumary',
      'participantGroups[1].match.level',
      'stages[0].note',
      'stages[0].phases[1].progressEvery.month',
      'responsibilities[0].Role',
      'signature.signerTitel',
      'initiativeAppraisal.criteria[0].applies',
    ]);
    expect(errors).toContainEqual(misspelt('stages[0].phases[1].progressEvery.month', 'months'));
    expect(errors).toContainEqual(misspelt('participantGroups[1].match.level', 'levels'));
    expect(errors).toContainEqual(misspelt('responsibilities[0].Role', 'role'));
  });

  it('refuses a field with no near match without guessing', () => {
    const errors = errorsAfter((p) => {
      addFields(p, { notes: 'Bản nháp' });
      addFields(p.awardForms[0], { priority: 1 });
    });
    expect(errors).toEqual([
      { path: 'notes', message: 'Trường "notes" không có trong kế hoạch. Bỏ trường này hoặc sửa lại cho đúng tên.' },
      { path: 'awardForms[0].priority', message: 'Trường "priority" không có trong kế hoạch. Bỏ trường này hoặc sửa lại cho đúng tên.' },
    ]);
  });

  it('refuses a field that belongs to another kind of criterion or due date', () => {
    const errors = errorsAfter((p) => {
      addFields(p.participantGroups[1].criteria[0], { target: 80 });
      addFields(p.stages[0].phases[0].dueByLevel.default, { days: 3 });
    });
    // The refused due date leaves the milestone it produces unknown too, so the next phase's opening is also reported.
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['participantGroups[1].criteria[0].target', 'stages[0].phases[0].dueByLevel.default.days']),
    );
  });
});

describe('due dates announced later, and fixed dates kept on a day off', () => {
  const read = (value: unknown) => {
    const issues = new PlanIssues();
    return { spec: readDueDateSpec(value, 'due', issues), issues: issues.list };
  };

  it('reads "announced later" as nothing but its kind', () => {
    expect(read({ kind: 'announcedLater' })).toEqual({ spec: { kind: 'announcedLater' }, issues: [] });
    expect(read({ kind: 'announcedLater', date: '2026-06-01' }).issues).toEqual([
      { path: 'due.date', message: 'Trường "date" không có trong kế hoạch. Bỏ trường này hoặc sửa lại cho đúng tên.' },
    ]);
  });

  it('accepts keepDayOff: true on a fixed date only', () => {
    expect(read({ kind: 'date', date: '2026-05-01', keepDayOff: true })).toEqual({
      spec: { kind: 'date', date: '2026-05-01', keepDayOff: true },
      issues: [],
    });
    expect(read({ kind: 'date', date: '2026-05-01', keepDayOff: false }).issues.map((i) => i.path)).toEqual(['due.keepDayOff']);
    expect(read({ kind: 'workingDaysAfter', anchor: 'issued', days: 3, keepDayOff: true }).issues.map((i) => i.path)).toEqual([
      'due.keepDayOff',
    ]);
  });

  it('explains a time on an instant instead of calling it unknown', () => {
    expect(read({ kind: 'instant', at: '2026-03-20T10:00:00+07:00', time: '17:00' }).issues).toEqual([
      { path: 'due.time', message: 'Thời hạn dạng "instant" đã có giờ trong "at"; bỏ trường "time".' },
    ]);
  });
});

describe('seed plans', () => {
  it.each([
    ['the small test plan', smallPlan(), org],
    ['ubnd-chuyen-doi-so', chuyenDoiSo, org],
    ['mttq-doan-ket-sang-tao', doanKetSangTao, frontTree()],
    ['mttq-doan-ket-sang-tao re-issued', clonePlanForYear(doanKetSangTao as unknown as PlanDefinition, 2021), frontTree()],
  ])('%s has no unknown field and validates with no issue', (_, plan, tree) => {
    const result = validatePlan(plan, tree);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('suggestFieldName', () => {
  const known = ['dueByLevel', 'opensAt', 'key', 'kind', 'name'];

  it('suggests a name that differs only in case, however short', () => {
    expect(suggestFieldName('KEY', known)).toBe('key');
  });

  it('suggests the closest name within two edits, for names of four characters or more', () => {
    expect(suggestFieldName('dueByLevl', known)).toBe('dueByLevel');
    expect(suggestFieldName('opnsAts', known)).toBe('opensAt');
    expect(suggestFieldName('knd', known)).toBeUndefined();
    expect(suggestFieldName('deadline', known)).toBeUndefined();
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('fieldsOf', () => {
  it('holds a field list to its type both ways', () => {
    expect(fieldsOf<{ a: number; b?: string }>()(['a', 'b'])).toEqual(['a', 'b']);
    // @ts-expect-error -- "b" is missing from the list
    fieldsOf<{ a: number; b?: string }>()(['a']);
    // @ts-expect-error -- "c" is not a field of the type
    fieldsOf<{ a: number; b?: string }>()(['a', 'b', 'c']);
  });
});
