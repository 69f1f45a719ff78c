#!/usr/bin/env bash
# Regenerates every generated file (contract artifacts, abigen bindings, the
# OpenAPI server and client) and fails when the result differs from what is
# committed, so generated code can never drift from its source.
set -euo pipefail
cd "$(dirname "$0")/.."
go generate ./...
if ! git diff --exit-code --stat -- contracts/artifacts contracts/src/SignTest.sol chain/bindings http api sdk; then
  echo "generated files are stale: run 'go generate ./...' and commit the result" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- contracts/artifacts contracts/src/SignTest.sol chain/bindings http api sdk)
if [ -n "$untracked" ]; then
  echo "generated files are not committed:" >&2; echo "$untracked" >&2; exit 1
fi
echo "generated files are fresh"
