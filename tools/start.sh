#!/usr/bin/env bash
# The one command that starts the whole system on embedded defaults (see README "Quick start").
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/ensure-node-deps.sh
ensure_node_deps
if [ ! -f apps/web/dist/index.html ] || [ -n "$(find apps/web/src apps/web/public apps/web/index.html apps/web/vite.config.ts -newer apps/web/dist/index.html 2>/dev/null | head -1)" ]; then
  echo "[start] Building the web app…"
  npx vite build apps/web --logLevel warn
fi
exec node -r @swc-node/register tools/embedded/start.ts
