export * from './need-to-know';
export * from './relations';
