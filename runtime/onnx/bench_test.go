package onnx_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai/runtime/onnx"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

// BenchmarkPredictIris scores the 150 iris rows per op with the ONNX random
// forest (one session run per op).
func BenchmarkPredictIris(b *testing.B) {
	if !onnx.Native {
		b.Skip("built without cgo")
	}
	m, err := onnx.Load(filepath.Join(dir, "sklearn_randomforest.onnx"), onnx.Options{RuntimeOptions: irisOpts})
	if err != nil {
		b.Skip(err)
	}
	defer m.Close()
	rows := runtimetest.ReadCSV(b, filepath.Join("..", "..", "testdata", "datasets", "iris.csv"))
	for b.Loop() {
		if _, err := m.Predict(context.Background(), rows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(rows))*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
