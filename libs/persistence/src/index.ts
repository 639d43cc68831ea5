export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './org/org-directory';
export * from './security/password-hasher';
