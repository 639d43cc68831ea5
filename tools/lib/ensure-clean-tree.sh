# Fails when the checks left the work tree different from the commit: `npm test` must not rewrite a tracked file
# (package-lock.json, a generated document) nor leave an unignored one behind. Only under CI, where the tree
# starts clean; on a developer's machine the tree holds their uncommitted work.
ensure_clean_tree() {
  [ "${CI:-}" = true ] || return 0
  local changed
  changed="$(git status --porcelain)"
  if [ -n "$changed" ]; then
    echo "[test] The checks changed the work tree; commit these changes or make the step that wrote them write elsewhere:" >&2
    echo "$changed" >&2
    return 1
  fi
}
