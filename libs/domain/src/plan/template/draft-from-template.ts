import { isRecord } from '../validation/plan-issues';
import { instantiateTemplate, type TemplateInstantiation } from './instantiate-template';
import type { PlanTemplate, TemplateRequest } from './plan-template.types';
import { placeholderUses } from './placeholders';
import { resolveTemplateContext, type TemplateOrgContext } from './template-context';

/**
 * A draft plan from a template, as a drafter asks for it: for their issuer and year, with some fields of
 * their own. A caller that overrides every field the template leaves open — a whole plan, as callers did
 * before templates had placeholders — gets the merged plan back as it is; one that names its issuer or
 * year inside its own fields needs not repeat them in the request.
 */
export function draftFromTemplate(
  template: PlanTemplate,
  org: TemplateOrgContext,
  request: TemplateRequest,
  overrides: Record<string, unknown> = {},
): TemplateInstantiation {
  const merged = { ...template.plan, ...overrides };
  if (placeholderUses(merged).length === 0) return instantiateTemplate(template, {}, overrides);
  const { context, issues } = resolveTemplateContext(template, org, {
    ...request,
    issuerUnitCode: request.issuerUnitCode ?? plainIssuerOf(merged),
    year: request.year ?? (typeof merged.year === 'number' ? merged.year : undefined),
  });
  if (issues.length) return { ok: false, errors: issues };
  return instantiateTemplate(template, context, overrides);
}

function plainIssuerOf(plan: Record<string, unknown>): string | undefined {
  const unitCode = isRecord(plan.issuer) ? plan.issuer.unitCode : undefined;
  return typeof unitCode === 'string' && placeholderUses(unitCode).length === 0 ? unitCode : undefined;
}
