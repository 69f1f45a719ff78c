package evaluator

import (
	"context"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// SplitSetup builds a setup from one benchmark dataset scored on metric
// with opts: the hidden test
// split is drawn by seed and devPercent, the owner's training rows are the
// first `initial` rows of the public dev split, and the remaining dev rows
// are returned as the public pool contributors may draw from (without rows
// that happen to equal a hidden test row, which intake would refuse).
func SplitSetup(modelID uint64, d *eval.Dataset, recipe hokusai.TrainingRecipe, metric hokusai.Metric, opts eval.MetricOptions, dir hokusai.Direction, seed uint64, devPercent, initial int) (*contrib.Setup, *eval.Dataset, error) {
	st := &contrib.Setup{ModelID: modelID, Recipe: recipe, Metric: metric, MetricOptions: opts, Direction: dir, Seed: seed, DevPercent: devPercent, Benchmark: d}
	b, err := st.Bench()
	if err != nil {
		return nil, nil, err
	}
	if initial < 1 || initial >= len(b.Dev) {
		return nil, nil, hokusai.FieldErrorf("initial", "The initial training set takes 1 to %d of the %d dev rows; got %d.", len(b.Dev)-1, len(b.Dev), initial)
	}
	st.Training = d.Subset(b.Dev[:initial])
	rest := d.Subset(b.Dev[initial:])
	dup := map[int]bool{}
	for _, i := range b.DuplicatesTest(rest) {
		dup[i] = true
	}
	var keep []int
	for i := range rest.Rows {
		if !dup[i] {
			keep = append(keep, i)
		}
	}
	return st, rest.Subset(keep), nil
}

// BaselineScore trains the setup's initial rows and scores them on the
// hidden test split: the score to register the model with.
func BaselineScore(ctx context.Context, st *contrib.Setup) (float64, error) {
	eng, err := NewEngine(st)
	if err != nil {
		return 0, err
	}
	s, err := eng.Train(ctx, st.Training)
	if err != nil {
		return 0, err
	}
	return s.Score, nil
}
