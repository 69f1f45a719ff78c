package evaluator

import (
	"context"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
)

// ScoreHead exposes the worker's head-score cache to the external tests.
func (w *Worker) ScoreHead(ctx context.Context, st *contrib.Setup, head []byte) (*Scored, error) {
	eng, err := NewEngine(st)
	if err != nil {
		return nil, err
	}
	eng.Runtime = w.Runtime
	spec, err := SpecOf(st, hokusai.WAD)
	if err != nil {
		return nil, err
	}
	return w.headPackageScore(ctx, eng, spec, head)
}
