package zk

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
	"pgregory.net/rapid"
)

// genWeights draws weights that are small most of the time (so predictions
// vary and ties happen) and sometimes at the ends of their ranges.
func genWeights(t *rapid.T, label string, sh Shape) Weights {
	val := func(n int) *rapid.Generator[int64] {
		lim := int64(1)<<(n-1) - 1
		return rapid.OneOf(rapid.Int64Range(-3, 3), rapid.Int64Range(-lim-1, lim), rapid.SampledFrom([]int64{-lim - 1, lim, 0}))
	}
	w := Weights{W: make([][]int64, sh.Outputs), B: make([]int64, sh.Outputs)}
	for k := range w.W {
		w.W[k] = rapid.SliceOfN(val(WeightBits), sh.Inputs, sh.Inputs).Draw(t, label+"w")
		w.B[k] = val(BiasBits).Draw(t, label+"b")
	}
	return w
}

func genCase(t *rapid.T) Assignment {
	k := rapid.IntRange(2, 4).Draw(t, "classes")
	out := 1
	if k > 2 || rapid.Bool().Draw(t, "softmax") {
		out = k
	}
	sh := Shape{Rows: rapid.IntRange(1, 12).Draw(t, "rows"), Inputs: rapid.IntRange(1, 5).Draw(t, "inputs"), Classes: k, Outputs: out}
	lim := int64(1)<<(FeatureBits-1) - 1
	x := rapid.OneOf(rapid.Int64Range(-2, 2), rapid.Int64Range(-lim-1, lim))
	s := Split{X: make([][]int64, sh.Rows), Y: make([]int64, sh.Rows), Salt: rapid.SliceOfN(rapid.Byte(), SaltBytes, SaltBytes).Draw(t, "salt")}
	for i := range s.X {
		s.X[i] = rapid.SliceOfN(x, sh.Inputs, sh.Inputs).Draw(t, "x")
		s.Y[i] = rapid.Int64Range(0, int64(k)).Draw(t, "y")
	}
	return Assignment{Head: genWeights(t, "head", sh), Cand: genWeights(t, "cand", sh), Split: s, Classes: k,
		Bind: new(big.Int).Rsh(new(big.Int).SetBytes(rapid.SliceOfN(rapid.Byte(), 24, 24).Draw(t, "bind")), 4)}
}

// solved reports whether the witness satisfies the circuit of its shape.
func solved(sh Shape, w *Circuit) error {
	return test.IsSolved(NewCircuit(sh), w, ecc.BN254.ScalarField())
}

// TestCircuitMatchesGoCounts is the differential test: on random models and
// data the circuit accepts exactly the Go evaluator's counts, and refuses a
// false count, altered weights and an altered split.
func TestCircuitMatchesGoCounts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genCase(t)
		w, sh, err := a.assign()
		if err != nil {
			t.Fatal(err)
		}
		if err := solved(sh, w); err != nil {
			t.Fatalf("circuit refuses the Go evaluator's counts: %v", err)
		}
		b, c := Counts(a.Head, a.Cand, a.Split)
		// A false count.
		fb, fc := b, c
		if rapid.Bool().Draw(t, "lieAboutB") {
			fb++
		} else if c > 0 {
			fc--
		} else {
			fb++
		}
		w.Packed = PackPublic(a.Bind, fb, fc)
		if solved(sh, w) == nil {
			t.Fatalf("circuit accepts counts (%d,%d) when Go counts (%d,%d)", fb, fc, b, c)
		}
		// The same counts with the bind's low bit moved into c: the
		// decomposition is unique, so Packed fixes b and c.
		w.Packed = new(big.Int).Add(PackPublic(a.Bind, b, c), new(big.Int).Lsh(big.NewInt(1), 32))
		if c < 1 && solved(sh, w) == nil {
			t.Fatal("circuit accepts a packed input whose c bits are not the count")
		}
		w.Packed = PackPublic(a.Bind, b, c)
		// Altered candidate weights under the original commitment.
		kk, j := rapid.IntRange(0, sh.Outputs-1).Draw(t, "k"), rapid.IntRange(0, sh.Inputs-1).Draw(t, "j")
		orig := w.CandW[kk][j]
		w.CandW[kk][j] = a.Cand.W[kk][j] ^ 1
		if solved(sh, w) == nil {
			t.Fatal("circuit accepts weights that differ from the committed ones")
		}
		w.CandW[kk][j] = orig
		// An altered split under the original commitment.
		i := rapid.IntRange(0, sh.Rows-1).Draw(t, "i")
		origX := w.X[i][j]
		w.X[i][j] = a.Split.X[i][j] ^ 1
		if solved(sh, w) == nil {
			t.Fatal("circuit accepts a test split that differs from the committed one")
		}
		w.X[i][j] = origX
		// The states: the new state with another split commitment, or the
		// old state swapped in as the new one.
		other := a.Split
		other.Salt = append([]byte(nil), a.Split.Salt...)
		other.Salt[0] ^= 1
		w.NewState = StateOf(CommitWeights(a.Cand), CommitSplit(other, a.Classes))
		if solved(sh, w) == nil {
			t.Fatal("circuit accepts a new state of another split commitment")
		}
		w.NewState = StateOf(CommitWeights(a.Cand), CommitSplit(a.Split, a.Classes))
		if !equalWeights(a.Head, a.Cand) {
			w.State, w.NewState = w.NewState, w.State
			if solved(sh, w) == nil {
				t.Fatal("circuit accepts the states swapped")
			}
		}
	})
}

// TestOutOfRangeWitnessRefused: a weight outside its bits cannot be used even
// when the commitment is computed over it, so packing stays one-to-one.
func TestOutOfRangeWitnessRefused(t *testing.T) {
	sh := Shape{Rows: 1, Inputs: 2, Classes: 2, Outputs: 1}
	a := Assignment{Head: Weights{W: [][]int64{{1, 2}}, B: []int64{0}}, Cand: Weights{W: [][]int64{{1, 2}}, B: []int64{0}},
		Split: Split{X: [][]int64{{1, 1}}, Y: []int64{1}, Salt: make([]byte, SaltBytes)}, Classes: 2, Bind: big.NewInt(7)}
	w, _, err := a.assign()
	if err != nil {
		t.Fatal(err)
	}
	if err := solved(sh, w); err != nil {
		t.Fatal(err)
	}
	// 2^WeightBits-1 packs into the same element as (−1 in the next slot, …).
	w.CandW[0][0] = int64(1) << (WeightBits - 1)
	if solved(sh, w) == nil {
		t.Fatal("circuit accepts a weight outside its range")
	}
}

// TestConstraintsDemoShape compiles the demo shape (174 rows × 48 inputs) and
// logs its constraint count.
func TestConstraintsDemoShape(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the demo circuit")
	}
	for _, sh := range []Shape{{Rows: 174, Inputs: 48, Classes: 2, Outputs: 1}} {
		cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(sh))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d constraints", sh, cs.GetNbConstraints())
	}
}

func equalWeights(a, b Weights) bool {
	return CommitWeights(a).Cmp(CommitWeights(b)) == 0
}
