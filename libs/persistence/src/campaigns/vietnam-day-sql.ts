import { VIETNAM_UTC_OFFSET_MINUTES } from '@tdkt/domain';
import type { Engine } from './atomic-sql';

/**
 * SQL for the calendar date in Vietnam of a timestamp column, to group on, so a read counts per day in the
 * database instead of loading every row. Vietnam keeps UTC+7 all year (see toLocalDate), so a fixed shift is
 * exact. `column` is spliced in as is: only a column name chosen in code, never a value.
 */
export function vietnamDateSql(engine: Engine, column: string): string {
  const shift = `${VIETNAM_UTC_OFFSET_MINUTES} minutes`;
  // timestamptz: taken as UTC wall time first, so the session's TimeZone cannot move the day. A date, not text:
  // grouping on it is cheaper than formatting every row (see dayTextSql).
  if (engine === 'postgres') return `((${column} AT TIME ZONE 'UTC') + interval '${shift}')::date`;
  // SQLite holds the UTC text TypeORM writes ('YYYY-MM-DD HH:MM:SS.SSS', see sqliteDateTime); date() shifts it and keeps the day.
  return `date(${column}, '+${shift}')`;
}

/** A date from vietnamDateSql as 'YYYY-MM-DD' text, whatever the session's DateStyle (and never a JS Date from the driver). */
export function dayTextSql(engine: Engine, date: string): string {
  return engine === 'postgres' ? `to_char(${date}, 'YYYY-MM-DD')` : date;
}
