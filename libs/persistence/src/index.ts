export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './org/org-directory';
export * from './campaigns';
export * from './notifications/notification-store';
export * from './security/password-hasher';
export * from './seed/seed-demo-org';
