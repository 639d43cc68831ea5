export * from './report-request.types';
export * from './request-plan';
export * from './request-rules';
export * from './request-reference';
export * from './request-due';
