package trees_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/trees"
)

// BenchmarkPredictAgaricus scores the 1,611 agaricus test rows per op.
func BenchmarkPredictAgaricus(b *testing.B) {
	rows := readLibsvm(b, filepath.Join(models, "agaricus", "agaricus_test.libsvm"))
	m, err := trees.Load(hokusai.RuntimeXGBoost, filepath.Join(models, "agaricus", "xgagaricus.model"), hokusai.RuntimeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := m.Predict(context.Background(), rows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(rows))*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
