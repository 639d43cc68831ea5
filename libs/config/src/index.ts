export * from './env-reader';
export * from './app-config';
export * from './temporal-settings';
export * from './login-throttle-settings';
export * from './oidc-settings';
export * from './log-redaction';
export * from './worker-tuning-settings';
