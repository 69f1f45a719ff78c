package zk

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash"
	"github.com/consensys/gnark/std/permutation/poseidon2"
)

// NbPublic is the number of public inputs of every circuit, in order: the
// model's state before the proof (State), after it (NewState) and Packed,
// which carries the counts and the binding of the proof to one mint request.
const NbPublic = 3

// CircuitVersion names this circuit's statement and public inputs. Keys are
// made for one version: ceremony transcripts and key caches record it, and
// a cache of another version is never read back.
const CircuitVersion = 2

// Packed = bind·2^64 + c·2^32 + b: b and c take 32 bits each and bind, the
// request's keccak256 shifted right by 68, 188 bits, so Packed < 2^252 < r
// and the circuit decomposes it uniquely.
const (
	countShift = 32
	bindShift  = 64
	BindBits   = 188
	packedBits = bindShift + BindBits
)

// Circuit proves that HeadW and CandW, committed in HeadCommit and CandCommit
// (computed in the circuit, never public), score on the split committed in
// DataCommit so that b rows are right only for the candidate and c rows only
// for the head. Its public inputs are State = StateOf(HeadCommit,
// DataCommit), NewState = StateOf(CandCommit, DataCommit) — one DataCommit
// for both, so the split cannot be swapped between them — and Packed, whose
// low 64 bits are b and c and whose high bits bind the proof to one mint
// request (the contract computes them).
type Circuit struct {
	State    frontend.Variable `gnark:",public"`
	NewState frontend.Variable `gnark:",public"`
	Packed   frontend.Variable `gnark:",public"`

	HeadW [][]frontend.Variable
	HeadB []frontend.Variable
	CandW [][]frontend.Variable
	CandB []frontend.Variable
	X     [][]frontend.Variable
	Y     []frontend.Variable
	Salt  frontend.Variable

	shape Shape
}

// NewCircuit returns an unassigned circuit of the shape, for compiling.
func NewCircuit(sh Shape) *Circuit {
	c := &Circuit{shape: sh}
	c.HeadW, c.CandW = vars2(sh.Outputs, sh.Inputs), vars2(sh.Outputs, sh.Inputs)
	c.HeadB, c.CandB = make([]frontend.Variable, sh.Outputs), make([]frontend.Variable, sh.Outputs)
	c.X, c.Y = vars2(sh.Rows, sh.Inputs), make([]frontend.Variable, sh.Rows)
	return c
}

func vars2(r, c int) [][]frontend.Variable {
	out := make([][]frontend.Variable, r)
	for i := range out {
		out[i] = make([]frontend.Variable, c)
	}
	return out
}

// Assignment is the full witness of a proof.
type Assignment struct {
	Head, Cand Weights
	Split      Split
	Classes    int
	Bind       *big.Int // the request's binding, below 2^BindBits
}

// assign returns the circuit assignment: public states and packed counts
// computed natively, every private value set.
func (a Assignment) assign() (*Circuit, Shape, error) {
	sh, err := ShapeOf(a.Head, a.Split, a.Classes)
	if err != nil {
		return nil, Shape{}, err
	}
	if _, err := ShapeOf(a.Cand, a.Split, a.Classes); err != nil {
		return nil, Shape{}, fmt.Errorf("candidate: %w", err)
	}
	if a.Bind == nil || a.Bind.Sign() < 0 || a.Bind.BitLen() > BindBits {
		return nil, Shape{}, fmt.Errorf("bind must be a %d-bit value", BindBits)
	}
	b, c := Counts(a.Head, a.Cand, a.Split)
	data := CommitSplit(a.Split, a.Classes)
	w := NewCircuit(sh)
	w.State = StateOf(CommitWeights(a.Head), data)
	w.NewState = StateOf(CommitWeights(a.Cand), data)
	w.Packed = PackPublic(a.Bind, b, c)
	setWeights(w.HeadW, w.HeadB, a.Head)
	setWeights(w.CandW, w.CandB, a.Cand)
	for i, row := range a.Split.X {
		for j, v := range row {
			w.X[i][j] = v
		}
		w.Y[i] = a.Split.Y[i]
	}
	w.Salt = new(big.Int).SetBytes(a.Split.Salt)
	return w, sh, nil
}

func setWeights(dw [][]frontend.Variable, db []frontend.Variable, w Weights) {
	for k, row := range w.W {
		for j, v := range row {
			dw[k][j] = v
		}
		db[k] = w.B[k]
	}
}

// PackPublic returns the Packed public input bind·2^64 + c·2^32 + b; bind
// must be below 2^BindBits and b, c below 2^32.
func PackPublic(bind *big.Int, b, c int) *big.Int {
	out := new(big.Int).Lsh(bind, bindShift)
	out.Or(out, new(big.Int).Lsh(big.NewInt(int64(c)), countShift))
	return out.Or(out, big.NewInt(int64(b)))
}

