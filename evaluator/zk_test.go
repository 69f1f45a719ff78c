package evaluator

import (
	"context"
	"crypto/ecdsa"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/zk"
)

// votesSetup is the house-votes model as the end-to-end tests set it up:
// seed 84, 60% public, 12 initial rows; pool is the other public rows.
func votesSetup(t *testing.T) (*contrib.Setup, *eval.Dataset) {
	t.Helper()
	d, err := eval.LoadFile("../testdata/datasets/house-votes-84.csv", eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var feats []string
	for _, c := range d.Columns {
		if c.Name != "party" {
			feats = append(feats, c.Name)
		}
	}
	recipe := hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "party", Features: feats, Categorical: feats, L2: 0.01, Seed: 84}
	st, pool, err := SplitSetup(1, d, recipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, 84, 60, 12)
	if err != nil {
		t.Fatal(err)
	}
	return st, pool
}

// The fixed-point counts of the demo model for the contributions the
// end-to-end test makes: the first 7 public rows lift the float accuracy by
// 2.9 points but are noise by the sign test (7 rows only the candidate gets
// right against 2: the test needs 8 of 9); all 199 pass (14 against 2).
func TestZkVotesCounts(t *testing.T) {
	st, pool := votesSetup(t)
	sh, err := ZkProvable(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	if sh != (zk.Shape{Rows: 174, Inputs: 48, Classes: 2, Outputs: 1}) {
		t.Fatalf("shape %s, want the demo's 174x48x2-1", sh)
	}
	eng, err := NewEngine(st)
	if err != nil {
		t.Fatal(err)
	}
	base, err := eng.Train(context.Background(), st.Training)
	if err != nil {
		t.Fatal(err)
	}
	w := &Worker{Evaluator: testKey(t)}
	for _, c := range []struct {
		rows, b, c int
		pass       bool
	}{{7, 7, 2, false}, {pool.Len(), 14, 2, true}} {
		all, err := contrib.Concat(st.Training, &eval.Dataset{Columns: pool.Columns, Rows: pool.Rows[:c.rows]})
		if err != nil {
			t.Fatal(err)
		}
		cand, err := eng.Train(context.Background(), all)
		if err != nil {
			t.Fatal(err)
		}
		z, err := w.zkEvaluate(st, eng, &Result{Base: base, Candidate: cand, Path: eval.PathRetrained}, [32]byte{})
		if err != nil {
			t.Fatal(err)
		}
		if z.B != c.b || z.C != c.c || (z.signTestReason() == "") != c.pass {
			t.Fatalf("%d rows: counts %d/%d, sign test %q; want %d/%d, passes %v", c.rows, z.B, z.C, z.signTestReason(), c.b, c.c, c.pass)
		}
		// The fixed-point predictions are the float runtime's on the hidden split.
		head, cm, err := zkCommon(st, base.Model, cand.Model)
		if err != nil {
			t.Fatal(err)
		}
		for k, m := range []struct {
			w     zk.Weights
			preds []string
		}{{z.Head, labels(t, eng, head)}, {z.Cand, labels(t, eng, cm)}} {
			for i, x := range z.Split.X {
				if got := head.Classes[m.w.Predict(x)]; got != m.preds[i] {
					t.Errorf("model %d row %d: fixed point %s, float %s", k, i, got, m.preds[i])
				}
			}
		}
	}
	// A regression is refused at configuration, with the reason.
	reg := *st
	reg.Recipe.Objective = "regression"
	if _, err := ZkProvable(context.Background(), &reg); hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "verification_method" {
		t.Fatalf("regression: %v", err)
	}
	onnx := *st
	onnx.Recipe.Runtime = "onnx"
	if _, err := ZkProvable(context.Background(), &onnx); hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.Contains(err.Error(), "scored as submitted") {
		t.Fatalf("onnx: %v", err)
	}
}

func labels(t *testing.T, eng *Engine, m *linear.Model) []string {
	t.Helper()
	p, err := m.Predict(context.Background(), eng.test)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(p))
	for i := range p {
		out[i] = p[i].Label
	}
	return out
}

func testKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("zk test evaluator")))
	if err != nil {
		t.Fatal(err)
	}
	return k
}
