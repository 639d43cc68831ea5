import { Injectable } from '@nestjs/common';
import { entriesInForce, toLocalDate } from '@tdkt/domain';
import { AwardCatalogueService } from './award-catalogue.service';
import type { AwardFormPageView } from './award-form-page.view';
import { toAwardFormView } from './to-award-form-view';

/**
 * The award catalogue as officials read it: the forms in force on a day, with their rules and legal
 * basis, with the changes the official's province made to the shipped catalogue.
 */
@Injectable()
export class AwardFormsService {
  constructor(private readonly catalogues: AwardCatalogueService) {}

  async list(unitCode: string, on: string = toLocalDate(new Date())): Promise<AwardFormPageView> {
    const catalogue = await this.catalogues.inForce(unitCode, on);
    const items = catalogue ? entriesInForce(catalogue, on).map((entry) => toAwardFormView(entry, catalogue.baseSalary)) : [];
    return { items, total: items.length };
  }
}
