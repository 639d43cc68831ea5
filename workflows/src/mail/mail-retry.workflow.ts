import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { MailActivities, MailRetryInput } from '@tdkt/contracts';

/** A round sends at most this many, so one activity stays short; a longer queue drains round after round. */
const ROUND_LIMIT = 200;

/** A round is bounded by the mailer's SMTP timeouts per e-mail (it stops at the first failure); it heartbeats each. */
const mail = proxyActivities<MailActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

/**
 * Mail retry: every notice is recorded in the officials' in-app inbox at once, and its e-mail sent then; an
 * e-mail the relay refused is tried here again, round after round, so no campaign, plan or report ever waits on the
 * mail relay. One per namespace (MAIL_RETRY_WORKFLOW_ID), started by the workers.
 */
export async function mailRetryWorkflow(input: MailRetryInput): Promise<never> {
  for (;;) {
    const round = await mail.resendFailedMail({ everyMs: input.everyMs, limit: ROUND_LIMIT });
    // A full round that went through leaves more waiting: the next one starts at once.
    if (round.failed > 0 || round.sent < ROUND_LIMIT) await sleep(input.everyMs);
    if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof mailRetryWorkflow>(input);
  }
}
