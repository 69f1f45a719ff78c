package finetune

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
)

// PythonTrainer runs the Python trainer (finetune/trainer/hokusai_trainer.py)
// as a child process, for Hugging Face-format bases: LoRA (peft) or every
// weight, on CPU. The child runs in its own process group with CPU-time
// and memory limits; a cancelled run kills the group, and the child dies
// with the server (PR_SET_PDEATHSIG). Progress comes back as JSON lines
// on its stdout.
type PythonTrainer struct {
	// Python is the interpreter that has torch, transformers and peft
	// (the virtual environment `make finetune-trainer` makes).
	Python string
	// Script is the path of hokusai_trainer.py.
	Script string
	// CPUSeconds limits the child's CPU time (RLIMIT_CPU); 0 means 6 hours.
	CPUSeconds uint64
	// MemoryBytes limits the child's address space (RLIMIT_AS); 0 means
	// 16 GiB (torch maps large shared libraries before it allocates).
	MemoryBytes uint64
	// Threads is how many threads torch uses; 0 means 2.
	Threads int
	// MaxLength is the longest token sequence trained and served; 0
	// means 64.
	MaxLength int
}

// TrainerScript is the trainer's path in a checkout of the repository.
const TrainerScript = "finetune/trainer/hokusai_trainer.py"

// trainerEvent is one JSON line of the trainer's stdout.
type trainerEvent struct {
	Event         string   `json:"event"`
	Step          int      `json:"step"`
	TrainLoss     float64  `json:"train_loss"`
	ValidLoss     float64  `json:"valid_loss"`
	ValidAccuracy float64  `json:"valid_accuracy"`
	Path          string   `json:"path"`
	Labels        []string `json:"labels"`
	Trainable     int64    `json:"trainable_parameters"`
	Seconds       float64  `json:"seconds"`
}

// checkpointFiles are the files of a trainer checkpoint directory, the
// only names a checkpoint blob may hold.
var checkpointFiles = []string{"state.json", "trainable.safetensors"}

// maxCheckpointBytes bounds a checkpoint blob (LoRA adapters, a head and
// AdamW's moments; a full fine-tune of a small encoder fits too).
const maxCheckpointBytes = 512 << 20

// runTransformer trains a Hugging Face base with the Python trainer.
func (r *LocalRunner) runTransformer(ctx context.Context, j *hokusai.FineTuneJob, from *hokusai.FineTuneCheckpoint, p hokusai.FineTuneProgress) (*hokusai.FineTuneResult, error) {
	t := r.Trainer
	if t == nil {
		return nil, hokusai.FieldErrorf("base", "This server's local runner has no Python trainer, so it cannot fine-tune %s; its operator runs `make finetune-trainer` and starts serve with --finetune-python.", j.Base)
	}
	ref, err := hokusai.ParseBaseRef(j.Base)
	if err != nil {
		return nil, err
	}
	model := r.HF.Snapshot(ref)
	if model == "" {
		return nil, hokusai.FieldErrorf("base", "%s is no longer in this server's Hugging Face cache (%s).", j.Base, r.HF.Dir)
	}
	if r.Tmp != "" {
		if err := os.MkdirAll(r.Tmp, 0o700); err != nil {
			return nil, err
		}
	}
	work, err := os.MkdirTemp(r.Tmp, "finetune-hf-")
	if err != nil {
		return nil, err
	}
	keep := false
	defer func() {
		if !keep {
			os.RemoveAll(work)
		}
	}()
	args := []string{t.Script, "train", "--model", model, "--out", filepath.Join(work, "out"),
		"--method", string(j.Method), "--epochs", strconv.Itoa(j.Hyper.Epochs), "--batch-size", strconv.Itoa(j.Hyper.BatchSize),
		"--learning-rate", strconv.FormatFloat(j.Hyper.LearningRate, 'g', -1, 64), "--seed", strconv.FormatInt(j.Seed, 10),
		"--threads", strconv.Itoa(cmp(t.Threads, 2)), "--max-length", strconv.Itoa(cmp(t.MaxLength, 64)),
		"--keep-checkpoints", "1", "--export", "--quantize"}
	for _, f := range []struct{ flag, digest, name string }{{"--train", j.TrainingDigest, "train.jsonl"}, {"--validation", j.ValidationDigest, "validation.jsonl"}} {
		if f.digest == "" {
			continue
		}
		b, err := readBlob(ctx, r.Blobs, f.digest, 1<<30)
		if err != nil {
			return nil, fmt.Errorf("rows %s: %w", f.digest, err)
		}
		if err := os.WriteFile(filepath.Join(work, f.name), b, 0o600); err != nil {
			return nil, err
		}
		args = append(args, f.flag, filepath.Join(work, f.name))
	}
	if from != nil {
		dir := filepath.Join(work, "resume")
		if err := r.unpackCheckpoint(ctx, from.Digest, dir); err != nil {
			return nil, fmt.Errorf("checkpoint at step %d: %w", from.Step, err)
		}
		args = append(args, "--resume", dir)
	}

	cmd := exec.CommandContext(ctx, t.Python, args...)
	cmd.Env = append(trainerEnv(), "HF_HUB_OFFLINE=1", "TOKENIZERS_PARALLELISM=false", "PYTHONUNBUFFERED=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	stderr := &tailBuffer{max: 4 << 10}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the trainer %s: %w", t.Python, err)
	}
	// The limits are set on the running child: os/exec has no hook
	// between fork and exec, and the interpreter is still starting.
	pid := cmd.Process.Pid
	cpu := cmp(t.CPUSeconds, 6*3600)
	mem := cmp(t.MemoryBytes, 16<<30)
	limitErr := errors.Join(
		unix.Prlimit(pid, unix.RLIMIT_CPU, &unix.Rlimit{Cur: cpu, Max: cpu}, nil),
		unix.Prlimit(pid, unix.RLIMIT_AS, &unix.Rlimit{Cur: mem, Max: mem}, nil))
	if limitErr != nil {
		_ = cmd.Cancel()
		_ = cmd.Wait()
		return nil, fmt.Errorf("limit the trainer: %w", limitErr)
	}

	var last, done trainerEvent
	var runErr error
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var e trainerEvent
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || runErr != nil {
			continue // the trainer's libraries may print; only its JSON lines count
		}
		switch e.Event {
		case "start":
			p.Event(ctx, "info", "The trainer started: %s of %s, %d trainable parameters, labels %s.", j.Method, j.Base, e.Trainable, strings.Join(e.Labels, ", "))
		case "checkpoint":
			if err := r.storeCheckpoint(ctx, j, e, p); err != nil {
				runErr = err
				_ = cmd.Cancel()
				continue
			}
			last = e
			p.Event(ctx, "info", "Epoch %d: train loss %.4f, validation loss %.4f, validation accuracy %.4f.", e.Step, e.TrainLoss, e.ValidLoss, e.ValidAccuracy)
		case "done":
			done = e
		}
	}
	waitErr := cmd.Wait()
	switch {
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case runErr != nil:
		return nil, runErr
	case waitErr != nil:
		var ee *exec.ExitError
		msg := strings.TrimSpace(stderr.String())
		if errors.As(waitErr, &ee) && ee.ExitCode() == 2 {
			return nil, hokusai.Errorf(hokusai.EINVALID, "The trainer refused the job: %s", hokusai.Excerpt(lastLine(msg)))
		}
		return nil, fmt.Errorf("trainer: %w: %s", waitErr, hokusai.Excerpt(lastLine(msg)))
	case done.Event == "" || done.Path == "":
		return nil, fmt.Errorf("trainer exited without a result")
	}
	if last.Step == 0 && from != nil {
		last.TrainLoss, last.ValidLoss = from.TrainLoss, from.ValidLoss
	}
	keep = true
	res := &hokusai.FineTuneResult{Dir: done.Path, Entry: "model.onnx", TrainLoss: last.TrainLoss, ValidLoss: last.ValidLoss}
	// The caller removes res.Dir; the rest of work goes now.
	if err := os.Rename(done.Path, work+".result"); err != nil {
		return nil, err
	}
	os.RemoveAll(work)
	res.Dir = work + ".result"
	return res, nil
}

