export * from './task-queues';
export * from './refusal-failure';
export * from './approval/approval.contract';
