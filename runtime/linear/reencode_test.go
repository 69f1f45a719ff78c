package linear_test

import (
	"context"
	"math"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

// A model trained on a few rows, re-expressed over the encoding of the
// whole dataset (categories it never saw, other means and scales), gives
// the same probabilities on every row.
func TestReencodeKeepsPredictions(t *testing.T) {
	for _, c := range []struct {
		file   string
		recipe hokusai.TrainingRecipe
		n      int
	}{
		{"../../testdata/datasets/house-votes-84.csv", hokusai.TrainingRecipe{Runtime: "linear", Target: "party", L2: 0.01}, 12},
		{"../../testdata/datasets/iris.csv", hokusai.TrainingRecipe{Runtime: "softmax", Target: "species", L2: 0.01}, 40},
	} {
		rows := runtimetest.ReadCSV(t, c.file)
		var train []hokusai.Row // every third row: all classes, few rows
		for i := 0; i < len(rows) && len(train) < c.n; i += 3 {
			train = append(train, rows[i])
		}
		m, err := linear.Train(train, c.recipe)
		if err != nil {
			t.Fatal(err)
		}
		feats, err := linear.FitFeatures(rows, c.recipe)
		if err != nil {
			t.Fatal(err)
		}
		r, err := m.Reencode(feats)
		if err != nil {
			t.Fatal(err)
		}
		if c.n == 12 && r.Dim() <= m.Dim() {
			t.Fatalf("%s: the common encoding has %d inputs, the model %d; want more categories", c.file, r.Dim(), m.Dim())
		}
		want, err := m.Predict(context.Background(), rows)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.Predict(context.Background(), rows)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if got[i].Label != want[i].Label || math.Abs(got[i].Confidence-want[i].Confidence) > 1e-9 {
				t.Fatalf("%s row %d: re-encoded %v, original %v", c.file, i, got[i], want[i])
			}
		}
		// A feature of another kind cannot be mapped.
		bad := append([]linear.Feature(nil), feats...)
		for i := range bad {
			if bad[i].Kind == linear.Categorical {
				bad[i] = linear.Feature{Name: bad[i].Name, Kind: linear.Numeric, Mean: 0, Scale: 1}
			} else {
				bad[i] = linear.Feature{Name: bad[i].Name, Kind: linear.Categorical, Categories: []string{"a"}}
			}
		}
		if _, err := m.Reencode(bad); err == nil {
			t.Fatalf("%s: re-encoding onto other feature kinds succeeded", c.file)
		}
	}
}
