/**
 * Keys name things other records point at (an obligation's phase, a nomination's award form, a KPI
 * value's criterion), so each must be unique where it is looked up.
 */
import type { PlanDefinition } from '../plan.types';
import { PlanIssues, field } from './plan-issues';

export function checkUniqueKeys(plan: PlanDefinition, issues: PlanIssues): void {
  unique(plan.participantGroups, 'nhóm đối tượng', issues);
  for (const group of plan.participantGroups) unique(group.criteria, `tiêu chí trong nhóm "${group.label}"`, issues);
  unique(plan.awardForms, 'hình thức khen thưởng', issues);
  unique(plan.stages, 'giai đoạn', issues);
  // Phase keys name obligations and milestones ("so-ket.due") across the whole plan, not per stage.
  unique(
    plan.stages.flatMap((stage) => stage.phases),
    'bước (trong toàn kế hoạch)',
    issues,
  );
  unique(plan.approvalChain, 'bước trình duyệt', issues);
  if (plan.initiativeAppraisal) unique(plan.initiativeAppraisal.criteria, 'tiêu chí thẩm định sáng kiến', issues);
}

function unique(items: readonly { key: string }[], what: string, issues: PlanIssues): void {
  const firstAt = new Map<string, string>();
  for (const item of items) {
    const path = issues.pathOf(item);
    const earlier = firstAt.get(item.key);
    if (earlier === undefined) firstAt.set(item.key, path);
    else issues.add(field(path, 'key'), `Mã ${what} "${item.key}" bị trùng với ${earlier}; mỗi mã chỉ được dùng một lần.`);
  }
}
