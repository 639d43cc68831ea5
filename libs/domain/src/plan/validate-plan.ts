/**
 * Refuses a plan that cannot run, before anyone drafts, approves or issues it: every problem at once,
 * each at the path of the field to fix and worded in Vietnamese for the official who wrote the plan.
 * Pure: the unit tree is passed in.
 */
import type { AwardCatalogue } from '../award/award-catalogue.types';
import { SHIPPED_AWARD_CATALOGUES } from '../award/catalogue/shipped-catalogues';
import { toLocalDate } from '../calendar/local-date';
import type { YearOverrides } from '../calendar/working-day-calendar';
import type { PlanOrgContext } from './participants';
import type { PlanDefinition } from './plan.types';
import { checkAwardCatalogueKeys } from './validation/check-award-catalogue';
import { checkUniqueKeys } from './validation/check-keys';
import { checkReferences } from './validation/check-references';
import { checkTimeline } from './validation/check-timeline';
import { defaultIssuedAt } from './validation/default-issued-at';
import { PlanIssues, describeValue, type PlanIssue } from './validation/plan-issues';
import { readPlan } from './validation/read-plan';

export type { PlanIssue } from './validation/plan-issues';

export type PlanValidationResult = { ok: true; value: PlanDefinition } | { ok: false; errors: PlanIssue[] };

export interface ValidatePlanOptions {
  /**
   * The instant the plan is (or will be) issued, for dates counted from "issued". Defaults to the
   * earliest phase opening on a fixed date; without one, such dates are not checked.
   */
  issuedAt?: Date;
  /** The national calendar in force: the shipped years with those an administrator entered. The shipped ones alone by default. */
  national?: YearOverrides;
  /** The award catalogues an award form's catalogueKey is looked up in; the shipped ones by default. */
  awardCatalogues?: readonly AwardCatalogue[];
  /** When a new plan is being drafted: it is issued no earlier, so its award forms are those of the catalogue in force from then. */
  draftedAt?: Date;
}

export function validatePlan(plan: unknown, org: PlanOrgContext, options: ValidatePlanOptions = {}): PlanValidationResult {
  const issues = new PlanIssues();
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    issues.add('', `Kế hoạch phải là một đối tượng JSON, không phải ${describeValue(plan)}.`);
    return { ok: false, errors: issues.list };
  }
  const { plan: read, calendar } = readPlan(plan as Record<string, unknown>, issues, options.national);
  checkUniqueKeys(read, issues);
  const participants = checkReferences(read, org, issues);
  const levelRanks = new Map<string, number>();
  for (const { levelCode } of participants) {
    const rank = org.levels.get(levelCode);
    if (rank !== undefined) levelRanks.set(levelCode, rank);
  }
  const issuerLevel = org.units.get(read.issuer.unitCode)?.levelCode;
  checkTimeline(read, { levelRanks, calendar, issuedAt: options.issuedAt, issuerLevel }, issues);
  checkAwardCatalogueKeys(
    read,
    options.awardCatalogues ?? SHIPPED_AWARD_CATALOGUES,
    issueDate(read, options.issuedAt ?? options.draftedAt),
    issues,
  );
  return issues.list.length ? { ok: false, errors: issues.list } : { ok: true, value: read };
}

/**
 * The day the plan is issued, for the award catalogue in force: the date written on it, or the instant
 * it will be (or, for a new draft, at the earliest can be) issued, or its first fixed opening; failing all, the first day of its year, since a plan
 * is numbered in the year it is issued.
 */
function issueDate(plan: PlanDefinition, issuedAt: Date | undefined): string {
  if (plan.issuedOn) return plan.issuedOn;
  const instant = issuedAt ?? defaultIssuedAt(plan);
  return instant ? toLocalDate(instant) : `${String(plan.year).padStart(4, '0')}-01-01`;
}
