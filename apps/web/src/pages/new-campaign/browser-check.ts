import { validatePlan, type PlanIssue, type PlanOrgContext, type YearOverrides } from '@tdkt/domain';

// The domain's own validator, run before sending so most mistakes show at once. The browser has read only part of
// the unit tree, so what depends on the rest of it (does this unit exist, does anyone take part) is left to the API,
// which checks the whole plan again against the whole tree in any case. So is an award form's catalogue entry: the
// catalogue in force is the drafter's province's, with the forms it added, which the browser's validator lacks.

const UNIT_REFERENCE = /(^|\.)(unitCode|unitCodes\[\d+\]|excludeUnitCodes\[\d+\])$/;
const LEVEL_REFERENCE = /(^|\.)levels\[\d+\]$/;
const DUE_LEVEL = /\.dueByLevel\.([^.[\]]+)$/;
const CATALOGUE_ENTRY = /^awardForms\[\d+\]\.catalogueKey$/;

function dependsOnWhatTheBrowserLacks(issue: PlanIssue, org: PlanOrgContext): boolean {
  if (issue.path === 'participants' || UNIT_REFERENCE.test(issue.path) || LEVEL_REFERENCE.test(issue.path)) return true;
  if (CATALOGUE_ENTRY.test(issue.path)) return true;
  const level = DUE_LEVEL.exec(issue.path)?.[1];
  return level !== undefined && level !== 'default' && !org.levels.has(level);
}

/** The plan's problems the browser can be sure of; none means "send it". */
export function checkInBrowser(plan: unknown, org: PlanOrgContext, national: YearOverrides): PlanIssue[] {
  const result = validatePlan(plan, org, { national });
  return result.ok ? [] : result.errors.filter((issue) => !dependsOnWhatTheBrowserLacks(issue, org));
}
