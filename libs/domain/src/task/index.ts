export * from './human-task.types';
export * from './task-limits';
export * from './escalation';
export * from './plan-approval-clock';
