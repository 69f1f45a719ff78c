package contrib_test

import (
	"math"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// TestSetupBounds: every numeric setting of a setup is refused outside its
// range, with an EINVALID error naming the field and the range, and the
// recipe's columns must be the benchmark's input columns. Unbounded
// settings (resamples 2147483648) let one setup stall the evaluator.
func TestSetupBounds(t *testing.T) {
	d, err := eval.LoadFile(votesCSV, eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	valid := func() *contrib.Setup {
		return &contrib.Setup{ModelID: 1, Recipe: hokusai.TrainingRecipe{Runtime: "linear", Target: "party", L2: 0.01},
			Metric: hokusai.MetricAccuracy, Seed: 84, DevPercent: 60, Benchmark: d, Training: d.Subset([]int{0, 1, 2, 3})}
	}
	if err := valid().Validate(); err != nil {
		t.Fatalf("a valid setup: %v", err)
	}
	for _, tc := range []struct {
		name, field, says string
		edit              func(*contrib.Setup)
	}{
		{"resamples too many", "resamples", "100000", func(s *contrib.Setup) { s.Resamples = 2147483648 }},
		{"resamples negative", "resamples", "between 100", func(s *contrib.Setup) { s.Resamples = -1 }},
		{"resamples too few", "resamples", "between 100", func(s *contrib.Setup) { s.Resamples = 99 }},
		{"dev percent", "dev_percent", "between 1 and 99", func(s *contrib.Setup) { s.DevPercent = 100 }},
		{"dev percent negative", "dev_percent", "between 1 and 99", func(s *contrib.Setup) { s.DevPercent = -5 }},
		{"max open", "policy.max_open", "between 0 and 100", func(s *contrib.Setup) { s.Policy.MaxOpen = 1 << 40 }},
		{"max open negative", "policy.max_open", "between 0 and 100", func(s *contrib.Setup) { s.Policy.MaxOpen = -1 }},
		{"max rows", "policy.max_rows", "between 0 and 1000000", func(s *contrib.Setup) { s.Policy.MaxRows = 1 << 40 }},
		{"pii", "policy.pii", "reject or allow", func(s *contrib.Setup) { s.Policy.PII = "maybe" }},
		{"l2", "recipe.l2", "between 0 and", func(s *contrib.Setup) { s.Recipe.L2 = 1e300 }},
		{"l2 infinite", "recipe.l2", "finite", func(s *contrib.Setup) { s.Recipe.L2 = math.Inf(1) }},
		{"max iterations", "recipe.max_iterations", "between 0 and 10000", func(s *contrib.Setup) { s.Recipe.MaxIterations = 1 << 40 }},
		{"grad tol", "recipe.grad_tol", "between 0 and 1", func(s *contrib.Setup) { s.Recipe.GradTol = 5 }},
		{"grad tol infinite", "recipe.grad_tol", "between 0 and 1", func(s *contrib.Setup) { s.Recipe.GradTol = math.Inf(1) }},
		{"unknown feature", "recipe.features", "not a column", func(s *contrib.Setup) { s.Recipe.Features = []string{"nope"} }},
		{"target as feature", "recipe.features", "must not include the target", func(s *contrib.Setup) { s.Recipe.Features = []string{"crime", "party"} }},
		{"feature twice", "recipe.features", "twice", func(s *contrib.Setup) { s.Recipe.Features = []string{"crime", "crime"} }},
		{"unknown categorical", "recipe.categorical", "not a column", func(s *contrib.Setup) { s.Recipe.Categorical = []string{"nope"} }},
		{"unknown target", "recipe.target", "not a column", func(s *contrib.Setup) { s.Recipe.Target = "nope" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := valid()
			tc.edit(st)
			err := st.Validate()
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field || !strings.Contains(hokusai.ErrorMessage(err), tc.says) {
				t.Fatalf("got %v (field %q), want EINVALID on %s saying %q", err, hokusai.ErrorField(err), tc.field, tc.says)
			}
		})
	}
}
