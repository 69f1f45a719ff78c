package eval

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// FromRuntime turns a runtime's predictions into the evaluator's plain
// data for the given truth: values for regression truth, texts for text
// truth, otherwise class indices (encoded with enc) and, when every
// prediction carries them, class probabilities in enc's class order.
func FromRuntime(preds []hokusai.Prediction, truth Truth, enc *LabelEncoder) (Predictions, error) {
	var p Predictions
	switch {
	case truth.Values != nil:
		p.Values = make([]float64, len(preds))
		for i, x := range preds {
			p.Values[i] = x.Value
		}
		return p, nil
	case truth.Texts != nil:
		p.Texts = make([]string, len(preds))
		for i, x := range preds {
			p.Texts[i] = x.Text
			if x.Text == "" {
				p.Texts[i] = x.Label
			}
		}
		return p, nil
	}
	if enc == nil {
		return p, hokusai.FieldErrorf("predictions", "Class predictions need the benchmark's classes to be scored.")
	}
	names := make([]string, len(preds))
	withProbs := len(preds) > 0
	for i, x := range preds {
		names[i] = x.Label
		if x.Probabilities == nil {
			withProbs = false
		}
	}
	labels, err := enc.Encode("prediction", names)
	if err != nil {
		return p, err
	}
	p.Labels = labels
	if withProbs {
		probs, err := hokusai.ClassProbabilities(preds, enc.Classes)
		if err != nil {
			return p, err
		}
		p.Probs = probs
	}
	return p, nil
}

// MaxIntegrationCases bounds the cases of one integration test.
const MaxIntegrationCases = 100

// TestCase is one case of a model integration test (F9), as the seed
// writes it: an input row and the expected output (a class name, a number
// or a text).
type TestCase struct {
	Name     string      `json:"name,omitempty"`
	Input    hokusai.Row `json:"input"`
	Expected any         `json:"expected_output"`
}

// CaseResult is a failed case: what was expected and what the model said.
type CaseResult struct {
	Index    int    `json:"index"` // from 0, in the order given
	Name     string `json:"name"`
	Expected string `json:"expected_output"`
	Actual   string `json:"actual_output"`
}

// IntegrationReport is test_model_integration's answer: "passed" when
// every case passed, "failed" when some did not, "error" when the model
// could not run; Score is the fraction of cases passed, and FailedCases
// the cases that did not pass with the model's actual outputs.
type IntegrationReport struct {
	Status      string       `json:"status"`
	Score       float64      `json:"score"`
	Passed      int          `json:"passed"`
	Total       int          `json:"total"`
	Error       string       `json:"error,omitempty"`
	FailedCases []CaseResult `json:"failed_cases"`
}

// TestModelIntegration runs the cases through the predictor in one batch
// and compares each output with the expected one: class labels and texts
// must be equal (texts after trimming spaces), numbers within tolerance
// (absolute). A predictor failure gives status "error" with its message,
// not a Go error; no cases, more than MaxIntegrationCases or a case
// without an input or an expected output is an EINVALID error.
func TestModelIntegration(ctx context.Context, p hokusai.Predictor, cases []TestCase, tolerance float64) (IntegrationReport, error) {
	if err := CheckTestCases(cases, tolerance); err != nil {
		return IntegrationReport{}, err
	}
	rows := make([]hokusai.Row, len(cases))
	for i, c := range cases {
		rows[i] = c.Input
	}
	rep := IntegrationReport{Total: len(cases), FailedCases: []CaseResult{}}
	preds, err := p.Predict(ctx, rows)
	if err == nil && len(preds) != len(cases) {
		err = fmt.Errorf("the model returned %d predictions for %d cases", len(preds), len(cases))
	}
	if err != nil {
		rep.Status, rep.Error = "error", hokusai.ErrorMessage(err)
		if hokusai.ErrorCode(err) == hokusai.EINTERNAL {
			rep.Error = err.Error()
		}
		return rep, nil
	}
	task := p.Info().Task
	for i, c := range cases {
		name := c.Name
		if name == "" {
			name = fmt.Sprintf("case %d", i+1)
		}
		want := CellString(c.Expected)
		if f, ok := c.Expected.(float64); ok {
			want = formatNumber(f)
		}
		var got string
		var pass bool
		switch task {
		case hokusai.TaskRegression:
			got = formatNumber(preds[i].Value)
			w, ok := toFloat(c.Expected)
			pass = ok && math.Abs(preds[i].Value-w) <= tolerance
		case hokusai.TaskText:
			got = preds[i].Text
			if got == "" {
				got = preds[i].Label
			}
			pass = strings.TrimSpace(got) == strings.TrimSpace(want)
		default:
			got = preds[i].Label
			pass = got == want
		}
		if pass {
			rep.Passed++
			continue
		}
		rep.FailedCases = append(rep.FailedCases, CaseResult{Index: i, Name: name, Expected: want, Actual: got})
	}
	rep.Score = float64(rep.Passed) / float64(rep.Total)
	rep.Status = "passed"
	if rep.Passed < rep.Total {
		rep.Status = "failed"
	}
	return rep, nil
}

// CheckTestCases refuses what TestModelIntegration cannot run: no cases,
// more than MaxIntegrationCases, a case without an input or an expected
// output, or a tolerance that is not a finite number ≥ 0.
func CheckTestCases(cases []TestCase, tolerance float64) error {
	if len(cases) == 0 {
		return hokusai.FieldErrorf("test_cases", "No test cases were given; give at least one {\"input\": {...}, \"expected_output\": ...}.")
	}
	if len(cases) > MaxIntegrationCases {
		return hokusai.FieldErrorf("test_cases", "%d test cases were given; give at most %d per test.", len(cases), MaxIntegrationCases)
	}
	if math.IsNaN(tolerance) || tolerance < 0 || math.IsInf(tolerance, 0) {
		return hokusai.FieldErrorf("tolerance", "tolerance must be a finite number ≥ 0, got %v.", tolerance)
	}
	for i, c := range cases {
		if len(c.Input) == 0 {
			return hokusai.FieldErrorf("test_cases", "Test case %d has no input; give {\"input\": {...}, \"expected_output\": ...}.", i)
		}
		if c.Expected == nil {
			return hokusai.FieldErrorf("test_cases", "Test case %d has no expected_output.", i)
		}
	}
	return nil
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	case string:
		return parseNumber(x)
	}
	return 0, false
}
