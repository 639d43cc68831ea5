import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfficialPostings, SessionStore } from '@tdkt/persistence';
import { OfficialsController } from './officials.controller';
import { OfficialsAdminService } from './officials-admin.service';
import { OrgRootsController } from './org-roots.controller';
import { OrgRootsService } from './org-roots.service';

const store = <T>(Store: new (dataSource: DataSource) => T) => ({
  provide: Store,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new Store(dataSource),
});

/** Accounts administration (a province's IT office) and the system administrator's independent roots. */
@Module({
  controllers: [OfficialsController, OrgRootsController],
  providers: [OfficialsAdminService, OrgRootsService, store(OfficialPostings), store(SessionStore)],
})
export class OfficialsModule {}
