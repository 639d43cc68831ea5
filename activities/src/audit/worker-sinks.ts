import type { InjectedSinks } from '@temporalio/worker';
import type { AuditSinks } from '@tdkt/contracts';

/** A running worker has nothing to do with what workflows report as recorded: only the auditors' replay listens. */
export function workerSinks(): InjectedSinks<AuditSinks> {
  return { audit: { recorded: { fn: () => undefined, callDuringReplay: false } } };
}
