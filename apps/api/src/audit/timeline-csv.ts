import { actionLabelOf, roleLabelOf, TimelineItemView } from './timeline-item.view';

/** Excel and LibreOffice read UTF-8 (Vietnamese diacritics) only when the file starts with a byte order mark. */
const BOM = '\uFEFF';

const COLUMNS: [header: string, value: (item: TimelineItemView) => string | number | null][] = [
  ['STT', (i) => i.seq],
  ['Thời điểm (giờ Việt Nam)', (i) => i.atLocal],
  ['Thời điểm (UTC)', (i) => i.at],
  ['Hành động', (i) => actionLabelOf(i.action)],
  ['Mã hành động', (i) => i.action],
  ['Người thực hiện', (i) => i.actor?.fullName ?? (i.actor ? null : 'Hệ thống')],
  ['Tài khoản', (i) => i.actor?.username ?? null],
  ['Đơn vị người thực hiện', (i) => i.actor?.unitCode ?? null],
  ['Vai trò', (i) => roleLabelOf(i.actor?.role ?? null)],
  ['Thẩm quyền ký', (i) => i.capacity],
  ['Đơn vị', (i) => i.unitCode],
  ['Nhiệm vụ', (i) => i.obligationKey],
  ['Ý kiến', (i) => i.comment],
  ['Nội dung', (i) => (i.values === null ? null : typeof i.values === 'string' ? i.values : JSON.stringify(i.values))],
  ['Hạn (giờ Việt Nam)', (i) => i.dueAtLocal],
  ['Quy trình', (i) => i.workflowId],
  ['Sự kiện', (i) => i.eventId],
];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; records end with CRLF. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The timeline as a spreadsheet file: the recorded text unchanged, headers in Vietnamese. */
export function renderTimelineCsv(items: readonly TimelineItemView[]): string {
  const lines = [COLUMNS.map(([header]) => field(header)), ...items.map((item) => COLUMNS.map(([, value]) => field(value(item))))];
  return BOM + lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
