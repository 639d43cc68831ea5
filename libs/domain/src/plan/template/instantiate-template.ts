/**
 * Turns a template into a draft plan for one issuer and year. The draft is then validated by validatePlan
 * like any plan written by hand: this step only fills placeholders.
 *
 * Placeholders are filled structurally, walking the parsed JSON, not by replacing in the JSON text: a
 * value is inserted into a string as it is (a place name with a quote cannot break the JSON), keys are
 * filled the same way as texts (due dates are keyed by level: "{{level+2}}"), a text that is only
 * "{{year}}" becomes the number the plan's `year` field needs, and a refusal can name the field where
 * the placeholder sits.
 */
import { field, isRecord, PlanIssues, type PlanIssue } from '../validation/plan-issues';
import type { PlanTemplate } from './plan-template.types';
import { describePlaceholder, describePlaceholderEn, KNOWN_PLACEHOLDERS, parsePlaceholder, replaceTokens, soleToken } from './placeholders';
import type { TemplateContext } from './template-context';

export type TemplateInstantiation = { ok: true; draft: Record<string, unknown> } | { ok: false; errors: PlanIssue[] };

/**
 * `overrides` replace whole top-level fields of the template's plan before it is filled, so a drafter's own
 * stages or reminders may use the same placeholders; a field given in full simply has none left to fill.
 */
export function instantiateTemplate(
  template: Pick<PlanTemplate, 'templateKey' | 'plan'>,
  context: TemplateContext,
  overrides: Record<string, unknown> = {},
): TemplateInstantiation {
  const filler = new PlaceholderFiller(context);
  const filled = filler.fill({ ...template.plan, ...overrides }, '') as Record<string, unknown>;
  if (filler.issues.list.length) return { ok: false, errors: filler.issues.list };
  return { ok: true, draft: { templateKey: template.templateKey, ...filled } };
}

class PlaceholderFiller {
  readonly issues = new PlanIssues();
  // One refusal per thing to fix, at the first field it concerns: "{{year+1}}" may occur forty times.
  private readonly refused = new Set<string>();

  constructor(private readonly context: TemplateContext) {}

  fill(value: unknown, path: string): unknown {
    if (typeof value === 'string') return this.fillText(value, path);
    if (Array.isArray(value)) return value.map((item, index) => this.fill(item, field(path, index)));
    if (!isRecord(value)) return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const filledKey = String(this.fillText(key, field(path, key)));
      if (Object.hasOwn(result, filledKey)) {
        this.issues.add(
          field(path, key),
          `Sau khi điền chỗ trống, khóa "${filledKey}" xuất hiện hai lần trong cùng một mục.`,
          `Once the placeholders are filled, the key "${filledKey}" appears twice in the same entry.`,
        );
      }
      result[filledKey] = this.fill(item, field(path, filledKey));
    }
    return result;
  }

  private fillText(text: string, path: string): unknown {
    const sole = soleToken(text);
    if (sole !== undefined) {
      const value = this.valueOf(sole, path);
      return value ?? text;
    }
    return replaceTokens(text, (token) => String(this.valueOf(token, path) ?? `{{${token}}}`));
  }

  private valueOf(token: string, path: string): string | number | undefined {
    const placeholder = parsePlaceholder(token);
    if (!placeholder) {
      this.refuse(
        `unknown {{${token}}}`,
        path,
        `Chỗ trống {{${token}}} không có trong danh sách; dùng một trong: ${KNOWN_PLACEHOLDERS}.`,
        `The placeholder {{${token}}} is not in the list; use one of: ${KNOWN_PLACEHOLDERS}.`,
      );
      return undefined;
    }
    const { context } = this;
    const missing = (fallback: string, fallbackEn: string) => {
      const given = context.missing?.[placeholder.name];
      const why = given ?? fallback;
      const whyEn = given === undefined ? fallbackEn : context.missingEn?.[placeholder.name];
      // One reason, one thing to fix: "{{year}}" and "{{year+3}}" without a year, or everything without an issuer.
      this.refuse(
        why,
        path,
        `Chưa điền được {{${token}}} (${describePlaceholder(placeholder)}): ${why}.`,
        whyEn === undefined ? undefined : `{{${token}}} (${describePlaceholderEn(placeholder)}) cannot be filled: ${whyEn}.`,
      );
      return undefined;
    };
    switch (placeholder.name) {
      case 'year':
        return context.year === undefined
          ? missing('ghi năm kế hoạch (year)', 'give the plan year (year)')
          : context.year + placeholder.offset;
      case 'level': {
        if (!context.levels) return missing('chọn đơn vị ban hành (issuerUnitCode)', 'choose the issuing unit (issuerUnitCode)');
        const level = context.levels[placeholder.offset];
        return (
          level ??
          missing(
            `cơ cấu tổ chức không có cấp nào thấp hơn cấp "${context.levels[0]}" ${placeholder.offset} bậc`,
            `the organisation has no level ${placeholder.offset} rank(s) below level "${context.levels[0]}"`,
          )
        );
      }
      default:
        return (
          context[placeholder.name] ??
          missing(`chưa có giá trị cho {{${placeholder.name}}}`, `there is no value for {{${placeholder.name}}}`)
        );
    }
  }

  private refuse(problem: string, path: string, message: string, en?: string): void {
    if (this.refused.has(problem)) return;
    this.refused.add(problem);
    this.issues.add(path, message, en);
  }
}
