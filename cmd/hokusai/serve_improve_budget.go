package main

import (
	"os"
	"strconv"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// Environment of the evaluator's budgets (evaluator/README.md).
const (
	// envEvalWorkers is how many models the evaluator evaluates at once
	// (1–64; default evaluator.DefaultWorkers).
	envEvalWorkers = "HOKUSAI_EVAL_WORKERS"
	// envEvalTimeout is each evaluation's time budget, a Go duration
	// (1s–1h; default evaluator.DefaultEvalTimeout).
	envEvalTimeout = "HOKUSAI_EVAL_TIMEOUT"
)

// configureWorkerBudgets sets w's concurrency and time budget from the
// environment.
func configureWorkerBudgets(w *evaluator.Worker) error {
	if v := os.Getenv(envEvalWorkers); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 64 {
			return hokusai.FieldErrorf(envEvalWorkers, "%s must be a whole number from 1 to 64 (models evaluated at once), got %q.", envEvalWorkers, v)
		}
		w.Workers = n
	}
	if v := os.Getenv(envEvalTimeout); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Second || d > time.Hour {
			return hokusai.FieldErrorf(envEvalTimeout, "%s must be a duration from 1s to 1h such as 2m (each evaluation's time budget), got %q.", envEvalTimeout, v)
		}
		w.EvalTimeout = d
	}
	return nil
}
