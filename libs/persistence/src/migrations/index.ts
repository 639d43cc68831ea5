import { CreateOrg1763900000000 } from './1763900000000-create-org';
import { CreateCampaigns1763900000100 } from './1763900000100-create-campaigns';
import { CreateNotifications1763900000200 } from './1763900000200-create-notifications';
import { AddObligationContent1763900000300 } from './1763900000300-add-obligation-content';
import { CreateAudit1763900000400 } from './1763900000400-create-audit';
import { CreateDelegations1763900000500 } from './1763900000500-create-delegations';
import { PlanAmendments1763900000600 } from './1763900000600-plan-amendments';
import { PlanTemplates1763900000700 } from './1763900000700-plan-templates';
import { ReportRequests1763900000800 } from './1763900000800-report-requests';
import { CalendarYears1763900000900 } from './1763900000900-calendar-years';
import { AwardDossiers1763901000000 } from './1763901000000-award-dossiers';
import { AwardAttachments1763901000100 } from './1763901000100-award-attachments';
import { AwardPostings1763901000200 } from './1763901000200-award-postings';
import { SessionsAndLoginThrottle1763901000300 } from './1763901000300-sessions-and-login-throttle';
import { OrgChanges1764400000100 } from './1764400000100-org-changes';
import { CampaignParticipants1764400000300 } from './1764400000300-campaign-participants';
import { ReadModelIndexes1764500000000 } from './1764500000000-read-model-indexes';
import { AggregateIndexes1764600000000 } from './1764600000000-aggregate-indexes';
import { MailRetry1764700000000 } from './1764700000000-mail-retry';

/** Every migration in order; the same list runs on SQLite and PostgreSQL. */
export const MIGRATIONS = [
  CreateOrg1763900000000,
  CreateCampaigns1763900000100,
  CreateNotifications1763900000200,
  AddObligationContent1763900000300,
  CreateAudit1763900000400,
  CreateDelegations1763900000500,
  PlanAmendments1763900000600,
  PlanTemplates1763900000700,
  ReportRequests1763900000800,
  CalendarYears1763900000900,
  AwardDossiers1763901000000,
  AwardAttachments1763901000100,
  AwardPostings1763901000200,
  SessionsAndLoginThrottle1763901000300,
  OrgChanges1764400000100,
  CampaignParticipants1764400000300,
  ReadModelIndexes1764500000000,
  AggregateIndexes1764600000000,
  MailRetry1764700000000,
];
