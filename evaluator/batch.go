package evaluator

import (
	"context"
	"time"

	"github.com/hokusai-protocol/hokusai/contrib"
)

// Batching defaults for servers (hokusai serve's --eval-batch and
// --eval-batch-window): contributions to one model that arrive within
// three seconds of each other, up to eight, are evaluated as one batch and
// share its reward by exact Shapley values.
const (
	DefaultBatch       = 8
	DefaultBatchWindow = 3 * time.Second
)

// batchPoll is how often a job waiting for its batch to fill looks again.
const batchPoll = 100 * time.Millisecond

// BatchWait is how much longer a model's batch should wait for more
// contributions: none once size contributions wait, once the oldest
// waiting one (which arrived at oldest) has waited window, or when the
// oldest carries its own model version (evaluated alone anyway).
func BatchWait(oldest time.Time, waiting, size int, alone bool, window time.Duration, now time.Time) time.Duration {
	if waiting == 0 || waiting >= size || alone || window <= 0 {
		return 0
	}
	return max(oldest.Add(window).Sub(now), 0)
}

// awaitBatch holds a model's job until its batch is due (batchWait), so
// contributions arriving within BatchWindow of the first are evaluated
// together. It is for callers that drive the worker by hand
// (ProcessModel); Run's jobs do not hold a worker slot while a batch
// fills (runJob).
func (w *Worker) awaitBatch(ctx context.Context, model uint64, size int) error {
	start := time.Now()
	for {
		wait, err := w.batchWait(ctx, model, size, start)
		if err != nil || wait <= 0 {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(min(wait, batchPoll)):
		}
	}
}

// batchWait is how much longer a model's batch should wait for more
// contributions (BatchWait). Any server may hold the job, so waiting
// contributions are read from the store; the wait ends at most
// BatchWindow after since whatever the recorded arrival times say
// (servers' clocks differ).
func (w *Worker) batchWait(ctx context.Context, model uint64, size int, since time.Time) (time.Duration, error) {
	window := w.BatchWindow
	if window <= 0 || size <= 1 {
		return 0, nil
	}
	waiting, err := w.Store.FindContributions(ctx, contrib.ContributionFilter{ModelID: model, Status: []contrib.Status{contrib.StatusReceived}, Limit: size})
	if err != nil || len(waiting) == 0 {
		return 0, err
	}
	now := time.Now()
	return min(BatchWait(waiting[0].CreatedAt, len(waiting), size, waiting[0].CandidateDigest != "", window, now), since.Add(window).Sub(now)), nil
}

// batchDue reports whether a model's batch is due, for Run's jobs: when it
// is not, the job ends (its worker slot is free for other models) and the
// sweeper is woken when the batch will be due, to enqueue the model again.
// firstSeen remembers when this worker first found the batch waiting,
// for batchWait's bound on skewed clocks.
func (w *Worker) batchDue(ctx context.Context, model uint64) (bool, error) {
	now := time.Now()
	w.batchMu.Lock()
	since, ok := w.firstSeen[model]
	if !ok {
		since = now
	}
	w.batchMu.Unlock()
	wait, err := w.batchWait(ctx, model, max(w.Batch, 1), since)
	if err != nil {
		return false, err
	}
	w.batchMu.Lock()
	defer w.batchMu.Unlock()
	if wait <= 0 {
		delete(w.firstSeen, model)
		return true, nil
	}
	if w.firstSeen == nil {
		w.firstSeen = map[uint64]time.Time{}
	}
	w.firstSeen[model] = since
	time.AfterFunc(wait, w.Wake)
	return false, nil
}

// fitBudget returns the longest start of batch whose evaluation fits the
// work budget (attribution retrains every coalition, so work grows with
// the batch), at least its first contribution.
func (w *Worker) fitBudget(st *contrib.Setup, trainingRows int, batch []*contrib.Contribution) []*contrib.Contribution {
	for n := len(batch); n > 1; n-- {
		if w.overBudget(EstimateWork(st, trainingRows, batchRows(batch[:n]))) == "" {
			return batch[:n]
		}
	}
	return batch[:min(len(batch), 1)]
}

func batchRows(batch []*contrib.Contribution) []int {
	rows := make([]int, len(batch))
	for i, c := range batch {
		rows[i] = c.Rows
	}
	return rows
}
