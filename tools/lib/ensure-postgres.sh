# Makes a real PostgreSQL available to the integration tests and exports TEST_POSTGRES_URL.
# Order: an explicit TEST_POSTGRES_URL → the Debian cluster (installed and started when we are root) →
# a private cluster under .cache/ for a developer without root. Without any, tests run on SQLite
# only, which CI refuses (libs/testing checks CI).
ensure_postgres() {
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then return 0; fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[setup] Installing PostgreSQL from Debian…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  if [ -z "$bin" ]; then
    echo "[setup] WARNING: no PostgreSQL found; integration tests will use SQLite only." >&2
    return 0
  fi
  if [ "$(id -u)" = 0 ]; then
    local version cluster_line
    version=$(basename "$(dirname "$bin")")
    cluster_line=$(pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" '$1 == v' | head -1)
    if [ -z "$cluster_line" ]; then pg_createcluster "$version" main >/dev/null; fi
    # Started only when down (pg_ctlcluster otherwise says "Cluster is already running." on every run).
    if ! pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online" {up = 1} END {exit !up}'; then
      pg_ctlcluster "$version" main start 2>/dev/null || true
    fi
    local port
    port=$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
    runuser -u postgres -- psql -q -p "$port" -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
    export TEST_POSTGRES_URL="postgres://postgres:postgres@127.0.0.1:${port}/postgres"
  else
    local dir="$PWD/.cache/postgres" port=54329
    if [ ! -f "$dir/PG_VERSION" ]; then "$bin/initdb" -D "$dir" -U postgres --auth=trust >/dev/null; fi
    if ! "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
    fi
    export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:${port}/postgres"
  fi
  echo "[setup] PostgreSQL for tests: ${TEST_POSTGRES_URL/:postgres@/:***@}"
}
