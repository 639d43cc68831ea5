export * from './delegation.types';
export * from './delegation-rules';
