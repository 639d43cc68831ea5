import type { FieldRefusal } from '../../api/refusal';
import type { PlanFormValues, SpecValues } from './plan-form-model';

// The validator (in the browser or in the API) names a field by its path in the plan, "stages[0].phases[2].dueByLevel.xa";
// the form names it by an antd name path. They agree except where the form's shape differs from the plan's (a phase's
// due dates are rows) or where a field is shown through another input (a whole due date through its main input).

export type FieldName = (string | number)[];

/** 'stages[0].phases[2].dueByLevel.xa' → ['stages', 0, 'phases', 2, 'dueByLevel', 'xa']. */
export function parsePath(path: string): FieldName {
  const parts: FieldName = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return parts;
}

const SPEC_FIELDS = ['kind', 'date', 'days', 'anchor', 'at', 'duration'];

/** The input that shows a due date as a whole: a fixed date's date, a count of working days' count… */
function mainSpecField(spec: SpecValues | undefined): string {
  switch (spec?.kind) {
    case 'date':
      return 'date';
    case 'workingDaysAfter':
      return 'days';
    case 'instant':
      return 'at';
    case 'durationAfter':
      return 'duration';
    default:
      return 'kind';
  }
}

function specField(spec: SpecValues | undefined, rest: FieldName): string {
  const first = rest[0];
  // "time" and "keepDayOff" have no input of their own: the date they qualify carries their message.
  return typeof first === 'string' && SPEC_FIELDS.includes(first) ? first : mainSpecField(spec);
}

const isIndex = (part: string | number | undefined): part is number => typeof part === 'number';

/** The form field showing the value at `path`, or undefined when the form has no input for it (shown above the form). */
export function formFieldOf(path: string, values: PlanFormValues): FieldName | undefined {
  const [head, i, next, j, ...rest] = parsePath(path);
  switch (head) {
    case 'title':
    case 'year':
    case 'place':
      return [head];
    case 'legalBases':
      if (!isIndex(i)) return undefined;
      return ['legalBases', i, next === 'summary' ? 'summary' : 'reference'];
    case 'participants':
      return ['participants', i === 'kinds' ? 'kinds' : 'levels'];
    case 'participantGroups':
      return groupField(i, next, j, rest);
    case 'awardForms':
      return awardField(i, next, j);
    case 'stages':
      return stageField(values, i, next, j, rest);
    default:
      return undefined;
  }
}

function groupField(i: string | number | undefined, next: string | number | undefined, j: string | number | undefined, rest: FieldName) {
  if (!isIndex(i)) return undefined;
  if (next === 'match') return ['participantGroups', i, 'match', j === 'kinds' ? 'kinds' : 'levels'];
  if (next === 'criteria' && isIndex(j)) {
    const field = rest[0];
    const known = ['text', 'kind', 'target', 'unit', 'comparison', 'aggregate', 'appliesTo'];
    return ['participantGroups', i, 'criteria', j, typeof field === 'string' && known.includes(field) ? field : 'text'];
  }
  return ['participantGroups', i, 'label'];
}

function awardField(i: string | number | undefined, next: string | number | undefined, j: string | number | undefined) {
  if (!isIndex(i)) return undefined;
  if (next === 'decidedBy') return ['awardForms', i, 'decidedBy', j === 'levelCode' ? 'levelCode' : 'title'];
  const known = ['name', 'catalogueKey', 'standards', 'quotaPerUnit', 'forCollective', 'forIndividual'];
  return ['awardForms', i, typeof next === 'string' && known.includes(next) ? next : 'name'];
}

function stageField(
  values: PlanFormValues,
  s: string | number | undefined,
  next: string | number | undefined,
  p: string | number | undefined,
  rest: FieldName,
): FieldName | undefined {
  if (!isIndex(s)) return undefined;
  if (next !== 'phases' || !isIndex(p)) return ['stages', s, 'name'];
  const phase = values.stages?.[s]?.phases?.[p];
  const at: FieldName = ['stages', s, 'phases', p];
  const [field, level, ...specRest] = rest;
  switch (field) {
    case 'kind':
      return [...at, 'kind'];
    case 'opensAt':
      return [...at, 'opensAt', specField(phase?.opensAt, [level, ...specRest])];
    case 'dueByLevel': {
      const row = phase?.dues.findIndex((due) => due.level === level) ?? -1;
      // "No due date for level X" names the whole list: the list shows it under its rows.
      if (level === undefined || row < 0) return [...at, 'dues'];
      return [...at, 'dues', row, 'spec', specField(phase?.dues[row].spec, specRest)];
    }
    case 'progressEvery':
      return [...at, 'progressEvery', 'months'];
    default:
      return [...at, 'name'];
  }
}

export interface PlacedRefusal {
  /** Each field with its messages, for antd Form's setFields. */
  fields: { name: FieldName; errors: string[] }[];
  /** What no field shows, for the list above the form. */
  unmapped: FieldRefusal[];
}

/** Sorts a refusal's messages onto the form's fields; several on one field are all kept. */
export function placeRefusal(refusals: readonly FieldRefusal[], values: PlanFormValues): PlacedRefusal {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const unmapped: FieldRefusal[] = [];
  for (const refusal of refusals) {
    const name = formFieldOf(refusal.path, values);
    if (!name) {
      unmapped.push(refusal);
      continue;
    }
    const id = JSON.stringify(name);
    const entry = byField.get(id) ?? { name, errors: [] };
    if (!entry.errors.includes(refusal.message)) entry.errors.push(refusal.message);
    byField.set(id, entry);
  }
  return { fields: [...byField.values()], unmapped };
}
