package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// NewFineTuneJob returns a valid queued job owned by owner.
func NewFineTuneJob(owner string) *hokusai.FineTuneJob {
	return &hokusai.FineTuneJob{
		Owner: owner, Base: "VOTE@1.0.0", Method: hokusai.FineTuneFull,
		Hyper: hokusai.HyperParameters{Epochs: 10, BatchSize: 16, LearningRate: 0.1}, Seed: 7, Suffix: "niche", Runner: "local",
		Resources:   hokusai.FineTuneResources{CPUMillis: 2000, MemoryMiB: 4096, GPUs: 1, GPUModel: "h100"},
		BaseModelID: 1, BaseVersion: "1.0.0", ResultModelID: 2,
		TrainingDigest: "sha256:" + fmt.Sprintf("%064x", 1), TrainingRows: 288, ValidationRows: 0,
		Status: hokusai.FineTuneQueued,
	}
}

// TestFineTuneService is the suite every FineTuneService must pass: jobs
// round-trip, list newest first by owner and page, move only forward
// through their statuses (a cancel is never overwritten by a runner's
// progress, also when they race on two handles), and keep their
// checkpoints and numbered events.
func TestFineTuneService(t *testing.T, open Opener[hokusai.FineTuneService]) {
	ctx := context.Background()
	const alice, bob = "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"

	t.Run("RoundTripAndList", func(t *testing.T) {
		s := open(t)()
		if err := s.CreateFineTuneJob(ctx, &hokusai.FineTuneJob{Owner: alice, Runner: "local", Status: hokusai.FineTuneQueued}); code(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "base" {
			t.Fatalf("no base: %v", err)
		}
		var ids []int64
		for i := range 5 {
			j := NewFineTuneJob(alice)
			if i%2 == 1 {
				j.Owner = bob
			}
			if err := s.CreateFineTuneJob(ctx, j); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, j.ID)
			got, err := s.FindFineTuneJob(ctx, j.ID)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", j) {
				t.Fatalf("stored\n%+v\nread back\n%+v", j, got)
			}
		}
		if _, err := s.FindFineTuneJob(ctx, 999999); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown job: %v", err)
		}
		page, err := s.FindFineTuneJobs(ctx, hokusai.FineTuneFilter{Limit: 2})
		if err != nil || len(page) != 2 || page[0].ID != ids[4] || page[1].ID != ids[3] {
			t.Fatalf("first page: %v %v", page, err)
		}
		next, err := s.FindFineTuneJobs(ctx, hokusai.FineTuneFilter{Limit: 100, Before: page[1].ID})
		if err != nil || len(next) != 3 || next[0].ID != ids[2] {
			t.Fatalf("second page: %v %v", next, err)
		}
		mine, err := s.FindFineTuneJobs(ctx, hokusai.FineTuneFilter{Limit: 100, Owner: bob})
		if err != nil || len(mine) != 2 || mine[0].Owner != bob || mine[1].Owner != bob {
			t.Fatalf("bob's jobs: %v %v", mine, err)
		}
		if _, err := s.FindFineTuneJobs(ctx, hokusai.FineTuneFilter{Limit: 101}); code(err) != hokusai.EINVALID {
			t.Fatalf("limit 101: %v", err)
		}
	})

	// Transitions: a random sequence of updates is applied to the store and
	// to a model of the rules; both agree on every answer and the result.
	t.Run("TransitionsFollowTheRules", func(t *testing.T) {
		s := open(t)()
		statuses := []hokusai.FineTuneStatus{hokusai.FineTuneValidating, hokusai.FineTuneQueued, hokusai.FineTuneRunning,
			hokusai.FineTuneSucceeded, hokusai.FineTuneFailed, hokusai.FineTuneCancelled}
		rapid.Check(t, func(rt *rapid.T) {
			j := NewFineTuneJob(alice)
			if rapid.Bool().Draw(rt, "validating") {
				j.Status = hokusai.FineTuneValidating
			}
			if err := s.CreateFineTuneJob(ctx, j); err != nil {
				rt.Fatal(err)
			}
			model := *j
			for range rapid.IntRange(1, 8).Draw(rt, "updates") {
				u := hokusai.FineTuneUpdate{Status: rapid.SampledFrom(statuses).Draw(rt, "status"), Step: rapid.IntRange(0, 10).Draw(rt, "step"),
					TrainLoss: float64(rapid.IntRange(0, 100).Draw(rt, "loss")) / 64}
				got, err := s.UpdateFineTuneJob(ctx, j.ID, u)
				want := hokusai.ApplyFineTuneUpdate(&model, u, model.CreatedAt)
				if code(err) != code(want) {
					rt.Fatalf("%s → %s: store says %v, rules say %v", model.Status, u.Status, err, want)
				}
				if err != nil {
					continue
				}
				if got.Status != model.Status || got.Step != model.Step || got.TrainLoss != model.TrainLoss ||
					got.StartedAt.IsZero() != model.StartedAt.IsZero() || got.FinishedAt.IsZero() != model.FinishedAt.IsZero() {
					rt.Fatalf("store %+v\nrules %+v", got, model)
				}
			}
		})
	})

	t.Run("CancelWinsARace", func(t *testing.T) {
		handles := open(t)
		a, b := handles(), handles()
		for round := range 10 {
			j := NewFineTuneJob(alice)
			if err := a.CreateFineTuneJob(ctx, j); err != nil {
				t.Fatal(err)
			}
			if _, err := a.UpdateFineTuneJob(ctx, j.ID, hokusai.FineTuneUpdate{Status: hokusai.FineTuneRunning}); err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			var cancelErr error
			wg.Go(func() {
				_, cancelErr = b.UpdateFineTuneJob(ctx, j.ID, hokusai.FineTuneUpdate{Status: hokusai.FineTuneCancelled})
			})
			wg.Go(func() {
				for step := 1; step <= 10; step++ {
					st := hokusai.FineTuneRunning
					if step == 10 {
						st = hokusai.FineTuneSucceeded
					}
					if _, err := a.UpdateFineTuneJob(ctx, j.ID, hokusai.FineTuneUpdate{Status: st, Step: step}); err != nil {
						if code(err) != hokusai.ECONFLICT {
							t.Error(err)
						}
						return
					}
				}
			})
			wg.Wait()
			got, err := a.FindFineTuneJob(ctx, j.ID)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case cancelErr == nil && got.Status != hokusai.FineTuneCancelled:
				t.Fatalf("round %d: the cancel was acknowledged but the job is %s", round, got.Status)
			case cancelErr != nil && (code(cancelErr) != hokusai.ECONFLICT || got.Status != hokusai.FineTuneSucceeded):
				t.Fatalf("round %d: cancel refused with %v while the job is %s", round, cancelErr, got.Status)
			}
		}
	})

	t.Run("CheckpointsAndEvents", func(t *testing.T) {
		handles := open(t)
		s, s2 := handles(), handles()
		j := NewFineTuneJob(alice)
		if err := s.CreateFineTuneJob(ctx, j); err != nil {
			t.Fatal(err)
		}
		if _, err := s.LastFineTuneCheckpoint(ctx, j.ID); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("no checkpoint yet: %v", err)
		}
		for _, step := range []int{1, 3, 2, 3} {
			c := &hokusai.FineTuneCheckpoint{JobID: j.ID, Step: step, TrainLoss: float64(step) / 8, Digest: fmt.Sprintf("sha256:%064x", step)}
			if err := s.AddFineTuneCheckpoint(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
		last, err := s2.LastFineTuneCheckpoint(ctx, j.ID)
		if err != nil || last.Step != 3 || last.TrainLoss != 3.0/8 {
			t.Fatalf("last checkpoint: %+v %v", last, err)
		}
		all, err := s2.FindFineTuneCheckpoints(ctx, j.ID)
		if err != nil || len(all) != 3 || all[0].Step != 1 || all[2].Step != 3 {
			t.Fatalf("checkpoints: %v %v", all, err)
		}
		if err := s.AddFineTuneCheckpoint(ctx, &hokusai.FineTuneCheckpoint{JobID: 999999, Step: 1}); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("checkpoint of no job: %v", err)
		}
		// Events from two handles at once are numbered 1…n without gaps.
		var wg sync.WaitGroup
		for i := range 20 {
			h := []hokusai.FineTuneService{s, s2}[i%2]
			wg.Go(func() {
				if err := h.AddFineTuneEvent(ctx, j.ID, "info", fmt.Sprintf("event %d", i)); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		evs, err := s.FindFineTuneEvents(ctx, j.ID, 0, 15)
		if err != nil || len(evs) != 15 {
			t.Fatalf("events: %d %v", len(evs), err)
		}
		rest, err := s.FindFineTuneEvents(ctx, j.ID, evs[14].Seq, 1000)
		if err != nil || len(rest) != 5 {
			t.Fatalf("events after %d: %d %v", evs[14].Seq, len(rest), err)
		}
		for i, e := range append(evs, rest...) {
			if e.Seq != int64(i+1) || e.JobID != j.ID {
				t.Fatalf("event %d has seq %d", i, e.Seq)
			}
		}
		if _, err := s.FindFineTuneEvents(ctx, j.ID, 0, 0); code(err) != hokusai.EINVALID {
			t.Fatalf("limit 0: %v", err)
		}
	})
}
