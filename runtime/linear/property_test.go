package linear_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
	"pgregory.net/rapid"
)

// On any small dataset, training twice gives the same bytes, and the model
// passes the runtime suite.
func TestTrainingIsDeterministicOnRandomData(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(2, 40).Draw(rt, "rows")
		classes := rapid.IntRange(2, 4).Draw(rt, "classes")
		runtime := hokusai.RuntimeSoftmax
		if classes == 2 && rapid.Bool().Draw(rt, "binary") {
			runtime = hokusai.RuntimeLinear
		}
		rows := make([]hokusai.Row, n)
		for i := range rows {
			rows[i] = hokusai.Row{
				"x":   rapid.Float64Range(-1e3, 1e3).Draw(rt, "x"),
				"c":   rapid.SampledFrom([]string{"a", "b", "c", ""}).Draw(rt, "c"),
				"y":   fmt.Sprint(i % classes), // every class present
				"cnt": rapid.IntRange(0, 5).Draw(rt, "cnt"),
			}
		}
		recipe := hokusai.TrainingRecipe{Runtime: runtime, Target: "y", L2: rapid.SampledFrom([]float64{0.01, 0.1, 1}).Draw(rt, "l2")}
		m1, err := linear.Train(rows, recipe)
		if err != nil {
			rt.Fatalf("train: %v", err)
		}
		m2, err := linear.Train(rows, recipe)
		if err != nil {
			rt.Fatalf("train again: %v", err)
		}
		b1, _ := m1.Marshal()
		b2, _ := m2.Marshal()
		if !bytes.Equal(b1, b2) {
			rt.Fatalf("two trainings differ")
		}
		back, err := linear.Parse(b1)
		if err != nil {
			rt.Fatalf("parse own output: %v", err)
		}
		preds, err := back.Predict(t.Context(), rows)
		if err != nil {
			rt.Fatalf("predict: %v", err)
		}
		runtimetest.CheckPredictions(t, back.Info(), preds)
	})
}
