import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { PlanTemplate } from '@tdkt/domain';
import { PlanTemplateStore } from '@tdkt/persistence';
import type { Bilingual } from '../common/problem/said';

/** A template with where it comes from: shipped with the code, or added by an administrator (who, when). */
export interface CatalogEntry {
  template: PlanTemplate;
  source: 'shipped' | 'added';
  addedBy?: string;
  addedAt?: Date;
}

/**
 * Every template an issuer can start a campaign from: those shipped as data (libs/domain/templates/*.json,
 * written for any issuer; the concrete plans they came from are in libs/domain/examples) and those
 * administrators added (plan_templates). Keys are unique across both.
 */
@Injectable()
export class TemplateCatalog {
  private readonly shipped: ReadonlyMap<string, PlanTemplate>;

  constructor(private readonly added: PlanTemplateStore) {
    const dir = join(dirname(require.resolve('@tdkt/domain/package.json')), 'templates');
    const entries = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as PlanTemplate);
    this.shipped = new Map(entries.map((template) => [template.templateKey, template]));
  }

  /** Shipped templates by key, then added ones in the order they were added. */
  async list(): Promise<CatalogEntry[]> {
    const shipped = [...this.shipped.values()]
      .sort((a, b) => a.templateKey.localeCompare(b.templateKey))
      .map((template) => ({ template: structuredClone(template), source: 'shipped' as const }));
    const added = (await this.added.list()).map((row) => ({
      template: row.template,
      source: 'added' as const,
      addedBy: row.addedByName,
      addedAt: row.addedAt,
    }));
    return [...shipped, ...added];
  }

  async get(key: string): Promise<CatalogEntry> {
    const shipped = this.shipped.get(key);
    if (shipped) return { template: structuredClone(shipped), source: 'shipped' };
    const row = await this.added.find(key);
    if (!row)
      throw new NotFoundException({
        message: `Không có mẫu kế hoạch "${key}".`,
        en: `There is no plan template "${key}".`,
      } satisfies Bilingual);
    return { template: row.template, source: 'added', addedBy: row.addedByName, addedAt: row.addedAt };
  }

  isShipped(key: string): boolean {
    return this.shipped.has(key);
  }
}
