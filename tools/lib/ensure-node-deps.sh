# Installs npm dependencies when node_modules is missing or older than the lockfile.
# better-sqlite3 compiles from source here (no prebuilt download without internet): point
# node-gyp at the local Node headers so it does not try to fetch them.
ensure_node_deps() {
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[setup] Installing npm dependencies (first run: a few minutes)…"
    # `npm ci`, as the Dockerfiles do: exactly the locked versions, and it never rewrites package-lock.json, so a
    # fresh clone stays clean. It refuses a lockfile that no longer matches a package.json: run `npm install` then.
    npm ci --no-audit --no-fund
  fi
}
