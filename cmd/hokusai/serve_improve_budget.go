package main

import (
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// configureWorkerBudgets sets w's concurrency, time budget and batching
// from --eval-workers, --eval-timeout, --eval-batch and
// --eval-batch-window (evaluator/README.md).
func configureWorkerBudgets(w *evaluator.Worker, cfg *serveConfig) error {
	if n := cfg.evalWorkers; n < 1 || n > 64 {
		return hokusai.FieldErrorf("eval-workers", "%s must be a whole number from 1 to 64 (models evaluated at once), got %d.", cfg.origin("eval-workers"), n)
	}
	if d := cfg.evalTimeout; d < time.Second || d > time.Hour {
		return hokusai.FieldErrorf("eval-timeout", "%s must be a duration from 1s to 1h such as 2m (each evaluation's time budget), got %s.", cfg.origin("eval-timeout"), d)
	}
	if n := cfg.evalBatch; n < 1 || n > 32 {
		return hokusai.FieldErrorf("eval-batch", "%s must be a whole number from 1 to 32 (contributions to one model evaluated together), got %d.", cfg.origin("eval-batch"), n)
	}
	if d := cfg.evalWindow; d < 0 || d > time.Minute {
		return hokusai.FieldErrorf("eval-batch-window", "%s must be a duration from 0s to 1m such as 3s (how long a contribution waits for others to join its batch), got %s.", cfg.origin("eval-batch-window"), d)
	}
	w.Workers, w.EvalTimeout = cfg.evalWorkers, cfg.evalTimeout
	w.Batch, w.BatchWindow = cfg.evalBatch, cfg.evalWindow
	return nil
}
