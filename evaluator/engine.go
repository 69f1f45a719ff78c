// Package evaluator is the evaluator worker (F11–F15): it retrains a
// model's built-in trainable runtime on its training data plus a batch of
// contributions (deterministically, by the package's recipe), scores both
// models on the hidden test split, decides by the DeltaOne rule with a
// paired bootstrap, attributes the improvement among the batch's
// contributors (exact Shapley values up to 8, sampled above), writes a
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
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// Engine trains and scores models of one setup on its hidden test split.
type Engine struct {
	Setup *contrib.Setup
	// Runtime loads packages scored as submitted (the ONNX library path).
	Runtime hkruntime.Config
	// trainBase, when set, is Train for Evaluate's baseline (the head
	// retrained on the training data): a worker reuses it while the
	// training data is unchanged.
	trainBase func(ctx context.Context, training *eval.Dataset) (*Scored, error)

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

// Scored is one model and its predictions on the hidden test split.
type Scored struct {
	Model   *linear.Model // the retrained model; nil for a package scored as submitted
	Digest  string        // "sha256:<hex>" of the model file, or of the package archive
	Runtime string        // the runtime's version, for receipts
	Preds   eval.Predictions
	Score   float64
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
	return e.scored(raw, &Scored{Model: m, Digest: fmt.Sprintf("sha256:%x", sum), Runtime: linear.Version})
}

// scored fills s with raw, a model's predictions of the hidden test split,
// and their score.
func (e *Engine) scored(raw []hokusai.Prediction, s *Scored) (*Scored, error) {
	p, err := eval.FromRuntime(raw, e.truth, e.enc)
	if err != nil {
		return nil, err
	}
	score, err := eval.Score(e.bench.Spec(), e.truth, p)
	if err != nil {
		return nil, err
	}
	s.Preds, s.Score = p, score
	return s, nil
}

// RuntimeVersion is what receipts record as the runtime.
func (e *Engine) RuntimeVersion() string { return linear.Version }

// Result is the outcome of evaluating a batch against a training set.
type Result struct {
	Base, Candidate *Scored
	Comparison      eval.Comparison
	NewRows         []int     // per contribution: rows not already in the training data
	TrainingRows    int       // rows the candidate was trained on
	Values          []float64 // per contribution: its marginal gain (Shapley value)
	Method          string    // MethodSingle, MethodShapley or MethodSampled
	Path            string    // eval.PathRetrained or eval.PathScoredAsSubmitted
	// BasePackage and CandidatePackage are the archives scored as
	// submitted (the head version's and the contributor's), for the claim.
	BasePackage, CandidatePackage []byte
}

// Evaluate trains the baseline on training and the candidate on training
// plus the batch (each contribution's rows that are not already in the
// training data or an earlier contribution), compares them with a paired
// bootstrap seeded by the setup, and attributes the improvement.
func (e *Engine) Evaluate(ctx context.Context, training *eval.Dataset, batch []*eval.Dataset) (*Result, error) {
	fresh := freshRows(training, batch)
	res := &Result{NewRows: make([]int, len(batch)), Path: eval.PathRetrained}
	for k, d := range fresh {
		res.NewRows[k] = d.Len()
	}
	var err error
	train := e.Train
	if e.trainBase != nil {
		train = e.trainBase
	}
	if res.Base, err = train(ctx, training); err != nil {
		return nil, err
	}
	// trainOn trains on the training data ∪ the contributions in mask.
	trainOn := func(mask uint64) (*Scored, error) {
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
		return e.Train(ctx, d)
	}
	n := len(batch)
	all := uint64(1)<<n - 1
	if n == 0 {
		res.Candidate = res.Base
	} else if res.Candidate, err = trainOn(all); err != nil {
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
	// A coalition's value: its score's gain over the training data alone,
	// memoised (only the score is kept, not the model).
	gains := map[uint64]float64{0: 0, all: signed(res.Candidate) - signed(res.Base)}
	v := func(mask uint64) (float64, error) {
		if g, ok := gains[mask]; ok {
			return g, nil
		}
		s, err := trainOn(mask)
		if err != nil {
			return 0, err
		}
		gains[mask] = signed(s) - signed(res.Base)
		return gains[mask], nil
	}
	if n > 0 {
		if res.Values, res.Method, err = Attribute(n, v, e.Setup.Seed); err != nil {
			return nil, err
		}
	}
	if res.Comparison, err = e.compare(ctx, res.Candidate, res.Base); err != nil {
		return nil, err
	}
	return res, nil
}

// freshRows returns each contribution's rows that are neither in the
// training data nor in an earlier contribution of the batch.
func freshRows(training *eval.Dataset, batch []*eval.Dataset) []*eval.Dataset {
	seen := map[[32]byte]bool{}
	for i := range training.Rows {
		seen[sha256.Sum256(training.CanonicalRow(i))] = true
	}
	fresh := make([]*eval.Dataset, len(batch))
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
	}
	return fresh
}

// compare runs the paired bootstrap of cand against base on the hidden
// test split, seeded by the setup.
func (e *Engine) compare(ctx context.Context, cand, base *Scored) (eval.Comparison, error) {
	return eval.PairedBootstrap(ctx, e.bench.Spec(), e.truth, cand.Preds, base.Preds,
		eval.BootstrapOptions{Resamples: e.Setup.Resamples, Seed: e.Setup.Seed, Direction: e.Setup.Direction})
}

// Work is an evaluation's estimated size, known before any of it is
// allocated: the worker refuses an evaluation whose Work exceeds its
// budget instead of starting it.
type Work struct {
	TrainingRows int // rows of the largest training set: the training data plus the batch
	Columns      int // benchmark columns (an estimate of a design matrix's width)
	Trainings    int // models trained: one per coalition the attribution scores (Coalitions); 0 when scored as submitted
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
	if st.ScoredAsSubmitted() {
		w.Trainings = 0 // two packages predict the test rows; nothing is trained
	} else {
		w.Trainings = Coalitions(len(batchRows))
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

// ScoreWad converts a score to wad (18 decimals): the shortest decimal that
// reads back as x (strconv's), rounded half away from zero to 18 decimals.
// A score such as 197/200 is then exactly 0.985, not the binary float's
// 0.98499999999999998667…, so differences of scores count whole DeltaOnes
// exactly.
func ScoreWad(x float64) *big.Int {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return new(big.Int)
	}
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(x, 'g', -1, 64))
	if !ok {
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
