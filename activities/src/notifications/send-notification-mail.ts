import type { NotificationEntity, NotificationStore, Recipient } from '@tdkt/persistence';
import type { Mailer } from './mailer';

/**
 * Mails one recorded notification to its recipient and records the outcome: sent, or failed with the instant from
 * which the mail retry workflow tries again. Returns the send error, if any.
 */
export async function sendNotificationMail(
  store: NotificationStore,
  mailer: Mailer,
  notification: NotificationEntity,
  recipient: Recipient,
  retryAt: Date,
): Promise<string | undefined> {
  try {
    await mailer.send({
      to: { name: recipient.fullName, address: recipient.email },
      subject: notification.subject,
      text: notification.body,
      notificationId: notification.id,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await store.markEmailFailed(notification.id, message, retryAt);
    return message;
  }
  await store.markEmail(notification.id, 'sent');
  return undefined;
}
