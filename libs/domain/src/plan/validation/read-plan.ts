/**
 * Reading a whole plan from JSON. Every section is read even when others are broken, and yields what
 * it could, so the cross-checks that follow can still report on it; the result is only handed out as
 * a PlanDefinition when no problem at all was found.
 */
import { isLocalDate } from '../../calendar/local-date';
import type { WorkingDayCalendar, YearOverrides } from '../../calendar/working-day-calendar';
import type { ImplementedDocument, InitiativeAppraisal, LegalBasis, PlanDefinition, PlanIssuer } from '../plan.types';
import { checkKnownFields, fieldsOf } from './check-known-fields';
import { PlanIssues, describeValue, field, isRecord, readList, readObject, readOptionalText, readText, readTextList } from './plan-issues';
import { readApprovalChain, readAwardForms, optional, readReminders, readResponsibilities, readSignature } from './read-governance';
import { readApprovalLapse, readTaskLimits } from './read-task-limits';
import { readParticipantGroups, readParticipantSelector, readQualitativeCriteria } from './read-participants';
import { readStages } from './read-stages';
import { readCalendar } from './read-calendar';

export interface ReadPlan {
  /** Best effort: fields that could not be read are empty, and `issues` says why. */
  plan: PlanDefinition;
  /** The calendar of the plan's own overrides, or the plain one when they are broken (reported). */
  calendar: WorkingDayCalendar;
}

const PLAN_FIELDS = fieldsOf<PlanDefinition>()([
  'templateKey',
  'issuer',
  'place',
  'year',
  'issuedOn',
  'title',
  'implements',
  'legalBases',
  'purposes',
  'requirements',
  'contents',
  'participants',
  'participantGroups',
  'awardForms',
  'stages',
  'responsibilities',
  'recipients',
  'signature',
  'approvalChain',
  'reminders',
  'taskLimits',
  'approvalLapse',
  'calendarOverrides',
  'initiativeAppraisal',
]);
const ISSUER_FIELDS = fieldsOf<PlanIssuer>()(['unitCode', 'issuerCode']);
const IMPLEMENTS_FIELDS = fieldsOf<ImplementedDocument>()(['number', 'issuer', 'issuedOn', 'title', 'campaignId']);
const LEGAL_BASIS_FIELDS = fieldsOf<LegalBasis>()(['reference', 'summary']);
const INITIATIVE_APPRAISAL_FIELDS = fieldsOf<InitiativeAppraisal>()(['council', 'criteria']);

export function readPlan(input: Record<string, unknown>, issues: PlanIssues, national?: YearOverrides): ReadPlan {
  checkKnownFields(input, PLAN_FIELDS, '', issues);
  const issuerSource = readObject(input, 'issuer', '', issues, 'cơ quan ban hành (issuer)');
  if (issuerSource) checkKnownFields(issuerSource, ISSUER_FIELDS, 'issuer', issues);
  const issuer = {
    unitCode: (issuerSource && readText(issuerSource, 'unitCode', 'issuer', issues, 'mã đơn vị ban hành (issuer.unitCode)')) ?? '',
    ...optional('issuerCode', issuerSource && readOptionalText(issuerSource, 'issuerCode', 'issuer', issues, 'ký hiệu cơ quan ban hành')),
  };
  const { calendar, overrides } = readCalendar(input.calendarOverrides, issues, national);
  const plan: PlanDefinition = {
    ...optional('templateKey', readOptionalText(input, 'templateKey', '', issues, 'mã mẫu kế hoạch')),
    issuer,
    place: readText(input, 'place', '', issues, 'địa danh ban hành (place), ví dụ "Tuyên Quang"') ?? '',
    year: readYear(input.year, issues),
    title: readText(input, 'title', '', issues, 'tiêu đề kế hoạch (title)') ?? '',
    legalBases: readLegalBases(input, issues),
    purposes: readTextList(input, 'purposes', '', issues, 'mục đích (purposes)'),
    requirements: readTextList(input, 'requirements', '', issues, 'yêu cầu (requirements)'),
    ...optional(
      'contents',
      input.contents === undefined ? undefined : readTextList(input, 'contents', '', issues, 'nội dung phong trào (contents)'),
    ),
    participants: readParticipantSelector(input, issues),
    participantGroups: readParticipantGroups(input, issues),
    awardForms: readAwardForms(input, issues),
    stages: readStages(input, issues),
    responsibilities: readResponsibilities(input, issues),
    recipients: readTextList(input, 'recipients', '', issues, 'nơi nhận (recipients)'),
    signature: readSignature(input, issues) ?? { capacity: null, bodyName: '', signerTitle: '' },
    approvalChain: readApprovalChain(input, issues),
    reminders: readReminders(input, issues) ?? { before: [], overdueEvery: '', escalateAfter: '' },
    ...optional('issuedOn', readIssuedOn(input, issues)),
    ...optional('implements', readImplements(input, issues)),
    ...optional('taskLimits', readTaskLimits(input, issues)),
    ...optional('approvalLapse', readApprovalLapse(input, issues)),
    ...optional('calendarOverrides', overrides),
    ...optional('initiativeAppraisal', readInitiativeAppraisal(input, issues)),
  };
  return { plan, calendar };
}

