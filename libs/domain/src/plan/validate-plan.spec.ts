import { demoProvince } from './__fixtures__/org-fixtures';
import { smallPlan } from './__fixtures__/plan-fixtures';
import type { PlanDefinition } from './plan.types';
import { validatePlan } from './validate-plan';
import { phasesOpeningBefore } from './past-openings';
import type { LocalDate } from '../calendar/local-date';

const org = demoProvince();

/** Errors of the small valid plan after `mutate`, as [path, message] pairs. */
function errorsAfter(mutate: (plan: PlanDefinition & Record<string, unknown>) => void): [string, string][] {
  const plan = smallPlan() as PlanDefinition & Record<string, unknown>;
  mutate(plan);
  const result = validatePlan(JSON.parse(JSON.stringify(plan)), org);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message]);
}

const paths = (errors: [string, string][]) => errors.map(([path]) => path);

describe('validatePlan', () => {
  it('accepts a plan that can run, and hands back its normalised definition', () => {
    const plan = smallPlan();
    plan.title = '  Kế hoạch   thử\u00a0nghiệm '.normalize('NFD');
    const result = validatePlan(plan, org);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.value.title).toBe('Kế hoạch thử nghiệm');
    expect(result.value.stages[0].phases[1].dueByLevel.huyen).toEqual({
      kind: 'workingDaysAfter',
      anchor: 'issued',
      days: 70,
    });
  });

  it('refuses a phase key holding the characters that join it to a period number', () => {
    const errors = errorsAfter((plan) => {
      plan.stages[0].phases[0].key = 'bao-cao~1';
    });
    expect(errors).toContainEqual(['stages[0].phases[0].key', expect.stringContaining('không được chứa "~" hay "#"')]);
  });

  it('refuses something that is not a plan at all', () => {
    expect(validatePlan([], org)).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('đối tượng JSON') }],
    });
  });

  it('requires title, issuer and place, and collects all three', () => {
    const errors = errorsAfter((p) => {
      p.title = ' ';
      delete (p as Partial<PlanDefinition>).place;
      delete (p as Partial<PlanDefinition>).issuer;
    });
    expect(errors).toEqual([
      ['issuer', 'Chưa nhập cơ quan ban hành (issuer).'],
      ['place', 'Chưa nhập địa danh ban hành (place), ví dụ "Tuyên Quang".'],
      ['title', 'Chưa nhập tiêu đề kế hoạch (title).'],
    ]);
  });

  it('names every unknown unit code where it occurs', () => {
    const errors = errorsAfter((p) => {
      p.issuer.unitCode = 'QT';
      p.participants.unitCodes = ['TQ-SNV', 'TQ-XX'];
      p.participantGroups[0].match.unitCodes = ['TQ-YY'];
      p.responsibilities[0].unitCode = 'SNV';
      p.approvalChain[0].unitCode = 'TQ-SNV2';
    });
    expect(paths(errors)).toEqual([
      'issuer.unitCode',
      'participants.unitCodes[1]',
      'participantGroups[0].match.unitCodes[0]',
      'responsibilities[0].unitCode',
      'approvalChain[0].unitCode',
    ]);
    expect(errors[0][1]).toBe('Không tìm thấy đơn vị ban hành có mã "QT" trong cơ cấu tổ chức; kiểm tra lại mã đơn vị.');
  });

  it('names unknown level codes in the selector, groups and due dates, but accepts "default"', () => {
    const errors = errorsAfter((p) => {
      p.participants.levels = ['tinh', 'thon'];
      p.participantGroups[0].match.levels = ['cap-tinh'];
      p.stages[0].phases[1].dueByLevel.phuong = { kind: 'date', date: '2026-06-01' };
    });
    expect(paths(errors)).toEqual([
      'participants.levels[1]',
      'participantGroups[0].match.levels[0]',
      'stages[0].phases[1].dueByLevel.phuong',
    ]);
  });

  it('refuses a selector that selects nobody but the issuer', () => {
    const errors = errorsAfter((p) => {
      p.participants = { levels: ['tinh'], kinds: ['ubnd'] };
    });
    expect(errors).toEqual([['participants', expect.stringContaining('không chọn được đơn vị nào')]]);
  });

  it('requires a KPI to have a finite numeric target and a unit', () => {
    const errors = errorsAfter((p) => {
      Object.assign(p.participantGroups[0].criteria[0], { target: '80%', unit: '' });
    });
    expect(paths(errors)).toEqual(['participantGroups[0].criteria[0].target', 'participantGroups[0].criteria[0].unit']);
    expect(errors[0][1]).toContain('cần chỉ tiêu là một số');
  });

  it('refuses duplicate keys, phases across the whole plan included', () => {
    const errors = errorsAfter((p) => {
      p.participantGroups[1].key = 'cap-tinh';
      p.participantGroups[0].criteria.push({ kind: 'qualitative', key: 'tthc', text: 'Trùng' });
      p.awardForms.push({ ...p.awardForms[0] });
      p.stages.push({ key: 'gd1', name: 'Năm sau', phases: [{ ...p.stages[0].phases[0] }] });
    });
    expect(paths(errors)).toEqual([
      'participantGroups[1].key',
      'participantGroups[0].criteria[1].key',
      'awardForms[1].key',
      'stages[1].key',
      'stages[1].phases[0].key',
    ]);
    expect(errors[0][1]).toBe('Mã nhóm đối tượng "cap-tinh" bị trùng với participantGroups[0]; mỗi mã chỉ được dùng một lần.');
  });

  it('keeps paths right when an earlier entry could not be read', () => {
    const errors = errorsAfter((p) => {
      (p.stages as unknown[]).unshift('not a stage');
      p.stages[1].phases[1].dueByLevel = { tinh: { kind: 'date', date: '2026-06-19' } };
    });
    expect(paths(errors)).toEqual(['stages[0]', 'stages[1].phases[1].dueByLevel']);
    expect(errors[1][1]).toBe('Bước "Sơ kết" chưa có thời hạn cho cấp "huyen", "xa": ghi thời hạn riêng cho từng cấp hoặc thêm "default".');
  });

  it('requires phases in lifecycle order', () => {
    const errors = errorsAfter((p) => p.stages[0].phases.reverse());
    expect(errors).toContainEqual(['stages[0].phases[1].kind', expect.stringContaining('sắp xếp các bước theo thứ tự')]);
  });

  it('refuses a due date before the phase opens, or before the previous phase is due', () => {
    const errors = errorsAfter((p) => {
      p.stages[0].phases[1].dueByLevel.tinh = { kind: 'date', date: '2026-03-20' };
      p.stages[0].phases[1].dueByLevel.xa = { kind: 'date', date: '2026-03-19' };
      p.stages[0].phases[1].dueByLevel.huyen = { kind: 'date', date: '2026-03-19' };
    });
    expect(errors).toContainEqual([
      'stages[0].phases[1].dueByLevel.tinh',
      'Thời hạn của cấp "tinh" ở bước "Sơ kết" (20/03/2026 17:00) sớm hơn thời điểm bắt đầu bước (01/04/2026 00:00).',
    ]);
    expect(errors).toContainEqual([
      'stages[0].phases[1].dueByLevel.tinh',
      'Thời hạn của cấp "tinh" ở bước "Sơ kết" (20/03/2026 17:00) sớm hơn thời hạn của bước trước đó "Phát động" (31/03/2026 17:00).',
    ]);
  });

  it('lets an interim review fall due while implementation is still running', () => {
    const errors = errorsAfter((p) => {
      p.stages[0].phases.splice(1, 0, {
        key: 'trien-khai',
        kind: 'implementation',
        name: 'Triển khai',
        opensAt: { kind: 'date', date: '2026-04-01' },
        dueByLevel: { default: { kind: 'date', date: '2026-12-31' } },
        progressEvery: { months: 3 },
      });
      p.stages[0].phases.push({
        key: 'tong-ket',
        kind: 'final_review',
        name: 'Tổng kết',
        opensAt: { kind: 'date', date: '2026-11-02' },
        dueByLevel: { default: { kind: 'date', date: '2026-12-15' } },
      });
    });
    // Only the final review is refused, once per level it applies to; the interim review inside the period is fine.
    expect(errors).toEqual(
      ['tinh', 'huyen', 'xa'].map((level) => [
        'stages[0].phases[3].dueByLevel.default',
        `Thời hạn của cấp "${level}" ở bước "Tổng kết" (15/12/2026 17:00) sớm hơn thời hạn của bước trước đó "Triển khai" (31/12/2026 17:00).`,
      ]),
    );
  });

  it('requires lower levels to be due no later than the levels above them', () => {
    const errors = errorsAfter((p) => {
      p.stages[0].phases[1].dueByLevel.xa = { kind: 'date', date: '2026-06-30' };
    });
    expect(paths(errors)).toEqual(['stages[0].phases[1].dueByLevel.xa', 'stages[0].phases[1].dueByLevel.xa']);
    expect(errors[0][1]).toBe(
      'Ở bước "Sơ kết", cấp "xa" có hạn 30/06/2026 17:00, muộn hơn cấp trên "tinh" (19/06/2026 17:00); cấp dưới phải nộp trước để cấp trên kịp tổng hợp.',
    );
  });

  it('counts from the issue date it is given', () => {
    const plan = smallPlan();
    // 70 working days after 2 June is in September, after the province's 19 June.
    const result = validatePlan(plan, org, { issuedAt: new Date('2026-06-02T03:00:00Z') });
    expect(result.ok).toBe(false);
  });

  it('skips checks that need the issue date when no phase opens on a fixed date', () => {
    const errors = errorsAfter((p) => {
      p.stages[0].phases[0].opensAt = { kind: 'workingDaysAfter', anchor: 'issued', days: 0 };
      p.stages[0].phases[0].dueByLevel.default = { kind: 'workingDaysAfter', anchor: 'issued', days: 20 };
    });
    expect(errors).toEqual([]);
  });

  it('reports unknown milestones and cycles once, not per level', () => {
    const errors = errorsAfter((p) => {
      p.stages[0].phases[1].opensAt = { kind: 'workingDaysAfter', anchor: 'phat-dong.end', days: 1 };
      p.stages[0].phases[0].dueByLevel.default = { kind: 'durationAfter', anchor: 'phat-dong.due', duration: '1d' };
    });
    expect(errors).toEqual([
      ['stages[0].phases[1].opensAt', expect.stringContaining('Mốc "phat-dong.end" không tồn tại')],
      ['stages[0].phases[0].dueByLevel.default', expect.stringContaining('vòng lặp')],
    ]);
  });

  it('requires a non-empty approval chain whose last step, and only that one, signs', () => {
    expect(errorsAfter((p) => (p.approvalChain = []))).toEqual([['approvalChain', expect.stringContaining('ít nhất một bước')]]);
    const errors = errorsAfter((p) => {
      p.approvalChain[0].signs = true;
      delete p.approvalChain[1].signs;
      p.approvalChain[1].roles = ['chu_tich' as never];
    });
    expect(paths(errors)).toEqual(['approvalChain[1].roles[0]', 'approvalChain[0].signs', 'approvalChain[1].signs']);
  });

  it('requires reminder durations it can parse', () => {
    const errors = errorsAfter((p) => {
      p.reminders = { before: ['7d', '1 ngày'], overdueEvery: '1d', escalateAfter: '3 days' };
    });
    expect(paths(errors)).toEqual(['reminders.before[1]', 'reminders.escalateAfter']);
    expect(errors[0][1]).toContain('s (giây), m (phút), h (giờ) hoặc d (ngày)');
  });

  it('requires an award form to be for collectives, individuals or both', () => {
    const errors = errorsAfter((p) => Object.assign(p.awardForms[0], { forCollective: false, forIndividual: false }));
    expect(errors).toEqual([['awardForms[0]', expect.stringContaining('tập thể (forCollective), cá nhân (forIndividual)')]]);
  });

  it('checks due date specs field by field', () => {
    const errors = errorsAfter((p) => {
      p.stages[0].phases[1].dueByLevel.xa = { kind: 'instant', at: '2026-06-10 17:00' };
      p.stages[0].phases[1].dueByLevel.huyen = { kind: 'durationAfter', anchor: '', duration: '2w' };
      p.stages[0].phases[1].dueByLevel.tinh = { kind: 'ngay' } as never;
    });
    expect(paths(errors)).toEqual([
      'stages[0].phases[1].dueByLevel.xa.at',
      'stages[0].phases[1].dueByLevel.huyen.anchor',
      'stages[0].phases[1].dueByLevel.huyen.duration',
      'stages[0].phases[1].dueByLevel.tinh.kind',
    ]);
  });

  it('refuses broken calendar overrides', () => {
    const errors = errorsAfter((p) => (p.calendarOverrides = { 2026: { daysOff: ['2025-12-31'] } }));
    expect(errors).toEqual([['calendarOverrides', expect.stringContaining('own year')]]);
  });
});

