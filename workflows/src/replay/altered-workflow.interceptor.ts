import { sleep, WorkflowInterceptorsFactory } from '@temporalio/workflow';

/**
 * Test-only (replay.int.spec.ts): bundled in place of a real code change to prove the replay guard bites.
 * Every workflow starts with a timer that no stored history contains, so replay must report nondeterminism;
 * if it does not, the stored histories no longer exercise the workflow code.
 */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      async execute(input, next) {
        await sleep(1);
        return next(input);
      },
    },
  ],
});
