export * from './workspace-root';
export * from './temporal-cli';
export * from './dev-server';
export * from './connection';
export * from './connection-options';
export * from './server';
export * from './worker-tuning';
export * from './workflow-bundle-options';
