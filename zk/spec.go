// Package zk proves DeltaOne improvements of built-in linear models in zero
// knowledge: a Groth16 proof (BN254, gnark) that the head's and the
// candidate's committed weights, scored under one fixed-point specification on
// the committed hidden test split, get b rows right that only the candidate
// gets right and c rows that only the head gets right. The contract checks the
// proof against the commitments it holds and applies an exact one-sided sign
// test to (b, c).
//
// The fixed-point specification (every evaluator of a zkProof model uses it,
// in Go through Counts and in the circuit through Circuit):
//
//   - an encoded input x (the linear runtime's encoding: standardised numeric,
//     one-hot categorical) becomes round(x·2^FeatureFrac), clamped to a signed
//     FeatureBits-bit integer;
//   - a weight w becomes round(w·2^WeightFrac), clamped to a signed
//     WeightBits-bit integer; a bias b becomes round(b·2^(FeatureFrac+WeightFrac)),
//     clamped to a signed BiasBits-bit integer;
//   - rounding is half away from zero (math.Round); the scalings are powers of
//     two, so they are exact in float64;
//   - a row's logit for output k is Σ_j w_kj·x_j + b_k, exactly, in integers;
//   - a logistic model (one output) predicts class 1 when its logit is > 0,
//     else class 0; a softmax model predicts the first output with the largest
//     logit; these are the float runtime's rules (ties go to the first class);
//   - a row's label is its class's index in the model's classes; a label that
//     is not a class is stored as the number of classes and is never right.
package zk

