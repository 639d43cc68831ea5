import { existsSync } from 'node:fs';
import { WORKFLOW_BUNDLER_OPTIONS } from '@tdkt/temporal';

/**
 * Production loads the bundle built at image build time (fast start, the exact code that was tested);
 * development bundles the workflow sources on start.
 */
export function workflowSource(
  bundlePath: string | undefined,
): { workflowBundle: { codePath: string } } | { workflowsPath: string; bundlerOptions: typeof WORKFLOW_BUNDLER_OPTIONS } {
  if (bundlePath) {
    if (!existsSync(bundlePath)) throw new Error(`WORKFLOW_BUNDLE_PATH points at "${bundlePath}", which does not exist`);
    return { workflowBundle: { codePath: bundlePath } };
  }
  return { workflowsPath: require.resolve('@tdkt/workflows'), bundlerOptions: WORKFLOW_BUNDLER_OPTIONS };
}
