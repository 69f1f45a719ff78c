// Package evaluator is the evaluator worker (F11–F15): it retrains a
// model's built-in trainable runtime on its training data plus a batch of
// contributions (deterministically, by the package's recipe), scores both
// models on the hidden test split, decides by the DeltaOne rule with a
// paired bootstrap, attributes the improvement among the batch's
// contributors (exact Shapley for few, leave-one-out for many), writes a
// signed receipt, builds the EIP-712 mint request, collects k attester
// signatures, journals the mint before sending it, and records the result.
// A restart finishes a journaled mint exactly once (the idempotency key is
// checked on-chain).
package evaluator

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// MaxShapley is the largest batch whose weights are exact Shapley values
// (2^n retrainings); larger batches use leave-one-out.
const MaxShapley = 6

// Engine trains and scores models of one setup on its hidden test split.
type Engine struct {
	Setup *contrib.Setup

	bench   *eval.Benchmark
	truth   eval.Truth
	enc     *eval.LabelEncoder
	test    []hokusai.Row
	columns []string
}

// NewEngine prepares the hidden test split of st.
func NewEngine(st *contrib.Setup) (*Engine, error) {
	b, err := st.Bench()
	if err != nil {
		return nil, err
	}
	truth, enc, _, err := b.SplitTruth(st.Benchmark, "test", false)
	if err != nil {
		return nil, err
	}
	e := &Engine{Setup: st, bench: b, truth: truth, enc: enc}
	for _, c := range st.Benchmark.Columns {
		e.columns = append(e.columns, c.Name)
	}
	all := hokusai.RowsFromTable(e.columns, st.Benchmark.Rows)
	for _, i := range b.Test {
		e.test = append(e.test, all[i])
	}
	return e, nil
}

// Bench returns the benchmark (with its hidden split).
func (e *Engine) Bench() *eval.Benchmark { return e.bench }

// Scored is one trained model and its predictions on the hidden test split.
type Scored struct {
	Model  *linear.Model
	Digest string // "sha256:<hex>" of the model file
	Preds  eval.Predictions
	Score  float64
}

// Train fits the recipe to d and scores it on the hidden test split. It
// returns ctx's error once ctx ends, even mid-training: the fit stops at
// its next iteration (linear.TrainContext).
func (e *Engine) Train(ctx context.Context, d *eval.Dataset) (*Scored, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	names := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		names[i] = c.Name
	}
	rows := hokusai.RowsFromTable(names, d.Rows)
	m, err := linear.TrainContext(ctx, rows, e.Setup.Recipe)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("train: %w", err)
	}
	b, err := m.Marshal()
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	raw, err := m.Predict(ctx, e.test)
	if err != nil {
		return nil, fmt.Errorf("predict test split: %w", err)
	}
	p, err := eval.FromRuntime(raw, e.truth, e.enc)
	if err != nil {
		return nil, err
	}
	s, err := eval.Score(e.bench.Spec(), e.truth, p)
	if err != nil {
		return nil, err
	}
	return &Scored{Model: m, Digest: fmt.Sprintf("sha256:%x", sum), Preds: p, Score: s}, nil
}

// RuntimeVersion is what receipts record as the runtime.
func (e *Engine) RuntimeVersion() string { return linear.Version }

// Result is the outcome of evaluating a batch against a training set.
type Result struct {
	Base, Candidate *Scored
	Comparison      eval.Comparison
	NewRows         []int     // per contribution: rows not already in the training data
	TrainingRows    int       // rows the candidate was trained on
	Values          []float64 // per contribution: attributed improvement
	Method          string    // single, shapley or leave-one-out
}

// Evaluate trains the baseline on training and the candidate on training
// plus the batch (each contribution's rows that are not already in the
// training data or an earlier contribution), compares them with a paired
// bootstrap seeded by the setup, and attributes the improvement.
func (e *Engine) Evaluate(ctx context.Context, training *eval.Dataset, batch []*eval.Dataset) (*Result, error) {
	seen := map[[32]byte]bool{}
	for i := range training.Rows {
		seen[sha256.Sum256(training.CanonicalRow(i))] = true
	}
	fresh := make([]*eval.Dataset, len(batch))
	res := &Result{NewRows: make([]int, len(batch))}
	for k, d := range batch {
		var keep []int
		for i := range d.Rows {
			h := sha256.Sum256(d.CanonicalRow(i))
			if !seen[h] {
				seen[h] = true
				keep = append(keep, i)
			}
		}
		fresh[k] = d.Subset(keep)
		res.NewRows[k] = len(keep)
	}
	var err error
	if res.Base, err = e.Train(ctx, training); err != nil {
		return nil, err
	}
	// score of training ∪ the contributions in mask, memoised
	memo := map[uint64]*Scored{0: res.Base}
	scoreOf := func(mask uint64) (*Scored, error) {
		if s, ok := memo[mask]; ok {
			return s, nil
		}
		var parts []*eval.Dataset
		for k := range fresh {
			if mask&(1<<k) != 0 {
				parts = append(parts, fresh[k])
			}
		}
		d, err := contrib.Concat(training, parts...)
		if err != nil {
			return nil, err
		}
		s, err := e.Train(ctx, d)
		if err != nil {
			return nil, err
		}
		memo[mask] = s
		return s, nil
	}
	n := len(batch)
	all := uint64(1)<<n - 1
	if res.Candidate, err = scoreOf(all); err != nil {
		return nil, err
	}
	res.TrainingRows = training.Len()
	for _, k := range res.NewRows {
		res.TrainingRows += k
	}
	signed := func(s *Scored) float64 {
		if e.Setup.Direction == hokusai.Minimize {
			return -s.Score
		}
		return s.Score
	}
	v := func(mask uint64) (float64, error) {
		s, err := scoreOf(mask)
		if err != nil {
			return 0, err
		}
		return signed(s) - signed(res.Base), nil
	}
	res.Values = make([]float64, n)
	switch {
	case n == 1:
		res.Method = "single"
		res.Values[0], _ = v(all)
	case n <= MaxShapley:
		res.Method = "shapley"
		fact := func(k int) float64 {
			f := 1.0
			for i := 2; i <= k; i++ {
				f *= float64(i)
			}
			return f
		}
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
				size := popcount(mask)
				res.Values[i] += fact(size) * fact(n-size-1) / fact(n) * (with - without)
			}
		}
	default:
		res.Method = "leave-one-out"
		full, _ := v(all)
		for i := 0; i < n; i++ {
			without, err := v(all &^ (1 << i))
			if err != nil {
				return nil, err
			}
			res.Values[i] = full - without
		}
	}
	resamples := e.Setup.Resamples
	res.Comparison, err = eval.PairedBootstrap(ctx, e.bench.Spec(), e.truth, res.Candidate.Preds, res.Base.Preds,
		eval.BootstrapOptions{Resamples: resamples, Seed: e.Setup.Seed, Direction: e.Setup.Direction})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// Work is an evaluation's estimated size, known before any of it is
