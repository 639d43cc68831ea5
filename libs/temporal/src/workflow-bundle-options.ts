import type { BundleOptions } from '@temporalio/worker';

type WebpackConfigHook = NonNullable<BundleOptions['webpackConfigHook']>;

/**
 * How the workflow bundle is built, the same wherever it is (the worker, the production bundle, the tests, the benches,
 * the auditors' replayer), so what is replayed is what ran. Every new workflow, and every cached one replayed after its
 * eviction, runs the bundle's module code afresh; webpack's module concatenation ("scope hoisting") joins the modules
 * into fewer functions, which run faster: a launch to 500 units took ~12 % less worker CPU (docs/BENCHMARKS.md).
 */
export const workflowWebpackConfigHook: WebpackConfigHook = (config) => ({
  ...config,
  optimization: { ...config.optimization, concatenateModules: true },
});

/** For `Worker.create` and `Worker.runReplayHistories`, which bundle from `workflowsPath` themselves. */
export const WORKFLOW_BUNDLER_OPTIONS = { webpackConfigHook: workflowWebpackConfigHook } as const;
