export * from './env-reader';
export * from './app-config';
