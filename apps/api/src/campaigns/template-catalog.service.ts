import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { PlanDefinition } from '@tdkt/domain';

/** Plans shipped as data (libs/domain/templates/*.json): real plans an issuer starts from and adapts. */
@Injectable()
export class TemplateCatalog {
  private readonly templates: ReadonlyMap<string, PlanDefinition>;

  constructor() {
    const dir = join(dirname(require.resolve('@tdkt/domain/package.json')), 'templates');
    const entries = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as PlanDefinition);
    this.templates = new Map(entries.map((plan) => [plan.templateKey ?? '', plan]));
  }

  list(): { key: string; title: string; issuerUnitCode: string }[] {
    return [...this.templates.entries()].map(([key, plan]) => ({ key, title: plan.title, issuerUnitCode: plan.issuer.unitCode }));
  }

  get(key: string): PlanDefinition {
    const plan = this.templates.get(key);
    if (!plan) throw new NotFoundException(`Không có mẫu kế hoạch "${key}".`);
    return structuredClone(plan);
  }
}
