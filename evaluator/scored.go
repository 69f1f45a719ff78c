package evaluator

import (
	"context"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
)

// ScorePackage loads a package archive (a head version or a submitted
// candidate; contrib.OpenCandidate verifies it as any upload) and scores
// its predictions on the hidden test split. Prediction stops when ctx
// ends. The digest is the archive's, as the registry and the chain name it.
func (e *Engine) ScorePackage(ctx context.Context, archive []byte) (*Scored, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, err := contrib.OpenCandidate(archive, e.Runtime)
	if err != nil {
		return nil, err
	}
	defer a.Close()
	if err := contrib.CheckCandidate(ctx, e.Setup, a, e.testSample()); err != nil {
		return nil, err
	}
	raw, err := a.Predict(ctx, e.test)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, hokusai.FieldErrorf("candidate_package", "The package %s cannot predict the hidden test split: %s", a.Package.Digest, hokusai.ErrorMessage(err))
	}
	return e.scored(raw, &Scored{Digest: a.Package.Digest, Runtime: a.Info().Version})
}

// testSample is the hidden split's first rows, without the target, for
// CheckCandidate's probe.
func (e *Engine) testSample() *eval.Dataset {
	d := e.Setup.Benchmark.Subset(e.bench.Test[:min(len(e.bench.Test), 4)])
	return d
}

// EvaluateSubmitted scores a contributor's candidate package as submitted
// against the head package on the hidden test split, for runtimes the
// evaluator cannot retrain: the paired bootstrap compares their
// predictions, and rows counts the contribution's rows that are new to
// the training data (they join it when the candidate is minted).
func (e *Engine) EvaluateSubmitted(ctx context.Context, training, rows *eval.Dataset, head, candidate []byte) (*Result, error) {
	if !e.Setup.ScoredAsSubmitted() {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Model %d runs on %s, which the evaluator retrains; its candidates are not scored as submitted.", e.Setup.ModelID, e.Setup.Recipe.Runtime)
	}
	if len(head) == 0 {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d has no head package to score the candidate against; register its head version first.", e.Setup.ModelID)
	}
	base, err := e.ScorePackage(ctx, head)
	if err != nil {
		return nil, fmt.Errorf("head package: %w", err)
	}
	return e.evaluateAgainst(ctx, training, rows, base, candidate)
}

// evaluateAgainst is EvaluateSubmitted with the head package already
// scored (base), so a worker scores a model's head once, not once per
// candidate.
func (e *Engine) evaluateAgainst(ctx context.Context, training, rows *eval.Dataset, base *Scored, candidate []byte) (*Result, error) {
	fresh := freshRows(training, []*eval.Dataset{rows})
	res := &Result{NewRows: []int{fresh[0].Len()}, Path: eval.PathScoredAsSubmitted, Method: MethodSingle, Base: base}
	res.TrainingRows = training.Len() + res.NewRows[0]
	var err error
	if res.Candidate, err = e.ScorePackage(ctx, candidate); err != nil {
		return nil, err
	}
	if res.Comparison, err = e.compare(ctx, res.Candidate, res.Base); err != nil {
		return nil, err
	}
	gain := res.Candidate.Score - res.Base.Score
	if e.Setup.Direction == hokusai.Minimize {
		gain = -gain
	}
	res.Values = []float64{gain}
	return res, nil
}

// MeasureHeadPackage scores a model's head package on the hidden test
// split of st with its bootstrap interval: the measured head of a model
// whose candidates are scored as submitted (MeasureHead retrains the
// others).
func MeasureHeadPackage(ctx context.Context, st *contrib.Setup, head []byte, cfg hkruntime.Config) (*HeadMeasure, error) {
	eng, err := NewEngine(st)
	if err != nil {
		return nil, err
	}
	eng.Runtime = cfg
	s, err := eng.ScorePackage(ctx, head)
	if err != nil {
		return nil, err
	}
	return eng.measure(ctx, s)
}
