package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/internal/tabular"
)

// JSONVersion identifies the plain-JSON runtime in evaluation receipts.
const JSONVersion = "hokusai remote-json 1"

// JSONModel calls a plain JSON endpoint: it POSTs {"<input_key>": [row, …]}
// and reads {"<output_key>": [prediction, …]}, one prediction per row, in
// batches. A prediction is a number (a value), a string (a label), or an
// object with any of label/class, value/prediction/score,
// confidence/probability and probabilities/scores (class → probability).
type JSONModel struct {
	c        *caller
	url      string
	in, out  string
	batch    int
	parallel int
	info     hokusai.PredictorInfo
}

// NewJSON returns a plain-JSON runtime. opts.Task defaults to classification
// when opts.Classes is set, else regression; a classification task needs
// the classes. client may be nil for http.DefaultClient; the server passes
// a netguard client and the model's credential (WithCredential).
func NewJSON(opts hokusai.RuntimeOptions, client *http.Client, options ...Option) (*JSONModel, error) {
	if opts.Endpoint == nil {
		return nil, hokusai.FieldErrorf("runtime.options.endpoint.url", "The remote-json runtime needs runtime.options.endpoint.url.")
	}
	e := opts.Endpoint
	c, err := newCaller(e, client, options)
	if err != nil {
		return nil, err
	}
	m := &JSONModel{c: c, url: e.URL, in: e.InputKey, out: e.OutputKey, batch: e.BatchSize, parallel: e.Parallel}
	if m.in == "" {
		m.in = "inputs"
	}
	if m.out == "" {
		m.out = "predictions"
	}
	if m.batch == 0 {
		m.batch = DefaultBatchSize
	}
	if m.parallel == 0 {
		m.parallel = DefaultParallel
	}
	task := opts.Task
	if task == "" {
		task = hokusai.TaskRegression
		if len(opts.Classes) > 0 {
			task = hokusai.TaskClassification
		}
	}
	if task == hokusai.TaskClassification && len(opts.Classes) < 2 {
		return nil, hokusai.FieldErrorf("runtime.options.classes", "A remote-json classifier needs runtime.options.classes, the labels the endpoint answers with (at least two).")
	}
	m.info = hokusai.PredictorInfo{Runtime: hokusai.RuntimeRemoteJSON, Version: JSONVersion + " (" + redact(e.URL) + ")", Task: task, Classes: opts.Classes, Features: opts.Features, Target: opts.Target}
	return m, nil
}

// Info describes the endpoint.
func (m *JSONModel) Info() hokusai.PredictorInfo {
	return m.info.Clone()
}

// Close does nothing; connections belong to the HTTP client.
func (m *JSONModel) Close() error { return nil }

