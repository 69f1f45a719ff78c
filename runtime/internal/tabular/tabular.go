// Package tabular holds what the tabular runtimes share: turning rows into a
// dense matrix and probabilities into a prediction.
package tabular

import (
	"fmt"
	"math"
	"strconv"

	"github.com/hokusai-protocol/hokusai"
)

// DefaultNames returns f0, f1, … — XGBoost's names for unnamed features.
func DefaultNames(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "f" + strconv.Itoa(i)
	}
	return out
}

// DefaultClasses returns "0", "1", … for models that number their classes.
func DefaultClasses(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}

// Dense writes rows into a row-major matrix with one column per feature.
// Missing values become NaN. A non-numeric value is an EINVALID error naming
// the row and the feature.
func Dense(rows []hokusai.Row, features []string) ([]float64, error) {
	out := make([]float64, len(rows)*len(features))
	for i, r := range rows {
		for j, name := range features {
			v, ok, err := hokusai.RowFloat(r, name)
			if err != nil {
				return nil, RowError(i, err)
			}
			if !ok {
				v = math.NaN()
			}
			out[i*len(features)+j] = v
		}
	}
	return out, nil
}

// RowError adds the row number to an input error, keeping its code and field.
func RowError(i int, err error) error {
	if e, ok := err.(*hokusai.Error); ok {
		return &hokusai.Error{Code: e.Code, Field: e.Field, Message: fmt.Sprintf("Row %d: %s", i, e.Message)}
	}
	return fmt.Errorf("row %d: %w", i, err)
}

// Classify turns class probabilities (by class index) into a prediction:
// the most probable class (ties go to the first), its probability as the
// confidence, every probability by name, and for two classes the second
// class's probability as Value.
func Classify(classes []string, probs []float64) hokusai.Prediction {
	best := 0
	pm := make(map[string]float64, len(classes))
	for k, c := range classes {
		pm[c] = probs[k]
		if probs[k] > probs[best] {
			best = k
		}
	}
	p := hokusai.Prediction{Label: classes[best], Confidence: probs[best], Probabilities: pm}
	if len(classes) == 2 {
		p.Value = probs[1]
	}
	return p
}
