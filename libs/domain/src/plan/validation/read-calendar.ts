/** Reading the plan's own calendar: the government's yearly schedule of days off and make-up working days. */
import { WorkingDayCalendar, type AnnouncedDayOff, type YearOverride, type YearOverrides } from '../../calendar/working-day-calendar';
import { checkKnownFields, fieldsOf } from './check-known-fields';
import { PlanIssues, describeValue, field, isRecord } from './plan-issues';

const YEAR_OVERRIDE_FIELDS = fieldsOf<YearOverride>()(['daysOff', 'workingDays', 'nationalDayCompanion']);
const DAY_OFF_FIELDS = fieldsOf<AnnouncedDayOff>()(['date', 'name', 'nameEn']);

/** `national`: the national calendar in force (shipped years and those an administrator entered). */
export function readCalendar(
  value: unknown,
  issues: PlanIssues,
  national?: YearOverrides,
): { calendar: WorkingDayCalendar; overrides?: YearOverrides } {
  if (value === undefined) return { calendar: new WorkingDayCalendar({ national }) };
  if (!isRecord(value)) {
    issues.add('calendarOverrides', `Lịch nghỉ bổ sung phải là một đối tượng theo năm, không phải ${describeValue(value)}.`);
    return { calendar: new WorkingDayCalendar({ national }) };
  }
  checkOverrideFields(value, issues);
  try {
    const overrides = value as YearOverrides;
    return { calendar: new WorkingDayCalendar({ overrides, national }), overrides };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    issues.add(
      'calendarOverrides',
      `Lịch nghỉ bổ sung không hợp lệ (${detail}); kiểm tra lại các ngày nghỉ, ngày làm bù theo thông báo của Chính phủ.`,
    );
    return { calendar: new WorkingDayCalendar({ national }) };
  }
}

/**
 * One year of the government's announcements as an administrator enters it: its days off (Tết, nghỉ
 * bù) and make-up working days, checked as the calendar would use them. The issues name `path`.
 */
export function readYearAnnouncement(year: number, value: unknown, issues: PlanIssues, path = ''): YearOverride | undefined {
  if (!isRecord(value)) {
    issues.add(path, `Lịch năm ${year} phải là một đối tượng {"daysOff": […], "workingDays": […]}, không phải ${describeValue(value)}.`);
    return undefined;
  }
  const before = issues.list.length;
  checkKnownFields(value, YEAR_OVERRIDE_FIELDS, path, issues);
  if (Array.isArray(value.daysOff))
    value.daysOff.forEach((dayOff, index) => {
      if (isRecord(dayOff)) checkKnownFields(dayOff, DAY_OFF_FIELDS, field(field(path, 'daysOff'), index), issues);
    });
  if (issues.list.length > before) return undefined;
  try {
    new WorkingDayCalendar({ national: { [year]: value as YearOverride } }).holidaysIn(year);
    return value as YearOverride;
  } catch (error) {
    issues.add(path, `Lịch năm ${year} không hợp lệ: ${error instanceof Error ? error.message : String(error)}.`);
    return undefined;
  }
}

// The calendar checks the dates themselves; only a misspelt field would slip past it, since it reads
// the fields it knows and ignores the rest. Years are keys, not fields: the calendar checks them.
function checkOverrideFields(overrides: Record<string, unknown>, issues: PlanIssues): void {
  for (const [year, override] of Object.entries(overrides)) {
    if (!isRecord(override)) continue;
    const path = field('calendarOverrides', year);
    checkKnownFields(override, YEAR_OVERRIDE_FIELDS, path, issues);
    if (!Array.isArray(override.daysOff)) continue;
    override.daysOff.forEach((dayOff, index) => {
      if (isRecord(dayOff)) checkKnownFields(dayOff, DAY_OFF_FIELDS, field(field(path, 'daysOff'), index), issues);
    });
  }
}
