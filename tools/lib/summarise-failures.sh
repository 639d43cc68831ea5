# Reprints the failing tests of a long run at its very end, where a CI log's tail shows them: the
# integration suites run one after another and a failure early on is otherwise buried under the
# output of every suite that follows.
summarise_failures() {
  local plain
  plain="$(sed 's/\x1b\[[0-9;]*m//g' "$1")"
  echo
  echo "=== Failing tests (reprinted from $1) ==="
  # Jest names each failing suite "FAIL <file>" and each failing test "● <suite> › <test>", followed by
  # its error: keep the names and the first lines of each error.
  grep -E '(^|\s)FAIL\s' <<<"$plain" | sort -u || true
  awk '/●/ && !/● Console/ { shown = 25 } shown > 0 { print; shown-- }' <<<"$plain" | head -n 300
}
