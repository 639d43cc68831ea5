import {
  draftFromTemplate,
  instantiateTemplate,
  placeholderUses,
  resolveTemplateContext,
  type PlanDefinition,
  type PlanTemplate,
  type TemplateInstantiation,
  type TemplateOrgContext,
  type TemplateRequest,
} from '@tdkt/domain';

// A template is filled in the browser by the domain's own functions, as POST /campaigns fills it. One thing the
// browser may not know is the tree's levels below the official's unit: GET /units answers a specialist for their own
// unit only. Those level placeholders ({{level+2}}) stay as written, and the API fills them when the plan is sent.

/** {{level+1}} … {{level+9}}: the offsets a template may write. */
const MAX_LEVEL_OFFSET = 9;

export function fillTemplate(
  template: PlanTemplate,
  org: TemplateOrgContext,
  request: TemplateRequest,
  levelsKnown: boolean,
): TemplateInstantiation {
  if (levelsKnown) return draftFromTemplate(template, org, request);
  const { context, issues } = resolveTemplateContext(template, org, request);
  if (issues.length) return { ok: false, errors: issues };
  const known = context.levels ?? [];
  const unknown = Array.from({ length: Math.max(0, MAX_LEVEL_OFFSET + 1 - known.length) }, (_, i) => `{{level+${known.length + i}}}`);
  return instantiateTemplate(template, { ...context, levels: [...known, ...unknown] });
}

/** The level placeholder a plan still holds, as its offset below the issuer's level: "{{level+2}}" → 2. */
export function pendingLevelOffset(level: string): number | undefined {
  const match = /^\{\{\s*level\+([1-9])\s*\}\}$/.exec(level);
  return match ? Number(match[1]) : undefined;
}

/** POST /campaigns' body: the plan, and when it still holds placeholders, the template and issuer the API fills them for. */
export function submissionOf(plan: PlanDefinition): { plan: PlanDefinition; templateKey?: string; issuerUnitCode?: string } {
  if (!plan.templateKey || placeholderUses(plan).length === 0) return { plan };
  return { templateKey: plan.templateKey, issuerUnitCode: plan.issuer.unitCode, plan };
}
