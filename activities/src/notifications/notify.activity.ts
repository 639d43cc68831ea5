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
 * The `notify` activity: the notice recorded for each recipient and mailed. An e-mail the relay refuses does not fail
 * it (the mail retry workflow sends it again), so no workflow waits on the relay; every other error does, and is retried.
 */
export function createNotifyActivity({ dataSource, config, mailer = createMailer(config.mail) }: NotifyDeps) {
  const deliverNotice = createNoticeDelivery({ dataSource, mailer });

  return async function notify(request: NotificationRequest): Promise<void> {
    await deliverNotice(request);
  };
}
