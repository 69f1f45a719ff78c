package evaluator

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// Attribution methods, as evaluations and receipts name them.
const (
	// MethodSingle: one contribution takes the whole improvement.
	MethodSingle = "single"
	// MethodShapley: exact Shapley values over every coalition of the batch.
	MethodShapley = "shapley"
	// MethodSampled: Shapley values estimated from SampledPermutations
	// seeded random orderings of the batch.
	MethodSampled = "shapley-sampled"
)

// MaxShapley is the largest batch whose weights are exact Shapley values:
// 2^8 = 256 coalitions, each retrained and scored. Larger batches are
// attributed by permutation sampling (MethodSampled).
const MaxShapley = 8

// SampledPermutations is how many orderings permutation sampling averages
// over. Each marginal gain lies within ±B, B the largest change one
// contribution makes to any coalition's score, so by Hoeffding's
// inequality an estimate is within B·√(2·ln(2/δ)/64) of the exact Shapley
// value with probability 1−δ: 0.34·B at δ = 5% (evaluator/README.md).
const SampledPermutations = 64

// Game gives a coalition's value: the score gained over the training data
// alone by adding the contributions whose bits are set in mask.
type Game func(mask uint64) (float64, error)

// Attribute splits the value of the whole batch of n contributions among
// them: the gain for one, exact Shapley values up to MaxShapley, otherwise
// Shapley values estimated from SampledPermutations orderings drawn from
// seed. Everyone who reruns it with the same game and seed gets the same
// numbers, so attesters can check them.
func Attribute(n int, v Game, seed uint64) ([]float64, string, error) {
	switch {
	case n <= 0 || n > 64:
		return nil, "", fmt.Errorf("attribute: %d contributions, want 1 to 64", n)
	case n == 1:
		x, err := v(1)
		return []float64{x}, MethodSingle, err
	case n <= MaxShapley:
		phi, err := Shapley(n, v)
		return phi, MethodShapley, err
	default:
		phi, err := SampledShapley(n, v, SampledPermutations, seed)
		return phi, MethodSampled, err
	}
}

// Coalitions is the most distinct coalitions Attribute trains and scores
// for a batch of n (the empty one, the training data alone, included): the
// evaluation's work budget counts each.
func Coalitions(n int) int {
	switch {
	case n <= 1:
		return 2
	case n <= MaxShapley:
		return 1 << n
	default:
		// Each ordering visits n−1 coalitions besides the empty and full one.
		c := SampledPermutations*(n-1) + 2
		if n < 30 {
			c = min(c, 1<<n)
		}
		return c
	}
}

// Shapley returns the exact Shapley values of the n players of v (n ≤ 20):
// each player's marginal gain averaged over every ordering of the players,
// summed over coalitions S not holding i with weight |S|!(n−|S|−1)!/n!.
func Shapley(n int, v Game) ([]float64, error) {
	if n <= 0 || n > 20 {
		return nil, fmt.Errorf("shapley: %d players, want 1 to 20", n)
	}
	fact := make([]float64, n+1)
	fact[0] = 1
	for k := 1; k <= n; k++ {
		fact[k] = fact[k-1] * float64(k)
	}
	all := uint64(1)<<n - 1
	phi := make([]float64, n)
	for i := 0; i < n; i++ {
		for mask := uint64(0); mask <= all; mask++ {
			if mask&(1<<i) != 0 {
				continue
			}
			with, err := v(mask | 1<<i)
			if err != nil {
				return nil, err
			}
			without, err := v(mask)
			if err != nil {
				return nil, err
			}
			s := popcount(mask)
			phi[i] += fact[s] * fact[n-s-1] / fact[n] * (with - without)
		}
	}
	return phi, nil
}

