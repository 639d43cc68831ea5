import { parse } from 'csv-parse/sync';
import type { OrgChangeError } from '@tdkt/domain';

// A change set as a spreadsheet: one row per change. Lists (merged units, a split's parts and their names) are
// separated by ";". Problems are answered at `csv[row].column`, row 1 being the first under the header.

export const ORG_CHANGE_CSV_COLUMNS = [
  'kind',
  'unitCode',
  'name',
  'parentCode',
  'unitCodes',
  'intoCode',
  'statisticsCode',
  'dutiesTo',
  'successorCode',
] as const;
type Column = (typeof ORG_CHANGE_CSV_COLUMNS)[number];

/** The columns each kind reads; a value in another column is refused rather than dropped unseen. */
const USED: Record<string, readonly Column[]> = {
  rename: ['kind', 'unitCode', 'name', 'statisticsCode'],
  move: ['kind', 'unitCode', 'parentCode'],
  merge: ['kind', 'unitCodes', 'intoCode', 'name', 'parentCode', 'statisticsCode'],
  split: ['kind', 'unitCode', 'intoCode', 'name', 'statisticsCode', 'dutiesTo'],
  deactivate: ['kind', 'unitCode', 'successorCode'],
};

export interface CsvChanges {
  changes: unknown[];
  errors: OrgChangeError[];
}

/** The rows as the JSON `changes` the domain reads, and the problems only the CSV form can have. */
export function changesFromCsv(text: string): CsvChanges {
  let rows: Record<string, string>[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    const reason = (error as Error).message;
    return {
      changes: [],
      errors: [{ path: 'csv', message: `Tệp CSV không đọc được: ${reason}`, en: `The CSV file cannot be read: ${reason}` }],
    };
  }
  const errors: OrgChangeError[] = [];
  const header = rows.length ? Object.keys(rows[0]) : [];
  for (const column of header) {
    if (!(ORG_CHANGE_CSV_COLUMNS as readonly string[]).includes(column)) {
      errors.push({
        path: `csv[0].${column}`,
        message: `Cột "${column}" không dùng; các cột là: ${ORG_CHANGE_CSV_COLUMNS.join(', ')}.`,
        en: `Column "${column}" is not used; the columns are: ${ORG_CHANGE_CSV_COLUMNS.join(', ')}.`,
      });
    }
  }
  const changes = rows.map((row, index) => {
    const cell = (column: Column) => (row[column] ?? '').trim();
    const list = (column: Column) =>
      cell(column)
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean);
    const optional = (column: Column) => (cell(column) === '' ? undefined : cell(column));
    const kind = cell('kind');
    for (const column of ORG_CHANGE_CSV_COLUMNS) {
      if (USED[kind] && !USED[kind].includes(column) && cell(column) !== '') {
        errors.push({
          path: `csv[${index + 1}].${column}`,
          message: `Thay đổi loại "${kind}" không dùng cột "${column}"; để trống ô này.`,
          en: `A change of kind "${kind}" does not use column "${column}"; leave this cell empty.`,
        });
      }
    }
    switch (kind) {
      case 'rename':
        return defined({ kind, unitCode: cell('unitCode'), name: optional('name'), statisticsCode: optional('statisticsCode') });
      case 'move':
        return { kind, unitCode: cell('unitCode'), parentCode: cell('parentCode') };
      case 'merge':
        return {
          kind,
          unitCodes: list('unitCodes'),
          into: defined({
            code: cell('intoCode'),
            name: optional('name'),
            parentCode: optional('parentCode'),
            statisticsCode: optional('statisticsCode'),
          }),
        };
      case 'split': {
        const names = list('name');
        const statistics = cell('statisticsCode')
          .split(';')
          .map((v) => v.trim());
        return {
          kind,
          unitCode: cell('unitCode'),
          into: list('intoCode').map((code, i) => defined({ code, name: names[i], statisticsCode: statistics[i] || undefined })),
          dutiesTo: cell('dutiesTo'),
        };
      }
      case 'deactivate':
        return defined({ kind, unitCode: cell('unitCode'), successorCode: optional('successorCode') });
      default:
        return { kind };
    }
  });
  return { changes, errors };
}

/** Where a problem the domain found in `changes[i]…` sits in the spreadsheet. */
export function csvPath(path: string): string {
  const match = /^changes\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  const row = Number(match[1]) + 1;
  const rest = match[2];
  const column = columnOf(rest);
  return column ? `csv[${row}].${column}` : `csv[${row}]`;
}

function columnOf(rest: string): Column | undefined {
  if (rest === '') return undefined;
  if (/^\.unitCodes/.test(rest)) return 'unitCodes';
  if (/^\.into(\[\d+\])?\.code$/.test(rest) || /^\.into(\[\d+\])?$/.test(rest)) return 'intoCode';
  if (/^\.into(\[\d+\])?\.(kind|levelCode)$/.test(rest)) return 'intoCode';
  const field = /^(?:\.into(?:\[\d+\])?)?\.([A-Za-z]+)/.exec(rest)?.[1];
  return (ORG_CHANGE_CSV_COLUMNS as readonly string[]).includes(field ?? '') ? (field as Column) : undefined;
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
