export * from './task-queues';
export * from './refusal-failure';
export * from './approval/approval.contract';

export * from './campaign/participation.contract';
export * from './campaign/campaign.contract';
export * from './campaign/campaign-activities';
