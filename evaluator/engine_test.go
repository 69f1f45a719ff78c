package evaluator_test

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

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
		// Within half a wad of the shortest decimal, which is within half
		// an ulp of x: |ScoreWad(x) − x·10^18| ≤ 1/2 + ulp(x)·10^18/2.
		got := new(big.Rat).SetInt(evaluator.ScoreWad(x))
		exact := new(big.Rat).Mul(new(big.Rat).SetFloat64(x), new(big.Rat).SetInt(hokusai.WAD))
		diff := new(big.Rat).Abs(new(big.Rat).Sub(got, exact))
		ulp := math.Nextafter(math.Abs(x), math.Inf(1)) - math.Abs(x)
		bound := new(big.Rat).Add(big.NewRat(1, 2), new(big.Rat).Mul(new(big.Rat).SetFloat64(ulp/2), new(big.Rat).SetInt(hokusai.WAD)))
		if diff.Cmp(bound) > 0 {
			t.Fatalf("ScoreWad(%v) = %s, off by %s", x, got.FloatString(0), diff.FloatString(3))
		}
	})
	// Scores that are decimal fractions of the test split are exact, so
	// their differences are whole DeltaOnes: k/n for n = 200 and 400.
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.SampledFrom([]int64{200, 400}).Draw(t, "n")
		k := rapid.Int64Range(0, n).Draw(t, "k")
		want := new(big.Int).Quo(new(big.Int).Mul(big.NewInt(k), hokusai.WAD), big.NewInt(n))
		if got := evaluator.ScoreWad(float64(k) / float64(n)); got.Cmp(want) != 0 {
			t.Fatalf("ScoreWad(%d/%d) = %s, want %s", k, n, got, want)
		}
	})
}
