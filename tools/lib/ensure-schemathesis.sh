# Installs Schemathesis, the fuzzer the API is tested with from its own OpenAPI document
# (tests/system/src/fuzz), into .cache/schemathesis: a Python virtual environment of its own, one pinned
# version from PyPI. Exports SCHEMATHESIS_CLI. Run directly, it installs and prints the path.
SCHEMATHESIS_VERSION=4.32.5

ensure_schemathesis() {
  local venv="$PWD/.cache/schemathesis"
  if ! "$venv/bin/st" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
    echo "[setup] Installing Schemathesis $SCHEMATHESIS_VERSION (the API fuzzer)…"
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  export SCHEMATHESIS_CLI="$venv/bin/st"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/../.."
  ensure_schemathesis
  echo "$SCHEMATHESIS_CLI"
fi
