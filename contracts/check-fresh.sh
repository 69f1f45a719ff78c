#!/bin/sh
# Recompiles the contracts and regenerates the Go bindings, then fails if anything differs
# from what is committed in contracts/artifacts or chain/bindings (changed or new files).
# Needs Node/npm (npm ci from the npm registry) and Go; run from anywhere in the repository.
set -eu
cd "$(dirname "$0")/.."
go generate ./chain/bindings
stale=$(git status --porcelain -- contracts/artifacts chain/bindings)
if [ -n "$stale" ]; then
  echo "$stale" >&2
  git --no-pager diff --stat -- contracts/artifacts chain/bindings >&2
  echo "contracts/artifacts or chain/bindings are stale: run 'go generate ./chain/bindings' and commit." >&2
  exit 1
fi
echo "contract artifacts and bindings are fresh"
