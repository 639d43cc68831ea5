#!/usr/bin/env bash
# The production topology on one machine (see README "Production topology"): PostgreSQL, the Temporal
# server built from its Go module, its Web UI, two api processes and two workers.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/ensure-node-deps.sh
source tools/lib/ensure-postgres.sh
source tools/lib/ensure-web-build.sh
ensure_node_deps
ensure_postgres
ensure_web_build
# ensure_postgres names the server for the tests; here it is the administrator's connection.
export POSTGRES_ADMIN_URL="${POSTGRES_ADMIN_URL:-${TEST_POSTGRES_URL:?no PostgreSQL server: install PostgreSQL or set POSTGRES_ADMIN_URL}}"
exec node -r @swc-node/register tools/embedded/start-cluster.ts
