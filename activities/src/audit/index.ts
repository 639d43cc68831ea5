export { createAuditRecordActivities } from './audit-record.activities';
export { createArchiveActivities } from './history-archiver';
export { createVerificationActivities } from './verification.activities';
export { createCampaignVerifier, type VerifierDeps } from './campaign-verifier';
export type { ReplayWorkflowSource } from './replay-histories';
export { workerSinks } from './worker-sinks';
