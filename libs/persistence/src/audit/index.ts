export * from './canonical-json';
export * from './decision-hash';
export * from './append-decisions.work';
export * from './decision-log';
export * from './verify-decision-chain';
export * from './history-archive';
