export * from './org/roles';
export * from './org/org.types';
export * from './org/unit-path';
export * from './org/scope';
export * from './approval/refusal';
export * from './approval/approval.types';
export * from './approval/approval-rules';
