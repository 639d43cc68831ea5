import type { AuditActivities, AwardActivities, CampaignActivities, MailActivities, OrgActivities } from '@tdkt/contracts';
import { requestReference } from '@tdkt/domain';
import { CampaignRepository, NationalCalendarStore, OrgDirectory, ParticipantRoster } from '@tdkt/persistence';
import type { ActivityDeps } from './activity-deps';
import { createCampaignProjectionActivities } from './campaign/campaign-projection.activities';
import { createFanOutActivities } from './fan-out/fan-out.activities';
import { createNotifyActivity, NotifyDeps } from './notifications/notify.activity';
import { createMailer } from './notifications/mailer';
import { createNoticeDelivery } from './notifications/notice-delivery';
import { createProjectWithNoticeActivity } from './campaign/project-with-notice.activity';
import { createResendFailedMailActivity } from './notifications/resend-failed-mail.activity';
import { createAwardActivities } from './award/award.activities';
import { createOrgChangeActivities } from './org/org-change.activities';
import { createArchiveActivities, createAuditRecordActivities, createVerificationActivities, ReplayWorkflowSource } from './audit';

export type { ActivityDeps } from './activity-deps';
export type { Mailer } from './notifications/mailer';
export { createAuditRecordActivities, createCampaignVerifier, workerSinks, type ReplayWorkflowSource } from './audit';

/**
 * All activities the worker registers, each built by a factory from its dependencies. `workflows` is the
 * worker's own workflow code, which the auditors' verification replays histories against.
 */
export function createActivities(
  deps: ActivityDeps & Pick<NotifyDeps, 'mailer'> & { workflows: ReplayWorkflowSource },
): CampaignActivities & AuditActivities & AwardActivities & OrgActivities & MailActivities {
  const campaigns = new CampaignRepository(deps.dataSource);
  const directory = new OrgDirectory(deps.dataSource);
  const calendar = new NationalCalendarStore(deps.dataSource);
  // One mailer for every activity that sends, so they share its SMTP connections.
  const mailer = deps.mailer ?? createMailer(deps.config.mail);
  return {
    ...createCampaignProjectionActivities(deps),
    ...createProjectWithNoticeActivity({
      dataSource: deps.dataSource,
      deliverNotice: createNoticeDelivery({ dataSource: deps.dataSource, mailer }),
    }),
    ...createFanOutActivities({
      client: deps.temporalClient,
      taskQueue: deps.config.temporal.taskQueue,
      loadCampaign: async (campaignId) => {
        const campaign = await campaigns.findById(campaignId);
        if (!campaign?.issuedAt || (!campaign.planNumber && campaign.kind !== 'request'))
          throw new Error(`Campaign ${campaignId} is not issued yet`);
        return { plan: campaign.plan, planNumber: campaign.planNumber ?? requestReference(campaign.issuedAt), issuedAt: campaign.issuedAt };
      },
      loadOrg: () => directory.planOrgContext({ activeOnly: true }),
      roster: new ParticipantRoster(deps.dataSource),
      loadEnteredYears: () => calendar.enteredYears(),
    }),
    notify: createNotifyActivity({ ...deps, mailer }),
    ...createResendFailedMailActivity({ dataSource: deps.dataSource, mailer }),
    ...createAuditRecordActivities(deps),
    ...createArchiveActivities(deps),
    ...createVerificationActivities(deps),
    ...createAwardActivities(deps),
    ...createOrgChangeActivities(deps),
  };
}
