export * from './test-database';
export * from './test-temporal';
export * from './test-smtp';
export * from './free-port';
export * from './test-oidc-provider';
export * from './test-temporal-server';
