package zk

import (
	"context"
	"math/big"
	"os"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

// The demo model (house votes, logistic over 16 one-hot votes = 48 inputs)
// on a 174-row split: the fixed-point predictions equal the float runtime's
// on every row, and the circuit accepts exactly the Go counts of the head
// against a candidate trained with another penalty.
func TestHouseVotesSpec(t *testing.T) {
	b, err := os.ReadFile("../testdata/models/house-votes-84-linear/model.json")
	if err != nil {
		t.Fatal(err)
	}
	head, err := linear.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	rows := runtimetest.ReadCSV(t, "../testdata/datasets/house-votes-84.csv")
	hidden := rows[len(rows)-174:]
	cand, err := linear.Train(rows[:len(rows)-174], hokusai.TrainingRecipe{Runtime: "linear", Target: head.Target, L2: 0.1, Categorical: head.Info().Features})
	if err != nil {
		t.Fatal(err)
	}
	split, err := EncodeSplit(head, hidden, make([]byte, SaltBytes))
	if err != nil {
		t.Fatal(err)
	}
	hw, err := Quantise(head)
	if err != nil {
		t.Fatal(err)
	}
	cw, err := Quantise(cand)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := ShapeOf(hw, split, 2)
	if err != nil {
		t.Fatal(err)
	}
	if sh != (Shape{Rows: 174, Inputs: 48, Classes: 2, Outputs: 1}) {
		t.Fatalf("shape %s", sh)
	}
	for _, m := range []struct {
		model *linear.Model
		w     Weights
	}{{head, hw}, {cand, cw}} {
		preds, err := m.model.Predict(context.Background(), hidden)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range preds {
			if got := m.model.Classes[m.w.Predict(split.X[i])]; got != p.Label {
				t.Errorf("row %d: fixed point says %s, float runtime %s", i, got, p.Label)
			}
		}
	}
	bc, cc := Counts(hw, cw, split)
	t.Logf("house votes, 174 rows: candidate-only %d, head-only %d", bc, cc)
	if testing.Short() {
		return
	}
	w, _, err := Assignment{Head: hw, Cand: cw, Split: split, Classes: 2, Bind: big.NewInt(1)}.assign()
	if err != nil {
		t.Fatal(err)
	}
	if err := solved(sh, w); err != nil {
		t.Fatalf("circuit refuses the Go counts on the demo split: %v", err)
	}
	w.Packed = PackPublic(big.NewInt(1), bc+1, cc)
	if solved(sh, w) == nil {
		t.Fatal("circuit accepts a false count on the demo split")
	}
}
