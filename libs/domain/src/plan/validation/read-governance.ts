/** Reading who decides and signs: award forms, responsibilities, the signature block, approval chain, reminders. */
import { isRole } from '../../org/roles';
import { isDuration } from '../duration';
import type { ApprovalStepTemplate, AwardForm, Compilation, ReminderPolicy, Responsibility, SignatureBlock } from '../plan.types';
import { readDueDateSpec } from './read-due-date';
import { readScope } from './read-scope';
import {
  PlanIssues,
  describeValue,
  field,
  isRecord,
  readBoolean,
  readList,
  readObject,
  readOneOf,
  readOptionalText,
  readText,
  readTextList,
} from './plan-issues';
import { durationMessage } from './read-due-date';
import { checkKnownFields, fieldsOf } from './check-known-fields';

const AWARD_FORM_FIELDS = fieldsOf<AwardForm>()([
  'key',
  'name',
  'decidedBy',
  'forCollective',
  'forIndividual',
  'standards',
  'quotaPerUnit',
  'catalogueKey',
]);
const DECIDED_BY_FIELDS = fieldsOf<AwardForm['decidedBy']>()(['levelCode', 'unitCode', 'title']);
const RESPONSIBILITY_FIELDS = fieldsOf<Responsibility>()(['party', 'unitCode', 'role', 'tasks', 'compiles']);
const COMPILATION_FIELDS = fieldsOf<Compilation>()(['phaseKey', 'follows', 'due']);
const SIGNATURE_FIELDS = fieldsOf<SignatureBlock>()(['capacity', 'bodyName', 'signerTitle']);
const APPROVAL_STEP_FIELDS = fieldsOf<ApprovalStepTemplate>()(['key', 'label', 'unitCode', 'roles', 'signs']);
const REMINDER_FIELDS = fieldsOf<ReminderPolicy>()(['before', 'overdueEvery', 'escalateAfter']);

/** The entries of a list of objects, each with its path; entries that are not objects, or have unknown fields, are reported. */
function records(
  plan: Record<string, unknown>,
  key: string,
  label: string,
  issues: PlanIssues,
  itemLabel: string,
  known: readonly string[],
  base = '',
) {
  return readList(plan, key, base, issues, label).flatMap((item, index) => {
    const path = field(field(base, key), index);
    if (isRecord(item)) {
      checkKnownFields(item, known, path, issues);
      return [{ item, path }];
    }
    issues.add(path, `${itemLabel} phải là một đối tượng, không phải ${describeValue(item)}.`);
    return [];
  });
}

export function readAwardForms(plan: Record<string, unknown>, issues: PlanIssues): AwardForm[] {
  const forms = records(plan, 'awardForms', 'hình thức khen thưởng (awardForms)', issues, 'Hình thức khen thưởng', AWARD_FORM_FIELDS);
  return forms.flatMap(({ item, path }) => {
    const key = readText(item, 'key', path, issues, 'mã hình thức khen thưởng (key)');
    const name = readText(item, 'name', path, issues, 'tên hình thức khen thưởng (name)');
    const decider = readObject(item, 'decidedBy', path, issues, 'cấp quyết định khen thưởng (decidedBy)');
    const deciderPath = field(path, 'decidedBy');
    if (decider) checkKnownFields(decider, DECIDED_BY_FIELDS, deciderPath, issues);
    const decidedBy = decider && {
      ...optional('levelCode', readOptionalText(decider, 'levelCode', deciderPath, issues, 'mã cấp quyết định')),
      ...optional('unitCode', readOptionalText(decider, 'unitCode', deciderPath, issues, 'mã đơn vị quyết định')),
      title: readText(decider, 'title', deciderPath, issues, 'chức danh người quyết định (title), ví dụ "Chủ tịch UBND tỉnh"'),
    };
    const forCollective = readBoolean(item, 'forCollective', path, issues, 'khen thưởng tập thể (forCollective)', false);
    const forIndividual = readBoolean(item, 'forIndividual', path, issues, 'khen thưởng cá nhân (forIndividual)', false);
    if (forCollective === false && forIndividual === false) {
      issues.add(path, `Hình thức "${name ?? key ?? ''}" phải dành cho tập thể (forCollective), cá nhân (forIndividual), hoặc cả hai.`);
    }
    const standards = readOptionalText(item, 'standards', path, issues, 'tiêu chuẩn khen thưởng');
    const catalogueKey = readOptionalText(item, 'catalogueKey', path, issues, 'mã hình thức trong danh mục khen thưởng (catalogueKey)');
    const quota = item.quotaPerUnit;
    if (quota !== undefined && (typeof quota !== 'number' || !Number.isInteger(quota) || quota < 1)) {
      issues.add(field(path, 'quotaPerUnit'), `Số lượng tối đa mỗi đơn vị phải là số nguyên dương, không phải ${describeValue(quota)}.`);
    }
    if (!key || !name || !decidedBy?.title || forCollective === undefined || forIndividual === undefined) return [];
    const form: AwardForm = {
      key,
      name,
      decidedBy: { ...decidedBy, title: decidedBy.title },
      forCollective,
      forIndividual,
    };
    return [
      issues.located(
        {
          ...form,
          ...optional('standards', standards),
          ...optional('quotaPerUnit', quota as number | undefined),
          ...optional('catalogueKey', catalogueKey),
        },
        path,
      ),
    ];
  });
}

