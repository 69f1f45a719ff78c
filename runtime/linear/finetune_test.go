package linear_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

// votesFineTune splits house-votes-84 into a parent's 12 training rows, 288
// new rows and the rest held out, and trains the parent.
func votesFineTune(t testing.TB) (parent *linear.Model, fresh, held []hokusai.Row) {
	t.Helper()
	rows := runtimetest.ReadCSV(t, votesCSV)
	initial, rest := rows[:0:0], rows[:0:0]
	for i, r := range rows {
		if i%4 == 3 {
			held = append(held, r)
		} else {
			rest = append(rest, r)
		}
	}
	// Twelve rows of both parties for the parent.
	for _, r := range rest {
		if len(initial) < 12 && (len(initial)%2 == 0) == (r["party"] == "democrat") {
			initial = append(initial, r)
		} else {
			fresh = append(fresh, r)
		}
	}
	recipe := votesRecipe
	recipe.Features = []string{"adoption-of-the-budget-resolution", "aid-to-nicaraguan-contras", "anti-satellite-test-ban", "crime", "duty-free-exports", "education-spending", "el-salvador-aid", "export-administration-act-south-africa", "handicapped-infants", "immigration", "mx-missile", "physician-fee-freeze", "religious-groups-in-schools", "superfund-right-to-sue", "synfuels-corporation-cutback", "water-project-cost-sharing"}
	recipe.Categorical = recipe.Features
	m, err := linear.Train(initial, recipe)
	if err != nil {
		t.Fatal(err)
	}
	return m, fresh[:288], held
}

// TestFineTuneWarmStartBeatsParent: fine-tuning the parent on new rows
// starts from its weights and beats it on held-out rows.
func TestFineTuneWarmStartBeatsParent(t *testing.T) {
	ctx := context.Background()
	parent, fresh, held := votesFineTune(t)
	before, err := parent.Accuracy(ctx, held)
	if err != nil {
		t.Fatal(err)
	}
	var first *linear.FineTuneEpoch
	child, err := linear.FineTune(ctx, parent, fresh, held, linear.FineTuneOptions{Epochs: 20, BatchSize: 16, LearningRate: 0.1, Seed: 1, L2: -1}, 0,
		func(e linear.FineTuneEpoch) error {
			if first == nil {
				first = &e
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	after, err := child.Accuracy(ctx, held)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("held-out accuracy: parent %.4f, fine-tuned %.4f (%d new rows, %d held out)", before, after, len(fresh), len(held))
	if after <= before+0.01 {
		t.Fatalf("fine-tuned accuracy %.4f does not beat the parent's %.4f by a point", after, before)
	}
	// A warm start: after one epoch the weights are near the parent's, far
	// from what a cold start (zeros) would give after one epoch.
	zero, _ := linear.Parse(mustMarshal(t, parent))
	for k := range zero.Weights {
		clear(zero.Weights[k])
		zero.Bias[k] = 0
	}
	coldChild, err := linear.FineTune(ctx, zero, fresh, nil, linear.FineTuneOptions{Epochs: 1, BatchSize: 16, LearningRate: 0.1, Seed: 1, L2: -1}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d, dc := dist(first.Model, parent), dist(coldChild, parent); d >= dc {
		t.Fatalf("after one epoch the warm start is %.3f from the parent, the cold start %.3f: not a warm start", d, dc)
	}
}

func mustMarshal(t *testing.T, m *linear.Model) []byte {
	t.Helper()
	b, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func dist(a, b *linear.Model) float64 {
	s := 0.0
	for k := range a.Weights {
		for j, w := range a.Weights[k] {
			s += (w - b.Weights[k][j]) * (w - b.Weights[k][j])
		}
	}
	return s
}

// TestFineTuneResumeIsExact: a run stopped after any epoch and resumed
// from that epoch's saved model (through its JSON, as a checkpoint is kept)
// ends with exactly the weights of a run never stopped.
func TestFineTuneResumeIsExact(t *testing.T) {
	ctx := context.Background()
	parent, fresh, _ := votesFineTune(t)
	o := linear.FineTuneOptions{Epochs: 6, BatchSize: 7, LearningRate: 0.2, Seed: 42, L2: -1}
	whole, err := linear.FineTune(ctx, parent, fresh, nil, o, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := mustMarshal(t, whole)
	for stop := 1; stop < o.Epochs; stop++ {
		var saved []byte
		stopErr := errors.New("killed")
		_, err := linear.FineTune(ctx, parent, fresh, nil, o, 0, func(e linear.FineTuneEpoch) error {
			if e.Epoch == stop {
				saved = mustMarshal(t, e.Model)
				return stopErr
			}
			return nil
		})
		if !errors.Is(err, stopErr) {
			t.Fatalf("stop at %d: %v", stop, err)
		}
		ck, err := linear.Parse(saved)
		if err != nil {
			t.Fatal(err)
		}
		resumed, err := linear.FineTune(ctx, ck, fresh, nil, o, stop, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustMarshal(t, resumed); !bytes.Equal(got, want) {
			t.Fatalf("resumed after epoch %d: weights differ from the uninterrupted run", stop)
		}
	}
}

// TestFineTuneRefusesUnknownClass: a row of a class the base does not know
// is refused naming the row.
func TestFineTuneRefusesUnknownClass(t *testing.T) {
	parent, fresh, _ := votesFineTune(t)
	bad := append([]hokusai.Row{}, fresh[:3]...)
	bad = append(bad, hokusai.Row{"party": "whig"})
	_, err := linear.FineTune(context.Background(), parent, bad, nil, linear.FineTuneOptions{Epochs: 1, BatchSize: 1, LearningRate: 0.1}, 0, nil)
	if hokusai.ErrorField(err) != "training_file" {
		t.Fatalf("unknown class: %v", err)
	}
}

// BenchmarkFineTuneEpoch is one epoch of the house-votes fine-tune: 288
// rows in batches of 16, from the parent's weights.
func BenchmarkFineTuneEpoch(b *testing.B) {
	parent, fresh, _ := votesFineTune(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := linear.FineTune(context.Background(), parent, fresh, nil, linear.FineTuneOptions{Epochs: 1, BatchSize: 16, LearningRate: 0.1, Seed: 1, L2: -1}, 0, nil); err != nil {
			b.Fatal(err)
		}
	}
}