// SampledShapley estimates the Shapley values of the n players of v by
// averaging each player's marginal gain over perms orderings, drawn by a
// Fisher–Yates shuffle from a splitmix64 stream seeded by seed and n (so
// the orderings do not depend on Go's math/rand). The estimate is
// unbiased and, like the exact values, sums to v(all) − v(∅).
func SampledShapley(n int, v Game, perms int, seed uint64) ([]float64, error) {
	if n <= 0 || n > 64 || perms <= 0 {
		return nil, fmt.Errorf("sampled shapley: %d players and %d orderings, want 1 to 64 players and at least one ordering", n, perms)
	}
	rng := splitmix64{state: seed ^ uint64(n)*0x9e3779b97f4a7c15}
	order := make([]int, n)
	phi := make([]float64, n)
	empty, err := v(0)
	if err != nil {
		return nil, err
	}
	for p := 0; p < perms; p++ {
		for i := range order {
			order[i] = i
		}
		for i := n - 1; i > 0; i-- {
			j := rng.below(uint64(i + 1))
			order[i], order[j] = order[j], order[i]
		}
		mask, prev := uint64(0), empty
		for _, i := range order {
			mask |= 1 << i
			cur, err := v(mask)
			if err != nil {
				return nil, err
			}
			phi[i] += cur - prev
			prev = cur
		}
	}
	for i := range phi {
		phi[i] /= float64(perms)
	}
	return phi, nil
}

// splitmix64 is a small, fully specified pseudo-random generator: an
// attester in any language draws the same orderings from the same seed.
type splitmix64 struct{ state uint64 }

func (s *splitmix64) next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// below returns a uniform draw from [0, n), rejecting the biased tail.
func (s *splitmix64) below(n uint64) int {
	limit := math.MaxUint64 - math.MaxUint64%n
	for {
		if x := s.next(); x < limit {
			return int(x % n)
		}
	}
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// WeightsBps turns attributed values into basis points summing to exactly
// 10,000. A value that is zero, negative or not finite gets 0 bps: a
// contribution that made the model no better earns nothing, and the
// positive values share all 10,000 bps in proportion (clipped to 0, the
// rest renormalised). The shares are computed exactly (rationals), floored,
// and the remaining bps go one each to the largest remainders, ties to the
// lower index, so each weight is within one bp of its exact share and a
// zero-value contribution never receives a remainder. With no positive
// value at all (a batch that did not improve the model, which never mints)
// the 10,000 bps are split equally the same way.
func WeightsBps(values []float64) []uint16 {
	n := len(values)
	out := make([]uint16, n)
	if n == 0 {
		return out
	}
	pos := make([]*big.Rat, n)
	total := new(big.Rat)
	for i, x := range values {
		pos[i] = new(big.Rat)
		if x > 0 && !math.IsInf(x, 0) {
			pos[i].SetFloat64(x)
			total.Add(total, pos[i])
		}
	}
	if total.Sign() == 0 {
		for i := range pos {
			pos[i].SetInt64(1)
		}
		total.SetInt64(int64(n))
	}
	type share struct {
		i   int
		rem *big.Rat // fractional part of the exact share, in bps
	}
	shares := make([]share, n)
	sum := int64(0)
	bps := big.NewRat(10_000, 1)
	for i, x := range pos {
		exact := new(big.Rat).Quo(new(big.Rat).Mul(x, bps), total)
		fl := new(big.Int).Quo(exact.Num(), exact.Denom()) // exact ≥ 0: truncation is the floor
		out[i] = uint16(fl.Int64())
		sum += fl.Int64()
		shares[i] = share{i, new(big.Rat).Sub(exact, new(big.Rat).SetInt(fl))}
	}
	slices.SortStableFunc(shares, func(a, b share) int {
		if c := b.rem.Cmp(a.rem); c != 0 {
			return c
		}
		return a.i - b.i
	})
	// The remainders sum to exactly 10,000 − sum, each below one, so the
	// remaining bps go to distinct shares with a positive remainder.
	for k := 0; sum < 10_000; k++ {
		out[shares[k].i]++
		sum++
	}
	return out
}

// ReceiptWeights is how a receipt records the weights of an evaluation:
// each contribution with its contributor's EIP-55 address, its marginal
// gain as a shortest round-trip decimal and its bps.
func ReceiptWeights(ws []contrib.Weight) []eval.ReceiptWeight {
	out := make([]eval.ReceiptWeight, len(ws))
	for i, w := range ws {
		out[i] = eval.ReceiptWeight{
			Contribution: w.Contribution, Contributor: common.HexToAddress(w.Contributor).Hex(),
			Gain: strconv.FormatFloat(w.Value, 'g', -1, 64), Bps: int(w.Bps),
		}
	}
	return out
}