// Define is the circuit: commitments and states, range checks, the
// fixed-point scoring of both models on every row and the two counts.
func (c *Circuit) Define(api frontend.API) error {
	sh := c.shape
	headC, err := commitWeightsVar(api, c.HeadW, c.HeadB)
	if err != nil {
		return err
	}
	candC, err := commitWeightsVar(api, c.CandW, c.CandB)
	if err != nil {
		return err
	}

	h, err := newHasher(api)
	if err != nil {
		return err
	}
	h.Write(tagSplit, c.Salt, sh.Rows, sh.Inputs, sh.Classes)
	var flat []frontend.Variable
	for _, row := range c.X {
		flat = append(flat, row...)
	}
	h.Write(packVar(api, flat, FeatureBits, true)...)
	h.Write(packVar(api, c.Y, sh.labelBits(), false)...)
	dataC := h.Sum()

	for _, s := range []struct{ weights, public frontend.Variable }{{headC, c.State}, {candC, c.NewState}} {
		hs, err := newHasher(api)
		if err != nil {
			return err
		}
		hs.Write(tagState, s.weights, dataC)
		api.AssertIsEqual(hs.Sum(), s.public)
	}

	L := sh.logitBits()
	var b, cc frontend.Variable = 0, 0
	for i, x := range c.X {
		hc := api.IsZero(api.Sub(predictVar(api, c.HeadW, c.HeadB, x, L), c.Y[i]))
		kc := api.IsZero(api.Sub(predictVar(api, c.CandW, c.CandB, x, L), c.Y[i]))
		both := api.Mul(hc, kc)
		b = api.Add(b, api.Sub(kc, both))
		cc = api.Add(cc, api.Sub(hc, both))
	}
	// Packed's 252 bits (2^252 < r, so the decomposition is unique): the low
	// 32 are b, the next 32 c; the binding above them is free but fixed by
	// the public input, which is what ties the proof to its request.
	bits := api.ToBinary(c.Packed, packedBits)
	api.AssertIsEqual(api.FromBinary(bits[:countShift]...), b)
	api.AssertIsEqual(api.FromBinary(bits[countShift:bindShift]...), cc)
	return nil
}

// commitWeightsVar is CommitWeights in the circuit; packing range-checks
// every weight and bias.
func commitWeightsVar(api frontend.API, w [][]frontend.Variable, b []frontend.Variable) (frontend.Variable, error) {
	h, err := newHasher(api)
	if err != nil {
		return nil, err
	}
	h.Write(tagWeights, len(w), len(w[0]))
	var flat []frontend.Variable
	for _, row := range w {
		flat = append(flat, row...)
	}
	h.Write(packVar(api, flat, WeightBits, true)...)
	h.Write(packVar(api, b, BiasBits, true)...)
	return h.Sum(), nil
}

// newHasher is the in-circuit twin of hashElements: Poseidon2 with
// gnark-crypto's default BN254 parameters (width 2, 6 full and 50 partial
// rounds) in a Merkle–Damgård chain from a zero state.
func newHasher(api frontend.API) (hash.FieldHasher, error) {
	p := poseidon2GoParams()
	perm, err := poseidon2.NewPoseidon2FromParameters(api, p.Width, p.NbFullRounds, p.NbPartialRounds)
	if err != nil {
		return nil, fmt.Errorf("poseidon2: %w", err)
	}
	return hash.NewMerkleDamgardHasher(api, perm, 0), nil
}

// packVar is packSigned (signed) or packOffset(…, 0) in the circuit. The
// bit decomposition of each offset value proves it lies in [0, 2^n), which
// makes the packing one-to-one.
func packVar(api frontend.API, vals []frontend.Variable, n int, signed bool) []frontend.Variable {
	per := packWidth(n)
	off := new(big.Int)
	if signed {
		off.Lsh(big.NewInt(1), uint(n-1))
	}
	var out []frontend.Variable
	for i := 0; i < len(vals); i += per {
		var acc frontend.Variable = 0
		for j := i; j < min(i+per, len(vals)); j++ {
			u := api.Add(vals[j], off)
			api.ToBinary(u, n)
			acc = api.Add(acc, api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(n*(j-i)))))
		}
		out = append(out, acc)
	}
	return out
}

// nonNegative returns 1 when d ≥ 0 and 0 when d < 0, for |d| < 2^(L-1):
// d + 2^(L-1) decomposes into L bits and the top one is the answer.
func nonNegative(api frontend.API, d frontend.Variable, L int) frontend.Variable {
	bits := api.ToBinary(api.Add(d, new(big.Int).Lsh(big.NewInt(1), uint(L-1))), L)
	return bits[L-1]
}

// predictVar is Weights.Predict in the circuit.
func predictVar(api frontend.API, w [][]frontend.Variable, b []frontend.Variable, x []frontend.Variable, L int) frontend.Variable {
	logit := func(k int) frontend.Variable {
		z := b[k]
		for j := range x {
			z = api.Add(z, api.Mul(w[k][j], x[j]))
		}
		return z
	}
	if len(w) == 1 {
		return nonNegative(api, api.Sub(logit(0), 1), L)
	}
	best := logit(0)
	var idx frontend.Variable = 0
	for k := 1; k < len(w); k++ {
		z := logit(k)
		gt := nonNegative(api, api.Sub(api.Sub(z, best), 1), L)
		best = api.Add(best, api.Mul(gt, api.Sub(z, best)))
		idx = api.Add(idx, api.Mul(gt, api.Sub(k, idx)))
	}
	return idx
}
