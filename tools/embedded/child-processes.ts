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
