# Makes the Chromium that the browser tests drive (through playwright-core) available at /usr/bin/chromium.
# It comes from Debian, not from `npx playwright install`: that downloads a browser build of its own, which
# a machine that reaches only package registries cannot fetch. Without root or apt-get, it warns and the
# browser tests fail with a message that names the missing binary.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[setup] Installing Chromium from Debian…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "[setup] WARNING: no /usr/bin/chromium; the browser tests (tests/e2e) will fail." >&2
  fi
}
