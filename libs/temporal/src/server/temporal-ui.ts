import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { clusterConfigDir } from './server-settings';

/** The standalone Temporal Web UI for operators, on the shared config file; its log lines go to logFile. */
export function startTemporalUi(uiServer: string, settings: { temporalAddress: string; port: number; logFile: string }): ChildProcess {
  const log = openSync(settings.logFile, 'a');
  const child = spawn(uiServer, ['--root', join(clusterConfigDir(), 'temporal-ui'), '--config', 'config', '--env', 'production', 'start'], {
    env: { ...process.env, TEMPORAL_ADDRESS: settings.temporalAddress, TEMPORAL_UI_PORT: String(settings.port) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return child;
}
