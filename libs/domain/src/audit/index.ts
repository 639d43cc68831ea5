export * from './audit.types';
export * from './audit-labels';
export * from './acting-role';
export * from './decision-entries';
