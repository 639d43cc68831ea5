import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode, Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { workflowWebpackConfigHook } from '@tdkt/testing';

/**
 * Determinism guard: histories recorded from real runs (tests/system with RECORD_HISTORIES) must replay
 * against today's workflow code. A failure here means a change would break running campaigns: guard
 * it with patched(), or, if no such workflow can be running anywhere, record the histories again.
 * Replay runs in-process: no Temporal server is needed.
 */
const dir = join(__dirname, '..', 'histories');
const histories = readdirSync(dir)
  .filter((f) => f.endsWith('.history.json'))
  .map((file) => file.replace(/\.history\.json$/, ''));

// Proto JSON as `temporal workflow show --output json` writes it; runReplayHistory converts it itself.
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.history.json`), 'utf8'));

describe('stored histories replay against the current workflow code', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./index'), webpackConfigHook: workflowWebpackConfigHook });
  });

  it('has histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(4);
  });

  it.each(histories)('%s', async (name) => {
    await Worker.runReplayHistory({ workflowBundle }, load(name), name);
  });
});

// A guard that passes whatever the code does guards nothing: each history must catch a changed workflow.
describe('stored histories reject a deliberately altered workflow', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('./index'),
      workflowInterceptorModules: [require.resolve('./replay/altered-workflow.interceptor')],
      webpackConfigHook: workflowWebpackConfigHook,
    });
  });

  it.each(histories)('%s', async (name) => {
    const replay = Worker.runReplayHistory({ workflowBundle }, load(name), name);
    await expect(replay).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