import (
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// The fixed-point specification's constants; changing one changes every
// circuit, key and commitment.
const (
	FeatureBits = 12 // signed bits of a quantised input
	FeatureFrac = 6  // fraction bits of a quantised input
	WeightBits  = 20 // signed bits of a quantised weight
	WeightFrac  = 12 // fraction bits of a quantised weight
	BiasBits    = FeatureBits + WeightBits - 1
)

// Bounds of a circuit shape, so a proof's cost is known before work is done.
const (
	MaxRows    = 2048 // hidden test rows in one proof; the on-chain sign test table covers up to MaxRows disagreements
	MaxInputs  = 1024 // encoded inputs per row
	MaxClasses = 16   // classes of a classifier
)

// Shape is what one circuit, one ceremony and one verifying key are for: the
// number of test rows, encoded inputs, classes and weight rows (1 for a
// logistic model, the number of classes for a softmax model).
type Shape struct {
	Rows    int `json:"rows"`
	Inputs  int `json:"inputs"`
	Classes int `json:"classes"`
	Outputs int `json:"outputs"`
}

// String names the shape in file names and messages: rows×inputs×classes/outputs.
func (s Shape) String() string {
	return fmt.Sprintf("%dx%dx%d-%d", s.Rows, s.Inputs, s.Classes, s.Outputs)
}

// Check returns EINVALID naming the field out of range.
func (s Shape) Check() error {
	switch {
	case s.Rows < 1 || s.Rows > MaxRows:
		return hokusai.FieldErrorf("rows", "A zkProof test split needs 1 to %d rows, got %d; use a smaller hidden test split.", MaxRows, s.Rows)
	case s.Inputs < 1 || s.Inputs > MaxInputs:
		return hokusai.FieldErrorf("inputs", "A zkProof model needs 1 to %d encoded inputs, got %d.", MaxInputs, s.Inputs)
	case s.Classes < 2 || s.Classes > MaxClasses:
		return hokusai.FieldErrorf("classes", "A zkProof model needs 2 to %d classes, got %d.", MaxClasses, s.Classes)
	case s.Outputs != 1 && s.Outputs != s.Classes:
		return hokusai.FieldErrorf("outputs", "A zkProof model has 1 weight row (logistic) or one per class (softmax), got %d for %d classes.", s.Outputs, s.Classes)
	case s.Outputs == 1 && s.Classes != 2:
		return hokusai.FieldErrorf("outputs", "A logistic zkProof model has exactly 2 classes, got %d.", s.Classes)
	}
	return nil
}

// labelBits is the width of a stored label: enough for every class index and
// for the "not a class" value Classes.
func (s Shape) labelBits() int { return bits.Len(uint(s.Classes)) }

// logitBits is the width the circuit decomposes a logit difference into: a
// logit is at most (Inputs+1)·2^(FeatureBits+WeightBits-2) in magnitude, the
// difference of two (less one) at most twice that, and one more bit holds the
// sign.
func (s Shape) logitBits() int {
	return FeatureBits + WeightBits - 2 + bits.Len(uint(s.Inputs+1)) + 2
}

// Weights are a model's quantised weights: Outputs rows of Inputs weights and
// one bias per row.
type Weights struct {
	W [][]int64 `json:"w"`
	B []int64   `json:"b"`
}

// Split is a quantised test split: one row of Inputs quantised inputs and one
// label per test row, and the random salt that hides the split inside its
// commitment.
type Split struct {
	X    [][]int64 `json:"x"`
	Y    []int64   `json:"y"`
	Salt []byte    `json:"salt"` // 31 bytes, so it is one field element
}

// SaltBytes is the length of a split's salt.
const SaltBytes = 31

// quantise rounds v·2^frac half away from zero and clamps it to a signed
// bits-bit integer. NaN becomes 0.
func quantise(v float64, frac, nbits int) int64 {
	if math.IsNaN(v) {
		return 0
	}
	q := math.Round(math.Ldexp(v, frac))
	lo, hi := -math.Ldexp(1, nbits-1), math.Ldexp(1, nbits-1)-1
	return int64(min(max(q, lo), hi))
}

// Provable says whether a linear model can be proven: a logistic or softmax
// classifier within the shape bounds. The error says why not.
func Provable(m *linear.Model) error {
	switch m.Kind {
	case linear.KindLogistic, linear.KindSoftmax:
	default:
		return hokusai.Errorf(hokusai.EINVALID, "A %s model cannot be verified by zkProof: the circuit proves classification accuracy of logistic and softmax models; use the oracle method.", m.Kind)
	}
	return Shape{Rows: 1, Inputs: m.Dim(), Classes: len(m.Classes), Outputs: len(m.Weights)}.Check()
}

// Quantise returns a model's weights under the fixed-point specification.
func Quantise(m *linear.Model) (Weights, error) {
	if err := Provable(m); err != nil {
		return Weights{}, err
	}
	w := Weights{W: make([][]int64, len(m.Weights)), B: make([]int64, len(m.Bias))}
	for k, row := range m.Weights {
		w.W[k] = make([]int64, len(row))
		for j, v := range row {
			w.W[k][j] = quantise(v, WeightFrac, WeightBits)
		}
		w.B[k] = quantise(m.Bias[k], FeatureFrac+WeightFrac, BiasBits)
	}
	return w, nil
}

// EncodeSplit quantises test rows with the model's encoding (the head's: head
// and candidate of one model share features and classes). The salt must be
// SaltBytes random bytes, kept with the hidden split.
func EncodeSplit(m *linear.Model, rows []hokusai.Row, salt []byte) (Split, error) {
	if err := Provable(m); err != nil {
		return Split{}, err
	}
	if len(salt) != SaltBytes {
		return Split{}, fmt.Errorf("encode split: salt has %d bytes, want %d", len(salt), SaltBytes)
	}
	if len(rows) < 1 || len(rows) > MaxRows {
		return Split{}, hokusai.FieldErrorf("rows", "A zkProof test split needs 1 to %d rows, got %d; use a smaller hidden test split.", MaxRows, len(rows))
	}
	s := Split{X: make([][]int64, len(rows)), Y: make([]int64, len(rows)), Salt: slices.Clone(salt)}
	x := make([]float64, m.Dim())
	for i, r := range rows {
		if err := m.EncodeRow(r, x); err != nil {
			return Split{}, fmt.Errorf("encode split row %d: %w", i, err)
		}
		s.X[i] = make([]int64, len(x))
		for j, v := range x {
			s.X[i][j] = quantise(v, FeatureFrac, FeatureBits)
		}
		label := hokusai.RowString(r, m.Target)
		s.Y[i] = int64(len(m.Classes))
		if k := slices.Index(m.Classes, label); k >= 0 {
			s.Y[i] = int64(k)
		}
	}
	return s, nil
}

// ShapeOf returns the shape of proving w on s, checking every value lies in
// the specification's ranges.
func ShapeOf(w Weights, s Split, classes int) (Shape, error) {
	sh := Shape{Rows: len(s.X), Classes: classes, Outputs: len(w.W)}
	if len(w.W) > 0 {
		sh.Inputs = len(w.W[0])
	}
	if err := sh.Check(); err != nil {
		return Shape{}, err
	}
	if err := w.check(sh); err != nil {
		return Shape{}, err
	}
	if len(s.Y) != sh.Rows || len(s.Salt) != SaltBytes {
		return Shape{}, fmt.Errorf("split has %d rows, %d labels and a %d-byte salt", sh.Rows, len(s.Y), len(s.Salt))
	}
	for i, row := range s.X {
		if len(row) != sh.Inputs {
			return Shape{}, fmt.Errorf("split row %d has %d inputs, want %d", i, len(row), sh.Inputs)
		}
		for _, v := range row {
			if !fits(v, FeatureBits) {
				return Shape{}, fmt.Errorf("split row %d: input %d is outside %d signed bits", i, v, FeatureBits)
			}
		}
		if s.Y[i] < 0 || s.Y[i] > int64(classes) {
			return Shape{}, fmt.Errorf("split row %d: label %d is not 0..%d", i, s.Y[i], classes)
		}
	}
	return sh, nil
}

func (w Weights) check(sh Shape) error {
	if len(w.W) != sh.Outputs || len(w.B) != sh.Outputs {
		return fmt.Errorf("weights have %d rows and %d biases, want %d", len(w.W), len(w.B), sh.Outputs)
	}
	for k, row := range w.W {
		if len(row) != sh.Inputs {
			return fmt.Errorf("weight row %d has %d entries, want %d", k, len(row), sh.Inputs)
		}
		for _, v := range row {
			if !fits(v, WeightBits) {
				return fmt.Errorf("weight %d is outside %d signed bits", v, WeightBits)
			}
		}
		if !fits(w.B[k], BiasBits) {
			return fmt.Errorf("bias %d is outside %d signed bits", w.B[k], BiasBits)
		}
	}
	return nil
}

// fits reports whether v is a signed n-bit integer.
func fits(v int64, n int) bool { return v >= -(1<<(n-1)) && v < 1<<(n-1) }

// Predict returns the class index w predicts for the quantised inputs x.
func (w Weights) Predict(x []int64) int64 {
	logit := func(k int) int64 {
		z := w.B[k]
		for j, v := range x {
			z += w.W[k][j] * v
		}
		return z
	}
	if len(w.W) == 1 {
		if logit(0) > 0 {
			return 1
		}
		return 0
	}
	best, bz := 0, logit(0)
	for k := 1; k < len(w.W); k++ {
		if z := logit(k); z > bz {
			best, bz = k, z
		}
	}
	return int64(best)
}

// Counts is the Go evaluator of the specification: b counts the rows only the
// candidate gets right, c the rows only the head gets right.
func Counts(head, cand Weights, s Split) (b, c int) {
	for i, x := range s.X {
		h, k := head.Predict(x) == s.Y[i], cand.Predict(x) == s.Y[i]
		switch {
		case k && !h:
			b++
		case h && !k:
			c++
		}
	}
	return b, c
}
