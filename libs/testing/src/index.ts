export * from './test-database';
export * from './test-temporal';
export * from './test-smtp';
export * from './free-port';
export * from './test-oidc-provider';
export * from './test-temporal-server';
// Specs that bundle the workflow code themselves (the replay suite) build it as every worker does.
export { workflowWebpackConfigHook } from '@tdkt/temporal';
