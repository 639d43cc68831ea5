import { ChildProcess, spawn } from 'node:child_process';

/**
 * Starts a child in its own process group, so the terminal's Ctrl-C reaches only the supervisor,
 * which then stops the children in dependency order (api and worker before Temporal).
 */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT') process.stderr.write(`[${name}] exited with ${signal ?? code}\n`);
  });
  return child;
}

/** Asks a child to stop and waits for it; kills it if it has not stopped within graceMs. */
export function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
