// Builds the workflow bundle once, for production images: `WORKFLOW_BUNDLE_PATH` then points at it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowWebpackConfigHook } from '@tdkt/temporal';

async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('@tdkt/workflows'),
    webpackConfigHook: workflowWebpackConfigHook,
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  process.stdout.write(`Workflow bundle written to ${target} (${Math.round(code.length / 1024)} KiB)\n`);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
