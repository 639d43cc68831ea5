import { startOfLocalDay, WorkingDayCalendar, type LocalDate } from '@tdkt/domain';
import { en, formatMessage, vi, type Catalogue, type MessageKey } from '../../i18n/messages';
import { assumedIssue, deadlineText, dueRowKey, explainDeadline, openingKey, previewPlan, yearsOf } from './deadline-preview';
import { demoPlan } from './spec-fixtures';

// The statutory calendar of 2027 (no announcement shipped for it): 1–2 September off, 30 April–1 May off.
const calendar = new WorkingDayCalendar();
const day = (date: string) => startOfLocalDay(date as LocalDate);
const translate = (catalogue: Catalogue) => (key: MessageKey, params?: Record<string, string | number>) =>
  formatMessage(catalogue, key, params);
const names: Record<string, string> = { 'phat-dong': 'Phát động', 'so-ket': 'Sơ kết' };

describe('explaining where a due date lands', () => {
  it('counts working days from the milestone and names the days off it stepped over', () => {
    const preview = explainDeadline(
      { kind: 'workingDaysAfter', anchor: 'phat-dong.opens', days: 15 },
      day('2027-09-06'),
      { 'phat-dong.opens': day('2027-08-12') },
      calendar,
    );
    expect(preview).toEqual({
      kind: 'date',
      date: '2027-09-06',
      weekday: 1,
      basis: {
        kind: 'workingDays',
        days: 15,
        anchor: 'phat-dong.opens',
        anchorDate: '2027-08-12',
        skipped: [expect.objectContaining({ date: '2027-09-01' }), expect.objectContaining({ date: '2027-09-02' })],
      },
    });
  });

  it('says why a fixed date moved: a holiday by its name, a weekend as such', () => {
    const holiday = explainDeadline({ kind: 'date', date: '2027-04-30' }, day('2027-05-03'), {}, calendar);
    expect(holiday).toMatchObject({
      date: '2027-05-03',
      basis: { kind: 'fixed', movedFrom: '2027-04-30', reason: { name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' } },
    });
    const weekend = explainDeadline({ kind: 'date', date: '2027-10-30' }, day('2027-11-01'), {}, calendar);
    expect(weekend).toMatchObject({ date: '2027-11-01', weekday: 1, basis: { kind: 'fixed', movedFrom: '2027-10-30', reason: 'weekend' } });
    expect(explainDeadline({ kind: 'date', date: '2027-11-10' }, day('2027-11-10'), {}, calendar)).toMatchObject({
      basis: { kind: 'fixed' },
    });
  });
});

describe('previewing a whole plan as its units would get it', () => {
  const previews = previewPlan(demoPlan(), ['tinh', 'huyen', 'xa'], calendar, day('2027-08-12'));

  it('computes each row of due dates, milestones from other phases included', () => {
    expect(previews.get(dueRowKey('phat-dong', 'default'))).toMatchObject({ date: '2027-09-06' });
    // Sơ kết opens one working day after the launch is due (Monday 6 → Tuesday 7 September).
    expect(previews.get(openingKey('so-ket'))).toMatchObject({ date: '2027-09-07', basis: { kind: 'workingDays', days: 1 } });
    expect(previews.get(dueRowKey('so-ket', 'huyen'))).toMatchObject({ date: '2027-11-17', weekday: 3 });
    expect(previews.get(dueRowKey('trien-khai', 'default'))).toMatchObject({ date: '2027-11-01', basis: { movedFrom: '2027-10-30' } });
  });

  it('says a due date announced later is so, and one that cannot be computed is not guessed', () => {
    expect(previews.get(dueRowKey('so-ket', 'tinh'))).toEqual({ kind: 'later' });
    const plan = demoPlan();
    plan.stages[0].phases[0].dueByLevel.default = { kind: 'workingDaysAfter', anchor: 'khong-co.opens', days: 3 };
    expect(previewPlan(plan, ['tinh'], calendar, day('2027-08-12')).get(dueRowKey('phat-dong', 'default'))).toEqual({ kind: 'unknown' });
  });
});

describe('the preview in words', () => {
  const preview = explainDeadline(
    { kind: 'workingDaysAfter', anchor: 'phat-dong.opens', days: 15 },
    day('2027-09-06'),
    { 'phat-dong.opens': day('2027-08-12') },
    calendar,
  );

  it('reads as an official would write it, in Vietnamese', () => {
    expect(deadlineText(preview, translate(vi), 'vi', (key) => names[key])).toBe(
      '06/09/2027 (thứ Hai) — 15 ngày làm việc sau khi bắt đầu “Phát động” (12/08/2027), bỏ qua ngày nghỉ 01/09 (Quốc khánh (ngày liền kề)), 02/09 (Quốc khánh)',
    );
    const moved = explainDeadline({ kind: 'date', date: '2027-04-30' }, day('2027-05-03'), {}, calendar);
    expect(deadlineText(moved, translate(vi), 'vi', () => undefined)).toBe(
      '03/05/2027 (thứ Hai) — 30/04/2027 là ngày nghỉ (Ngày Giải phóng miền Nam, thống nhất đất nước), lùi sang ngày làm việc kế tiếp',
    );
  });

  it('and in English, with the holidays’ English names', () => {
    expect(deadlineText(preview, translate(en), 'en', (key) => names[key])).toBe(
      '06/09/2027 (Monday) — 15 working days after the opening of “Phát động” (12/08/2027), skipping days off 01/09 (National Day (adjacent day)), 02/09 (National Day)',
    );
  });

  it('counts backwards in words too, and shortens a long phase name', () => {
    const before = explainDeadline(
      { kind: 'workingDaysAfter', anchor: 'so-ket.due', days: -2 },
      day('2027-11-15'),
      { 'so-ket.due': day('2027-11-17') },
      calendar,
    );
    expect(deadlineText(before, translate(vi), 'vi', () => 'x'.repeat(80))).toBe(
      `15/11/2027 (thứ Hai) — 2 ngày làm việc trước hạn “${'x'.repeat(59)}…” (17/11/2027)`,
    );
    expect(deadlineText({ kind: 'later' }, translate(vi), 'vi', () => undefined)).toBe('sẽ thông báo sau');
  });
});

describe('the issue date the preview counts from', () => {
  it('is the plan’s paper date, else its earliest fixed opening, else today', () => {
    const today = new Date('2026-11-29T10:00:00Z');
    const plan = demoPlan();
    expect(assumedIssue(plan, today)).toEqual(day('2027-08-12'));
    expect(assumedIssue({ ...plan, issuedOn: '2027-07-01' }, today)).toEqual(day('2027-07-01'));
    expect(assumedIssue({ stages: [] }, today)).toBe(today);
  });
});

describe('the years whose calendars a plan needs', () => {
  it('runs from its first date’s year to the year after its last', () => {
    expect(yearsOf(demoPlan())).toEqual([2027, 2028]);
    const plan = demoPlan();
    plan.stages[0].phases[1].dueByLevel.default = { kind: 'date', date: '2030-10-31' };
    expect(yearsOf(plan)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(yearsOf(undefined)).toEqual([]);
  });

  it('asks for no more than fifteen when a year is mistyped', () => {
    const plan = demoPlan();
    plan.stages[0].phases[1].dueByLevel.default = { kind: 'date', date: '2099-10-31' };
    expect(yearsOf(plan)).toHaveLength(15);
  });
});
