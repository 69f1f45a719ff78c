#!/bin/sh
# Recompiles the contracts and regenerates the Go bindings, then fails if anything differs
# from what is committed (artifacts, bindings). Needs Node/npm and Go; run from anywhere.
set -eu
cd "$(dirname "$0")/.."
go generate ./chain/bindings
git add -N contracts/artifacts chain/bindings 2>/dev/null || true
if ! git diff --exit-code --stat -- contracts/artifacts chain/bindings; then
  echo "contracts/artifacts or chain/bindings are stale: run 'go generate ./chain/bindings' and commit." >&2
  exit 1
fi
echo "contract artifacts and bindings are fresh"
