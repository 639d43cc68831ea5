#!/usr/bin/env bash
# The production topology's tests (see README "Production topology"), one of `npm test`'s integration passes:
# the cluster fault suite and the seed-003 lifecycle on the Temporal server built from its Go module,
# on PostgreSQL, with two api instances and two worker processes.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/ensure-node-deps.sh
source tools/lib/ensure-postgres.sh
source tools/lib/summarise-failures.sh
ensure_node_deps
ensure_postgres
node -r @swc-node/register libs/temporal/src/cli/ensure-temporal-server.ts >/dev/null
export TEST_TEMPORAL_TOPOLOGY=cluster
log="$(mktemp -t tdkt-test-cluster.XXXXXX.log)"
if ! npx jest -c tests/system/jest.cluster.config.js --runInBand 2>&1 | tee "$log"; then
  summarise_failures "$log"
  exit 1
fi