export function readResponsibilities(plan: Record<string, unknown>, issues: PlanIssues): Responsibility[] {
  const items = records(
    plan,
    'responsibilities',
    'phân công tổ chức thực hiện (responsibilities)',
    issues,
    'Mục phân công',
    RESPONSIBILITY_FIELDS,
  );
  return items.flatMap(({ item, path }) => {
    const party = readText(item, 'party', path, issues, 'cơ quan, đơn vị được phân công (party)');
    const unitCode = readOptionalText(item, 'unitCode', path, issues, 'mã đơn vị');
    const role = readOneOf(item, 'role', path, issues, 'vai trò (role)', ['lead', 'coordinate', 'implement'] as const);
    const tasks = readTextList(item, 'tasks', path, issues, 'nhiệm vụ (tasks)');
    const compiles = readCompilations(item, path, unitCode, issues);
    return party && role && compiles !== null
      ? [issues.located({ party, ...optional('unitCode', unitCode), role, tasks, ...(compiles ? { compiles } : {}) }, path)]
      : [];
  });
}

/** What a named body compiles for the issuer: undefined when nothing, null when unreadable (reported). */
function readCompilations(
  item: Record<string, unknown>,
  path: string,
  unitCode: string | undefined,
  issues: PlanIssues,
): Compilation[] | undefined | null {
  if (item.compiles === undefined) return undefined;
  const before = issues.list.length;
  if (!unitCode) issues.add(field(path, 'unitCode'), 'Cơ quan tổng hợp báo cáo (compiles) phải có mã đơn vị (unitCode) để được giao việc.');
  const compiles = records(item, 'compiles', 'các báo cáo tổng hợp (compiles)', issues, 'Mục tổng hợp', COMPILATION_FIELDS, path).flatMap(
    ({ item: c, path: cPath }) => {
      const phaseKey = readText(c, 'phaseKey', cPath, issues, 'mã bước được tổng hợp (phaseKey)');
      const follows = readScope(c, 'follows', cPath, issues);
      if (c.due === undefined) issues.add(field(cPath, 'due'), 'Chưa nhập thời hạn gửi báo cáo tổng hợp (due).');
      const due = c.due === undefined ? undefined : readDueDateSpec(c.due, field(cPath, 'due'), issues);
      return phaseKey && due && follows !== null ? [issues.located({ phaseKey, ...(follows ? { follows } : {}), due }, cPath)] : [];
    },
  );
  return issues.list.length === before ? compiles : null;
}

