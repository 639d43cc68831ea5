import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { OidcModule } from './auth/oidc/oidc.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { OrgModule } from './org/org.module';
import { OfficialsModule } from './officials/officials.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { DelegationsModule } from './delegations/delegations.module';
import { TemplatesModule } from './templates/templates.module';
import { ReportRequestsModule } from './report-requests/report-requests.module';
import { CalendarModule } from './calendar/calendar.module';
import { AwardsModule } from './awards/awards.module';
import { TemporalModule } from './temporal/temporal.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    TemporalModule,
    AuthModule,
    AccessModule,
    OidcModule,
    HealthModule,
    OrgModule,
    OfficialsModule,
    CampaignsModule,
    TemplatesModule,
    AuditModule,
    DelegationsModule,
    ReportRequestsModule,
    CalendarModule,
    AwardsModule,
  ],
})
// Request logging is configureApp's (requestLogger): first of all middleware, so even a refused body is logged.
export class AppModule {}
