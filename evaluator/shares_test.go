package evaluator_test

import (
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/evaluator"
)

// TestWeightsBpsProperty: weights always sum to exactly 10,000, each is
// within one bp of its exact share of the positive values, and a
// contribution whose value is zero or negative gets 0 whenever any value
// is positive.
func TestWeightsBpsProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		value := rapid.OneOf(
			rapid.Float64Range(-1, 1),
			rapid.Just(0.0),
			rapid.Float64Range(-1e-300, 1e-300),
			rapid.SampledFrom([]float64{1.0 / 3, 2.0 / 3, 0.1, 0.2, 0.3}), // repeating decimals, ties
		)
		vals := rapid.SliceOfN(value, 1, 64).Draw(t, "values")
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
				if vals[i] <= 0 && b != 0 {
					t.Fatalf("value %d is %v but gets %d bps", i, vals[i], b)
				}
			}
			if math.Abs(float64(b)-exact) >= 1+1e-9 {
				t.Fatalf("weight %d: %d bps, exact %.6f", i, b, exact)
			}
		}
		if sum != 10_000 {
			t.Fatalf("weights sum to %d", sum)
		}
	})
}

// TestWeightsBpsTies: equal remainders go to the lower index, every time.
func TestWeightsBpsTies(t *testing.T) {
	for _, tc := range []struct {
		vals []float64
		want []uint16
	}{
		{[]float64{1, 1, 1}, []uint16{3334, 3333, 3333}},
		{[]float64{0, 1, 1, 1}, []uint16{0, 3334, 3333, 3333}},
		{[]float64{-0.2, 0.1, 0, 0.3}, []uint16{0, 2500, 0, 7500}},
		{[]float64{2, 1, 1, 2}, []uint16{3333, 1667, 1667, 3333}},
		{[]float64{0, 0}, []uint16{5000, 5000}},
	} {
		got := evaluator.WeightsBps(tc.vals)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("WeightsBps(%v) = %v, want %v", tc.vals, got, tc.want)
		}
	}
}

// permutationShapley is the textbook definition: each player's marginal
// gain averaged over all n! orderings.
func permutationShapley(n int, v func(uint64) float64) []float64 {
	phi := make([]float64, n)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	count := 0
	var visit func(k int)
	visit = func(k int) {
		if k == n {
			count++
			mask := uint64(0)
			for _, i := range order {
				before := v(mask)
				mask |= 1 << i
				phi[i] += v(mask) - before
			}
			return
		}
		for j := k; j < n; j++ {
			order[k], order[j] = order[j], order[k]
			visit(k + 1)
			order[k], order[j] = order[j], order[k]
		}
	}
	visit(0)
	for i := range phi {
		phi[i] /= float64(count)
	}
	return phi
}

// randomGame draws a value for every coalition of n players (v(∅) = 0)
// whose marginal gains are within ±bound.
func randomGame(t *rapid.T, n int) []float64 {
	vals := make([]float64, 1<<n)
	for mask := 1; mask < 1<<n; mask++ {
		// Built up from a coalition one player smaller, so each step is bounded.
		low := mask & (mask - 1)
		vals[mask] = vals[low] + rapid.Float64Range(-0.05, 0.1).Draw(t, fmt.Sprintf("v%d", mask))
	}
	return vals
}

// TestShapleyEqualsPermutationAverage: the exact Shapley values equal the
// average over all orderings, sum to the whole batch's value, and give a
// player who changes nothing exactly 0.
func TestShapleyEqualsPermutationAverage(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 6).Draw(t, "n")
		vals := randomGame(t, n)
		null := rapid.IntRange(-1, n-1).Draw(t, "null")
		if null >= 0 { // the null player's presence never changes a value
			for mask := range vals {
				if mask&(1<<null) != 0 {
					vals[mask] = vals[mask&^(1<<null)]
				}
			}
		}
		game := func(mask uint64) (float64, error) { return vals[mask], nil }
		got, err := evaluator.Shapley(n, game)
		if err != nil {
			t.Fatal(err)
		}
		want := permutationShapley(n, func(m uint64) float64 { return vals[m] })
		sum := 0.0
		for i := range got {
			sum += got[i]
			if math.Abs(got[i]-want[i]) > 1e-12 {
				t.Fatalf("player %d: %v, permutation average %v", i, got[i], want[i])
			}
		}
		if math.Abs(sum-vals[len(vals)-1]) > 1e-12 {
			t.Fatalf("values sum to %v, the batch is worth %v", sum, vals[len(vals)-1])
		}
		if null >= 0 && got[null] != 0 {
			t.Fatalf("null player %d gets %v", null, got[null])
		}
	})
}

