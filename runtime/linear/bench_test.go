package linear_test

import (
	"context"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

// BenchmarkTrainHouseVotes trains the shipped house-votes-84 model (327
// rows, 48 one-hot inputs).
func BenchmarkTrainHouseVotes(b *testing.B) {
	train, _ := split(runtimetest.ReadCSV(b, votesCSV))
	for b.Loop() {
		if _, err := linear.Train(train, votesRecipe); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPredictHouseVotes scores 435 rows per op.
func BenchmarkPredictHouseVotes(b *testing.B) {
	rows := runtimetest.ReadCSV(b, votesCSV)
	m, err := linear.Train(rows, votesRecipe)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := m.Predict(context.Background(), rows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(rows))*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkTrainIrisSoftmax trains a 3-class softmax model on 150 rows.
func BenchmarkTrainIrisSoftmax(b *testing.B) {
	rows := runtimetest.ReadCSV(b, irisCSV)
	for b.Loop() {
		if _, err := linear.Train(rows, hokusai.TrainingRecipe{Runtime: "softmax", Target: "species", L2: 0.001}); err != nil {
			b.Fatal(err)
		}
	}
}
