package evaluator_test

import (
	"context"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
)

// TestBatchWait: a batch is due when it is full, when its oldest
// contribution has waited the window, or when that one is evaluated alone.
func TestBatchWait(t *testing.T) {
	t0 := time.Date(2026, 12, 3, 22, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		waiting, size int
		alone         bool
		window        time.Duration
		now           time.Time
		want          time.Duration
	}{
		{1, 8, false, 3 * time.Second, t0, 3 * time.Second},
		{3, 8, false, 3 * time.Second, t0.Add(time.Second), 2 * time.Second},
		{3, 8, false, 3 * time.Second, t0.Add(5 * time.Second), 0},
		{8, 8, false, 3 * time.Second, t0, 0},
		{1, 8, true, 3 * time.Second, t0, 0},
		{0, 8, false, 3 * time.Second, t0, 0},
		{2, 8, false, 0, t0, 0},
	} {
		if got := evaluator.BatchWait(t0, tc.waiting, tc.size, tc.alone, tc.window, tc.now); got != tc.want {
			t.Errorf("BatchWait(%d waiting of %d, alone %v, window %s, %s after) = %s, want %s", tc.waiting, tc.size, tc.alone, tc.window, tc.now.Sub(t0), got, tc.want)
		}
	}
}

// TestBatchWindowOneBatch: on either job queue (SQLite's lease queue,
// River on PostgreSQL), three contributions submitted within the window —
// each enqueueing its model's job, as a submission to a server does — are
// evaluated as one batch once the first has waited the window, and share
// its reward by Shapley weights; one submitted after the batch was taken
// is evaluated alone.
func TestBatchWindowOneBatch(t *testing.T) {
	const window = 2 * time.Second
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			e := newEnv(t)
			store, w := e.store, e.worker
			if backend == "postgres" {
				r := e.replica(pgtest.NewDatabase(t))
				if err := r.store.PutSetup(e.ctx, e.setup); err != nil {
					t.Fatal(err)
				}
				store, w = r.store, r.worker
			}
			w.Batch, w.BatchWindow = 8, window
			ctx, stop := context.WithCancel(e.ctx)
			done := make(chan error, 1)
			go func() { done <- w.Run(ctx) }()
			defer func() { stop(); <-done }()

			submit := func(who int, body []byte) *contrib.Contribution {
				t.Helper()
				c, _, err := store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: devchain.DevAddress(who).Hex(), Body: body})
				if err != nil {
					t.Fatal(err)
				}
				if err := w.Enqueue(e.ctx, e.model.ID); err != nil {
					t.Fatal(err)
				}
				return c
			}
			settled := func(id int64) *contrib.Contribution {
				t.Helper()
				for end := time.Now().Add(time.Minute); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
					c, err := store.FindContribution(e.ctx, id)
					if err != nil {
						t.Fatal(err)
					}
					if c.Status == contrib.StatusAccepted || c.Status == contrib.StatusRejected {
						return c
					}
				}
				t.Fatalf("contribution %d not evaluated within a minute", id)
				return nil
			}

			first := submit(5, e.rows(0, 70, false))
			time.Sleep(300 * time.Millisecond)
			second := submit(6, e.rows(70, 140, false))
			time.Sleep(300 * time.Millisecond)
			third := submit(7, e.rows(140, 150, false))
			var evID int64
			for i, c := range []*contrib.Contribution{first, second, third} {
				got := settled(c.ID)
				if i == 0 {
					evID = got.EvaluationID
				}
				if got.EvaluationID != evID || evID == 0 {
					t.Fatalf("contribution %d: evaluation %d (%s %s); want all three in evaluation %d", c.ID, got.EvaluationID, got.Status, got.Reason, evID)
				}
			}
			ev, err := store.FindEvaluation(e.ctx, evID)
			if err != nil {
				t.Fatal(err)
			}
			if len(ev.Contributions) != 3 || ev.Method != evaluator.MethodShapley || len(ev.Weights) != 3 {
				t.Fatalf("evaluation %d: contributions %v, method %q, weights %+v", ev.ID, ev.Contributions, ev.Method, ev.Weights)
			}
			sum := 0
			for _, wt := range ev.Weights {
				sum += int(wt.Bps)
			}
			if sum != 10_000 {
				t.Fatalf("weights sum to %d bps", sum)
			}
			if waited := ev.CreatedAt.Sub(first.CreatedAt); waited < window-50*time.Millisecond {
				t.Fatalf("the batch was evaluated %s after its first contribution arrived; want at least the %s window", waited, window)
			}
			t.Logf("one batch %v after %s: %s, weights %+v", ev.Contributions, ev.CreatedAt.Sub(first.CreatedAt).Round(time.Millisecond), ev.Decision, ev.Weights)

			late := settled(submit(8, e.rows(150, 190, false)).ID)
			if late.EvaluationID == evID {
				t.Fatalf("a contribution submitted after the batch was evaluated joined it")
			}
			lev, err := store.FindEvaluation(e.ctx, late.EvaluationID)
			if err != nil || len(lev.Contributions) != 1 || lev.Method != evaluator.MethodSingle {
				t.Fatalf("late contribution's evaluation %+v: %v", lev, err)
			}
		})
	}
}

// TestBatchCutToWorkBudget: a batch whose attribution (every coalition
// retrained) would exceed the work budget is cut to the contributions that
// fit; the others wait for the next batch instead of being refused.
func TestBatchCutToWorkBudget(t *testing.T) {
	e := newEnv(t)
	e.worker.Batch = 2
	first := e.submit(5, "", e.rows(0, 100, false))
	second := e.submit(6, "", e.rows(100, 110, false))
	training := e.setup.Training.Len()
	alone := evaluator.EstimateWork(e.setup, training, []int{100}).Ops()
	pair := evaluator.EstimateWork(e.setup, training, []int{100, 10}).Ops()
	e.worker.MaxOps = (alone + pair) / 2
	e.process()
	got := e.contribution(first.ID)
	if got.Status != contrib.StatusAccepted && got.Status != contrib.StatusRejected || got.ReasonCode == contrib.ReasonTooLarge {
		t.Fatalf("first contribution: %s %s %q; want it evaluated alone", got.Status, got.ReasonCode, got.Reason)
	}
	if w := e.contribution(second.ID); w.Status != contrib.StatusReceived {
		t.Fatalf("second contribution: %s %s; want it still waiting", w.Status, w.ReasonCode)
	}
	ev, err := e.store.FindEvaluation(e.ctx, got.EvaluationID)
	if err != nil || len(ev.Contributions) != 1 {
		t.Fatalf("first evaluation: %+v %v", ev, err)
	}
	e.process()
	if w := e.contribution(second.ID); w.EvaluationID == 0 || w.EvaluationID == got.EvaluationID || w.ReasonCode == contrib.ReasonTooLarge {
		t.Fatalf("second contribution: %s %s evaluation %d", w.Status, w.ReasonCode, w.EvaluationID)
	}
}
