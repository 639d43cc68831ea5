import type { OfficialRecord, UnitRecord } from '../org.types';

/** A unit row as read from a spreadsheet: the record's shape, nothing checked yet. */
export type RawUnitRow = UnitRecord;

/** An official row as read from a spreadsheet: the record's shape with roles not yet known to be roles. */
export type RawOfficialRow = Omit<OfficialRecord, 'roles'> & { roles: string[] };

/** Maps a units spreadsheet row (code,name,level,kind,parent,issuer_code) to the JSON import shape. */
export function unitFromCsvRow(row: Record<string, string>): RawUnitRow {
  const parent = csvCell(row, 'parent').trim();
  const issuerCode = csvCell(row, 'issuer_code');
  const statisticsCode = csvCell(row, 'statistics_code').trim();
  return {
    code: csvCell(row, 'code'),
    name: csvCell(row, 'name'),
    levelCode: csvCell(row, 'level'),
    kind: csvCell(row, 'kind'),
    parentCode: parent === '' ? null : parent,
    ...(issuerCode.trim() !== '' ? { issuerCode } : {}),
    ...(statisticsCode !== '' ? { statisticsCode } : {}),
  };
}

/** Maps an officials spreadsheet row (username,full_name,email,unit,roles,title,password); roles split on ";" or ",". */
export function officialFromCsvRow(row: Record<string, string>): RawOfficialRow {
  const title = csvCell(row, 'title');
  return {
    username: csvCell(row, 'username'),
    fullName: csvCell(row, 'full_name'),
    email: csvCell(row, 'email'),
    unitCode: csvCell(row, 'unit'),
    roles: csvCell(row, 'roles')
      .split(/[;,]/)
      .map((role) => role.trim())
      .filter((role) => role !== ''),
    ...(title.trim() !== '' ? { title } : {}),
    password: csvCell(row, 'password'),
  };
}

/**
 * A cell by column name. Spreadsheet headers often carry a byte-order mark, stray spaces or
 * capitals ("\uFEFFCode ", "Full_Name"), so headers are matched loosely; a missing column reads as blank.
 */
function csvCell(row: Record<string, string>, column: string): string {
  const exact = row[column];
  if (exact !== undefined) return exact;
  const key = Object.keys(row).find(
    (k) =>
      k
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase() === column,
  );
  return key === undefined ? '' : (row[key] ?? '');
}
