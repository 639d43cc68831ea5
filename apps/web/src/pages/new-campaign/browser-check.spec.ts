import { NATIONAL_CALENDAR } from '@tdkt/domain';
import { checkInBrowser } from './browser-check';
import { orgContextOf } from './org-snapshot';
import { demoPlan, readDemoProvince } from './spec-fixtures';

const org = orgContextOf(readDemoProvince(), 'TQ');

describe('checking the plan in the browser with the domain’s validator', () => {
  it('passes a plan that runs', () => expect(checkInBrowser(demoPlan(), org, NATIONAL_CALENDAR)).toEqual([]));

  it('names an empty title and a deadline before its opening, at their paths', () => {
    const plan = demoPlan();
    plan.title = ' ';
    plan.stages[0].phases[0].dueByLevel.default = { kind: 'workingDaysAfter', anchor: 'phat-dong.opens', days: -3 };
    const issues = checkInBrowser(plan, org, NATIONAL_CALENDAR);
    expect(issues[0]).toEqual({ path: 'title', message: expect.stringContaining('Chưa nhập') });
    // Once per level the default row stands for.
    expect(issues.slice(1)).toEqual(
      ['tinh', 'huyen', 'xa'].map((level) => ({
        path: 'stages[0].phases[0].dueByLevel.default',
        message: expect.stringMatching(new RegExp(`^Thời hạn của cấp "${level}" .* sớm hơn thời điểm bắt đầu`)),
      })),
    );
  });

  it('leaves to the API what depends on units it has not read', () => {
    const plan = demoPlan();
    plan.participants = { ...plan.participants, unitCodes: ['TQ-KHAC'] };
    plan.approvalChain[0].unitCode = 'TQ-KHAC';
    plan.stages[0].phases[2].dueByLevel.thon = { kind: 'date', date: '2027-11-03' };
    expect(checkInBrowser(plan, org, NATIONAL_CALENDAR)).toEqual([]);
  });

  it('leaves an award form’s catalogue entry to the API, which reads the province’s own catalogue', () => {
    const plan = demoPlan();
    plan.awardForms[0].catalogueKey = 'bang-khen-cua-tinh-nay';
    expect(checkInBrowser(plan, org, NATIONAL_CALENDAR)).toEqual([]);
  });
});
