/** Every unit and level a plan names must exist in the unit tree it will run in, and someone must take part. */
import { selectParticipants, type Participant, type PlanOrgContext } from '../participants';
import type { PhaseScope, PlanDefinition } from '../plan.types';
import { PlanIssues, field } from './plan-issues';

export function checkReferences(plan: PlanDefinition, org: PlanOrgContext, issues: PlanIssues): Participant[] {
  const unit = (code: string | undefined, path: string, what: string) => {
    if (code !== undefined && code !== '' && !org.units.has(code)) {
      issues.add(path, `Không tìm thấy ${what} có mã "${code}" trong cơ cấu tổ chức; kiểm tra lại mã đơn vị.`);
    }
  };
  const levels = (codes: readonly string[] | undefined, path: string) =>
    codes?.forEach((code, i) => {
      if (!org.levels.has(code)) {
        issues.add(field(path, i), `Cấp "${code}" không tồn tại; các cấp hiện có: ${[...org.levels.keys()].join(', ')}.`);
      }
    });
  const units = (codes: readonly string[] | undefined, path: string) => codes?.forEach((code, i) => unit(code, field(path, i), 'đơn vị'));

  unit(plan.issuer.unitCode, 'issuer.unitCode', 'đơn vị ban hành');
  levels(plan.participants.levels, 'participants.levels');
  units(plan.participants.unitCodes, 'participants.unitCodes');
  units(plan.participants.excludeUnitCodes, 'participants.excludeUnitCodes');
  for (const group of plan.participantGroups) {
    const path = field(issues.pathOf(group), 'match');
    levels(group.match.levels, field(path, 'levels'));
    units(group.match.unitCodes, field(path, 'unitCodes'));
  }
  for (const form of plan.awardForms)
    unit(form.decidedBy.unitCode, field(issues.pathOf(form), 'decidedBy.unitCode'), 'đơn vị quyết định khen thưởng');
  for (const r of plan.responsibilities) unit(r.unitCode, field(issues.pathOf(r), 'unitCode'), `đơn vị "${r.party}"`);
  const phaseKeys = new Set(plan.stages.flatMap((stage) => stage.phases.map((phase) => phase.key)));
  const groupKeys = new Set(plan.participantGroups.map((group) => group.key));
  const scope = (s: PhaseScope | undefined, path: string) => {
    if (!s) return;
    levels(s.levels, field(path, 'levels'));
    units(s.unitCodes, field(path, 'unitCodes'));
    s.groups?.forEach((group, i) => {
      if (!groupKeys.has(group))
        issues.add(field(field(path, 'groups'), i), `Nhóm đối tượng "${group}" không có trong kế hoạch (participantGroups).`);
    });
  };
  for (const compilation of plan.responsibilities.flatMap((r) => r.compiles ?? [])) {
    const path = issues.pathOf(compilation);
    if (!phaseKeys.has(compilation.phaseKey))
      issues.add(field(path, 'phaseKey'), `Kế hoạch không có bước "${compilation.phaseKey}" để tổng hợp.`);
    scope(compilation.follows, field(path, 'follows'));
  }
  for (const step of plan.approvalChain) unit(step.unitCode, field(issues.pathOf(step), 'unitCode'), 'đơn vị duyệt');
  for (const stage of plan.stages) {
    for (const phase of stage.phases) {
      scope(phase.appliesTo, field(issues.pathOf(phase), 'appliesTo'));
      for (const level of Object.keys(phase.dueByLevel)) {
        if (level !== 'default' && !org.levels.has(level)) {
          issues.add(
            field(field(issues.pathOf(phase), 'dueByLevel'), level),
            `Thời hạn ghi cho cấp "${level}" không tồn tại; dùng một trong: ${[...org.levels.keys()].join(', ')} hoặc "default".`,
          );
        }
      }
    }
  }

  const participants = selectParticipants(plan, org);
  if (participants.length === 0 && org.units.has(plan.issuer.unitCode)) {
    issues.add(
      'participants',
      'Phạm vi tham gia không chọn được đơn vị nào (không tính đơn vị ban hành): kiểm tra các cấp, loại đơn vị và danh sách mã đơn vị.',
    );
  }
  return participants;
}
