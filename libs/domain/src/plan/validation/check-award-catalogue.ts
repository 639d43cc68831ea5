/**
 * A plan's award form that names a catalogue entry takes who may receive it, who decides it and its
 * route from that entry, so the entry must exist in the catalogue in force when the plan is issued: a
 * misspelt key, or a form the law of the day does not have, is refused before the plan runs.
 */
import { catalogueEntry } from '../../award/catalogue/catalogue-entry';
import { catalogueInForce } from '../../award/catalogue/catalogue-in-force';
import type { AwardCatalogue } from '../../award/award-catalogue.types';
import { isLocalDate } from '../../calendar/local-date';
import type { PlanDefinition } from '../plan.types';
import { PlanIssues, field } from './plan-issues';

export function checkAwardCatalogueKeys(
  plan: PlanDefinition,
  catalogues: readonly AwardCatalogue[],
  issuedOn: string,
  issues: PlanIssues,
): void {
  const forms = plan.awardForms.filter((form) => form.catalogueKey !== undefined);
  // Without a readable date (the plan's year is itself refused) there is no catalogue to look in.
  if (forms.length === 0 || !isLocalDate(issuedOn)) return;
  const catalogue = catalogueInForce(catalogues, issuedOn);
  for (const form of forms) {
    const path = field(issues.pathOf(form), 'catalogueKey');
    if (!catalogue) {
      issues.add(
        path,
        `Ngày ban hành ${vietnameseDate(issuedOn)} chưa có danh mục khen thưởng nào được áp dụng; bỏ mã danh mục (catalogueKey) hoặc kiểm tra lại ngày ban hành.`,
      );
    } else if (!catalogueEntry(catalogue, form.catalogueKey!, issuedOn)) {
      issues.add(
        path,
        `Hình thức "${form.name}" ghi mã danh mục "${form.catalogueKey}", nhưng danh mục khen thưởng áp dụng ngày ${vietnameseDate(issuedOn)} không có mã này; dùng một mã trong danh mục, ví dụ "giay-khen", "bang-khen-chu-tich-ubnd-tinh".`,
      );
    }
  }
}

function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
