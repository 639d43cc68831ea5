#!/usr/bin/env bash
# The one command that runs every check (see README "Quick start"): formatting, lint, types, unit tests, then
# integration tests against a real Temporal dev server, SQLite and PostgreSQL, and the web app in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/ensure-node-deps.sh
source tools/lib/ensure-postgres.sh
source tools/lib/ensure-chromium.sh
source tools/lib/ensure-schemathesis.sh
source tools/lib/summarise-failures.sh
source tools/lib/ensure-clean-tree.sh
ensure_node_deps
TEMPORAL_CLI="${TEMPORAL_CLI:-$(node -r @swc-node/register libs/temporal/src/cli/ensure-temporal-cli.ts)}"
export TEMPORAL_CLI
ensure_postgres
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

npx prettier --check . --log-level warn
npx nx run-many -t lint typecheck test build --parallel=2 --outputStyle=stream
ensure_chromium # for tests/e2e, which drives the web app in a real browser
ensure_schemathesis # for tests/system/src/fuzz, which fuzzes the API from its OpenAPI document
# Two projects at a time (system and e2e, the longest, side by side): each suite starts its own Temporal server and
# databases on free ports, and most of their time is spent waiting on workflows, not on the cores.
integration_log="$(mktemp -t tdkt-test-int.XXXXXX.log)"
if ! npx nx run-many -t test-int --parallel=2 --outputStyle=stream --skip-nx-cache 2>&1 | tee "$integration_log"; then
  summarise_failures "$integration_log"
  exit 1
fi
# Last, the production topology: the Temporal server built from its Go module, on PostgreSQL.
bash tools/test-cluster.sh
# Under CI: nothing the checks ran may have changed a tracked file or left an untracked one.
ensure_clean_tree
