import { heartbeat, log } from '@temporalio/activity';
import type { NotificationRequest } from '@tdkt/contracts';
import { EmailStatus, NotificationStore, Recipient, UnitSuccessors } from '@tdkt/persistence';
import type { ActivityDeps } from '../activity-deps';
import type { Mailer } from './mailer';
import { sendNotificationMail } from './send-notification-mail';

/** Statuses whose e-mail has not gone out yet: a retry sends these and only these. */
const UNSENT: readonly EmailStatus[] = ['pending', 'failed'];

/** Records a notice for each of its recipients and mails it. */
export type DeliverNotice = (request: NotificationRequest) => Promise<void>;

/**
 * An inbox row per recipient, written once per dedupe key, and its e-mail copy. Every recipient is tried even when
 * one fails; a failed e-mail is left to the mail retry workflow. A second call finds the rows already written and
 * mails only those still unsent.
 */
export function createNoticeDelivery({ dataSource, mailer }: Pick<ActivityDeps, 'dataSource'> & { mailer: Mailer }): DeliverNotice {
  const store = new NotificationStore(dataSource);
  const successors = new UnitSuccessors(dataSource);

  return async function deliverNotice(request) {
    const to = request.recipients;
    // A workflow names the unit it was started for; once that unit was merged away, its successor's officials read it.
    const recipients =
      'officialIds' in to
        ? await store.officialsByIds(to.officialIds)
        : await store.recipientsOf(await successors.liveSuccessorOf(to.unitCode), to.roles);
    if (!recipients.length) {
      // A unit without, say, a leader is an org-data gap for an administrator, not something a retry fixes.
      log.warn('Notification has no recipients', { dedupeKey: request.dedupeKey, campaignId: request.campaignId, ...to });
      return;
    }
    const failures: string[] = [];
    for (const recipient of recipients) {
      // Tells the server this attempt is alive, so a lost attempt (worker or server restarted mid-send)
      // is retried after the heartbeat timeout rather than after the whole start-to-close timeout.
      heartbeat();
      const error = await deliver(store, mailer, request, recipient);
      if (error) failures.push(`${recipient.id}: ${error}`);
    }
    // Not an error of the activity: a retry would only try the relay again, which the mail retry workflow does.
    if (failures.length)
      log.warn('E-mail of a notice failed; the mail retry workflow will send it', { dedupeKey: request.dedupeKey, failures });
  };
}

/** Records the notification for one official and mails it if still unsent; returns the send error, if any. */
async function deliver(
  store: NotificationStore,
  mailer: Mailer,
  request: NotificationRequest,
  recipient: Recipient,
): Promise<string | undefined> {
  const { notification } = await store.recordOnce(request.dedupeKey, recipient.id, {
    campaignId: request.campaignId,
    kind: request.kind,
    subject: request.subject,
    body: request.body,
    emailStatus: recipient.email ? 'pending' : 'skipped',
  });
  if (!UNSENT.includes(notification.emailStatus)) return undefined;
  if (!recipient.email) {
    await store.markEmail(notification.id, 'skipped');
    return undefined;
  }
  // Refused now, the mail retry workflow tries it again in its next round.
  return sendNotificationMail(store, mailer, notification, recipient, new Date());
}