// allocated: the worker refuses an evaluation whose Work exceeds its
// budget instead of starting it.
type Work struct {
	TrainingRows int // rows of the largest training set: the training data plus the batch
	Columns      int // benchmark columns (an estimate of a design matrix's width)
	Trainings    int // models trained: 2 for one contribution, 2^n for Shapley, n+2 for leave-one-out
	Iterations   int // the recipe's iteration limit
	Resamples    int // bootstrap resamples
	TestRows     int // rows of the hidden test split
}

// Evaluation budgets' defaults (Worker.MaxCells, Worker.MaxOps).
const (
	DefaultMaxCells = 20_000_000 // cells of one design matrix: 160 MB of float64
	DefaultMaxOps   = 1e11       // about two minutes of arithmetic
)

// EstimateWork sizes the evaluation of a batch whose contributions have
// batchRows rows against trainingRows rows of training data.
func EstimateWork(st *contrib.Setup, trainingRows int, batchRows []int) Work {
	w := Work{TrainingRows: trainingRows, Columns: 1, Iterations: st.Recipe.MaxIterations, Resamples: st.Resamples}
	if st.Benchmark != nil {
		w.Columns = max(len(st.Benchmark.Columns), 1)
	}
	for _, r := range batchRows {
		w.TrainingRows += r
	}
	switch n := len(batchRows); {
	case n <= 1:
		w.Trainings = 2
	case n <= MaxShapley:
		w.Trainings = 1 << n
	default:
		w.Trainings = n + 2
	}
	if w.Iterations <= 0 {
		w.Iterations = linear.DefaultMaxIterations
	}
	if w.Resamples <= 0 {
		w.Resamples = eval.DefaultResamples
	}
	if b, err := st.Bench(); err == nil {
		w.TestRows = len(b.Test)
	}
	return w
}

// Cells is the largest design matrix's size (float64: no overflow).
func (w Work) Cells() float64 { return float64(w.TrainingRows) * float64(w.Columns) }

// Ops is the estimated arithmetic: every training's iterations over its
// design matrix, and the bootstrap's resamples over the test rows.
func (w Work) Ops() float64 {
	return w.Cells()*float64(w.Trainings)*float64(w.Iterations) + float64(w.Resamples)*float64(w.TestRows)
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// WeightsBps turns attributed values into basis points summing to exactly
// 10,000: negative values count as zero, all-zero values split equally, and
// the remainder of the floor division goes to the largest fractional parts
// (ties to the lower index), so each share is within one bp of its exact
// share.
func WeightsBps(values []float64) []uint16 {
	n := len(values)
	out := make([]uint16, n)
	if n == 0 {
		return out
	}
	pos := make([]float64, n)
	total := 0.0
	for i, x := range values {
		if x > 0 && !math.IsInf(x, 0) {
			pos[i] = x
			total += x
		}
	}
	if total == 0 {
		for i := range pos {
			pos[i] = 1
		}
		total = float64(n)
	}
	type frac struct {
		i int
		f float64
	}
	fr := make([]frac, n)
	sum := 0
	for i, x := range pos {
		exact := x / total * 10_000
		fl := math.Floor(exact)
		out[i] = uint16(fl)
		sum += int(fl)
		fr[i] = frac{i, exact - fl}
	}
	slices.SortStableFunc(fr, func(a, b frac) int {
		switch {
		case a.f > b.f:
			return -1
		case a.f < b.f:
			return 1
		}
		return a.i - b.i
	})
	for k := 0; sum < 10_000; k++ {
		out[fr[k%n].i]++
		sum++
	}
	return out
}

// ScoreWad converts a score to wad (18 decimals), rounding half away from
// zero: the exact binary value of x times 10^18.
func ScoreWad(x float64) *big.Int {
	r := new(big.Rat).SetFloat64(x)
	if r == nil {
		return new(big.Int)
	}
	r.Mul(r, new(big.Rat).SetInt(hokusai.WAD))
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	if new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2)).Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// DigestHash turns "sha256:<hex>" into 32 bytes.
func DigestHash(d string) common.Hash {
	if len(d) > 7 && d[:7] == "sha256:" {
		return common.HexToHash(d[7:])
	}
	return common.HexToHash(d)
}
