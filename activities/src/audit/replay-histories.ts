import { bundleWorkflowCode, InjectedSinks, Worker, WorkflowBundle } from '@temporalio/worker';
import { workflowWebpackConfigHook } from '@tdkt/temporal';
import type { AuditSinks, RecordedStep } from '@tdkt/contracts';
import type { RunHistory } from './collect-histories';

/** The workflow code to replay against: the worker's own bundle in production, its sources in development. */
export type ReplayWorkflowSource = { workflowsPath: string } | { workflowBundle: { codePath: string } };

export interface ReplayOutcome {
  workflowId: string;
  runs: number;
  deterministic: boolean;
  error: string | null;
  /** What the code reported as recorded while replaying, in history order. */
  recorded: RecordedStep[];
}

const bundles = new Map<string, Promise<WorkflowBundle>>();

/** Bundling takes seconds: once per process and sources path. */
function bundleOf(
  source: ReplayWorkflowSource,
): { workflowBundle: WorkflowBundle | { codePath: string } } | Promise<{ workflowBundle: WorkflowBundle }> {
  if ('workflowBundle' in source) return { workflowBundle: source.workflowBundle };
  if (!bundles.has(source.workflowsPath))
    bundles.set(
      source.workflowsPath,
      bundleWorkflowCode({ workflowsPath: source.workflowsPath, webpackConfigHook: workflowWebpackConfigHook }),
    );
  return bundles.get(source.workflowsPath)!.then((workflowBundle) => ({ workflowBundle }));
}

/**
 * Replays every run with the SDK's replayer against today's workflow code. Nondeterminism fails the
 * workflow; what each workflow reports through the audit sink during the replay is what the code
 * reconstructs from the history, to be compared with the decision log.
 */
export async function replayHistories(
  source: ReplayWorkflowSource,
  runs: RunHistory[],
  progress: (workflowId: string) => void,
): Promise<ReplayOutcome[]> {
  const outcomes = new Map<string, ReplayOutcome>();
  const outcomeOf = (workflowId: string) => {
    if (!outcomes.has(workflowId)) outcomes.set(workflowId, { workflowId, runs: 0, deterministic: true, error: null, recorded: [] });
    return outcomes.get(workflowId)!;
  };
  const sinks: InjectedSinks<AuditSinks> = {
    audit: { recorded: { fn: (info, step) => void outcomeOf(info.workflowId).recorded.push(step), callDuringReplay: true } },
  };
  const histories = runs.map((run) => ({ workflowId: run.workflowId, history: run.history }));
  for await (const result of Worker.runReplayHistories({ ...(await bundleOf(source)), sinks, replayName: 'audit-replay' }, histories)) {
    const outcome = outcomeOf(result.workflowId);
    outcome.runs++;
    if (result.error && outcome.deterministic) {
      outcome.deterministic = false;
      outcome.error = result.error.message;
    }
    progress(result.workflowId);
  }
  return [...outcomes.values()];
}
