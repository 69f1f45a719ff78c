package evaluator

import (
	"context"
	"fmt"
	"math/big"
	"strconv"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// HeadMeasure is the head version's score on the hidden test split with a
// two-sided 95% percentile bootstrap interval (the setup's seed and
// resamples).
type HeadMeasure struct {
	Scored
	Low95, High95 float64
	Resamples     int
	Rows          int
}

// MeasureHead trains the setup's recipe on training — the head as every
// later evaluation retrains it, so the head the verifier pays against and
// the baseline the bootstrap compares with are one model — and bootstraps
// its score on the hidden test split.
func MeasureHead(ctx context.Context, st *contrib.Setup, training *eval.Dataset) (*HeadMeasure, error) {
	eng, err := NewEngine(st)
	if err != nil {
		return nil, err
	}
	s, err := eng.Train(ctx, training)
	if err != nil {
		return nil, err
	}
	return eng.measure(ctx, s)
}

// measure bootstraps the interval of a head's score on the hidden split.
func (eng *Engine) measure(ctx context.Context, s *Scored) (*HeadMeasure, error) {
	st := eng.Setup
	cmp, err := eval.PairedBootstrap(ctx, eng.bench.Spec(), eng.truth, s.Preds, eval.Predictions{},
		eval.BootstrapOptions{Resamples: st.Resamples, Seed: st.Seed, Direction: st.Direction})
	if err != nil {
		return nil, err
	}
	return &HeadMeasure{Scored: *s, Low95: cmp.Low95, High95: cmp.High95, Resamples: cmp.Resamples, Rows: cmp.Rows}, nil
}

// CheckDeclared refuses a declared head score (wad) outside the measured
// head's 95% interval: every DeltaOne is paid against the measured head, so
// a declaration that disagrees with it would only mislead. A nil declared
// value is no declaration.
func CheckDeclared(metric string, h *HeadMeasure, declared *big.Int) error {
	if declared == nil {
		return nil
	}
	lo, hi := ScoreWad(h.Low95), ScoreWad(h.High95)
	if declared.Cmp(lo) >= 0 && declared.Cmp(hi) <= 0 {
		return nil
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	return &hokusai.Error{Code: hokusai.EINVALID, Field: "declared_baseline", Message: fmt.Sprintf(
		"The declared baseline %s is outside the head's measured %s of %s on the %d-row hidden test split (95%% bootstrap interval %s–%s, %d resamples); every DeltaOne is paid against the measured head: declare %s or omit the declaration (declared_baseline \"none\", register_model --declared-baseline none).",
		hokusai.FormatWad(declared), metric, f(h.Score), h.Rows, f(h.Low95), f(h.High95), h.Resamples, f(h.Score))}
}
