package evaluator_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// BenchmarkAttribution times Engine.Evaluate on house-votes-84 (12
// training rows, 174 hidden test rows, 1,000 resamples) for 160 pool rows
// split into batches of n contributions: 1 (two trainings), exact Shapley
// (2^n trainings) and sampled Shapley (at most 64·(n−1)+2).
func BenchmarkAttribution(b *testing.B) {
	data, err := eval.LoadFile(filepath.Join("..", "testdata", "datasets", "house-votes-84.csv"), eval.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	st, pool, err := evaluator.SplitSetup(1, data, votesRecipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, 84, 60, 12)
	if err != nil {
		b.Fatal(err)
	}
	st.Resamples = 1000
	eng, err := evaluator.NewEngine(st)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 5, 8, 9, 16} {
		var batch []*eval.Dataset
		for k := 0; k < n; k++ {
			batch = append(batch, pool.Subset(seq(k*160/n, (k+1)*160/n)))
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var method string
			for b.Loop() {
				res, err := eng.Evaluate(context.Background(), st.Training, batch)
				if err != nil {
					b.Fatal(err)
				}
				method = res.Method
			}
			b.ReportMetric(float64(evaluator.Coalitions(n)), "max-trainings")
			b.Logf("n=%d: %s", n, method)
		})
	}
}
