#!/usr/bin/env bash
# Property-based fuzz of the whole OpenAPI document against a running server.
#
# Builds hokusai, starts `hokusai serve` on a fresh data directory and free
# loopback ports, seeds a model, an API key, a whitelist entry and a credit
# deposit so that paths name things that exist, then runs schemathesis
# (pinned below, installed from PyPI into .venv-fuzz/) over every operation
# of the served /openapi.yaml, twice: once anonymous, once with a manage-scoped
# API key. Each response must be no 5xx, a status the operation declares, the
# content type and headers it declares, and a body that matches its schema;
# every request has a timeout, so a hang fails too. Exits non-zero on any
# failure and always stops the server.
#
#   bash scripts/fuzz-api.sh                          # bounded run, as in `make test`
#   FUZZ_MAX_EXAMPLES=500 bash scripts/fuzz-api.sh    # a longer fuzz
#   FUZZ_SEED=1234 bash scripts/fuzz-api.sh           # replay a run's seed
#   FUZZ_KEEP=1 bash scripts/fuzz-api.sh              # keep the data dir, log and reports
#   FUZZ_HOKUSAI=bin/hokusai bash scripts/fuzz-api.sh # fuzz this binary instead of building one
#
# FUZZ_MAX_EXAMPLES is the number of generated cases per operation and pass
# (default 20, about a minute a pass on two cores); FUZZ_REQUEST_TIMEOUT the
# seconds one request may take (default 10); FUZZ_PASS_TIMEOUT the seconds
# one pass may take (default 900). The reports (JUnit, and a pytest file
# that reproduces each failure) and the server log are kept, in the work
# directory printed at the end, when the run fails.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

