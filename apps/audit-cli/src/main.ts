import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createCampaignVerifier } from '@tdkt/activities';
import { ConfigError, loadToolConfig } from '@tdkt/config';
import { openDatabase } from '@tdkt/persistence';
import { temporalConnectionOptions } from '@tdkt/temporal';
import { verificationSummary } from './verification-summary';

const USAGE = 'Cách dùng / usage: npm run audit -- verify <campaignId>';

/**
 * The auditors' command line: verifies a campaign's record in this process, against the workflow code
 * of this checkout. Prints the report as JSON on stdout and a summary on stderr; exits 1 when anything
 * fails, 2 on bad usage. Works with Temporal unreachable (the archive alone is then replayed).
 */
async function main(): Promise<number> {
  const [command, campaignId] = process.argv.slice(2);
  if (command !== 'verify' || !campaignId) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadToolConfig();
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const dataSource = await openDatabase(config.database, { migrate: false });
  const connection = await Connection.connect({ ...temporalConnectionOptions(config.temporal), connectTimeout: '5 seconds' }).catch(
    () => null,
  );
  if (!connection) process.stderr.write(`Không kết nối được Temporal (${config.temporal.address}): chỉ phát lại từ bản lưu trữ.\n`);
  try {
    const verify = createCampaignVerifier({
      dataSource,
      temporalClient: connection && new Client({ connection, namespace: config.temporal.namespace }),
      workflows: { workflowsPath: require.resolve('@tdkt/workflows') },
    });
    const report = await verify(campaignId);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`${verificationSummary(report)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await connection?.close();
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`);
    process.exit(1);
  },
);
