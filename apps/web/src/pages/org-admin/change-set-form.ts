import type { FieldRefusal } from '../../api/refusal';
import { parsePath, type FieldName } from '../new-campaign/field-paths';

// The change-set form's values, the body they are sent as, and where each error the API names by its path in that
// body ("changes[1].unitCodes[0]", "csv[3].intoCode") is shown on the form.

export type ChangeKind = 'rename' | 'move' | 'merge' | 'split' | 'deactivate';
export const CHANGE_KINDS: readonly ChangeKind[] = ['merge', 'split', 'rename', 'move', 'deactivate'];

/** A merge's result: one of the merged units absorbing the others, or a new unit. */
export type MergeTarget = 'existing' | 'new';

export interface SplitPartValues {
  code?: string;
  name?: string;
  statisticsCode?: string;
}

/** One change as the form holds it: the body's fields, plus `target` (the form's own choice for a merge). */
export interface ChangeValues {
  kind?: ChangeKind;
  unitCode?: string;
  name?: string;
  statisticsCode?: string;
  parentCode?: string;
  unitCodes?: string[];
  target?: MergeTarget;
  into?: { code?: string; name?: string; statisticsCode?: string } | SplitPartValues[];
  dutiesTo?: string;
  successorCode?: string;
}

export type ChangeSource = 'form' | 'csv';

export interface ChangeSetValues {
  effectiveOn?: string;
  reason?: string;
  source?: ChangeSource;
  csv?: string;
  changes?: ChangeValues[];
}

export interface ChangeSetBody {
  effectiveOn: string;
  reason: string;
  changes?: Record<string, unknown>[];
  csv?: string;
}

/** Blank inputs are absent fields: the API reads "" as a value (an empty name), not as "unchanged". */
const filled = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const compact = (fields: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

const mergeInto = (change: ChangeValues) => {
  const into = (Array.isArray(change.into) ? {} : (change.into ?? {})) as { code?: string; name?: string; statisticsCode?: string };
  return compact({ code: filled(into.code) ?? '', name: filled(into.name), statisticsCode: filled(into.statisticsCode) });
};

const splitParts = (change: ChangeValues) =>
  (Array.isArray(change.into) ? change.into : []).map((part) =>
    compact({ code: filled(part?.code) ?? '', name: filled(part?.name) ?? '', statisticsCode: filled(part?.statisticsCode) }),
  );

/** One change as the API reads it: only its kind's fields, blanks left out. */
export function changeBody(change: ChangeValues): Record<string, unknown> {
  const unitCode = filled(change.unitCode) ?? '';
  switch (change.kind) {
    case 'rename':
      return compact({ kind: 'rename', unitCode, name: filled(change.name), statisticsCode: filled(change.statisticsCode) });
    case 'move':
      return { kind: 'move', unitCode, parentCode: filled(change.parentCode) ?? '' };
    case 'merge':
      return { kind: 'merge', unitCodes: change.unitCodes ?? [], into: mergeInto(change) };
    case 'split':
      return { kind: 'split', unitCode, into: splitParts(change), dutiesTo: filled(change.dutiesTo) ?? '' };
    case 'deactivate':
      return compact({ kind: 'deactivate', unitCode, successorCode: filled(change.successorCode) });
    default:
      return compact({ kind: change.kind });
  }
}

/** The request body: the changes as typed, or the CSV pasted or read from a file. */
export function changeSetBody(values: ChangeSetValues): ChangeSetBody {
  const head = { effectiveOn: values.effectiveOn ?? '', reason: values.reason?.trim() ?? '' };
  if (values.source === 'csv') return { ...head, csv: values.csv ?? '' };
  return { ...head, changes: (values.changes ?? []).map(changeBody) };
}

/** The inputs the form has for a change of its kind, as paths in the body. */
export function changeFieldPaths(change: ChangeValues, index: number): string[] {
  const at = `changes[${index}]`;
  const fields = ((): string[] => {
    switch (change.kind) {
      case 'rename':
        return ['unitCode', 'name', 'statisticsCode'];
      case 'move':
        return ['unitCode', 'parentCode'];
      case 'merge':
        return ['unitCodes', 'into.code', 'into.name', 'into.statisticsCode'];
      case 'split': {
        const parts = Array.isArray(change.into) ? change.into : [];
        return ['unitCode', 'dutiesTo', ...parts.flatMap((_, i) => [`into[${i}].code`, `into[${i}].name`, `into[${i}].statisticsCode`])];
      }
      case 'deactivate':
        return ['unitCode', 'successorCode'];
      default:
        return [];
    }
  })();
  return [`${at}.kind`, ...fields.map((field) => `${at}.${field}`)];
}

/** Every input of the form that an error can stand next to, as paths in the body. */
export function formFieldPaths(values: ChangeSetValues): string[] {
  const head = ['effectiveOn', 'reason'];
  if (values.source === 'csv') return [...head, 'csv'];
  return [...head, ...(values.changes ?? []).flatMap(changeFieldPaths)];
}

const pathOf = (name: FieldName) =>
  name
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');

export interface PlacedErrors {
  /** Next to an input: its antd name path and its messages. */
  fields: { name: FieldName; errors: string[] }[];
  /** About a whole change (or a field the form has no input for): shown on that change's card. */
  changes: Record<number, string[]>;
  /** About a CSV row: "Dòng 2: …" under the CSV box. */
  rows: { row: number; column?: string; message: string }[];
  /** About the set as a whole. */
  form: string[];
}

/**
 * Where each error goes: the input at its path, or the nearest input above it (a merge's "unitCodes[1]" on its unit
 * list), else the change it belongs to, else the top of the form.
 */
export function placeErrors(errors: readonly FieldRefusal[], values: ChangeSetValues): PlacedErrors {
  const inputs = new Set(formFieldPaths(values));
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const placed: PlacedErrors = { fields: [], changes: {}, rows: [], form: [] };
  for (const error of errors) {
    const parts = parsePath(error.path);
    const csvRow = /^csv\[(\d+)\](?:\.(\w+))?$/.exec(error.path);
    if (csvRow) {
      placed.rows.push({ row: Number(csvRow[1]), column: csvRow[2], message: error.message });
      continue;
    }
    let name: FieldName | undefined;
    for (let length = parts.length; length > 0 && !name; length--) {
      if (inputs.has(pathOf(parts.slice(0, length)))) name = parts.slice(0, length);
    }
    if (name) {
      const key = pathOf(name);
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(error.message);
      byField.set(key, entry);
    } else if (parts[0] === 'changes' && typeof parts[1] === 'number') {
      (placed.changes[parts[1]] ??= []).push(error.message);
    } else {
      placed.form.push(error.message);
    }
  }
  placed.fields = [...byField.values()];
  return placed;
}

/** Every input's name path, to clear the errors a new preview no longer has. */
export const formFieldNames = (values: ChangeSetValues): FieldName[] => formFieldPaths(values).map(parsePath);

/** 'YYYY-MM-DD' as the page shows a calendar date: dd/mm/yyyy. */
export const shownDate = (date: string): string => date.split('-').reverse().join('/');
