import { LevelEntity } from './level.entity';
import { OfficialRoleEntity } from './official-role.entity';
import { OfficialEntity } from './official.entity';
import { UnitEntity } from './unit.entity';
import { NotificationEntity } from './notification.entity';
import { CampaignEntity } from './campaign.entity';
import { PlanNumberSequenceEntity } from './plan-number-sequence.entity';
import { InboxItemEntity } from './inbox-item.entity';
import { UnitProgressEntity } from './unit-progress.entity';
import { DecisionLogEntity } from './decision-log.entity';
import { WorkflowHistoryEntity } from './workflow-history.entity';
import { DelegationEntity } from './delegation.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { PlanAmendmentEntity } from './plan-amendment.entity';
import { PlanTemplateEntity } from './plan-template.entity';
import { AwardDossierEntity } from './award-dossier.entity';
import { AwardRecordEntity } from './award-record.entity';
import { AwardDecisionSequenceEntity } from './award-decision-sequence.entity';
import { AwardCatalogueOverrideEntity } from './award-catalogue-override.entity';
import { SessionEntity } from './session.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { OfficialPostingEntity } from './official-posting.entity';
import { UnitHistoryEntity } from './unit-history.entity';
import { OrgChangeEntity } from './org-change.entity';
import { CampaignParticipantEntity } from './campaign-participant.entity';

export { LevelEntity, OfficialEntity, OfficialRoleEntity, UnitEntity };
export { NotificationEntity, type EmailStatus } from './notification.entity';
export { CampaignEntity, type CampaignKind, type StoredCampaignStatus } from './campaign.entity';
export { PlanNumberSequenceEntity } from './plan-number-sequence.entity';
export { InboxItemEntity, type InboxAction, type InboxItemStatus } from './inbox-item.entity';
export { UnitProgressEntity } from './unit-progress.entity';
export { DecisionLogEntity } from './decision-log.entity';
export { WorkflowHistoryEntity } from './workflow-history.entity';
export { DelegationEntity } from './delegation.entity';
export { CalendarYearEntity } from './calendar-year.entity';
export { PlanAmendmentEntity } from './plan-amendment.entity';
export { PlanTemplateEntity } from './plan-template.entity';
export { AwardDossierEntity, AwardRecordEntity, AwardDecisionSequenceEntity, AwardCatalogueOverrideEntity };
export { SessionEntity, type SessionRevokeReason } from './session.entity';
export { LoginThrottleEntity } from './login-throttle.entity';
export { OfficialPostingEntity, UnitHistoryEntity };
export { OrgChangeEntity, type OrgChangeStatus } from './org-change.entity';
export { CampaignParticipantEntity } from './campaign-participant.entity';

export const ENTITIES = [
  LevelEntity,
  UnitEntity,
  OfficialEntity,
  OfficialRoleEntity,
  NotificationEntity,
  CampaignEntity,
  PlanNumberSequenceEntity,
  InboxItemEntity,
  UnitProgressEntity,
  DecisionLogEntity,
  WorkflowHistoryEntity,
  DelegationEntity,
  CalendarYearEntity,
  PlanAmendmentEntity,
  PlanTemplateEntity,
  AwardDossierEntity,
  AwardRecordEntity,
  AwardDecisionSequenceEntity,
  AwardCatalogueOverrideEntity,
  SessionEntity,
  LoginThrottleEntity,
  OfficialPostingEntity,
  UnitHistoryEntity,
  OrgChangeEntity,
  CampaignParticipantEntity,
];