export function readSignature(plan: Record<string, unknown>, issues: PlanIssues): SignatureBlock | undefined {
  const source = readObject(plan, 'signature', '', issues, 'thể thức ký (signature)');
  if (!source) return undefined;
  checkKnownFields(source, SIGNATURE_FIELDS, 'signature', issues);
  const capacity = readOneOf(source, 'capacity', 'signature', issues, 'thẩm quyền ký (capacity: TM., KT. hoặc null)', [
    'TM',
    'KT',
    null,
  ] as const);
  const bodyName = readText(source, 'bodyName', 'signature', issues, 'tên cơ quan trên chữ ký (bodyName), ví dụ "ỦY BAN NHÂN DÂN"');
  const signerTitle = readText(source, 'signerTitle', 'signature', issues, 'chức danh người ký (signerTitle), ví dụ "PHÓ CHỦ TỊCH"');
  return capacity !== undefined && bodyName && signerTitle ? { capacity, bodyName, signerTitle } : undefined;
}

export function readApprovalChain(plan: Record<string, unknown>, issues: PlanIssues): ApprovalStepTemplate[] {
  const items = records(plan, 'approvalChain', 'quy trình trình duyệt (approvalChain)', issues, 'Bước trình duyệt', APPROVAL_STEP_FIELDS);
  if (Array.isArray(plan.approvalChain) && plan.approvalChain.length === 0) {
    issues.add('approvalChain', 'Quy trình trình duyệt cần ít nhất một bước, bước cuối là ký ban hành (signs: true).');
  }
  const steps = items.flatMap(({ item, path }) => {
    const key = readText(item, 'key', path, issues, 'mã bước duyệt (key)');
    const label = readText(item, 'label', path, issues, 'tên bước duyệt (label)');
    const unitCode = readOptionalText(item, 'unitCode', path, issues, 'mã đơn vị duyệt');
    const roles = readList(item, 'roles', path, issues, 'vai trò được duyệt (roles)');
    roles.forEach((role, i) => {
      if (!isRole(role))
        issues.add(field(field(path, 'roles'), i), `Vai trò ${describeValue(role)} không tồn tại; dùng ví dụ "leader", "deputy_leader".`);
    });
    if (Array.isArray(item.roles) && roles.length === 0) issues.add(field(path, 'roles'), 'Bước duyệt cần ít nhất một vai trò được duyệt.');
    const signs = readBoolean(item, 'signs', path, issues, 'bước ký (signs)', false);
    const validRoles = roles.filter(isRole);
    if (!key || !label || signs === undefined || validRoles.length !== roles.length) return [];
    return [issues.located({ key, label, ...optional('unitCode', unitCode), roles: validRoles, ...(signs ? { signs } : {}) }, path)];
  });
  items.forEach(({ item, path }, index) => {
    const last = index === items.length - 1;
    if (last && item.signs !== true)
      issues.add(field(path, 'signs'), 'Bước cuối của quy trình trình duyệt phải là bước ký ban hành (signs: true).');
    if (!last && item.signs === true)
      issues.add(field(path, 'signs'), 'Chỉ bước cuối của quy trình trình duyệt được là bước ký (signs: true).');
  });
  return steps;
}

export function readReminders(plan: Record<string, unknown>, issues: PlanIssues): ReminderPolicy | undefined {
  const source = readObject(plan, 'reminders', '', issues, 'chính sách nhắc hạn (reminders)');
  if (!source) return undefined;
  checkKnownFields(source, REMINDER_FIELDS, 'reminders', issues);
  const before = readList(source, 'before', 'reminders', issues, 'các mốc nhắc trước hạn (before)');
  before.forEach((d, i) => {
    if (!isDuration(d)) issues.add(field('reminders.before', i), durationMessage(d));
  });
  for (const key of ['overdueEvery', 'escalateAfter'] as const) {
    if (!isDuration(source[key])) issues.add(field('reminders', key), durationMessage(source[key]));
  }
  if (!before.every(isDuration) || !isDuration(source.overdueEvery) || !isDuration(source.escalateAfter)) return undefined;
  return { before, overdueEvery: source.overdueEvery, escalateAfter: source.escalateAfter };
}

/** `{ key: value }` when there is a value, `{}` otherwise: optional fields stay absent, not undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
