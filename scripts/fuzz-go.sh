#!/usr/bin/env bash
# Runs every Go fuzz target in the module for FUZZTIME each (default 30s).
# `make test` runs each target's seed corpus as an ordinary test; this is the
# long run: `make fuzz` or `FUZZTIME=10m scripts/fuzz-go.sh ./pack`.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-30s}
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(./...)
status=0
while read -r pkg dir; do
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "== $pkg $target ($FUZZTIME)"
    if ! go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME"; then
      echo "FAIL: $pkg $target (the failing input is under $dir/testdata/fuzz/$target)" >&2
      status=1
    fi
  done
done < <(go list -f '{{.ImportPath}} {{.Dir}}' "${dirs[@]}")
exit $status
