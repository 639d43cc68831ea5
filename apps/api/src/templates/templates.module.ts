import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlanTemplateStore } from '@tdkt/persistence';
import { TemplateCatalog } from './template-catalog.service';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** Plan templates: the catalog, filling one for a drafter, and administrators adding their own. */
@Module({
  controllers: [TemplatesController],
  providers: [
    TemplatesService,
    TemplateCatalog,
    { provide: PlanTemplateStore, inject: [DataSource], useFactory: (ds: DataSource) => new PlanTemplateStore(ds) },
  ],
  exports: [TemplatesService],
})
export class TemplatesModule {}
