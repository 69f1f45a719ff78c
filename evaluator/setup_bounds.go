package evaluator

import (
	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
)

// Validate checks a setup request's settings against their ranges (the
// table in README.md) before anything is parsed or trained: a setup is
// applied to every later contribution, so one out of range would stall
// the evaluator for every model. The recipe's columns are checked against
// the benchmark once it is parsed (contrib.Setup.Validate).
func (r *SetupRequest) Validate() error {
	if err := contrib.ValidateRecipe(r.Recipe); err != nil {
		return err
	}
	if err := contrib.ValidateResamples(r.Resamples); err != nil {
		return err
	}
	if err := contrib.ValidateDevPercent(r.DevPercent); err != nil {
		return err
	}
	if err := r.Policy.Validate(); err != nil {
		return err
	}
	if r.Initial < 0 || r.Initial > contrib.MaxPolicyRows {
		return hokusai.FieldErrorf("initial_rows", "initial_rows must be between 0 and the dev split's rows less one (at most %d), got %d.", contrib.MaxPolicyRows, r.Initial)
	}
	if r.Initial > 0 && r.Training != "" {
		return hokusai.FieldErrorf("initial_rows", "Give either the initial training rows (training) or how many dev rows to start from (initial_rows), not both.")
	}
	if len(r.DeclaredBaseline) > 80 {
		return hokusai.FieldErrorf("declared_baseline", "declared_baseline is a decimal such as 0.9667 or \"none\", at most 80 characters; got %d.", len(r.DeclaredBaseline))
	}
	if r.Benchmark == "" {
		return hokusai.FieldErrorf("benchmark", "The setup needs a benchmark dataset (CSV with a header, or JSONL).")
	}
	return nil
}
