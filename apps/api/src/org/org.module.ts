import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfficialPostings, OrgChangeStore, UnitHistoryStore } from '@tdkt/persistence';
import { OrgChangeRunner } from './org-change-runner';
import { OrgChangesController } from './org-changes.controller';
import { OrgChangesService } from './org-changes.service';
import { OrgImportController } from './org-import.controller';
import { OrgImportService } from './org-import.service';
import { UnitHistoryController } from './unit-history.controller';
import { UnitScopeService } from './unit-scope.service';
import { UnitsController } from './units.controller';

const store = <T>(Store: new (dataSource: DataSource) => T) => ({
  provide: Store,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new Store(dataSource),
});

@Module({
  controllers: [UnitsController, UnitHistoryController, OrgImportController, OrgChangesController],
  providers: [
    UnitScopeService,
    OrgImportService,
    OrgChangesService,
    OrgChangeRunner,
    store(OrgChangeStore),
    store(UnitHistoryStore),
    store(OfficialPostings),
  ],
  exports: [UnitScopeService],
})
export class OrgModule {}
