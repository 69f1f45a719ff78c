package evaluator_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// A model scored on a custom metric: the setup keeps the expression
// through the store, the head is scored with it (= F1, which it restates),
// a useful contribution is evaluated, attested and minted, and the receipt
// names the expression.
func TestCustomMetricBenchmarkEndToEnd(t *testing.T) {
	const expr = "2*tp/(2*tp+fp+fn)"
	e := newEnvMetric(t, hokusai.MetricCustom, eval.MetricOptions{Expression: expr})
	const name = "custom_binary:2 * tp / (2 * tp + fp + fn)"

	stored, err := e.openStore().FindSetup(e.ctx, e.model.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, err := stored.Bench()
	if err != nil || b.Metric != name || stored.Expression != expr {
		t.Fatalf("stored setup: metric %q expression %q (%v)", b.Metric, stored.Expression, err)
	}
	// The same benchmark scored on F1 gives the same head score.
	f1Setup, _, err := evaluator.SplitSetup(e.model.ID, e.setup.Benchmark, votesRecipe, hokusai.MetricF1, eval.MetricOptions{}, hokusai.Maximize, 84, 60, 12)
	if err != nil {
		t.Fatal(err)
	}
	f1, err := evaluator.BaselineScore(e.ctx, f1Setup)
	if err != nil || f1 != e.baseline {
		t.Fatalf("custom F1 head %v, F1 head %v (%v)", e.baseline, f1, err)
	}

	// The committed benchmark hash names the expression: another one, or
	// the same one averaged otherwise, is another benchmark.
	hashOf := func(opts eval.MetricOptions) string {
		st, _, err := evaluator.SplitSetup(e.model.ID, e.setup.Benchmark, votesRecipe, hokusai.MetricCustom, opts, hokusai.Maximize, 84, 60, 12)
		if err != nil {
			t.Fatal(err)
		}
		spec, err := evaluator.SpecOf(st, hokusai.WAD)
		if err != nil {
			t.Fatal(err)
		}
		h, err := spec.Hash()
		if err != nil {
			t.Fatal(err)
		}
		return h.Hex()
	}
	h0 := hashOf(eval.MetricOptions{Expression: expr})
	if h0 != hashOf(eval.MetricOptions{Expression: "2 * tp / (2*tp + fp + fn)"}) {
		t.Fatal("the same expression spelt otherwise changes the benchmark hash")
	}
	for _, o := range []eval.MetricOptions{{Expression: "tp/(tp+fp)"}, {Expression: expr, Average: "macro"}} {
		if hashOf(o) == h0 {
			t.Fatalf("%+v has the benchmark hash of %s", o, expr)
		}
	}

	// The worker evaluates, both attesters re-score with the expression
	// and sign, and the mint goes through.
	c := e.submit(5, "", e.rows(0, 150, false))
	e.process()
	got := e.contribution(c.ID)
	if got.Status != contrib.StatusAccepted || got.MintTx == "" {
		t.Fatalf("contribution %+v; want accepted and minted", got)
	}
	ev, err := e.store.FindEvaluation(e.ctx, got.EvaluationID)
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.ParseReceipt(ev.Receipt)
	if err != nil {
		t.Fatal(err)
	}
	if r.Metric != name {
		t.Fatalf("receipt metric %q, want %q", r.Metric, name)
	}
	t.Logf("custom %s: head %s → candidate %s (lower95 %s), minted in %s", expr, r.BaselineScore, r.CandidateScore, r.Lower95, got.MintTx)
}

// Setup options a metric does not take are refused before the benchmark
// is parsed, naming the option.
func TestSetupMetricOptionsRefused(t *testing.T) {
	for _, tc := range []struct {
		metric hokusai.Metric
		opts   eval.MetricOptions
		field  string
	}{
		{hokusai.MetricCustom, eval.MetricOptions{}, "expression"},
		{hokusai.MetricCustom, eval.MetricOptions{Expression: "tp/(fp"}, "expression"},
		{hokusai.MetricAUCROC, eval.MetricOptions{MultiClass: "ovo", Average: "micro"}, "average"},
		{hokusai.MetricAccuracy, eval.MetricOptions{MultiClass: "ovr"}, "multi_class"},
		{hokusai.MetricMSE, eval.MetricOptions{Average: "macro"}, "average"},
	} {
		m := &hokusai.Model{ID: 1, Metric: tc.metric}
		_, err := evaluator.BuildSetup(m, &evaluator.SetupRequest{Benchmark: "not parsed", MetricOptions: tc.opts})
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
			t.Errorf("%s %+v: %v; want EINVALID on %s", tc.metric, tc.opts, err, tc.field)
		}
	}
}
