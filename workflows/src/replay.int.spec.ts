import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * Determinism guard: histories recorded from real runs (tests/system with RECORD_HISTORIES) must replay
 * against today's workflow code. A failure here means a change would break running campaigns: guard
 * it with patched(), or, if no such workflow can be running anywhere, record the histories again.
 */
const dir = join(__dirname, '..', 'histories');
const histories = readdirSync(dir).filter((f) => f.endsWith('.history.bin'));

describe('stored histories replay against the current workflow code', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./index') });
  });

  it('has histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(4);
  });

  it.each(histories)('%s', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(join(dir, file)));
    await Worker.runReplayHistory({ workflowBundle }, history, file.replace(/\.history\.bin$/, ''));
  });
});
