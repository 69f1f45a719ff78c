package finetune

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// Exchange is how trainers outside the server (Kubernetes pods, Akash
// leases) read a run's inputs and write its checkpoints: an HTTP handler,
// served on its own listener at URL, where each run gets capability URLs
// under a random token that stop working when the run ends. Checkpoints
// written there go to the blob store and are reported to the run's
// progress in step order, as the local runner reports them.
type Exchange struct {
	Blobs blob.Store
	// URL is where trainers reach this handler (e.g.
	// http://hokusai.example:8091); a pod or lease must be able to
	// connect to it.
	URL string

	mu   sync.Mutex
	runs map[string]*remoteRun
}

// ServeHTTP implements http.Handler.
func (x *Exchange) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) < 3 || parts[0] != "runs" {
		http.Error(w, "no such path: the exchange serves /runs/TOKEN/{spec,blobs/DIGEST,checkpoints/STEP,failure}", http.StatusNotFound)
		return
	}
	x.mu.Lock()
	run := x.runs[parts[1]]
	x.mu.Unlock()
	if run == nil {
		http.Error(w, "no such run: it ended, or the token is wrong", http.StatusGone)
		return
	}
	switch {
	case r.Method == http.MethodGet && len(parts) == 3 && parts[2] == "spec":
		w.Header().Set("Content-Type", "application/json")
		w.Write(run.specJSON)
	case r.Method == http.MethodGet && len(parts) == 4 && parts[2] == "blobs":
		x.serveBlob(w, r, run, parts[3])
	case r.Method == http.MethodPut && len(parts) == 4 && parts[2] == "checkpoints":
		run.serveCheckpoint(w, r, parts[3])
	case r.Method == http.MethodPost && len(parts) == 3 && parts[2] == "failure":
		run.serveFailure(w, r)
	default:
		http.Error(w, "the exchange serves GET spec, GET blobs/DIGEST, PUT checkpoints/STEP and POST failure", http.StatusMethodNotAllowed)
	}
}

func (x *Exchange) serveBlob(w http.ResponseWriter, r *http.Request, run *remoteRun, digest string) {
	if !run.inputs[digest] {
		http.Error(w, "this run reads only its own inputs", http.StatusNotFound)
		return
	}
	rc, err := x.Blobs.Get(r.Context(), digest)
	if err != nil {
		// The trainer may run on a provider's machine: the store's error
		// (a path, an address) stays in this server's log.
		slog.Error("run exchange: read an input", "digest", digest, "err", err)
		http.Error(w, "the exchange could not read this input; try again", http.StatusInternalServerError)
		return
	}
	defer rc.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	io.Copy(w, rc)
}

// remoteRun is one run of a job by a trainer outside this process, as
// the exchange knows it.
type remoteRun struct {
	x        *Exchange
	token    string
	ctx      context.Context
	job      *hokusai.FineTuneJob
	p        hokusai.FineTuneProgress
	specJSON []byte
	inputs   map[string]bool
	// SpecURL is the URL the trainer is started with.
	SpecURL string
	// stepped is signalled after each checkpoint.
	stepped chan struct{}

	mu     sync.Mutex
	last   *hokusai.FineTuneCheckpoint // the latest checkpoint (from, or one reported since)
	err    error                       // why progress refused a checkpoint
	closed bool
}

// open starts a run of j from checkpoint from (nil: the base's weights,
// which it stores as a blob), valid while ctx lasts or until close.
func (x *Exchange) open(ctx context.Context, reg hokusai.RegistryService, tmp string, j *hokusai.FineTuneJob, from *hokusai.FineTuneCheckpoint, p hokusai.FineTuneProgress) (*remoteRun, error) {
	if j.Method != hokusai.FineTuneFull || j.BaseModelID == 0 {
		return nil, hokusai.FieldErrorf("method", "This runner fine-tunes every weight of built-in registry models; job %s asks for %s of %s.", hokusai.FineTuneJobName(j.ID), j.Method, j.Base)
	}
	if x == nil || x.URL == "" {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This runner needs the run exchange (--runner-exchange-listen and --runner-exchange-url) so its trainers can read inputs and write checkpoints.")
	}
	weights, start := "", 0
	if from != nil {
		weights, start = from.Digest, from.Step
	} else {
		v, err := reg.FindVersion(ctx, j.BaseModelID, j.BaseVersion)
		if err != nil {
			return nil, err
		}
		m, err := LoadVersionModel(ctx, x.Blobs, v, tmp)
		if err != nil {
			return nil, err
		}
		b, err := m.Marshal()
		if err != nil {
			return nil, err
		}
		info, err := x.Blobs.Put(ctx, bytes.NewReader(b), blob.Digest(b))
		if err != nil {
			return nil, fmt.Errorf("store the base's weights: %w", err)
		}
		weights = info.Digest
	}
	var tok [24]byte
	if _, err := rand.Read(tok[:]); err != nil {
		return nil, err
	}
	run := &remoteRun{x: x, token: hex.EncodeToString(tok[:]), ctx: ctx, job: j, p: p, last: from, stepped: make(chan struct{}, 1),
		inputs: map[string]bool{weights: true, j.TrainingDigest: true}}
	base := strings.TrimRight(x.URL, "/") + "/runs/" + run.token
	spec := TrainSpec{Job: j.ID, Hyper: j.Hyper, Seed: j.Seed, Start: start, WeightsURL: base + "/blobs/" + weights,
		TrainingURL: base + "/blobs/" + j.TrainingDigest, CheckpointURL: base + "/checkpoints", FailureURL: base + "/failure"}
	if j.ValidationDigest != "" {
		run.inputs[j.ValidationDigest] = true
		spec.ValidationURL = base + "/blobs/" + j.ValidationDigest
	}
	run.SpecURL = base + "/spec"
	var err error
	if run.specJSON, err = json.Marshal(spec); err != nil {
		return nil, err
	}
	x.mu.Lock()
	if x.runs == nil {
		x.runs = map[string]*remoteRun{}
	}
	x.runs[run.token] = run
	x.mu.Unlock()
	return run, nil
}

