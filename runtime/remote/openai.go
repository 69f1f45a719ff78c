package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strings"
	"text/template"

	"github.com/hokusai-protocol/hokusai"
)

// OpenAIVersion identifies the OpenAI-compatible runtime in receipts.
const OpenAIVersion = "hokusai remote-openai 1"

// OpenAIModel calls an OpenAI-compatible endpoint (OpenAI, vLLM, llama.cpp,
// Ollama…), one request per row: chat (POST {url}/chat/completions) or
// completions (POST {url}/completions), temperature 0, asking for log
// probabilities. The prompt is a text/template over the row, or the row as
// JSON. Confidence is the probability of the whole answer, exp(Σ token
// log-probabilities), when the endpoint reports them, else 0.
type OpenAIModel struct {
	c        *caller
	e        hokusai.EndpointSpec
	prompt   *template.Template
	parallel int
	info     hokusai.PredictorInfo
}

// NewOpenAI returns an OpenAI-compatible runtime. Its task is text, or
// classification when opts.Classes is set: the answer is matched to a class
// (case-insensitively, ignoring surrounding punctuation). client may be
// nil; the server passes a netguard client and the model's credential.
func NewOpenAI(opts hokusai.RuntimeOptions, client *http.Client, options ...Option) (*OpenAIModel, error) {
	if opts.Endpoint == nil {
		return nil, hokusai.FieldErrorf("runtime.options.endpoint.url", "The remote-openai runtime needs runtime.options.endpoint.url, e.g. \"http://localhost:8000/v1\".")
	}
	c, err := newCaller(opts.Endpoint, client, options)
	if err != nil {
		return nil, err
	}
	m := &OpenAIModel{c: c, e: *opts.Endpoint, parallel: opts.Endpoint.Parallel}
	if m.e.Model == "" {
		return nil, hokusai.FieldErrorf("runtime.options.endpoint.model", "The remote-openai runtime needs runtime.options.endpoint.model, the model name the endpoint serves.")
	}
	if m.e.Mode == "" {
		m.e.Mode = "chat"
	}
	if m.e.MaxTokens == 0 {
		m.e.MaxTokens = 16
	}
	if m.parallel == 0 {
		m.parallel = DefaultParallel
	}
	if m.e.Prompt != "" {
		m.prompt, err = template.New("prompt").Option("missingkey=zero").Parse(m.e.Prompt)
		if err != nil {
			return nil, hokusai.FieldErrorf("runtime.options.endpoint.prompt", "runtime.options.endpoint.prompt is not a valid Go template: %v.", err)
		}
	}
	task := opts.Task
	if task == "" {
		task = hokusai.TaskText
		if len(opts.Classes) > 0 {
			task = hokusai.TaskClassification
		}
	}
	if task == hokusai.TaskRegression || (task == hokusai.TaskClassification && len(opts.Classes) < 2) {
		return nil, hokusai.FieldErrorf("runtime.options.task", "The remote-openai runtime answers text, or classes when runtime.options.classes names at least two; task %q with %d classes is not possible.", task, len(opts.Classes))
	}
	m.info = hokusai.PredictorInfo{Runtime: hokusai.RuntimeRemoteOpenAI, Version: fmt.Sprintf("%s (%s %s at %s)", OpenAIVersion, m.e.Mode, m.e.Model, redact(m.e.URL)), Task: task, Classes: opts.Classes, Features: opts.Features, Target: opts.Target}
	return m, nil
}

// Info describes the endpoint.
func (m *OpenAIModel) Info() hokusai.PredictorInfo {
	return m.info.Clone()
}

// Close does nothing; connections belong to the HTTP client.
func (m *OpenAIModel) Close() error { return nil }

