package contrib

import (
	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
)

// Setup is what the evaluator keeps about a model it improves: how the
// model is trained (the package's recipe: runtime, hyper-parameters, seed),
// what it is scored on (a benchmark dataset split by Seed and DevPercent
// into a public dev split and a hidden test split), and the owner's
// initial training rows. The registry's training data is Training plus
// every accepted contribution, in acceptance order.
type Setup struct {
	ModelID    uint64                 `json:"model_id"`
	Recipe     hokusai.TrainingRecipe `json:"recipe"`
	Metric     hokusai.Metric         `json:"metric"`
	Direction  hokusai.Direction      `json:"direction"`
	Seed       uint64                 `json:"seed"`        // split and bootstrap seed
	DevPercent int                    `json:"dev_percent"` // share of the benchmark that is public
	Resamples  int                    `json:"resamples"`   // bootstrap resamples; 0 means eval's default
	Policy     Policy                 `json:"policy"`

	Benchmark *eval.Dataset `json:"-"` // the whole benchmark dataset, hidden split included
	Training  *eval.Dataset `json:"-"` // the owner's initial training rows

	bench *eval.Benchmark
}

// Bench returns the benchmark with its hidden split (computed once).
func (s *Setup) Bench() (*eval.Benchmark, error) {
	if s.bench != nil {
		return s.bench, nil
	}
	classes := 0
	if s.Recipe.Objective != "regression" {
		cs, err := s.Benchmark.Classes(s.Recipe.Target)
		if err != nil {
			return nil, err
		}
		classes = len(cs)
	}
	b, err := eval.NewBenchmark(s.Benchmark, s.Recipe.Target, eval.DefaultSpec(s.Metric, classes), s.Direction, s.Seed, s.DevPercent)
	if err != nil {
		return nil, err
	}
	s.bench = b
	return b, nil
}

// Schema is the shape contributed rows must have, derived from the benchmark.
func (s *Setup) Schema() (Schema, error) { return SchemaFromDataset(s.Benchmark, s.Recipe.Target) }

// Validate checks the setup's fields and their ranges (bounds.go), and
// that the recipe's columns are the benchmark's.
func (s *Setup) Validate() error {
	if err := ValidateRecipe(s.Recipe); err != nil {
		return err
	}
	if err := ValidateResamples(s.Resamples); err != nil {
		return err
	}
	if err := ValidateDevPercent(s.DevPercent); err != nil {
		return err
	}
	if err := s.Policy.Validate(); err != nil {
		return err
	}
	if s.Benchmark == nil || s.Benchmark.Len() == 0 {
		return hokusai.FieldErrorf("benchmark", "The setup needs a benchmark dataset with rows.")
	}
	if s.Training == nil || s.Training.Len() == 0 {
		return hokusai.FieldErrorf("training", "The setup needs the owner's initial training rows.")
	}
	if err := ValidateRecipeColumns(s.Recipe, s.Benchmark); err != nil {
		return err
	}
	if _, err := s.Bench(); err != nil {
		return err
	}
	return nil
}
