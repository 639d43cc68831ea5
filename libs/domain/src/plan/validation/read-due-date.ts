/** Reading one DueDateSpec from plan JSON; milestones are checked later, against the whole timeline. */
import { parseInstant, type DueDateSpec } from '../../calendar/due-date';
import { isLocalDate, isLocalTime } from '../../calendar/local-date';
import { isDuration } from '../duration';
import { checkKnownFields, fieldsOf } from './check-known-fields';
import { PlanIssues, describeValue, field, isRecord } from './plan-issues';

const KINDS_HINT =
  '"date" (ngày cố định), "workingDaysAfter" (số ngày làm việc sau một mốc), "instant" (thời điểm chính xác), "durationAfter" (khoảng thời gian sau một mốc), "announcedLater" (thời hạn sẽ thông báo sau)';

type DueDateKind = DueDateSpec['kind'];
type SpecOfKind<K extends DueDateKind> = Extract<DueDateSpec, { kind: K }>;

/** Each kind has its own fields: "days" belongs to workingDaysAfter, not to a fixed date. */
const FIELDS_BY_KIND: Record<DueDateKind, readonly string[]> = {
  date: fieldsOf<SpecOfKind<'date'>>()(['kind', 'date', 'time', 'keepDayOff']),
  workingDaysAfter: fieldsOf<SpecOfKind<'workingDaysAfter'>>()(['kind', 'anchor', 'days', 'time']),
  instant: fieldsOf<SpecOfKind<'instant'>>()(['kind', 'at']),
  durationAfter: fieldsOf<SpecOfKind<'durationAfter'>>()(['kind', 'anchor', 'duration']),
  announcedLater: fieldsOf<SpecOfKind<'announcedLater'>>()(['kind']),
};
/** While the kind is unknown (and reported), a field of any kind may be meant: only a field no kind has is refused. */
const ANY_KIND_FIELDS = [...new Set(Object.values(FIELDS_BY_KIND).flat())];

export function readDueDateSpec(value: unknown, path: string, issues: PlanIssues): DueDateSpec | undefined {
  if (!isRecord(value)) {
    issues.add(path, `Thời hạn phải là một đối tượng dạng {"kind": "date", "date": "YYYY-MM-DD"}, không phải ${describeValue(value)}.`);
    return undefined;
  }
  const before = issues.list.length;
  const kind = isDueDateKind(value.kind) ? value.kind : undefined;
  const known = kind === undefined ? ANY_KIND_FIELDS : FIELDS_BY_KIND[kind];
  // "time" on a spec that carries its own clock is refused below with the reason, not as a bare unknown field.
  checkKnownFields(value, kind === 'instant' || kind === 'durationAfter' ? [...known, 'time'] : known, path, issues);
  const time = value.time;
  if (time !== undefined && known.includes('time') && (typeof time !== 'string' || !isLocalTime(time))) {
    issues.add(field(path, 'time'), `Giờ "${String(time)}" không hợp lệ: ghi theo dạng HH:mm, ví dụ "17:00".`);
  }
  const anchor = () => {
    if (typeof value.anchor !== 'string' || value.anchor.trim() === '') {
      issues.add(field(path, 'anchor'), 'Chưa nhập mốc tính thời hạn (anchor), ví dụ "issued" hoặc "<mã giai đoạn>.due".');
    }
  };

  switch (value.kind) {
    case 'date':
      if (typeof value.date !== 'string' || !isLocalDate(value.date)) {
        issues.add(field(path, 'date'), `Ngày ${describeValue(value.date)} không hợp lệ: ghi theo dạng YYYY-MM-DD, ví dụ "2023-11-15".`);
      }
      if (value.keepDayOff !== undefined && value.keepDayOff !== true) {
        issues.add(
          field(path, 'keepDayOff'),
          `Trường "keepDayOff" chỉ nhận giá trị true (giữ đúng ngày đã ghi dù là ngày nghỉ), không phải ${describeValue(value.keepDayOff)}; bỏ trường này để thời hạn rơi vào ngày nghỉ được lùi sang ngày làm việc kế tiếp.`,
        );
      }
      break;
    case 'workingDaysAfter':
      anchor();
      if (typeof value.days !== 'number' || !Number.isInteger(value.days)) {
        issues.add(field(path, 'days'), `Số ngày làm việc phải là số nguyên, không phải ${describeValue(value.days)}.`);
      }
      break;
    case 'instant':
      try {
        parseInstant(value.at as string);
      } catch {
        issues.add(
          field(path, 'at'),
          `Thời điểm ${describeValue(value.at)} không hợp lệ: ghi theo ISO-8601 kèm múi giờ, ví dụ "2026-03-20T10:00:00+07:00".`,
        );
      }
      if (time !== undefined) issues.add(field(path, 'time'), 'Thời hạn dạng "instant" đã có giờ trong "at"; bỏ trường "time".');
      break;
    case 'durationAfter':
      anchor();
      if (!isDuration(value.duration)) {
        issues.add(field(path, 'duration'), durationMessage(value.duration));
      }
      if (time !== undefined) issues.add(field(path, 'time'), 'Thời hạn dạng "durationAfter" tính theo thời gian thực; bỏ trường "time".');
      break;
    case 'announcedLater':
      // Nothing to read: the date comes with the amendment that announces it.
      break;
    default:
      issues.add(field(path, 'kind'), `Loại thời hạn ${describeValue(value.kind)} không hợp lệ; dùng một trong: ${KINDS_HINT}.`);
  }
  if (issues.list.length !== before) return undefined;
  return kind === 'announcedLater' ? { kind } : (value as unknown as DueDateSpec);
}

function isDueDateKind(kind: unknown): kind is DueDateKind {
  return typeof kind === 'string' && Object.hasOwn(FIELDS_BY_KIND, kind);
}

export function durationMessage(value: unknown): string {
  return `Khoảng thời gian ${describeValue(value)} không hợp lệ: ghi một số nguyên kèm đơn vị s (giây), m (phút), h (giờ) hoặc d (ngày), ví dụ "30s", "5m", "2h", "3d".`;
}
