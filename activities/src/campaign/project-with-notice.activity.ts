import type { CampaignActivities } from '@tdkt/contracts';
import { CampaignProjections } from '@tdkt/persistence';
import type { ActivityDeps } from '../activity-deps';
import type { DeliverNotice } from '../notifications/notice-delivery';

/**
 * An obligation's projection and the notice that follows from it, in one activity: one activity task and one workflow
 * task fewer per step than the two apart. The projection is written first, in its own transaction, so the notice never
 * tells of a state the read models do not show. Retried whole, it changes nothing twice: the projection only replaces
 * an older version and the notice is recorded once per dedupe key. A failed e-mail is left to the mail retry workflow, not
 * thrown, so a mail relay that refuses mail never holds the unit's later projections.
 */
export function createProjectWithNoticeActivity({
  dataSource,
  deliverNotice,
}: Pick<ActivityDeps, 'dataSource'> & { deliverNotice: DeliverNotice }): Pick<CampaignActivities, 'projectObligationWithNotice'> {
  const projections = new CampaignProjections(dataSource);
  return {
    async projectObligationWithNotice({ projection, notice }) {
      await projections.applyObligationProjectionOfUnit(projection);
      await deliverNotice(notice);
      return { emailPending: false };
    },
  };
}
