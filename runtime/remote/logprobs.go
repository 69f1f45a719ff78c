package remote

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/hokusai-protocol/hokusai"
)

// MaxScoredText bounds the text TokenLogprobs sends, in bytes.
const MaxScoredText = 64 << 10

// TokenLogprobs returns the endpoint's log-probability of each token of
// text following prompt, for perplexity: a completions request (mode
// completions) that echoes prompt+text with max_tokens 0 and logprobs, from
// which the tokens starting at or after the prompt's end (text_offset, in
// characters as OpenAI-compatible servers count them) are kept. The first
// token of an unprompted text has no log-probability (null) and is not
// scored. Chat endpoints cannot score a given text, so mode chat is an
// error naming the field.
func (m *OpenAIModel) TokenLogprobs(ctx context.Context, prompt, text string) ([]float64, error) {
	if m.e.Mode != "completions" {
		return nil, hokusai.FieldErrorf("runtime.options.endpoint.mode", "Perplexity needs a completions endpoint that echoes the text's log-probabilities; set runtime.options.endpoint.mode to completions (chat endpoints cannot score a given text).")
	}
	if text == "" || len(prompt)+len(text) > MaxScoredText {
		return nil, hokusai.FieldErrorf("text", "The text to score is %d bytes with its prompt; give 1 to %d.", len(prompt)+len(text), MaxScoredText)
	}
	req := map[string]any{"model": m.e.Model, "prompt": prompt + text, "max_tokens": 0, "echo": true, "logprobs": 0, "temperature": 0}
	body, _ := json.Marshal(req)
	target := strings.TrimRight(m.e.URL, "/") + "/completions"
	resp, err := m.c.post(ctx, target, body)
	if err != nil {
		return nil, err
	}
	var ans struct {
		Choices []struct {
			Logprobs *struct {
				TokenLogprobs []*float64 `json:"token_logprobs"`
				TextOffset    []int      `json:"text_offset"`
			} `json:"logprobs"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(resp, &ans); err != nil || len(ans.Choices) == 0 || ans.Choices[0].Logprobs == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s did not echo log-probabilities (choices[0].logprobs): %s", redact(target), snippet(string(resp)))
	}
	lp := ans.Choices[0].Logprobs
	if len(lp.TextOffset) != len(lp.TokenLogprobs) {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s reported %d log-probabilities for %d token offsets.", redact(target), len(lp.TokenLogprobs), len(lp.TextOffset))
	}
	start := utf8.RuneCountInString(prompt)
	var out []float64
	for i, v := range lp.TokenLogprobs {
		if lp.TextOffset[i] < start || v == nil {
			continue
		}
		if math.IsNaN(*v) || math.IsInf(*v, 0) || *v > 0 {
			return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s reported log-probability %v for token %d; each must be finite and ≤ 0.", redact(target), *v, i)
		}
		out = append(out, *v)
	}
	if len(out) == 0 {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Endpoint %s scored no token of the text.", redact(target))
	}
	return out, nil
}
