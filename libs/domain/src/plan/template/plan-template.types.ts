/**
 * A template is a plan written for no tree in particular: where a concrete plan names a unit, a level or a
 * year, the template has a placeholder ("{{issuer}}", "{{level+1}}", "{{year+3}}"), filled when a drafter
 * starts a campaign from it for their own body and year.
 */
export interface PlanTemplate {
  /** Kept by every plan made from it, and by their clones ("ubnd-chuyen-doi-so"). */
  templateKey: string;
  /** The kinds of body the plan is written for ("ubnd"): its wording and signature fit no other. Any kind when absent. */
  issuerKinds?: string[];
  /** Bodies the plan names besides its issuer, and how to find each in the issuer's tree when the drafter does not name it. */
  bodies?: TemplateBodies;
  /** A plan (PlanDefinition) with placeholders where it would name a unit, a level, a place or a year. */
  plan: Record<string, unknown>;
}

export interface TemplateBodies {
  /** The body that appraises and compiles for the issuer: a province's Sở Nội vụ for its People's Committee. */
  appraiser?: TemplateBody;
}

export interface TemplateBody {
  /** Its unit kind, looked for among the units of the issuer's level in the issuer's subtree ("so"). */
  kind: string;
  /** What it is, for the official who has to name it when the tree has several: "Sở Nội vụ (thẩm định, tổng hợp)". */
  description: string;
}

/** What a drafter says when starting a campaign from a template; the rest comes from the unit tree. */
export interface TemplateRequest {
  issuerUnitCode?: string;
  year?: number;
  /** Unit codes of the bodies the template names (`{{appraiser}}`), when the tree does not settle them. */
  bodies?: { appraiser?: string };
  /** The place written before the date, when the issuer's name does not give it. */
  place?: string;
}
