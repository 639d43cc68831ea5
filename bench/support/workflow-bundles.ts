import { bundleWorkflowCode, DefaultLogger, WorkflowBundleWithSourceMap } from '@temporalio/worker';

let bundles: Promise<{ product: WorkflowBundleWithSourceMap; baseline: WorkflowBundleWithSourceMap }> | undefined;

/** Bundled once per process: webpack takes seconds, and every size of a run loads the same code. */
export function workflowBundles() {
  const logger = new DefaultLogger('WARN');
  bundles ??= Promise.all([
    bundleWorkflowCode({ workflowsPath: require.resolve('@tdkt/workflows'), logger }),
    bundleWorkflowCode({ workflowsPath: require.resolve('../baseline/baseline.workflows'), logger }),
  ]).then(([product, baseline]) => ({ product, baseline }));
  return bundles;
}
