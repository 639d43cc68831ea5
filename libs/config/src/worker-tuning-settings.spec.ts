import { loadWorkerConfig } from './app-config';
import { DEFAULT_WORKER_TUNING } from './worker-tuning-settings';

describe('the worker tuning', () => {
  it('takes the measured defaults when nothing is set', () => {
    expect(loadWorkerConfig({}).workerTuning).toEqual(DEFAULT_WORKER_TUNING);
  });

  it('reads each knob from its variable', () => {
    const tuning = loadWorkerConfig({
      WORKER_WORKFLOW_TASK_SLOTS: '80',
      WORKER_WORKFLOW_TASK_POLLERS: '20',
      WORKER_WORKFLOW_THREADS: '2',
      WORKER_ACTIVITY_TASK_SLOTS: '50',
      WORKER_ACTIVITY_TASK_POLLERS: '5',
      WORKER_CACHED_WORKFLOWS: '500',
    }).workerTuning;
    expect(tuning).toEqual({
      workflowTaskSlots: 80,
      workflowTaskPollers: 20,
      workflowThreads: 2,
      activityTaskSlots: 50,
      activityTaskPollers: 5,
      cachedWorkflows: 500,
    });
  });

  it('refuses a cache smaller than the workflow tasks it must hold, and numbers out of range, naming each', () => {
    expect(() => loadWorkerConfig({ WORKER_WORKFLOW_TASK_SLOTS: '100', WORKER_CACHED_WORKFLOWS: '50' })).toThrow(
      /WORKER_CACHED_WORKFLOWS must not be below WORKER_WORKFLOW_TASK_SLOTS/,
    );
    expect(() => loadWorkerConfig({ WORKER_WORKFLOW_THREADS: '0', WORKER_ACTIVITY_TASK_POLLERS: 'many' })).toThrow(
      /WORKER_WORKFLOW_THREADS must be an integer between 1 and 32[\s\S]*WORKER_ACTIVITY_TASK_POLLERS must be an integer/,
    );
  });
});