// Predict sends the rows in batches, several at once.
func (m *JSONModel) Predict(ctx context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]hokusai.Prediction, len(rows))
	nb := (len(rows) + m.batch - 1) / m.batch
	err := parallel(ctx, nb, m.parallel, func(ctx context.Context, b int) error {
		lo, hi := b*m.batch, min((b+1)*m.batch, len(rows))
		body, err := json.Marshal(map[string]any{m.in: rows[lo:hi]})
		if err != nil {
			return hokusai.Errorf(hokusai.EINVALID, "Rows %d–%d cannot be encoded as JSON: %v.", lo, hi-1, err)
		}
		resp, err := m.c.post(ctx, m.url, body)
		if err != nil {
			return err
		}
		preds, err := m.decode(resp, hi-lo)
		if err != nil {
			return err
		}
		copy(out[lo:hi], preds)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// decode reads one response.
func (m *JSONModel) decode(body []byte, n int) ([]hokusai.Prediction, error) {
	where := redact(m.url)
	var doc map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s did not answer with a JSON object: %s", where, snippet(string(body)))
	}
	raw, ok := doc[m.out]
	if !ok {
		return nil, hokusai.FieldErrorf("runtime.options.endpoint.output_key", "Endpoint %s answered without the field %q; set runtime.options.endpoint.output_key to the field that holds the predictions. The answer was %s", where, m.out, snippet(string(body)))
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil || len(items) != n {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s must answer %q with a list of %d predictions, one per row; it answered %s", where, m.out, n, snippet(string(raw)))
	}
	out := make([]hokusai.Prediction, n)
	for i, it := range items {
		p, err := m.item(it)
		if err != nil {
			return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s: prediction %d: %s", where, i, err)
		}
		out[i] = p
	}
	return out, nil
}

// item reads one prediction in any of the accepted shapes.
func (m *JSONModel) item(raw json.RawMessage) (hokusai.Prediction, error) {
	var p struct {
		Label         *string            `json:"label"`
		Class         *string            `json:"class"`
		Value         *float64           `json:"value"`
		Prediction    *float64           `json:"prediction"`
		Score         *float64           `json:"score"`
		Confidence    *float64           `json:"confidence"`
		Probability   *float64           `json:"probability"`
		Probabilities map[string]float64 `json:"probabilities"`
		Scores        map[string]float64 `json:"scores"`
		Text          *string            `json:"text"`
	}
	var num float64
	var str string
	switch {
	case json.Unmarshal(raw, &num) == nil:
		p.Value = &num
	case json.Unmarshal(raw, &str) == nil:
		p.Label = &str
	default:
		if err := json.Unmarshal(raw, &p); err != nil {
			return hokusai.Prediction{}, fmt.Errorf("%s is not a number, a string or a prediction object", snippet(string(raw)))
		}
	}
	label := first(p.Label, p.Class, p.Text)
	value := firstF(p.Value, p.Prediction, p.Score)
	conf := firstF(p.Confidence, p.Probability)
	probs := p.Probabilities
	if probs == nil {
		probs = p.Scores
	}
	switch m.info.Task {
	case hokusai.TaskRegression:
		if value == nil {
			return hokusai.Prediction{}, fmt.Errorf("%s has no value", snippet(string(raw)))
		}
		return hokusai.Prediction{Value: *value}, nil
	case hokusai.TaskText:
		if label == nil {
			return hokusai.Prediction{}, fmt.Errorf("%s has no text", snippet(string(raw)))
		}
		t := strings.TrimSpace(*label)
		pr := hokusai.Prediction{Text: t, Label: t}
		if conf != nil {
			pr.Confidence = *conf
		}
		return pr, nil
	}
	classes := m.info.Classes
	ps := make([]float64, len(classes))
	switch {
	case probs != nil:
		var sum float64
		for k, c := range classes {
			v, ok := probs[c]
			if !ok || v < 0 || math.IsNaN(v) {
				return hokusai.Prediction{}, fmt.Errorf("probabilities lack class %q or give it %v", c, v)
			}
			ps[k] = v
			sum += v
		}
		if len(probs) != len(classes) || math.Abs(sum-1) > 1e-3 {
			return hokusai.Prediction{}, fmt.Errorf("probabilities %v must give each of the classes %v a probability, summing to 1", probs, classes)
		}
		for k := range ps {
			ps[k] /= sum
		}
	case label != nil:
		// A label without probabilities: its confidence (1 when the endpoint
		// gives none) and the rest shared among the other classes.
		k := index(classes, *label)
		if k < 0 {
			return hokusai.Prediction{}, fmt.Errorf("label %q is not one of the classes %v", *label, classes)
		}
		c := 1.0
		if conf != nil {
			c = *conf
		}
		if c < 0 || c > 1 {
			return hokusai.Prediction{}, fmt.Errorf("confidence %v is outside [0, 1]", c)
		}
		for j := range ps {
			ps[j] = (1 - c) / float64(len(classes)-1)
		}
		ps[k] = c
		if c < 1/float64(len(classes)) {
			return hokusai.Prediction{}, fmt.Errorf("label %q has confidence %v, below another class's share", *label, c)
		}
		pr := tabular.Classify(classes, ps)
		pr.Label, pr.Confidence = *label, c // the endpoint's answer wins a tie
		return pr, nil
	default:
		return hokusai.Prediction{}, fmt.Errorf("%s has neither a label nor probabilities", snippet(string(raw)))
	}
	return tabular.Classify(classes, ps), nil
}

func first(ss ...*string) *string {
	for _, s := range ss {
		if s != nil {
			return s
		}
	}
	return nil
}

func firstF(fs ...*float64) *float64 {
	for _, f := range fs {
		if f != nil {
			return f
		}
	}
	return nil
}

func index(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}
