#!/usr/bin/env bash
# The one command that starts the whole system on embedded defaults (see README "Quick start").
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/ensure-node-deps.sh
source tools/lib/ensure-web-build.sh
ensure_node_deps
ensure_web_build
exec node -r @swc-node/register tools/embedded/start.ts
