// Builds the production Temporal server, its schema tool and its Web UI into the project cache when
// missing, and prints where they are. Used by tools/test-cluster.sh so the build is not inside a test's time.
import { resolveTemporalServerBinaries } from '../server';

const binaries = resolveTemporalServerBinaries((line) => process.stderr.write(`${line}\n`));
process.stdout.write(`${JSON.stringify(binaries, null, 2)}\n`);