// TestAttributeMethods: one contribution takes the gain; exact Shapley up
// to 8; sampling from 9, which is exact for an additive game, sums to the
// batch's value, gives a null player 0 and repeats for the same seed.
func TestAttributeMethods(t *testing.T) {
	additive := func(mask uint64) (float64, error) {
		x := 0.0
		for i := 0; i < 64; i++ {
			if mask&(1<<i) != 0 && i != 3 {
				x += float64(i+1) / 1024
			}
		}
		return x, nil
	}
	for _, tc := range []struct {
		n      int
		method string
	}{{1, evaluator.MethodSingle}, {2, evaluator.MethodShapley}, {8, evaluator.MethodShapley}, {9, evaluator.MethodSampled}, {20, evaluator.MethodSampled}} {
		phi, method, err := evaluator.Attribute(tc.n, additive, 7)
		if err != nil || method != tc.method {
			t.Fatalf("n=%d: method %q, %v; want %q", tc.n, method, err, tc.method)
		}
		for i, x := range phi {
			want := float64(i+1) / 1024
			if i == 3 {
				want = 0
			}
			if math.Abs(x-want) > 1e-12 {
				t.Fatalf("n=%d, %s: player %d gets %v, want %v", tc.n, method, i, x, want)
			}
		}
	}
	if c := evaluator.Coalitions(8); c != 256 {
		t.Fatalf("Coalitions(8) = %d, want 256", c)
	}
	if c := evaluator.Coalitions(10); c != evaluator.SampledPermutations*9+2 {
		t.Fatalf("Coalitions(10) = %d", c)
	}
}

// TestSampledShapleyWithinBound compares permutation sampling with the
// exact values on random 10-player games whose marginal gains lie within
// ±B: at most 5% of the estimates miss the documented 95% Hoeffding bound
// 0.34·B and none misses the 1−10⁻⁹ bound B·√(2·ln(2·10⁹)/64) = 0.82·B;
// the estimates sum to the batch's value and repeat for a seed.
func TestSampledShapleyWithinBound(t *testing.T) {
	const n, bound = 10, 0.1 // randomGame's marginal gains lie in [-0.05, 0.1]
	worst, players, missed := 0.0, 0, 0
	rapid.Check(t, func(t *rapid.T) {
		vals := randomGame(t, n)
		game := func(mask uint64) (float64, error) { return vals[mask], nil }
		seed := rapid.Uint64().Draw(t, "seed")
		exact, err := evaluator.Shapley(n, game)
		if err != nil {
			t.Fatal(err)
		}
		est, err := evaluator.SampledShapley(n, game, evaluator.SampledPermutations, seed)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := evaluator.SampledShapley(n, game, evaluator.SampledPermutations, seed)
		sum := 0.0
		for i := range est {
			sum += est[i]
			e := math.Abs(est[i] - exact[i])
			worst = math.Max(worst, e/bound)
			players++
			if e > 0.34*bound {
				missed++
			}
			if e > 0.82*bound {
				t.Fatalf("player %d: sampled %v, exact %v: error %v over the bound %v", i, est[i], exact[i], e, 0.82*bound)
			}
			if again[i] != est[i] {
				t.Fatalf("player %d: %v then %v for the same seed", i, est[i], again[i])
			}
		}
		if math.Abs(sum-vals[len(vals)-1]) > 1e-9 {
			t.Fatalf("estimates sum to %v, the batch is worth %v", sum, vals[len(vals)-1])
		}
	})
	if missed*20 > players {
		t.Fatalf("%d of %d estimates miss the 95%% bound 0.34·B", missed, players)
	}
	t.Logf("largest sampling error over %d players: %.3f·B; %d beyond the 95%% bound 0.34·B", players, worst, missed)
}
