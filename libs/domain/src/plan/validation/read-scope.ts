/** Reading a set of participants by level, kind, group or code: who owes a phase, whom a body follows. */
import type { PhaseScope } from '../plan.types';
import { checkKnownFields, fieldsOf } from './check-known-fields';
import { PlanIssues, field, isRecord, readOptionalTextList } from './plan-issues';

const SCOPE_FIELDS = fieldsOf<PhaseScope>()(['levels', 'kinds', 'groups', 'unitCodes']);

/** The scope under `key`: undefined when absent, null when unreadable (the issue is reported). */
export function readScope(value: Record<string, unknown>, key: string, path: string, issues: PlanIssues): PhaseScope | undefined | null {
  if (value[key] === undefined) return undefined;
  const at = field(path, key);
  const scope = value[key];
  if (!isRecord(scope)) {
    issues.add(at, `Phạm vi (${key}) phải có dạng {"groups": […]}, {"levels": […]}, {"kinds": […]} hoặc {"unitCodes": […]}.`);
    return null;
  }
  const before = issues.list.length;
  checkKnownFields(scope, SCOPE_FIELDS, at, issues);
  const read: PhaseScope = {};
  for (const [list, label] of [
    ['levels', 'các cấp'],
    ['kinds', 'các loại đơn vị'],
    ['groups', 'các nhóm đối tượng'],
    ['unitCodes', 'các đơn vị'],
  ] as const) {
    const items = readOptionalTextList(scope, list, at, issues, label);
    if (items) read[list] = items;
  }
  if (Object.keys(read).length === 0 && issues.list.length === before)
    issues.add(at, `Phạm vi (${key}) trống: bỏ trường này nếu áp dụng cho mọi đơn vị.`);
  return issues.list.length === before ? read : null;
}