describe('plan validation: time limits, lapse and paper issue date', () => {
  it('reads task limits counted from the opening, a lapse duration and the paper issue date', () => {
    const plan = {
      ...smallPlan(),
      taskLimits: { plan_approval: { kind: 'workingDaysAfter', anchor: 'opened', days: 3 } },
      approvalLapse: '30d',
      issuedOn: '2026-01-15',
    };
    const result = validatePlan(plan, org);
    expect(result.ok && result.value).toMatchObject({ taskLimits: plan.taskLimits, approvalLapse: '30d', issuedOn: '2026-01-15' });
  });

  it('names a limit of an unknown kind, one not counted from the opening, a bad lapse and a bad date', () => {
    const plan = {
      ...smallPlan(),
      taskLimits: {
        signature: { kind: 'durationAfter', anchor: 'opened', duration: '1d' },
        report_approval: { kind: 'date', date: '2026-01-01' },
      },
      approvalLapse: 'soon',
      issuedOn: '15/01/2026',
    };
    const result = validatePlan(plan, org);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['taskLimits.signature', 'taskLimits.report_approval', 'approvalLapse', 'issuedOn']),
    );
  });

  it('finds phases whose fixed opening is already behind today', () => {
    const plan = smallPlan();
    const opening = plan.stages[0].phases[0].opensAt;
    const past = phasesOpeningBefore(plan, '2099-01-01' as LocalDate);
    expect(opening.kind === 'date' || opening.kind === 'instant' ? past.length : 0).toBeGreaterThan(0);
    expect(phasesOpeningBefore(plan, '1990-01-01' as LocalDate)).toEqual([]);
  });

  it('accepts a deadline to be announced, except where the phase cuts its reporting periods by it', () => {
    expect(errorsAfter((plan) => void (plan.stages[0].phases[1].dueByLevel = { default: { kind: 'announcedLater' } }))).toEqual([]);
    const periods = errorsAfter((plan) => {
      const launch = plan.stages[0].phases[0];
      launch.kind = 'implementation';
      launch.progressEvery = { months: 1 };
      launch.dueByLevel = { default: { kind: 'announcedLater' } };
    });
    expect(paths(periods)).toContain('stages[0].phases[0].dueByLevel.default');
    expect(periods.find(([path]) => path === 'stages[0].phases[0].dueByLevel.default')![1]).toContain('sẽ thông báo sau');
  });

  it('reads who owes a phase, refusing a group, level or unit the plan or the tree does not have', () => {
    expect(errorsAfter((plan) => void (plan.stages[0].phases[1].appliesTo = { groups: ['dia-phuong'] }))).toEqual([]);
    const errors = errorsAfter(
      (plan) => void (plan.stages[0].phases[1].appliesTo = { groups: ['khong-co'], levels: ['thon'], unitCodes: ['XX'] }),
    );
    expect(paths(errors)).toEqual(
      expect.arrayContaining([
        'stages[0].phases[1].appliesTo.groups[0]',
        'stages[0].phases[1].appliesTo.levels[0]',
        'stages[0].phases[1].appliesTo.unitCodes[0]',
      ]),
    );
    expect(paths(errorsAfter((plan) => void (plan.stages[0].phases[1].appliesTo = {})))).toEqual(['stages[0].phases[1].appliesTo']);
  });

  it('needs no due date for a level a phase’s scope leaves out', () => {
    const errors = errorsAfter((plan) => {
      const review = plan.stages[0].phases[1];
      review.appliesTo = { levels: ['xa'] };
      review.dueByLevel = { xa: review.dueByLevel.xa };
    });
    expect(errors).toEqual([]);
  });

  it('reads what a named body compiles, refusing one without a unit, an unknown phase or a missing deadline', () => {
    const compiles =
      (compilation: object, unitCode: string | null = 'TQ-SNV') =>
      (plan: PlanDefinition & Record<string, unknown>) =>
        void (plan.responsibilities = [
          { party: 'Sở Nội vụ', ...(unitCode ? { unitCode } : {}), role: 'lead', tasks: ['Tổng hợp'], compiles: [compilation] } as never,
        ]);
    const due = { kind: 'date', date: '2026-06-30' };
    expect(errorsAfter(compiles({ phaseKey: 'so-ket', follows: { levels: ['xa'] }, due }))).toEqual([]);
    expect(paths(errorsAfter(compiles({ phaseKey: 'so-ket', due }, null)))).toEqual(['responsibilities[0].unitCode']);
    expect(paths(errorsAfter(compiles({ phaseKey: 'tong-ket', due })))).toEqual(['responsibilities[0].compiles[0].phaseKey']);
    expect(paths(errorsAfter(compiles({ phaseKey: 'so-ket' })))).toEqual(['responsibilities[0].compiles[0].due']);
    expect(paths(errorsAfter(compiles({ phaseKey: 'so-ket', follows: { groups: ['x'] }, due })))).toEqual([
      'responsibilities[0].compiles[0].follows.groups[0]',
    ]);
  });

  it('asks for the issuer’s own due date of a review it owes, even when no participant is at its level', () => {
    const errors = errorsAfter((plan) => {
      plan.participants = { levels: ['xa'] };
      plan.participantGroups = [];
      const review = plan.stages[0].phases[1];
      review.dueByLevel = { xa: review.dueByLevel.xa };
    });
    expect(errors).toEqual([['stages[0].phases[1].dueByLevel', expect.stringContaining('"tinh"')]]);
  });
});
