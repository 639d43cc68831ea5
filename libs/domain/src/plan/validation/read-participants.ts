/** Reading who takes part and what they are judged on: the selector, participant groups, criteria. */
import type { Criterion, CriterionSubject, KpiCriterion, ParticipantGroup, ParticipantSelector, QualitativeCriterion } from '../plan.types';
import { checkKnownFields, fieldsOf } from './check-known-fields';
import { PlanIssues, describeValue, field, isRecord, readList, readObject, readOneOf, readOptionalTextList, readText } from './plan-issues';

const SUBJECTS: readonly CriterionSubject[] = ['collective', 'individual'];

const SELECTOR_FIELDS = fieldsOf<ParticipantSelector>()(['levels', 'kinds', 'unitCodes', 'excludeUnitCodes']);
const GROUP_FIELDS = fieldsOf<ParticipantGroup>()(['key', 'label', 'match', 'criteria']);
const GROUP_MATCH_FIELDS = fieldsOf<ParticipantGroup['match']>()(['levels', 'kinds', 'unitCodes']);
const QUALITATIVE_FIELDS = fieldsOf<QualitativeCriterion>()(['kind', 'key', 'text', 'appliesTo']);
const KPI_FIELDS = fieldsOf<KpiCriterion>()(['kind', 'key', 'text', 'target', 'unit', 'comparison', 'aggregate', 'appliesTo']);

export function readParticipantSelector(plan: Record<string, unknown>, issues: PlanIssues): ParticipantSelector {
  const source = readObject(plan, 'participants', '', issues, 'phạm vi, đối tượng tham gia (participants)');
  if (!source) return {};
  const path = 'participants';
  checkKnownFields(source, SELECTOR_FIELDS, path, issues);
  const selector: ParticipantSelector = {
    levels: readOptionalTextList(source, 'levels', path, issues, 'danh sách cấp'),
    kinds: readOptionalTextList(source, 'kinds', path, issues, 'danh sách loại đơn vị'),
    unitCodes: readOptionalTextList(source, 'unitCodes', path, issues, 'danh sách mã đơn vị'),
    excludeUnitCodes: readOptionalTextList(source, 'excludeUnitCodes', path, issues, 'danh sách đơn vị loại trừ'),
  };
  return dropUndefined(selector);
}

export function readParticipantGroups(plan: Record<string, unknown>, issues: PlanIssues): ParticipantGroup[] {
  return readList(plan, 'participantGroups', '', issues, 'nhóm đối tượng thi đua (participantGroups)').flatMap((item, index) => {
    const path = field('participantGroups', index);
    if (!isRecord(item)) {
      issues.add(path, `Nhóm đối tượng phải là một đối tượng, không phải ${describeValue(item)}.`);
      return [];
    }
    checkKnownFields(item, GROUP_FIELDS, path, issues);
    const key = readText(item, 'key', path, issues, 'mã nhóm (key)');
    const label = readText(item, 'label', path, issues, 'tên nhóm (label)');
    const matchSource = readObject(item, 'match', path, issues, 'điều kiện thuộc nhóm (match)') ?? {};
    const matchPath = field(path, 'match');
    checkKnownFields(matchSource, GROUP_MATCH_FIELDS, matchPath, issues);
    const match = dropUndefined({
      levels: readOptionalTextList(matchSource, 'levels', matchPath, issues, 'danh sách cấp'),
      kinds: readOptionalTextList(matchSource, 'kinds', matchPath, issues, 'danh sách loại đơn vị'),
      unitCodes: readOptionalTextList(matchSource, 'unitCodes', matchPath, issues, 'danh sách mã đơn vị'),
    });
    const criteria = readList(item, 'criteria', path, issues, 'danh sách tiêu chí').flatMap((c, i) => {
      const criterion = readCriterion(c, field(field(path, 'criteria'), i), issues);
      return criterion ? [criterion] : [];
    });
    return key && label ? [issues.located({ key, label, match, criteria }, path)] : [];
  });
}

export function readCriterion(value: unknown, path: string, issues: PlanIssues): Criterion | undefined {
  if (!isRecord(value)) {
    issues.add(path, `Tiêu chí phải là một đối tượng, không phải ${describeValue(value)}.`);
    return undefined;
  }
  const kind = readOneOf(value, 'kind', path, issues, 'loại tiêu chí (kind)', ['qualitative', 'kpi'] as const);
  // A KPI's fields are a superset of a qualitative criterion's, so they serve while the kind is unknown.
  checkKnownFields(value, kind === 'qualitative' ? QUALITATIVE_FIELDS : KPI_FIELDS, path, issues);
  const key = readText(value, 'key', path, issues, 'mã tiêu chí (key)');
  const text = readText(value, 'text', path, issues, 'nội dung tiêu chí (text)');
  const appliesTo =
    value.appliesTo === undefined ? undefined : readOneOf(value, 'appliesTo', path, issues, 'đối tượng áp dụng (appliesTo)', SUBJECTS);
  if (!kind || !key || !text) return undefined;
  const common = dropUndefined({ key, text, appliesTo });
  if (kind === 'qualitative') return issues.located({ kind, ...common }, path);

  const target = value.target;
  if (typeof target !== 'number' || !Number.isFinite(target)) {
    issues.add(
      field(path, 'target'),
      `Tiêu chí định lượng "${key}" cần chỉ tiêu là một số (ví dụ 80), không phải ${describeValue(target)}.`,
    );
  }
  const unit = readText(value, 'unit', path, issues, `đơn vị tính của tiêu chí "${key}" (unit), ví dụ "%"`);
  const comparison = readOneOf(value, 'comparison', path, issues, 'cách so sánh (comparison)', ['atLeast', 'atMost'] as const);
  const aggregate = readOneOf(value, 'aggregate', path, issues, 'cách tổng hợp (aggregate)', ['sum', 'average'] as const);
  if (typeof target !== 'number' || !Number.isFinite(target) || !unit || !comparison || !aggregate) return undefined;
  return issues.located({ kind, ...common, target, unit, comparison, aggregate }, path);
}

export function readQualitativeCriteria(value: unknown[], path: string, issues: PlanIssues): QualitativeCriterion[] {
  return value.flatMap((item, index) => {
    const at = field(path, index);
    const criterion = readCriterion(item, at, issues);
    if (criterion && criterion.kind !== 'qualitative') {
      issues.add(field(at, 'kind'), 'Tiêu chí thẩm định sáng kiến phải là tiêu chí định tính ("qualitative").');
      return [];
    }
    return criterion ? [criterion] : [];
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
