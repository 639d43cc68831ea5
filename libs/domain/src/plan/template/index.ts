export type { PlanTemplate, TemplateBodies, TemplateBody, TemplateRequest } from './plan-template.types';
export {
  describePlaceholder,
  parsePlaceholder,
  placeholderUses,
  KNOWN_PLACEHOLDERS,
  type Placeholder,
  type PlaceholderName,
} from './placeholders';
export { placeInUnitName, placeOfUnit } from './place-name';
export { resolveTemplateContext, type TemplateContext, type TemplateOrgContext, type TemplateOrgUnit } from './template-context';
export { instantiateTemplate, type TemplateInstantiation } from './instantiate-template';
export { draftFromTemplate } from './draft-from-template';
export { checkPlanTemplate } from './check-template';
