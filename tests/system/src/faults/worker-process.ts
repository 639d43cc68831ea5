import { ChildProcess, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { workspaceRoot } from '@tdkt/temporal';
import { exited, killOnExit } from './child-exit';

const { TaskQueueKind, TaskQueueType } = temporal.api.enums.v1;

/**
 * The production worker entry point as a real OS process, so a test can SIGKILL it mid-task the way a
 * crash or an OOM kill would, and start a fresh one.
 */
export class WorkerProcess {
  private readonly output: string[] = [];

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /** Starts `apps/worker/src/main.ts` and resolves once it polls the task queue (bundling takes a while). */
  static async start(env: Record<string, string>, client: Client, timeoutMs = 120_000): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: workspaceRoot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    killOnExit(child);
    const worker = new WorkerProcess(child);
    let starting = true;
    const died = exited(child).then(() => {
      if (starting) throw new Error(`Worker exited during start (code ${child.exitCode}):\n${worker.recentOutput()}`);
    });
    try {
      await Promise.race([worker.waitUntilPolling(client, env.TEMPORAL_TASK_QUEUE, timeoutMs), died]);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    } finally {
      starting = false;
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  recentOutput(): string {
    return this.output.join('');
  }

  /** No shutdown hook runs: tasks in hand are simply gone, as in a crash. */
  async kill(): Promise<void> {
    const done = exited(this.child);
    this.child.kill('SIGKILL');
    await done;
  }

  /**
   * The server lists recent pollers by identity (the SDK's default is pid@host), so this tells a new
   * worker from the one just killed, whose entry lingers for a while.
   */
  async waitUntilPolling(client: Client, taskQueue: string, timeoutMs: number): Promise<void> {
    const identity = `${this.pid}@${hostname()}`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const polling = await client.workflowService
        .describeTaskQueue({
          namespace: client.options.namespace,
          taskQueue: { name: taskQueue, kind: TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
          taskQueueType: TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
        })
        .then((r) => r.pollers.some((p) => p.identity === identity))
        .catch(() => false);
      if (polling) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`Worker ${identity} is not polling ${taskQueue} after ${timeoutMs} ms:\n${this.recentOutput()}`);
  }
}
