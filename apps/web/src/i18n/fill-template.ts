/**
 * A message template with its `{name}` parameters filled in; an unknown parameter is left visible, so it is noticed.
 * On its own, without the catalogues, so the inline first-rows script can use it without carrying every page's words.
 */
export function fillTemplate(template: string, params?: Record<string, string | number>): string {
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
}
