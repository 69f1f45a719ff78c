// Package runtimetest is the suite every Predictor must pass, whatever its
// runtime: one prediction per row, probabilities that form a distribution,
// a confidence that is the label's probability, and a prompt answer to a
// cancelled context.
package runtimetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// Check runs the suite on p with rows (at least one) and returns the
// predictions for further, runtime-specific checks.
func Check(t *testing.T, p hokusai.Predictor, rows []hokusai.Row) []hokusai.Prediction {
	t.Helper()
	info := p.Info()
	if info.Runtime == "" || info.Version == "" {
		t.Errorf("Info() = %+v: runtime and version must be set for receipts", info)
	}
	ctx := context.Background()
	preds, err := p.Predict(ctx, rows)
	if err != nil {
		t.Fatalf("Predict: %v", err)
	}
	if len(preds) != len(rows) {
		t.Fatalf("Predict returned %d predictions for %d rows", len(preds), len(rows))
	}
	CheckPredictions(t, info, preds)

	empty, err := p.Predict(ctx, nil)
	if err != nil || len(empty) != 0 {
		t.Errorf("Predict(no rows) = %d predictions, %v; want none and no error", len(empty), err)
	}

	again, err := p.Predict(ctx, rows)
	if err != nil {
		t.Fatalf("second Predict: %v", err)
	}
	if info.Task != hokusai.TaskText {
		for i := range preds {
			if preds[i].Label != again[i].Label || preds[i].Value != again[i].Value || preds[i].Confidence != again[i].Confidence {
				t.Fatalf("row %d: Predict is not repeatable: %+v then %+v", i, preds[i], again[i])
			}
		}
	}

	// Predictors are safe for concurrent use.
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := p.Predict(ctx, rows)
			if err == nil && info.Task != hokusai.TaskText {
				for i := range got {
					if got[i].Label != preds[i].Label || got[i].Value != preds[i].Value {
						err = fmt.Errorf("row %d: concurrent Predict gave %+v, alone %+v", i, got[i], preds[i])
						break
					}
				}
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent Predict: %v", err)
		}
	}

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := p.Predict(cctx, rows); !errors.Is(err, context.Canceled) {
		t.Errorf("Predict with a cancelled context: err = %v, want context.Canceled", err)
	}
	return preds
}

// CheckPredictions checks each prediction against the model's task.
func CheckPredictions(t *testing.T, info hokusai.PredictorInfo, preds []hokusai.Prediction) {
	t.Helper()
	for i, p := range preds {
		switch info.Task {
		case hokusai.TaskClassification:
			if !slices.Contains(info.Classes, p.Label) {
				t.Fatalf("row %d: label %q is not one of the classes %v", i, p.Label, info.Classes)
			}
			if len(p.Probabilities) != len(info.Classes) {
				t.Fatalf("row %d: %d probabilities for %d classes", i, len(p.Probabilities), len(info.Classes))
			}
			var sum, best float64
			for _, c := range info.Classes {
				v, ok := p.Probabilities[c]
				if !ok || v < 0 || v > 1 || math.IsNaN(v) {
					t.Fatalf("row %d: probability of %q = %v (present %v)", i, c, v, ok)
				}
				sum += v
				best = max(best, v)
			}
			if math.Abs(sum-1) > 1e-5 {
				t.Fatalf("row %d: probabilities sum to %v, want 1", i, sum)
			}
			if p.Confidence != p.Probabilities[p.Label] || p.Confidence != best {
				t.Fatalf("row %d: confidence %v is not the label's probability %v (best %v)", i, p.Confidence, p.Probabilities[p.Label], best)
			}
			if len(info.Classes) == 2 && p.Value != p.Probabilities[info.Classes[1]] {
				t.Fatalf("row %d: binary Value %v is not P(%s) = %v", i, p.Value, info.Classes[1], p.Probabilities[info.Classes[1]])
			}
		case hokusai.TaskRegression:
			if math.IsNaN(p.Value) || math.IsInf(p.Value, 0) {
				t.Fatalf("row %d: value %v", i, p.Value)
			}
		case hokusai.TaskText:
			if p.Confidence < 0 || p.Confidence > 1 {
				t.Fatalf("row %d: confidence %v outside [0, 1]", i, p.Confidence)
			}
		default:
			t.Fatalf("unknown task %q", info.Task)
		}
	}
}
