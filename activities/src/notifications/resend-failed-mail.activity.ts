import { heartbeat, log } from '@temporalio/activity';
import type { MailActivities } from '@tdkt/contracts';
import { NotificationStore } from '@tdkt/persistence';
import type { ActivityDeps } from '../activity-deps';
import { nextMailTry } from './mail-retry';
import type { Mailer } from './mailer';
import { sendNotificationMail } from './send-notification-mail';

/**
 * Mail retry's round: the failed e-mails now due, the longest waiting first. The round stops at the first that
 * fails again, because the relay most likely still refuses and every try can cost the mailer's whole timeout; that
 * one waits longer next time, so a single bad address never blocks the others.
 */
export function createResendFailedMailActivity({
  dataSource,
  mailer,
}: Pick<ActivityDeps, 'dataSource'> & { mailer: Mailer }): MailActivities {
  const store = new NotificationStore(dataSource);
  return {
    async resendFailedMail({ everyMs, limit }) {
      let sent = 0;
      for (const { notification, recipient } of await store.failedMailDue(new Date(), limit)) {
        heartbeat();
        if (!recipient.email) {
          // The address was removed since: the notice stays in the official's in-app inbox.
          await store.markEmail(notification.id, 'skipped');
          continue;
        }
        const retryAt = nextMailTry(new Date(), notification.emailAttempts + 1, everyMs);
        const error = await sendNotificationMail(store, mailer, notification, recipient, retryAt);
        if (error) {
          log.warn('The mail relay still refuses; the mail retry workflow tries again later', {
            notificationId: notification.id,
            sent,
            error,
          });
          return { sent, failed: 1 };
        }
        sent++;
      }
      return { sent, failed: 0 };
    },
  };
}
