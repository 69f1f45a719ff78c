package contrib

import (
	"math"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
)

// Ranges of a setup's numeric settings. A setup outside them is refused
// when it is put, before any work is done: every contribution to the model
// is evaluated with these settings, so an unbounded one would stall the
// evaluator (evaluator/README.md has the table).
const (
	MinResamples      = 100     // fewer give no 95% interval
	MaxResamples      = 100_000 // bootstrap resamples per evaluation
	MinDevPercent     = 1
	MaxDevPercent     = 99
	DefaultDevPercent = 60
	MaxPolicyOpen     = 100       // policy.max_open
	MaxPolicyRows     = 1_000_000 // policy.max_rows
	MaxL2             = 1e6       // recipe.l2
	MaxIterations     = 10_000    // recipe.max_iterations
	MaxGradTol        = 1.0       // recipe.grad_tol
	MaxRecipeColumns  = 1_000     // recipe.features and recipe.categorical entries
)

// Validate checks the policy's fields against their ranges.
func (p Policy) Validate() error {
	switch p.PII {
	case "", PIIReject, PIIAllow:
	default:
		return hokusai.FieldErrorf("policy.pii", "policy.pii must be reject or allow, got %q.", excerpt(string(p.PII)))
	}
	if p.MaxOpen < 0 || p.MaxOpen > MaxPolicyOpen {
		return hokusai.FieldErrorf("policy.max_open", "policy.max_open must be between 0 and %d (0 means %d open contributions per contributor), got %d.", MaxPolicyOpen, DefaultMaxOpen, p.MaxOpen)
	}
	if p.MaxRows < 0 || p.MaxRows > MaxPolicyRows {
		return hokusai.FieldErrorf("policy.max_rows", "policy.max_rows must be between 0 and %d (0 means %d rows per contribution), got %d.", MaxPolicyRows, DefaultMaxRows, p.MaxRows)
	}
	return nil
}

// ValidateResamples checks a setup's bootstrap resamples (0 means eval's default).
func ValidateResamples(n int) error {
	if n != 0 && (n < MinResamples || n > MaxResamples) {
		return hokusai.FieldErrorf("resamples", "resamples must be between %d and %d (or 0 for the default %d), got %d; choose a count in that range.", MinResamples, MaxResamples, eval.DefaultResamples, n)
	}
	return nil
}

// ValidateDevPercent checks a setup's public share of the benchmark (0 means DefaultDevPercent).
func ValidateDevPercent(p int) error {
	if p != 0 && (p < MinDevPercent || p > MaxDevPercent) {
		return hokusai.FieldErrorf("dev_percent", "dev_percent must be between %d and %d (or 0 for %d), got %d; both splits need rows.", MinDevPercent, MaxDevPercent, DefaultDevPercent, p)
	}
	return nil
}

// ValidateRecipe checks a training recipe's fields and the ranges of its
// hyper-parameters; ValidateRecipeColumns checks its columns against the
// benchmark.
func ValidateRecipe(r hokusai.TrainingRecipe) error {
	if ScoredRuntime(r.Runtime) {
		if err := validateScoredRecipe(r); err != nil {
			return err
		}
	} else if r.Runtime != hokusai.RuntimeLinear && r.Runtime != hokusai.RuntimeSoftmax {
		return hokusai.FieldErrorf("recipe.runtime", "recipe.runtime must be linear or softmax (retrained by the evaluator) or onnx, xgboost or lightgbm (each contribution carries its candidate package, scored as submitted), got %q.", excerpt(r.Runtime))
	} else if err := r.Validate(); err != nil {
		return err
	}
	switch {
	case r.L2 > MaxL2:
		return hokusai.FieldErrorf("recipe.l2", "recipe.l2 must be between 0 and %g, got %g; lower it.", MaxL2, r.L2)
	case r.MaxIterations > MaxIterations:
		return hokusai.FieldErrorf("recipe.max_iterations", "recipe.max_iterations must be between 0 and %d (0 means 500), got %d; lower it.", MaxIterations, r.MaxIterations)
	case math.IsInf(r.GradTol, 0) || r.GradTol > MaxGradTol:
		return hokusai.FieldErrorf("recipe.grad_tol", "recipe.grad_tol must be between 0 and %g (0 means 1e-6), got %g; lower it.", MaxGradTol, r.GradTol)
	case len(r.Features) > MaxRecipeColumns:
		return hokusai.FieldErrorf("recipe.features", "recipe.features lists %d columns; at most %d are allowed.", len(r.Features), MaxRecipeColumns)
	case len(r.Categorical) > MaxRecipeColumns:
		return hokusai.FieldErrorf("recipe.categorical", "recipe.categorical lists %d columns; at most %d are allowed.", len(r.Categorical), MaxRecipeColumns)
	}
	for _, list := range []struct {
		field string
		names []string
	}{{"recipe.features", r.Features}, {"recipe.categorical", r.Categorical}} {
		seen := map[string]bool{}
		for _, n := range list.names {
			if n == r.Target {
				return hokusai.FieldErrorf(list.field, "%s must not include the target %q; list the input columns only.", list.field, excerpt(n))
			}
			if seen[n] {
				return hokusai.FieldErrorf(list.field, "%s names %q twice; list each column once.", list.field, excerpt(n))
			}
			seen[n] = true
		}
	}
	return nil
}

// validateScoredRecipe checks the recipe of a model whose candidates are
// scored as submitted: it names the target and the task, and none of the
// training settings, which only the evaluator's own retraining reads.
func validateScoredRecipe(r hokusai.TrainingRecipe) error {
	switch r.Objective {
	case "", "classification", "regression":
	default:
		return hokusai.FieldErrorf("recipe.objective", "recipe.objective must be classification (the default) or regression for the %s runtime, got %q.", r.Runtime, excerpt(r.Objective))
	}
	switch {
	case r.Target == "":
		return hokusai.FieldErrorf("recipe.target", "recipe.target must name the column to predict.")
	case r.L2 != 0 || r.MaxIterations != 0 || r.GradTol != 0 || len(r.Categorical) > 0:
		return hokusai.FieldErrorf("recipe.runtime", "recipe.l2, max_iterations, grad_tol and categorical set how the evaluator retrains linear and softmax models; a %s model is not retrained (each contribution carries its candidate package), so leave them out.", r.Runtime)
	}
	return nil
}

// ValidateRecipeColumns checks that the recipe's target, features and
// categorical columns are columns of the benchmark d.
func ValidateRecipeColumns(r hokusai.TrainingRecipe, d *eval.Dataset) error {
	if _, err := d.ColumnIndex(r.Target); err != nil {
		return hokusai.FieldErrorf("recipe.target", "recipe.target %q is not a column of the benchmark; its columns are %s.", excerpt(r.Target), columnList(d))
	}
	for _, list := range []struct {
		field string
		names []string
	}{{"recipe.features", r.Features}, {"recipe.categorical", r.Categorical}} {
		for _, n := range list.names {
			if _, err := d.ColumnIndex(n); err != nil {
				return hokusai.FieldErrorf(list.field, "%s names %q, which is not a column of the benchmark; its columns are %s.", list.field, excerpt(n), columnList(d))
			}
		}
	}
	return nil
}

// columnList names d's columns for an error message (at most 20).
func columnList(d *eval.Dataset) string {
	s := ""
	for i, c := range d.Columns {
		if i == 20 {
			return s + ", …"
		}
		if i > 0 {
			s += ", "
		}
		s += excerpt(c.Name)
	}
	return s
}

// excerpt shortens client input quoted in an error.
func excerpt(s string) string {
	const n = 40
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
