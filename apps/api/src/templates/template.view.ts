import { describePlaceholder, parsePlaceholder, placeholderUses } from '@tdkt/domain';
import type { CatalogEntry } from './template-catalog.service';

/** What a drafter needs to choose a template and know what to give when instantiating it. */
export const toTemplateSummary = ({ template, source, addedBy, addedAt }: CatalogEntry) => ({
  key: template.templateKey,
  /** As written, placeholders included ("… tỉnh {{place}} đến năm {{year+3}} …"). */
  title: typeof template.plan.title === 'string' ? template.plan.title : null,
  issuerKinds: template.issuerKinds ?? null,
  bodies: template.bodies ?? {},
  placeholders: placeholdersOf(template.plan),
  source,
  addedBy: addedBy ?? null,
  addedAt: addedAt ?? null,
});

/** The template in full: its summary and the plan with its placeholders. */
export const toTemplateView = (entry: CatalogEntry) => ({ ...toTemplateSummary(entry), plan: entry.template.plan });

function placeholdersOf(plan: Record<string, unknown>): { placeholder: string; meaning: string }[] {
  const tokens = [...new Set(placeholderUses(plan).map((use) => use.token))].sort();
  return tokens.map((token) => {
    const parsed = parsePlaceholder(token);
    return { placeholder: `{{${token}}}`, meaning: parsed ? describePlaceholder(parsed) : 'không có trong danh sách chỗ trống' };
  });
}
