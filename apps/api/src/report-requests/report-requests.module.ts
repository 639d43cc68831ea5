import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CampaignRepository } from '@tdkt/persistence';
import { CalendarModule } from '../calendar/calendar.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { OrgModule } from '../org/org.module';
import { ReportRequestsController } from './report-requests.controller';
import { ReportRequestsService } from './report-requests.service';

@Module({
  imports: [CampaignsModule, OrgModule, CalendarModule],
  controllers: [ReportRequestsController],
  providers: [
    ReportRequestsService,
    { provide: CampaignRepository, inject: [DataSource], useFactory: (ds: DataSource) => new CampaignRepository(ds) },
  ],
})
export class ReportRequestsModule {}
