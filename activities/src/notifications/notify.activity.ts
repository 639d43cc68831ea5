import type { NotificationRequest } from '@tdkt/contracts';
import type { ActivityDeps } from '../activity-deps';
import { createMailer, Mailer } from './mailer';
import { createNoticeDelivery } from './notice-delivery';

// Only what notify uses, so tests and callers need no Temporal client.
export interface NotifyDeps extends Pick<ActivityDeps, 'dataSource' | 'config'> {
  /** Defaults to the mailer the config describes; tests may hand in another. */
  mailer?: Mailer;
}

/**
 * The `notify` activity: the notice recorded for each recipient and mailed. A failed e-mail fails the activity
 * after every recipient was tried, so Temporal retries it; the retry mails only those still unsent.
 */
export function createNotifyActivity({ dataSource, config, mailer = createMailer(config.mail) }: NotifyDeps) {
  const deliverNotice = createNoticeDelivery({ dataSource, mailer });

  return async function notify(request: NotificationRequest): Promise<void> {
    const { recipients, failures } = await deliverNotice(request);
    if (failures.length)
      throw new Error(
        `E-mail for notification ${request.dedupeKey} failed for ${failures.length} of ${recipients} recipients: ${failures.join('; ')}`,
      );
  };
}
