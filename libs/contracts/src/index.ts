export * from './task-queues';
export * from './refusal-failure';
export * from './approval/approval.contract';

export * from './campaign/participation.contract';
export * from './campaign/campaign.contract';
export * from './campaign/campaign-activities';

export * from './audit/audit-activities';
export * from './audit/verification-report';
export * from './audit/audit-sink';
export * from './audit/workflow-ids';
export * from './audit/audit.contract';

export * from './award/award-dossier.contract';
export * from './award/award-activities';

export * from './org/org-change.contract';

export * from './mail/mail-retry.contract';
