/**
 * Whether a template an administrator adds can serve any issuer: every placeholder is one the templates
 * know, and filled for a made-up tree (sample-org.ts) it gives a plan that validatePlan accepts.
 */
import { validatePlan } from '../validate-plan';
import { field, type PlanIssue } from '../validation/plan-issues';
import { instantiateTemplate } from './instantiate-template';
import type { PlanTemplate } from './plan-template.types';
import { KNOWN_PLACEHOLDERS, parsePlaceholder, placeholderUses } from './placeholders';
import { sampleOrgFor } from './sample-org';
import { resolveTemplateContext } from './template-context';

/** Problems with the template, at paths from the template's root ("plan.stages[0]…"); empty when it is fit to add. */
export function checkPlanTemplate(template: PlanTemplate, sampleYear: number): PlanIssue[] {
  const unknown = placeholderUses(template.plan)
    .filter(({ token }) => !parsePlaceholder(token))
    .map(({ token, path }) => ({
      path: field('plan', path),
      message: `Chỗ trống {{${token}}} không có trong danh sách; dùng một trong: ${KNOWN_PLACEHOLDERS}.`,
      en: `The placeholder {{${token}}} is not in the list; use one of: ${KNOWN_PLACEHOLDERS}.`,
    }));
  if (unknown.length) return unknown;

  const { org, request } = sampleOrgFor(template);
  const { context, issues } = resolveTemplateContext(template, org, { ...request, year: sampleYear });
  if (issues.length) return issues;
  const instance = instantiateTemplate(template, context);
  if (!instance.ok) return atPlan(instance.errors);
  const checked = validatePlan(instance.draft, org);
  return checked.ok
    ? []
    : atPlan(checked.errors).map((e) => ({
        ...e,
        message: `Thử lập kế hoạch từ mẫu cho một đơn vị mẫu: ${e.message}`,
        ...(e.en === undefined ? {} : { en: `Trying the template on a sample unit: ${e.en}` }),
      }));
}

const atPlan = (errors: PlanIssue[]) => errors.map((e) => ({ ...e, path: e.path ? field('plan', e.path) : 'plan' }));
