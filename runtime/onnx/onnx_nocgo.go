//go:build !cgo

package onnx

import (
	"context"
	"errors"

	"github.com/hokusai-protocol/hokusai"
)

// Native reports whether this build can load ONNX Runtime (it needs cgo).
const Native = false

// Version identifies this runtime's code in evaluation receipts.
const Version = "onnxruntime (not built: cgo disabled)"

// Model is unavailable in a build without cgo.
type Model struct{}

// Load always fails without cgo, with the same clear EUNAVAILABLE error a
// missing library gives.
func Load(path string, opts Options) (*Model, error) {
	return nil, unavailable(LibPath(opts.Lib), "this binary was built with CGO_ENABLED=0, so it cannot load native libraries; rebuild with CGO_ENABLED=1")
}

// Info describes nothing.
func (m *Model) Info() hokusai.PredictorInfo {
	return hokusai.PredictorInfo{Runtime: hokusai.RuntimeONNX, Version: Version}
}

// Predict always fails.
func (m *Model) Predict(ctx context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	return nil, errors.New("onnx: built without cgo")
}

// Close does nothing.
func (m *Model) Close() error { return nil }
