import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AwardCatalogueStore } from '@tdkt/persistence';
import { OrgModule } from '../org/org.module';
import { AwardCatalogueService } from './award-catalogue.service';

/** The award catalogue in force per province: read by plans (their award forms) and by dossiers alike. */
@Module({
  imports: [OrgModule],
  providers: [
    AwardCatalogueService,
    { provide: AwardCatalogueStore, inject: [DataSource], useFactory: (ds: DataSource) => new AwardCatalogueStore(ds) },
  ],
  exports: [AwardCatalogueService],
})
export class AwardCatalogueModule {}
