export * from './campaign-repository';
export * from './kpi-aggregate';
export * from './obligation-projection-record';
export * from './page';
export * from './plan-numbering';
export * from './progress-summary';
export * from './projections';
export * from './project-human-task.work';
