package main

import (
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// TestWorkerBatching: serve's defaults batch up to 8 contributions that
// arrive within 3 s; a batch setting out of range is refused, naming the
// setting, where its value came from and the range.
func TestWorkerBatching(t *testing.T) {
	cfg := defaultServeConfig()
	w := &evaluator.Worker{}
	if err := configureWorkerBudgets(w, cfg); err != nil {
		t.Fatal(err)
	}
	if w.Batch != 8 || w.BatchWindow != 3*time.Second {
		t.Fatalf("defaults: batch %d, window %s; want 8 and 3s", w.Batch, w.BatchWindow)
	}
	for _, tc := range []struct {
		set       func(*serveConfig)
		field, in string
	}{
		{func(c *serveConfig) { c.evalBatch = 0 }, "eval-batch", "1 to 32"},
		{func(c *serveConfig) { c.evalBatch = 33 }, "eval-batch", "1 to 32"},
		{func(c *serveConfig) { c.evalWindow = -time.Second }, "eval-batch-window", "0s to 1m"},
		{func(c *serveConfig) { c.evalWindow = 2 * time.Minute }, "eval-batch-window", "0s to 1m"},
	} {
		cfg := defaultServeConfig()
		cfg.origins = map[string]string{tc.field: "HOKUSAI_" + strings.ToUpper(strings.ReplaceAll(tc.field, "-", "_"))}
		tc.set(cfg)
		err := configureWorkerBudgets(&evaluator.Worker{}, cfg)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field || !strings.Contains(err.Error(), tc.in) || !strings.Contains(err.Error(), cfg.origins[tc.field]) {
			t.Errorf("%s: %v; want INVALID naming %s, its source and %q", tc.field, err, tc.field, tc.in)
		}
	}
}
