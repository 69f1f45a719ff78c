package evaluator_test

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// TestWeightsBpsProperty: weights always sum to exactly 10,000 and each is
// within one bp of its exact share of the positive values.
func TestWeightsBpsProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		vals := rapid.SliceOfN(rapid.Float64Range(-1, 1), 1, 100).Draw(t, "values")
		w := evaluator.WeightsBps(vals)
		sum, pos := 0, 0.0
		for _, v := range vals {
			if v > 0 {
				pos += v
			}
		}
		for i, b := range w {
			sum += int(b)
			exact := 10_000.0 / float64(len(vals))
			if pos > 0 {
				exact = math.Max(vals[i], 0) / pos * 10_000
			}
			if math.Abs(float64(b)-exact) > 1+1e-9 {
				t.Fatalf("weight %d: %d bps, exact %.4f", i, b, exact)
			}
		}
		if sum != 10_000 {
			t.Fatalf("weights sum to %d", sum)
		}
	})
}

func TestScoreWad(t *testing.T) {
	cases := map[float64]string{0.5: "0.5", 0: "0", -0.25: "-0.25", 1: "1"}
	for x, want := range cases {
		got := evaluator.ScoreWad(x)
		w, _ := hokusai.ParseWad("x", want)
		if got.Cmp(w) != 0 {
			t.Errorf("ScoreWad(%v) = %s, want %s", x, got, w)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		x := rapid.Float64Range(-10, 10).Draw(t, "x")
		// Exactly: |ScoreWad(x) − x·10^18| ≤ 1/2.
		got := new(big.Rat).SetInt(evaluator.ScoreWad(x))
		exact := new(big.Rat).Mul(new(big.Rat).SetFloat64(x), new(big.Rat).SetInt(hokusai.WAD))
		diff := new(big.Rat).Abs(new(big.Rat).Sub(got, exact))
		if diff.Cmp(big.NewRat(1, 2)) > 0 {
			t.Fatalf("ScoreWad(%v) = %s, off by %s", x, got.FloatString(0), diff.FloatString(3))
		}
	})
}