// close ends the run: its URLs answer 410 Gone from now on.
func (r *remoteRun) close() {
	r.x.mu.Lock()
	delete(r.x.runs, r.token)
	r.x.mu.Unlock()
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
}

// state returns the latest checkpoint (nil: none yet) and why progress
// refused one (nil: it did not).
func (r *remoteRun) state() (*hokusai.FineTuneCheckpoint, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last, r.err
}

func (r *remoteRun) serveCheckpoint(w http.ResponseWriter, req *http.Request, stepText string) {
	step, err := strconv.Atoi(stepText)
	if err != nil || step < 1 || step > r.job.Hyper.Epochs {
		http.Error(w, fmt.Sprintf("step must be a whole number from 1 to %d, got %q", r.job.Hyper.Epochs, hokusai.Excerpt(stepText)), http.StatusBadRequest)
		return
	}
	var losses [2]float64
	for i, name := range []string{"train_loss", "valid_loss"} {
		if losses[i], err = strconv.ParseFloat(req.URL.Query().Get(name), 64); err != nil || math.IsNaN(losses[i]) || math.IsInf(losses[i], 0) {
			http.Error(w, name+" must be a finite number", http.StatusBadRequest)
			return
		}
	}
	b, err := io.ReadAll(io.LimitReader(req.Body, MaxPackageBytes+1))
	if err != nil || len(b) > MaxPackageBytes {
		http.Error(w, fmt.Sprintf("the weights must be at most %d bytes", MaxPackageBytes), http.StatusRequestEntityTooLarge)
		return
	}
	if _, err := linear.Parse(b); err != nil {
		http.Error(w, "the weights are not a linear model: "+err.Error(), http.StatusBadRequest)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed || r.err != nil || r.ctx.Err() != nil {
		http.Error(w, "the run is over", http.StatusGone)
		return
	}
	prev := 0
	if r.last != nil {
		prev = r.last.Step
	}
	digest := blob.Digest(b)
	if step == prev && r.last.Digest == digest {
		w.WriteHeader(http.StatusNoContent) // a retry of the last write
		return
	}
	if step != prev+1 {
		http.Error(w, fmt.Sprintf("step %d after step %d: checkpoints come in order", step, prev), http.StatusConflict)
		return
	}
	if _, err := r.x.Blobs.Put(r.ctx, bytes.NewReader(b), digest); err != nil {
		slog.Error("run exchange: store a checkpoint", "job", r.job.ID, "step", step, "err", err)
		http.Error(w, "the exchange could not store the weights; send them again", http.StatusInternalServerError)
		return
	}
	c := &hokusai.FineTuneCheckpoint{JobID: r.job.ID, Step: step, TrainLoss: losses[0], ValidLoss: losses[1], Digest: digest}
	if err := r.p.Checkpoint(r.ctx, c); err != nil {
		r.err = err
		http.Error(w, "the run is over: "+err.Error(), http.StatusGone)
		return
	}
	r.last = c
	select {
	case r.stepped <- struct{}{}:
	default:
	}
	w.WriteHeader(http.StatusNoContent)
}

// serveFailure takes the trainer's last words: the run fails with them
// at once, instead of when its runner notices the trainer is gone.
func (r *remoteRun) serveFailure(w http.ResponseWriter, req *http.Request) {
	b, _ := io.ReadAll(io.LimitReader(req.Body, 4096))
	r.mu.Lock()
	if r.err == nil && !r.closed {
		r.err = hokusai.Errorf(hokusai.EINTERNAL, "The trainer failed: %s", strings.TrimSpace(string(b)))
	}
	r.mu.Unlock()
	select {
	case r.stepped <- struct{}{}:
	default:
	}
	w.WriteHeader(http.StatusNoContent)
}

// result is the finished run's model: the weights of its checkpoint after
// the job's last step, written as the local runner writes them.
func (r *remoteRun) result(ctx context.Context, tmp string) (*hokusai.FineTuneResult, error) {
	last, _ := r.state()
	if last == nil || last.Step != r.job.Hyper.Epochs {
		got := 0
		if last != nil {
			got = last.Step
		}
		return nil, fmt.Errorf("the trainer ended after step %d of %d", got, r.job.Hyper.Epochs)
	}
	b, err := readBlob(ctx, r.x.Blobs, last.Digest, MaxPackageBytes)
	if err != nil {
		return nil, err
	}
	m, err := linear.Parse(b)
	if err != nil {
		return nil, err
	}
	if tmp != "" {
		if err := os.MkdirAll(tmp, 0o700); err != nil {
			return nil, err
		}
	}
	dir, err := os.MkdirTemp(tmp, "finetune-result-")
	if err != nil {
		return nil, err
	}
	if err := m.Save(filepath.Join(dir, "model.json")); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &hokusai.FineTuneResult{Dir: dir, Entry: "model.json", TrainLoss: last.TrainLoss, ValidLoss: last.ValidLoss}, nil
}
