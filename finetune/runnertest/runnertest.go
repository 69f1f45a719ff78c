// Package runnertest is the one suite every fine-tuning runner must pass
// (hokusai.FineTuneRunner): a run reports a checkpoint per step whose
// weights are in the blob store, a run resumed from any checkpoint ends
// with the weights of a run never stopped, and a run whose context ends
// stops at once and reports nothing more.
package runnertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
)

// Fixture is a runner and a job it can run: its base and rows stored
// where the runner reads them, at least 4 steps.
type Fixture struct {
	Runner hokusai.FineTuneRunner
	Job    *hokusai.FineTuneJob
	Blobs  blob.Store
}

// recorder is a hokusai.FineTuneProgress that keeps what it is told and
// can end the run after a step.
type recorder struct {
	mu     sync.Mutex
	cps    []*hokusai.FineTuneCheckpoint
	stopAt int
	stop   context.CancelFunc
}

func (r *recorder) Checkpoint(ctx context.Context, c *hokusai.FineTuneCheckpoint) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	cp := *c
	r.cps = append(r.cps, &cp)
	if r.stopAt > 0 && c.Step == r.stopAt {
		r.stop()
	}
	return nil
}

func (r *recorder) Event(context.Context, string, string, ...any) {}

func (r *recorder) checkpoints() []*hokusai.FineTuneCheckpoint {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*hokusai.FineTuneCheckpoint(nil), r.cps...)
}

func result(t *testing.T, res *hokusai.FineTuneResult) []byte {
	t.Helper()
	defer os.RemoveAll(res.Dir)
	b, err := os.ReadFile(filepath.Join(res.Dir, res.Entry))
	if err != nil {
		t.Fatalf("the result's model file: %v", err)
	}
	return b
}

// TestRunner runs the suite on fixtures from newFixture, a fresh one per
// case.
func TestRunner(t *testing.T, newFixture func(t *testing.T) Fixture) {
	ctx := context.Background()
	t.Run("CheckpointsAndExactResume", func(t *testing.T) {
		f := newFixture(t)
		rec := &recorder{}
		res, err := f.Runner.Run(ctx, f.Job, nil, rec)
		if err != nil {
			t.Fatal(err)
		}
		whole, cps := result(t, res), rec.checkpoints()
		if len(cps) != f.Job.Hyper.Epochs || len(cps) < 4 {
			t.Fatalf("%d checkpoints for %d steps (the fixture needs at least 4)", len(cps), f.Job.Hyper.Epochs)
		}
		for i, c := range cps {
			if c.Step != i+1 || c.JobID != f.Job.ID {
				t.Fatalf("checkpoint %d: step %d of job %d", i, c.Step, c.JobID)
			}
			if _, err := f.Blobs.Stat(ctx, c.Digest); err != nil {
				t.Fatalf("checkpoint %d's weights %s are not in the blob store: %v", c.Step, c.Digest, err)
			}
		}
		// Resumed from the first, a middle and the last checkpoint, the run
		// reports the steps after it and ends with the same weights.
		for _, k := range []int{1, len(cps) / 2, len(cps)} {
			rec := &recorder{}
			res, err := f.Runner.Run(ctx, f.Job, cps[k-1], rec)
			if err != nil {
				t.Fatal(err)
			}
			if got := result(t, res); !bytes.Equal(got, whole) {
				t.Fatalf("resumed from step %d: the result differs from the uninterrupted run's", k)
			}
			got := rec.checkpoints()
			if len(got) != len(cps)-k {
				t.Fatalf("resumed from step %d: %d checkpoints, want %d", k, len(got), len(cps)-k)
			}
			for i, c := range got {
				if c.Step != k+1+i || c.Digest != cps[k+i].Digest {
					t.Fatalf("resumed from step %d: step %d has weights %s, the uninterrupted run's %s", k, c.Step, c.Digest, cps[k+i].Digest)
				}
			}
		}
	})

	t.Run("CancelStops", func(t *testing.T) {
		f := newFixture(t)
		rctx, cancel := context.WithCancel(ctx)
		defer cancel()
		rec := &recorder{stopAt: 1, stop: cancel}
		start := time.Now()
		done := make(chan error, 1)
		go func() {
			res, err := f.Runner.Run(rctx, f.Job, nil, rec)
			if res != nil {
				os.RemoveAll(res.Dir)
				err = fmt.Errorf("a cancelled run returned a result (err %v)", err)
			}
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("cancelled run: %v; want context.Canceled", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the run did not stop within 30 s of its cancel")
		}
		if n := len(rec.checkpoints()); n != 1 {
			t.Fatalf("%d checkpoints after a cancel at the first (in %s)", n, time.Since(start))
		}
	})
}
