import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DecisionLog } from '@tdkt/persistence';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { OrgModule } from '../org/org.module';
import { AuditController } from './audit.controller';
import { OperatorLinksController } from './operator-links.controller';
import { TimelineService } from './timeline.service';
import { VerificationService } from './verification.service';

@Module({
  imports: [CampaignsModule, OrgModule],
  controllers: [AuditController, OperatorLinksController],
  providers: [
    TimelineService,
    VerificationService,
    { provide: DecisionLog, inject: [DataSource], useFactory: (dataSource: DataSource) => new DecisionLog(dataSource) },
  ],
})
export class AuditModule {}
