import { Module } from '@nestjs/common';
import { OrgImportController } from './org-import.controller';
import { OrgImportService } from './org-import.service';
import { UnitScopeService } from './unit-scope.service';
import { UnitsController } from './units.controller';

@Module({
  controllers: [UnitsController, OrgImportController],
  providers: [UnitScopeService, OrgImportService],
  exports: [UnitScopeService],
})
export class OrgModule {}
