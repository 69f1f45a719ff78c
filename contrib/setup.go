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
	// Head is the head as the evaluator measured it when the setup was
	// stored and committed on-chain; nil for a setup stored without one.
	Head *MeasuredHead `json:"head,omitempty"`
	// MetricOptions refine the metric: its average, AUC-ROC's multi-class
	// strategy, or the custom metric's expression.
	eval.MetricOptions

	Benchmark *eval.Dataset `json:"-"` // the whole benchmark dataset, hidden split included
	Training  *eval.Dataset `json:"-"` // the owner's initial training rows

	bench *eval.Benchmark
}

// MeasuredHead is the head version's score on the hidden test split as the
// evaluator measured it, its 95% bootstrap interval, the owner's declared
// value beside it, and the benchmark hash committed on-chain with it.
type MeasuredHead struct {
	Score         string `json:"score"`          // wad decimal: the on-chain head
	Low95         string `json:"low95"`          // two-sided 95% bootstrap interval of the score…
	High95        string `json:"high95"`         // …as wad decimals
	Resamples     int    `json:"resamples"`      // bootstrap resamples
	Digest        string `json:"digest"`         // "sha256:<hex>" of the head's model file
	Declared      string `json:"declared"`       // the owner's declared value, wad decimal; "" when none
	BenchmarkHash string `json:"benchmark_hash"` // 0x hash committed on-chain
	CommitTx      string `json:"commit_tx"`      // the commit's transaction; "" when the same commit was already on-chain
}

// ScoredAsSubmitted reports whether the model runs on a runtime the
// evaluator cannot retrain (ONNX, XGBoost, LightGBM): each contribution
// then carries the candidate package its contributor trained on the rows,
// and that package is scored as submitted against the head package.
func (s *Setup) ScoredAsSubmitted() bool { return ScoredRuntime(s.Recipe.Runtime) }

// ScoredRuntime reports whether runtime is one whose candidates are scored
// as submitted rather than retrained.
func ScoredRuntime(runtime string) bool {
	switch runtime {
	case hokusai.RuntimeONNX, hokusai.RuntimeXGBoost, hokusai.RuntimeLightGBM:
		return true
	}
	return false
}

// Classification reports whether the model predicts classes (else values).
func (s *Setup) Classification() bool { return s.Recipe.Objective != "regression" }

// Bench returns the benchmark with its hidden split (computed once).
func (s *Setup) Bench() (*eval.Benchmark, error) {
	if s.bench != nil {
		return s.bench, nil
	}
	classes := 0
	if s.Classification() {
		cs, err := s.Benchmark.Classes(s.Recipe.Target)
		if err != nil {
			return nil, err
		}
		classes = len(cs)
	}
	spec, err := eval.NewMetricSpec(s.Metric, s.MetricOptions, classes)
	if err != nil {
		return nil, err
	}
	b, err := eval.NewBenchmark(s.Benchmark, s.Recipe.Target, spec, s.Direction, s.Seed, s.DevPercent)
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