// Predict asks the endpoint once per row, several rows at once.
func (m *OpenAIModel) Predict(ctx context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]hokusai.Prediction, len(rows))
	err := parallel(ctx, len(rows), m.parallel, func(ctx context.Context, i int) error {
		p, err := m.one(ctx, rows[i])
		if err != nil {
			return rowErr(i, err)
		}
		out[i] = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func rowErr(i int, err error) error {
	if e, ok := err.(*hokusai.Error); ok {
		return &hokusai.Error{Code: e.Code, Field: e.Field, Message: fmt.Sprintf("Row %d: %s", i, e.Message)}
	}
	return err
}

// Prompt renders the prompt for one row.
func (m *OpenAIModel) Prompt(r hokusai.Row) (string, error) {
	if m.prompt == nil {
		b, err := json.Marshal(r)
		if err != nil {
			return "", hokusai.Errorf(hokusai.EINVALID, "The row cannot be encoded as JSON: %v.", err)
		}
		return string(b), nil
	}
	var buf bytes.Buffer
	if err := m.prompt.Execute(&buf, map[string]any(r)); err != nil {
		return "", hokusai.FieldErrorf("runtime.options.endpoint.prompt", "The prompt template failed on the row: %v.", err)
	}
	return buf.String(), nil
}

type logprobs struct {
	Content []struct {
		Logprob float64 `json:"logprob"`
	} `json:"content"` // chat
	TokenLogprobs []float64 `json:"token_logprobs"` // completions
}

func (m *OpenAIModel) one(ctx context.Context, r hokusai.Row) (hokusai.Prediction, error) {
	prompt, err := m.Prompt(r)
	if err != nil {
		return hokusai.Prediction{}, err
	}
	req := map[string]any{"model": m.e.Model, "max_tokens": m.e.MaxTokens, "temperature": 0}
	path := "/chat/completions"
	if m.e.Mode == "completions" {
		path = "/completions"
		req["prompt"] = prompt
		req["logprobs"] = 1
	} else {
		var msgs []map[string]string
		if m.e.System != "" {
			msgs = append(msgs, map[string]string{"role": "system", "content": m.e.System})
		}
		req["messages"] = append(msgs, map[string]string{"role": "user", "content": prompt})
		req["logprobs"] = true
	}
	body, _ := json.Marshal(req)
	target := strings.TrimRight(m.e.URL, "/") + path
	resp, err := m.c.post(ctx, target, body)
	if err != nil {
		return hokusai.Prediction{}, err
	}
	var ans struct {
		Choices []struct {
			Message *struct {
				Content string `json:"content"`
			} `json:"message"`
			Text     *string   `json:"text"`
			Logprobs *logprobs `json:"logprobs"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(resp, &ans); err != nil || len(ans.Choices) == 0 {
		return hokusai.Prediction{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s did not answer like an OpenAI %s endpoint (no choices): %s", redact(target), m.e.Mode, snippet(string(resp)))
	}
	ch := ans.Choices[0]
	var text string
	switch {
	case ch.Message != nil:
		text = ch.Message.Content
	case ch.Text != nil:
		text = *ch.Text
	}
	conf := 0.0
	if lp := ch.Logprobs; lp != nil {
		var sum float64
		n := 0
		for _, c := range lp.Content {
			sum += c.Logprob
			n++
		}
		for _, v := range lp.TokenLogprobs {
			sum += v
			n++
		}
		if n > 0 && sum <= 0 {
			conf = math.Exp(sum)
		}
	}
	text = strings.TrimSpace(text)
	p := hokusai.Prediction{Text: text, Label: text, Confidence: conf}
	if m.info.Task != hokusai.TaskClassification {
		return p, nil
	}
	return m.classify(p), nil
}

// classify matches the answer to a class. An answer that names no class
// keeps its text as the label, with uniform probabilities and confidence 0,
// so it counts as wrong without stopping an evaluation.
func (m *OpenAIModel) classify(p hokusai.Prediction) hokusai.Prediction {
	classes := m.info.Classes
	norm := strings.ToLower(strings.Trim(p.Label, " \t\n.,;:!\"'`*"))
	k := -1
	for i, c := range classes {
		if strings.ToLower(c) == norm {
			k = i
			break
		}
	}
	p.Probabilities = make(map[string]float64, len(classes))
	if k < 0 {
		for _, c := range classes {
			p.Probabilities[c] = 1 / float64(len(classes))
		}
		p.Confidence = 0
		return p
	}
	c := p.Confidence
	if c == 0 {
		c = 1 // no log probabilities: take the answer at its word
	}
	c = max(c, 1/float64(len(classes)))
	for _, cl := range classes {
		p.Probabilities[cl] = (1 - c) / float64(len(classes)-1)
	}
	p.Probabilities[classes[k]] = c
	p.Label, p.Confidence = classes[k], c
	if len(classes) == 2 {
		p.Value = p.Probabilities[classes[1]]
	}
	return p
}
