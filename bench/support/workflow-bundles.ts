import { bundleWorkflowCode, DefaultLogger, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { workflowWebpackConfigHook } from '@tdkt/temporal';

let bundles: Promise<{ product: WorkflowBundleWithSourceMap; baseline: WorkflowBundleWithSourceMap }> | undefined;

/** Bundled once per process: webpack takes seconds, and every size of a run loads the same code. */
export function workflowBundles() {
  const logger = new DefaultLogger('WARN');
  bundles ??= Promise.all([
    // Both built as the worker builds its bundle, so the baseline pays no more per module than ours.
    bundleWorkflowCode({ workflowsPath: require.resolve('@tdkt/workflows'), logger, webpackConfigHook: workflowWebpackConfigHook }),
    bundleWorkflowCode({
      workflowsPath: require.resolve('../baseline/baseline.workflows'),
      logger,
      webpackConfigHook: workflowWebpackConfigHook,
    }),
  ]).then(([product, baseline]) => ({ product, baseline }));
  return bundles;
}
