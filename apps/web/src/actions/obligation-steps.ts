import type { ObligationStep } from '../api/action-queries';

/** The request for more time still waiting for the parent's answer: the last one asked, if nothing answered it since. */
export function pendingExtension(steps: readonly ObligationStep[]): ObligationStep | null {
  for (let i = steps.length - 1; i >= 0; i--) {
    const action = steps[i].action;
    if (action === 'extension_granted' || action === 'extension_refused') return null;
    if (action === 'extension_requested') return steps[i];
  }
  return null;
}

/** The leader's return the unit is answering: the last return, when nothing was sent after it. */
export function returnToAnswer(steps: readonly ObligationStep[]): ObligationStep | null {
  for (let i = steps.length - 1; i >= 0; i--) {
    const action = steps[i].action;
    if (action === 'report_returned') return steps[i];
    if (action === 'report_submitted' || action === 'report_approved') return null;
  }
  return null;
}
