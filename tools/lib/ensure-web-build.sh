# Builds the web app the api serves when apps/web/dist is missing or older than its sources.
ensure_web_build() {
  if [ ! -f apps/web/dist/index.html ] || [ -n "$(find apps/web/src apps/web/public apps/web/index.html apps/web/vite.config.ts -newer apps/web/dist/index.html 2>/dev/null | head -1)" ]; then
    echo "[start] Building the web app…"
    npx vite build apps/web --logLevel warn
  fi
}
