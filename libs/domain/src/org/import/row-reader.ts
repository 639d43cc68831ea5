import type { RowError } from '../org.types';
import { normalizeText } from '../vietnamese-text';

// One reader for every section, so a problem reads the same wherever it is: section, 1-based row, field.

export type Section = RowError['section'];

/** Reads the fields of one row, recording each problem against the row and the field. */
export class RowReader {
  constructor(
    readonly section: Section,
    readonly row: number,
    private readonly raw: Readonly<Record<string, unknown>>,
    private readonly errors: RowError[],
  ) {}

  fail(field: string, message: string): void {
    this.errors.push({ section: this.section, row: this.row, field, message });
  }

  value(field: string): unknown {
    return this.raw[field];
  }

  /** Normalised text, or undefined after reporting it missing, blank or not text. */
  requiredText(field: string, label: string): string | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) {
      this.fail(field, `Thiếu ${label} (trường "${field}")`);
      return undefined;
    }
    const text = this.text(field, label, value);
    if (text === '') this.fail(field, `Thiếu ${label} (trường "${field}" đang để trống)`);
    return text || undefined;
  }

  /** Normalised text, or undefined when absent or blank (blank cells mean "not given"). */
  optionalText(field: string, label: string): string | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    return this.text(field, label, value) || undefined;
  }

  /** Reports a value that does not fit its format; the value is kept so references to it don't cascade. */
  checkFormat(field: string, value: string | undefined, pattern: RegExp, message: string): void {
    if (value !== undefined && !pattern.test(value)) this.fail(field, message);
  }

  private text(field: string, label: string, value: unknown): string | undefined {
    if (typeof value === 'string') return normalizeText(value);
    this.fail(field, `Trường "${field}" (${label}) phải là chuỗi ký tự, không phải ${describe(value)}`);
    return undefined;
  }
}

/** The rows of one section, each paired with its reader; a missing section is an empty one. */
export function readSection(input: Record<string, unknown>, section: Section, errors: RowError[]): RowReader[] {
  const rows = input[section];
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) {
    errors.push({ section, row: 0, message: `Mục "${section}" phải là một danh sách (mảng JSON), không phải ${describe(rows)}` });
    return [];
  }
  const readers: RowReader[] = [];
  rows.forEach((raw: unknown, index) => {
    const row = index + 1;
    if (isPlainObject(raw)) readers.push(new RowReader(section, row, raw, errors));
    else errors.push({ section, row, message: `Dòng ${row} của mục "${section}" phải là một đối tượng JSON, không phải ${describe(raw)}` });
  });
  return readers;
}

/** Remembers the first row of each key so a repeat can point the reader back to it. */
export function firstRowTracker(): (key: string, row: number) => number | undefined {
  const firstRows = new Map<string, number>();
  return (key, row) => {
    const first = firstRows.get(key);
    if (first === undefined) firstRows.set(key, row);
    return first;
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a wrong value is named in a message: the value itself when short, its kind otherwise. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một danh sách';
  switch (typeof value) {
    case 'string':
      return `"${value}"`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'một đối tượng';
    default:
      return typeof value;
  }
}
