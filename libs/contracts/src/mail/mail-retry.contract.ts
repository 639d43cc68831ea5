/** One mail retry workflow per namespace: whoever starts it finds the one already running. */
export const MAIL_RETRY_WORKFLOW_ID = 'mail-retry';

export interface MailRetryInput {
  /** How long the mail retry workflow sleeps between rounds; a failed e-mail's next try backs off in multiples of it. */
  everyMs: number;
}

/** What one round of mail retry did. */
export interface MailRound {
  sent: number;
  /** Tried and refused again: the round stops at the first, as the relay is likely still refusing. */
  failed: number;
}

/** What the mail retry workflow runs. */
export interface MailActivities {
  /** Tries again the failed e-mails now due, the longest waiting first, at most `limit`. */
  resendFailedMail(input: { everyMs: number; limit: number }): Promise<MailRound>;
}