// storeCheckpoint writes the checkpoint directory e names to the blob
// store as a tar of its files and records it.
func (r *LocalRunner) storeCheckpoint(ctx context.Context, j *hokusai.FineTuneJob, e trainerEvent, p hokusai.FineTuneProgress) error {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, name := range checkpointFiles {
		b, err := os.ReadFile(filepath.Join(e.Path, name))
		if err != nil {
			return fmt.Errorf("checkpoint %d: %w", e.Step, err)
		}
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: int64(len(b)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		if _, err := tw.Write(b); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	b := buf.Bytes()
	info, err := r.Blobs.Put(ctx, bytes.NewReader(b), blob.Digest(b))
	if err != nil {
		return fmt.Errorf("write checkpoint: %w", err)
	}
	if err := p.Checkpoint(ctx, &hokusai.FineTuneCheckpoint{JobID: j.ID, Step: e.Step, TrainLoss: e.TrainLoss, ValidLoss: e.ValidLoss, Digest: info.Digest}); err != nil {
		return err
	}
	// Recorded: the trainer's copy is no longer needed.
	return os.RemoveAll(e.Path)
}

// unpackCheckpoint writes a checkpoint blob's files into dir, refusing any
// name but the checkpoint's own.
func (r *LocalRunner) unpackCheckpoint(ctx context.Context, digest, dir string) error {
	b, err := readBlob(ctx, r.Blobs, digest, maxCheckpointBytes)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tr := tar.NewReader(bytes.NewReader(b))
	seen := 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read checkpoint: %w", err)
		}
		if h.Typeflag != tar.TypeReg || !slices.Contains(checkpointFiles, h.Name) {
			return hokusai.Errorf(hokusai.EINVALID, "Checkpoint %s holds %q, which is not a trainer checkpoint file.", digest, hokusai.Excerpt(h.Name))
		}
		seen++
		f, err := os.OpenFile(filepath.Join(dir, h.Name), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
		if err != nil {
			return err
		}
		_, err = io.Copy(f, io.LimitReader(tr, maxCheckpointBytes))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	if seen != len(checkpointFiles) {
		return hokusai.Errorf(hokusai.EINVALID, "Checkpoint %s lacks some of %s.", digest, strings.Join(checkpointFiles, ", "))
	}
	return nil
}

func cmp[T int | uint64](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

func lastLine(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}

// trainerEnvNames are the variables a trainer inherits from the server:
// where programs, the home and temporary directories, the locale, the
// Hugging Face cache and thread counts are. Nothing else passes — the
// server's keys, passwords and database URLs stay out of a process that
// reads uploaded rows.
var trainerEnvNames = []string{"PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE",
	"HF_HOME", "HF_HUB_CACHE", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "VIRTUAL_ENV"}

// trainerEnv is the server's environment cut down to trainerEnvNames.
func trainerEnv() []string {
	var env []string
	for _, k := range trainerEnvNames {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}
