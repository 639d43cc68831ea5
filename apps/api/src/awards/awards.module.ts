import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AwardAttachmentStore, AwardDossierStore, CampaignProjections, CampaignRepository } from '@tdkt/persistence';
import { CalendarModule } from '../calendar/calendar.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { AwardCatalogueController } from './award-catalogue.controller';
import { AwardCatalogueModule } from './award-catalogue.module';
import { AwardAttachmentsController } from './award-attachments.controller';
import { AwardAttachmentsService } from './award-attachments.service';
import { AwardDocumentsController } from './award-documents.controller';
import { AwardDocumentsService } from './award-documents.service';
import { AwardDossiersController } from './award-dossiers.controller';
import { AwardDossiersService } from './award-dossiers.service';
import { AwardFormsController } from './award-forms.controller';
import { AwardFormsService } from './award-forms.service';
import { AwardHistoryController } from './award-history.controller';

const fromDataSource = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  inject: [DataSource],
  useFactory: (ds: DataSource) => new type(ds),
});

/** Awards: the catalogue of forms, the dossiers that travel their computed routes, and the award history. */
@Module({
  imports: [CampaignsModule, CalendarModule, DelegationsModule, AwardCatalogueModule],
  controllers: [
    AwardFormsController,
    AwardCatalogueController,
    AwardDossiersController,
    AwardDocumentsController,
    AwardAttachmentsController,
    AwardHistoryController,
  ],
  providers: [
    AwardFormsService,
    AwardDossiersService,
    AwardDocumentsService,
    AwardAttachmentsService,
    fromDataSource(AwardAttachmentStore),
    fromDataSource(CampaignRepository),
    fromDataSource(AwardDossierStore),
    fromDataSource(CampaignProjections),
  ],
  exports: [AwardFormsService],
})
export class AwardsModule {}
