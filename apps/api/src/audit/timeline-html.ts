import type { CurrentOfficialInfo } from '../auth/current-official';
import { actionLabelOf, roleLabelOf, TimelineItemView } from './timeline-item.view';
import type { TimelineRecord } from './timeline.service';
import { formatVietnamDate, formatVietnamTime, isBareDate, vietnamBound } from './vietnam-time';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every recorded text goes through here: comments and values are whatever officials typed. */
export const escapeHtml = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `
  body { font-family: "Times New Roman", Times, serif; font-size: 13pt; margin: 2em; color: #000; }
  header { text-align: center; margin-bottom: 1.5em; }
  .issuer { font-weight: bold; text-transform: uppercase; margin: 0; }
  h1 { font-size: 15pt; margin: 0.8em 0 0.3em; }
  .meta { margin: 0.2em 0; }
  .verdict { border: 1px solid; padding: 0.6em 0.8em; margin: 1em 0; font-weight: bold; }
  .verdict.ok { border-color: #1b5e20; color: #1b5e20; }
  .verdict.bad { border-color: #b71c1c; color: #b71c1c; }
  table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
  th, td { border: 1px solid #444; padding: 3px 5px; vertical-align: top; text-align: left; }
  th { background: #eee; }
  td.comment { white-space: pre-wrap; }
  td.values { font-family: monospace; font-size: 9pt; white-space: pre-wrap; word-break: break-word; }
  footer { margin-top: 1.5em; font-size: 10pt; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print {
    body { margin: 0; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th { background: none; }
  }
`;

function boundLabel(text: string | undefined, bound: 'from' | 'to'): string | null {
  if (text === undefined) return null;
  return isBareDate(text) ? formatVietnamDate(text) : formatVietnamTime(vietnamBound(text, bound));
}

function period(record: TimelineRecord): string {
  const first = record.items[0]?.atLocal ?? null;
  const last = record.items[record.items.length - 1]?.atLocal ?? null;
  const from = boundLabel(record.filter.from, 'from') ?? first;
  const to = boundLabel(record.filter.to, 'to') ?? last;
  if (!from && !to) return 'chưa có bước nào được ghi';
  return `từ ${from ?? '…'} đến ${to ?? '…'}`;
}

function filters(record: TimelineRecord): string[] {
  const { unitCode, actor, action } = record.filter;
  return [
    unitCode ? `đơn vị ${unitCode} và các đơn vị trực thuộc` : null,
    actor ? `người thực hiện ${actor}` : null,
    action?.length ? `hành động: ${action.map(actionLabelOf).join(', ')}` : null,
  ].filter((f): f is string => f !== null);
}

function verdictBlock({ verdict }: TimelineRecord): string {
  if (verdict.ok) return `<p class="verdict ok">Chuỗi nhật ký toàn vẹn: ${verdict.rows} dòng.</p>`;
  return `<p class="verdict bad">Phát hiện sai lệch trong chuỗi nhật ký (${verdict.rows} dòng): ${escapeHtml(verdict.firstBadRow?.message)}</p>`;
}

function actorCell(item: TimelineItemView): string {
  if (!item.actor) return 'Hệ thống';
  const role = roleLabelOf(item.actor.role);
  return [
    `${escapeHtml(item.actor.fullName ?? item.actor.username)} (${escapeHtml(item.actor.username)})`,
    [item.actor.unitCode, role].filter(Boolean).map(escapeHtml).join(' – '),
  ]
    .filter(Boolean)
    .join('<br>');
}

function row(item: TimelineItemView): string {
  const values = item.values === null ? '' : typeof item.values === 'string' ? item.values : JSON.stringify(item.values, null, 1);
  const cells = [
    escapeHtml(item.seq),
    escapeHtml(item.atLocal),
    escapeHtml(item.actionLabel),
    actorCell(item),
    escapeHtml(item.capacity),
    escapeHtml(item.unitCode),
    escapeHtml(item.obligationKey),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}<td class="comment">${escapeHtml(item.comment)}</td><td>${escapeHtml(item.dueAtLocal)}</td><td class="values">${escapeHtml(values)}</td></tr>`;
}

/** The decision log as a printable record: who issued the plan, what it is, over which period, each step, and whether the chain is whole. */
export function renderTimelineHtml(record: TimelineRecord, viewer: CurrentOfficialInfo, generatedAt: Date): string {
  const { campaign } = record;
  const applied = filters(record);
  const truncated =
    record.total > record.items.length
      ? `<p class="meta">Chỉ in ${record.items.length} trong số ${record.total} bước; hãy thu hẹp bộ lọc để in phần còn lại.</p>`
      : '';
  const headers = ['STT', 'Thời điểm', 'Hành động', 'Người thực hiện', 'Thẩm quyền', 'Đơn vị', 'Nhiệm vụ', 'Ý kiến', 'Hạn', 'Nội dung'];
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nhật ký phong trào – ${escapeHtml(campaign.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="issuer">${escapeHtml(record.issuerName)}</p>
<h1>NHẬT KÝ THỰC HIỆN PHONG TRÀO THI ĐUA</h1>
<p class="meta"><strong>${escapeHtml(campaign.title)}</strong></p>
<p class="meta">Kế hoạch số: ${escapeHtml(campaign.planNumber ?? 'chưa cấp số')}</p>
<p class="meta">Thời gian: ${escapeHtml(period(record))}</p>
${applied.length ? `<p class="meta">Lọc theo: ${escapeHtml(applied.join('; '))}</p>` : ''}
</header>
${verdictBlock(record)}
${truncated}
<table>
<thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${record.items.length ? record.items.map(row).join('\n') : `<tr><td colspan="${headers.length}">Không có bước nào khớp bộ lọc trong phạm vi của bạn.</td></tr>`}
</tbody>
</table>
<footer>Trích xuất lúc ${escapeHtml(formatVietnamTime(generatedAt))} (giờ Việt Nam) bởi ${escapeHtml(viewer.fullName)} (${escapeHtml(viewer.actor.username)}, ${escapeHtml(viewer.unit.name)}); ${record.items.length} bước. Mã phong trào: ${escapeHtml(campaign.id)}.</footer>
</body>
</html>
`;
}
