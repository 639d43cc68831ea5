export * from './server-binaries';
export * from './server-settings';
export * from './temporal-server';
export * from './temporal-ui';