function readImplements(input: Record<string, unknown>, issues: PlanIssues): ImplementedDocument | undefined {
  if (input.implements === undefined) return undefined;
  const source = readObject(input, 'implements', '', issues, 'văn bản cấp trên được thực hiện (implements)');
  if (!source) return undefined;
  checkKnownFields(source, IMPLEMENTS_FIELDS, 'implements', issues);
  const number = readText(source, 'number', 'implements', issues, 'số, ký hiệu văn bản cấp trên (number), ví dụ "155/KH-UBND"');
  const issuer = readText(source, 'issuer', 'implements', issues, 'cơ quan ban hành văn bản cấp trên (issuer)');
  const issuedOn = readOptionalText(source, 'issuedOn', 'implements', issues, 'ngày ban hành');
  if (issuedOn !== undefined && !isLocalDate(issuedOn))
    issues.add('implements.issuedOn', `Ngày ban hành ghi theo dạng YYYY-MM-DD, không phải ${describeValue(issuedOn)}.`);
  const title = readOptionalText(source, 'title', 'implements', issues, 'trích yếu');
  const campaignId = readOptionalText(source, 'campaignId', 'implements', issues, 'mã phong trào');
  if (!number || !issuer) return undefined;
  return { number, issuer, ...optional('issuedOn', issuedOn), ...optional('title', title), ...optional('campaignId', campaignId) };
}

function readIssuedOn(input: Record<string, unknown>, issues: PlanIssues): string | undefined {
  const value = input.issuedOn;
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isLocalDate(value)) return value;
  issues.add('issuedOn', `Ngày ban hành (issuedOn) ghi theo dạng YYYY-MM-DD, ví dụ "2022-08-13", không phải ${describeValue(value)}.`);
  return undefined;
}

function readYear(value: unknown, issues: PlanIssues): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1945 && value <= 2199) return value;
  issues.add('year', `Năm kế hoạch (year) phải là số nguyên, ví dụ 2026, không phải ${describeValue(value)}.`);
  return 0;
}

function readLegalBases(input: Record<string, unknown>, issues: PlanIssues): LegalBasis[] {
  return readList(input, 'legalBases', '', issues, 'căn cứ pháp lý (legalBases)').flatMap((item, index) => {
    const path = field('legalBases', index);
    if (!isRecord(item)) {
      issues.add(path, `Căn cứ phải là một đối tượng {"reference": "..."}, không phải ${describeValue(item)}.`);
      return [];
    }
    checkKnownFields(item, LEGAL_BASIS_FIELDS, path, issues);
    const reference = readText(item, 'reference', path, issues, 'số, ký hiệu văn bản căn cứ (reference)');
    const summary = readOptionalText(item, 'summary', path, issues, 'trích yếu');
    return reference ? [{ reference, ...optional('summary', summary) }] : [];
  });
}

function readInitiativeAppraisal(input: Record<string, unknown>, issues: PlanIssues): InitiativeAppraisal | undefined {
  if (input.initiativeAppraisal === undefined) return undefined;
  const source = readObject(input, 'initiativeAppraisal', '', issues, 'hội đồng thẩm định sáng kiến (initiativeAppraisal)');
  if (!source) return undefined;
  checkKnownFields(source, INITIATIVE_APPRAISAL_FIELDS, 'initiativeAppraisal', issues);
  const council = readText(source, 'council', 'initiativeAppraisal', issues, 'tên hội đồng thẩm định (council)');
  const items = readList(source, 'criteria', 'initiativeAppraisal', issues, 'tiêu chí thẩm định sáng kiến (criteria)');
  const criteria = readQualitativeCriteria(items, 'initiativeAppraisal.criteria', issues);
  return council ? { council, criteria } : undefined;
}
