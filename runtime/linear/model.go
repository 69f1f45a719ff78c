// Package linear is the built-in trainable runtime: L2-regularised logistic
// regression (binary), softmax regression (multinomial) and linear
// regression, in pure Go. Training is deterministic: the same rows and
// recipe give bit-identical weights and JSON on every run.
package linear

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/internal/tabular"
)

// Format is the value of Model.Format this package reads and writes.
const Format = "hokusai-linear/v1"

// Version identifies this runtime's code in evaluation receipts.
const Version = "hokusai-linear 1"

// Model kinds.
const (
	KindLogistic   = "logistic"   // binary: one weight row, the probability of Classes[1]
	KindSoftmax    = "softmax"    // multinomial: one weight row per class
	KindRegression = "regression" // one weight row, the predicted value
)

// Model is a trained linear model as saved to JSON.
type Model struct {
	Format   string                  `json:"format"`
	Kind     string                  `json:"kind"`
	Target   string                  `json:"target"`
	Classes  []string                `json:"classes,omitempty"`
	Features []Feature               `json:"features"`
	Weights  [][]float64             `json:"weights"` // one row per output, one column per encoded input
	Bias     []float64               `json:"bias"`
	Recipe   *hokusai.TrainingRecipe `json:"recipe,omitempty"`
	Training *TrainingStats          `json:"training,omitempty"`

	enc *encoder
}

// TrainingStats records how training ended; every field is deterministic.
type TrainingStats struct {
	Rows       int     `json:"rows"`
	Iterations int     `json:"iterations"`
	Loss       float64 `json:"loss"`
	GradNorm   float64 `json:"grad_norm"` // infinity norm of the final gradient
	Status     string  `json:"status"`
}

// Marshal returns the canonical JSON: indented, fields in a fixed order,
// floats in Go's shortest round-trip form, so equal models give equal bytes.
func (m *Model) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, fmt.Errorf("encode linear model: %w", err)
	}
	return buf.Bytes(), nil
}

// Save writes the model's canonical JSON to path.
func (m *Model) Save(path string) error {
	b, err := m.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("save linear model: %w", err)
	}
	return nil
}

// Load reads a model saved by Save. It returns ENOTFOUND when the file is
// missing and EINVALID when it is not a valid model.
func Load(path string) (*Model, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Linear model file %s does not exist; train one with the linear runtime or fix runtime.file.", path)
	} else if err != nil {
		return nil, fmt.Errorf("load linear model: %w", err)
	}
	return Parse(b)
}

// Parse decodes and checks a model's JSON.
func Parse(b []byte) (*Model, error) {
	var m Model
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The linear model is not valid JSON of format %s: %v.", Format, err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	m.enc = newEncoder(m.Features)
	return &m, nil
}

// check validates shapes so Predict never indexes out of range.
func (m *Model) check() error {
	bad := func(field, format string, args ...any) error {
		return hokusai.FieldErrorf(field, "Linear model: "+format, args...)
	}
	if m.Format != Format {
		return bad("format", "format must be %q, got %q.", Format, m.Format)
	}
	outputs := 1
	switch m.Kind {
	case KindLogistic:
		if len(m.Classes) != 2 {
			return bad("classes", "a logistic model needs exactly 2 classes, got %d.", len(m.Classes))
		}
	case KindSoftmax:
		if len(m.Classes) < 2 {
			return bad("classes", "a softmax model needs at least 2 classes, got %d.", len(m.Classes))
		}
		outputs = len(m.Classes)
	case KindRegression:
		if len(m.Classes) != 0 {
			return bad("classes", "a regression model has no classes.")
		}
	default:
		return bad("kind", "kind must be logistic, softmax or regression, got %q.", m.Kind)
	}
	dim := 0
	for i, f := range m.Features {
		switch f.Kind {
		case Numeric:
			if f.Scale <= 0 {
				return bad(fmt.Sprintf("features[%d].scale", i), "feature %s needs a positive scale.", f.Name)
			}
		case Categorical:
		default:
			return bad(fmt.Sprintf("features[%d].kind", i), "feature %s has kind %q; use numeric or categorical.", f.Name, f.Kind)
		}
		dim += f.width()
	}
	if len(m.Weights) != outputs || len(m.Bias) != outputs {
		return bad("weights", "a %s model with %d classes needs %d weight rows and biases, got %d and %d.", m.Kind, len(m.Classes), outputs, len(m.Weights), len(m.Bias))
	}
	for k, w := range m.Weights {
		if len(w) != dim {
			return bad(fmt.Sprintf("weights[%d]", k), "weight row %d has %d entries; the features encode to %d.", k, len(w), dim)
		}
	}
	return nil
}

// Info describes the model.
func (m *Model) Info() hokusai.PredictorInfo {
	name := hokusai.RuntimeLinear
	task := hokusai.TaskClassification
	switch m.Kind {
	case KindSoftmax:
		name = hokusai.RuntimeSoftmax
	case KindRegression:
		task = hokusai.TaskRegression
	}
	return hokusai.PredictorInfo{
		Runtime:  name,
		Version:  Version,
		Task:     task,
		Classes:  append([]string(nil), m.Classes...),
		Features: m.enc.names(),
		Target:   m.Target,
	}
}

// Dim is the number of encoded inputs one row becomes: the length of a
// weight row and of the slice EncodeRow fills.
func (m *Model) Dim() int { return m.enc.dim }

// EncodeRow writes row r's encoded inputs into x (length Dim()) exactly as
// Predict encodes them, so an evaluator that scores the weights another way
// (the zero-knowledge circuit's fixed-point form) sees the same inputs.
func (m *Model) EncodeRow(r hokusai.Row, x []float64) error {
	if len(x) != m.enc.dim {
		return fmt.Errorf("encode row: x has %d entries, the model encodes %d", len(x), m.enc.dim)
	}
	return m.enc.encode(r, x)
}

// Close does nothing; a linear model holds no resources.
func (m *Model) Close() error { return nil }

// Predict scores rows. A numeric feature holding text is an EINVALID error
// naming the row and the feature.
func (m *Model) Predict(ctx context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	out := make([]hokusai.Prediction, len(rows))
	x := make([]float64, m.enc.dim)
	z := make([]float64, len(m.Weights))
	for i, r := range rows {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if err := m.enc.encode(r, x); err != nil {
			return nil, rowError(i, err)
		}
		for k := range m.Weights {
			z[k] = dot(m.Weights[k], x) + m.Bias[k]
		}
		out[i] = m.predictOne(z)
	}
	return out, nil
}

func (m *Model) predictOne(z []float64) hokusai.Prediction {
	switch m.Kind {
	case KindRegression:
		return hokusai.Prediction{Value: z[0]}
	case KindLogistic:
		p := sigmoid(z[0])
		return tabular.Classify(m.Classes, []float64{1 - p, p})
	}
	return tabular.Classify(m.Classes, softmax(z))
}

// softmax returns the normalised exponentials of z.
func softmax(z []float64) []float64 {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	p := make([]float64, len(z))
	var s float64
	for k, v := range z {
		p[k] = exp(v - mx)
		s += p[k]
	}
	for k := range p {
		p[k] /= s
	}
	return p
}

func rowError(i int, err error) error { return tabular.RowError(i, err) }
