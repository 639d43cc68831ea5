/** "HH:mm ngày dd/mm/yyyy" in Vietnam (UTC+7, no daylight saving), as notices print a due time. */
export function formatVietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/** A duty's deadline as a notice prints it, including one the plan announces later. */
export function formatDeadline(dueAt: string | null): string {
  return dueAt === null ? 'sẽ thông báo sau' : formatVietnamTime(dueAt);
}
