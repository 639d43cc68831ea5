/** The default queue; deployments override it with TEMPORAL_TASK_QUEUE and pass it to both api and worker. */
export const DEFAULT_TASK_QUEUE = 'tdkt-campaigns';
