import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CampaignProjections, CampaignRepository, NotificationStore } from '@tdkt/persistence';
import { AwardCatalogueModule } from '../awards/award-catalogue.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { OrgModule } from '../org/org.module';
import { TemplatesModule } from '../templates/templates.module';
import { CampaignChangesController } from './campaign-changes.controller';
import { CampaignChangesService } from './campaign-changes.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignScheduleService } from './campaign-schedule.service';
import { CampaignsService } from './campaigns.service';
import { CompilationsService } from './compilations.service';
import { DashboardController } from './dashboard.controller';
import { InboxController } from './inbox.controller';
import { NominationsService } from './nominations.service';
import { NotificationsController } from './notifications.controller';
import { ObligationActionsService } from './obligation-actions.service';
import { ObligationsController } from './obligations.controller';
import { ProgressController } from './progress.controller';

const fromDataSource = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  inject: [DataSource],
  useFactory: (ds: DataSource) => new type(ds),
});

@Module({
  imports: [OrgModule, DelegationsModule, TemplatesModule, CalendarModule, AwardCatalogueModule],
  controllers: [
    CampaignsController,
    CampaignChangesController,
    ObligationsController,
    ProgressController,
    DashboardController,
    InboxController,
    NotificationsController,
  ],
  providers: [
    CampaignsService,
    CampaignScheduleService,
    CampaignChangesService,
    CompilationsService,
    NominationsService,
    ObligationActionsService,
    fromDataSource(CampaignRepository),
    fromDataSource(CampaignProjections),
    fromDataSource(NotificationStore),
  ],
  exports: [CampaignsService, CompilationsService],
})
export class CampaignsModule {}
