import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CampaignProjections, CampaignRepository, NotificationStore } from '@tdkt/persistence';
import { DelegationsModule } from '../delegations/delegations.module';
import { OrgModule } from '../org/org.module';
import { CampaignChangesController } from './campaign-changes.controller';
import { CampaignChangesService } from './campaign-changes.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { InboxController } from './inbox.controller';
import { NominationsService } from './nominations.service';
import { NotificationsController } from './notifications.controller';
import { ObligationActionsService } from './obligation-actions.service';
import { ObligationsController } from './obligations.controller';
import { ProgressController } from './progress.controller';
import { TemplateCatalog } from './template-catalog.service';

const fromDataSource = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  inject: [DataSource],
  useFactory: (ds: DataSource) => new type(ds),
});

@Module({
  imports: [OrgModule, DelegationsModule],
  controllers: [
    CampaignsController,
    CampaignChangesController,
    ObligationsController,
    ProgressController,
    InboxController,
    NotificationsController,
  ],
  providers: [
    CampaignsService,
    CampaignChangesService,
    NominationsService,
    ObligationActionsService,
    TemplateCatalog,
    fromDataSource(CampaignRepository),
    fromDataSource(CampaignProjections),
    fromDataSource(NotificationStore),
  ],
  exports: [CampaignsService],
})
export class CampaignsModule {}