# Everything runs inside main, which bash parses whole before running it,
# so editing this file while it runs cannot change what a run does.
main() {

SCHEMATHESIS_VERSION=4.32.5
VENV=${FUZZ_VENV:-.venv-fuzz}
MAX_EXAMPLES=${FUZZ_MAX_EXAMPLES:-20}
REQUEST_TIMEOUT=${FUZZ_REQUEST_TIMEOUT:-10}
PASS_TIMEOUT=${FUZZ_PASS_TIMEOUT:-900}
SEED=${FUZZ_SEED:-$RANDOM$RANDOM}

# The virtual environment, created once and rebuilt when the pin changes.
if [ "$("$VENV/bin/st" --version 2>/dev/null | awk '{print $NF}')" != "$SCHEMATHESIS_VERSION" ]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/hokusai-fuzz.XXXXXX")
server_pid=
cleanup() {
  rc=$?
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "$rc" != 0 ] || [ -n "${FUZZ_KEEP:-}" ]; then
    echo "fuzz-api: server log, reports and data dir kept in $work" >&2
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "fuzz-api: line $LINENO failed: $BASH_COMMAND" >&2' ERR
trap 'exit 130' INT TERM

if [ -n "${FUZZ_HOKUSAI:-}" ]; then cp "$FUZZ_HOKUSAI" "$work/hokusai"; else go build -o "$work/hokusai" ./cmd/hokusai; fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http_port=$(free_port)
rpc_port=$(free_port)
base="http://127.0.0.1:$http_port"
"$work/hokusai" serve --data-dir "$work/data" --http-addr "127.0.0.1:$http_port" \
  --rpc-addr "127.0.0.1:$rpc_port" --log-level warn >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 600); do
  curl -fsS -o /dev/null --max-time 1 "$base/healthz" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { echo "fuzz-api: the server exited:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS -o /dev/null --max-time 1 "$base/healthz" || { echo "fuzz-api: the server did not answer /healthz within 60 s" >&2; exit 1; }

# Seed what paths name: model 1 (FUZZ, proprietary, owned by dev account 1)
# with version 1.0.0 of a linear model, a call+manage key to fuzz with and a
# second key for the key operations to rotate and revoke, a whitelist entry
# and a credit deposit, so predictions are charged and answered.
hk() { "$work/hokusai" --server "$base" "$@"; }
export HOKUSAI_CONFIRMATIONS=0
# A Proprietary model needs a funded treasury: dev account 1 (the owner) holds
# USDC on the dev chain; its address is on the banner's dev-account list.
treasury=
for _ in $(seq 100); do
  treasury=$(awk '$1 == "1" && $2 ~ /^0x/ {print $2; exit}' "$work/server.log")
  [ -n "$treasury" ] && break
  sleep 0.1
done
[ -n "$treasury" ] || { echo "fuzz-api: no dev account 1 on the server's banner" >&2; exit 1; }
hk model create --dev-account 1 --name "Fuzz target" --ticker FUZZ --metric accuracy --baseline 0.9 \
  --direction max --license proprietary --treasury "$treasury" >/dev/null
mkdir -p "$work/pkg/m"
cp testdata/models/house-votes-84-linear/model.json "$work/pkg/m/"
cat >"$work/pkg/meta.json" <<'EOF'
{"name": "fuzz", "version": "1.0.0", "description": "Party from 16 votes.", "architecture": "logistic regression",
 "training": {"methodology": "L-BFGS", "recipe": {"runtime": "linear", "seed": 1}},
 "input_schema": {"type": "object"}, "output_schema": {"type": "object"},
 "runtime": {"kind": "linear", "entrypoint": "model.json"}, "metrics": {"accuracy": 0.926}}
EOF
hk package "$work/pkg/m" --metadata "$work/pkg/meta.json" --dev-account 1 -o "$work/pkg/fuzz.hkpkg" >/dev/null
# (Newer servers want the owner's signed request for a registration.)
sign=(); hk model register --help | grep -q -- --dev-account && sign=(--dev-account 1)
hk model register FUZZ --package "$work/pkg/fuzz.hkpkg" "${sign[@]}" >/dev/null
new_key() { hk keys create --dev-account 1 --scopes call,manage --name "$1" 2>&1; }
out=$(new_key fuzz); key=$(grep -o 'hk_[A-Za-z0-9_]*' <<<"$out" | head -1)
out=$(new_key fuzz-other); other_id=$(grep -o 'key_[0-9a-f]*' <<<"$out" | head -1)
[ -n "$key" ] && [ -n "$other_id" ] || { echo "fuzz-api: keys create printed no key: $out" >&2; exit 1; }
owner=$(curl -fsS --max-time 5 "$base/v1/models/1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["owner"])')
hk keys whitelist add FUZZ "$owner" --key "$key" >/dev/null
hk credits deposit --usdc 100 --dev-account 1 >/dev/null

# Values the generator mixes into parameters, so that about half the cases
# reach the handlers behind the lookups (the rest stay random).
cat >"$work/schemathesis.toml" <<EOF
[dictionaries.model]
values = ["1", "FUZZ", "fuzz"]
[dictionaries.version]
values = ["1.0.0"]
[dictionaries.key]
values = ["$other_id"]
[dictionaries.address]
values = ["$owner"]

[parameters]
"path.id" = { dictionary = "model", probability = 0.5 }
"path.version" = { dictionary = "version", probability = 0.5 }
"path.key_id" = { dictionary = "key", probability = 0.5 }
"path.address" = { dictionary = "address", probability = 0.5 }
"query.owner" = { dictionary = "address", probability = 0.5 }
"query.ticker" = { dictionary = "model", probability = 0.5 }
EOF

run_pass() {
  local name=$1; shift
  echo "fuzz-api: pass '$name' against $base ($MAX_EXAMPLES cases per operation, seed $SEED)"
  SCHEMATHESIS_HOOKS=scripts/fuzz_api_hooks.py timeout "$PASS_TIMEOUT" "$VENV/bin/st" --config-file "$work/schemathesis.toml" run "$base/openapi.yaml" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --max-examples "$MAX_EXAMPLES" --seed "$SEED" --request-timeout "$REQUEST_TIMEOUT" \
    --workers 1 --continue-on-failure --suppress-health-check all --no-color \
    --report junit,pytest --report-dir "$work/report-$name" "$@" && return
  local rc=$?
  [ "$rc" = 124 ] && echo "fuzz-api: pass '$name' ran past ${PASS_TIMEOUT}s (FUZZ_PASS_TIMEOUT)" >&2
  return "$rc"
}
status=0
run_pass anonymous || status=1
run_pass key -H "Authorization: Bearer $key" || status=1
kill -0 "$server_pid" 2>/dev/null || { echo "fuzz-api: the server died during the fuzz" >&2; tail -20 "$work/server.log" >&2; status=1; }
# One closing line over both passes, per operation and pass: those that held
# every check, and those with a failure or an error.
python3 - "$work"/report-*/junit-*.xml <<'EOF'
import sys, xml.etree.ElementTree as ET
tests = failed = 0
for path in sys.argv[1:]:
    if not path.endswith(".xml") or "*" in path:
        continue
    root = ET.parse(path).getroot()
    tests += int(root.get("tests", 0))
    failed += int(root.get("failures", 0)) + int(root.get("errors", 0))
print(f"fuzz-api: {tests - failed} passed, {failed} failed")
EOF
exit "$status"
}
main "$@"
