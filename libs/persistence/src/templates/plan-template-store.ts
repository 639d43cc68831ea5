import type { DataSource, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { PlanTemplate } from '@tdkt/domain';
import { PlanTemplateEntity } from '../entities/plan-template.entity';

export interface NewPlanTemplate {
  template: PlanTemplate;
  addedBy: { officialId: string; fullName: string };
  addedAt: Date;
}

/** The templates administrators added; the shipped ones live with the code. */
export class PlanTemplateStore {
  private readonly templates: Repository<PlanTemplateEntity>;

  constructor(dataSource: DataSource) {
    this.templates = dataSource.getRepository(PlanTemplateEntity);
  }

  /** Oldest first, so a listing keeps its order as templates are added. */
  list(): Promise<PlanTemplateEntity[]> {
    return this.templates.find({ order: { addedAt: 'ASC', templateKey: 'ASC' } });
  }

  find(templateKey: string): Promise<PlanTemplateEntity | null> {
    return this.templates.findOneBy({ templateKey });
  }

  /** False when a template already has this key: the first one added keeps it, even when two administrators add at once. */
  async add(entry: NewPlanTemplate): Promise<boolean> {
    if (await this.find(entry.template.templateKey)) return false;
    try {
      const entity = this.templates.create({
        templateKey: entry.template.templateKey,
        template: entry.template,
        addedBy: entry.addedBy.officialId,
        addedByName: entry.addedBy.fullName,
        addedAt: entry.addedAt,
      });
      // The template's plan is free-form JSON (Record<string, unknown>), which TypeORM's partial-entity type cannot follow.
      await this.templates.insert(entity as QueryDeepPartialEntity<PlanTemplateEntity>);
      return true;
    } catch (error) {
      // The primary key refused a second insert that passed the check above at the same moment.
      if (await this.find(entry.template.templateKey)) return false;
      throw error;
    }
  }
}
