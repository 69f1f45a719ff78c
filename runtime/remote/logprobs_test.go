package remote_test

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/remote"
)

// bigram is a character bigram language model with add-one smoothing:
// P(c | prev) = (count(prev c) + 1) / (count(prev) + |V|).
type bigram struct {
	pair  map[[2]rune]float64
	first map[rune]float64
	vocab float64
}

func newBigram(corpus string) *bigram {
	b := &bigram{pair: map[[2]rune]float64{}, first: map[rune]float64{}}
	seen := map[rune]bool{}
	rs := []rune(corpus)
	for i, r := range rs {
		seen[r] = true
		if i > 0 {
			b.pair[[2]rune{rs[i-1], r}]++
			b.first[rs[i-1]]++
		}
	}
	b.vocab = float64(len(seen) + 1) // one slot for unseen characters
	return b
}

func (b *bigram) logp(prev, c rune) float64 {
	return math.Log((b.pair[[2]rune{prev, c}] + 1) / (b.first[prev] + b.vocab))
}

// A perplexity over an OpenAI-compatible completions endpoint equals the
// perplexity the bigram model gives the texts computed directly.
func TestPerplexityFromEndpointLogprobs(t *testing.T) {
	lm := newBigram("the cat sat on the mat. the dog sat on the log. a cat and a dog.")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Prompt   string `json:"prompt"`
			Echo     bool   `json:"echo"`
			MaxToken int    `json:"max_tokens"`
		}
		if r.URL.Path != "/v1/completions" || json.NewDecoder(r.Body).Decode(&req) != nil || !req.Echo || req.MaxToken != 0 {
			http.Error(w, "want an echoed completions request", http.StatusBadRequest)
			return
		}
		rs := []rune(req.Prompt)
		tokens, lps, offs := []string{}, []*float64{}, []int{}
		for i, c := range rs {
			tokens, offs = append(tokens, string(c)), append(offs, i)
			if i == 0 {
				lps = append(lps, nil)
				continue
			}
			v := lm.logp(rs[i-1], c)
			lps = append(lps, &v)
		}
		json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"text": req.Prompt,
			"logprobs": map[string]any{"tokens": tokens, "token_logprobs": lps, "text_offset": offs}}}})
	}))
	defer srv.Close()
	m, err := remote.NewOpenAI(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL + "/v1", Mode: "completions", Model: "bigram"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rows := []struct{ prompt, text string }{
		{"", "the cat sat."},
		{"Q: ", "a dog on a mat"},
		{"the ", "log and the cat"},
		{"", "zebra"},
	}
	var got [][]float64
	var sum float64
	var n int
	for _, r := range rows {
		lps, err := m.TokenLogprobs(context.Background(), r.prompt, r.text)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, lps)
		// Independently: every character of the text after the first
		// character of the whole string, given the one before it.
		full := []rune(r.prompt + r.text)
		for k := len([]rune(r.prompt)); k < len(full); k++ {
			if k == 0 {
				continue
			}
			sum += lm.logp(full[k-1], full[k])
			n++
		}
	}
	want := math.Exp(-sum / float64(n))
	ppl, err := eval.Score(eval.MetricSpec{Metric: hokusai.MetricPerplexity}, eval.Truth{}, eval.Predictions{LogProbs: got})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(ppl-want) > 1e-12*want || ppl <= 1 {
		t.Fatalf("perplexity %v, the bigram model's %v", ppl, want)
	}
	t.Logf("perplexity %.6f over %d tokens", ppl, n)
	if hokusai.MetricPerplexity.DefaultDirection() != hokusai.Minimize {
		t.Fatal("perplexity must improve downward")
	}

	chat, _ := remote.NewOpenAI(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL + "/v1", Model: "bigram"}}, nil)
	if _, err := chat.TokenLogprobs(context.Background(), "", "x"); hokusai.ErrorField(err) != "runtime.options.endpoint.mode" {
		t.Fatalf("chat endpoint: %v; want a refusal naming the mode", err)
	}
	if _, err := m.TokenLogprobs(context.Background(), "", ""); hokusai.ErrorField(err) != "text" {
		t.Fatalf("empty text: %v", err)
	}
}

func TestPerplexityBounds(t *testing.T) {
	for _, rows := range [][][]float64{nil, {{}}, {{0.1}}, {{math.NaN()}}, {make([]float64, eval.MaxRowTokens+1)}} {
		if _, err := eval.Perplexity(rows); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Errorf("%d rows: %v; want EINVALID", len(rows), err)
		}
	}
	if p, err := eval.Perplexity([][]float64{{math.Log(0.5), math.Log(0.5)}}); err != nil || math.Abs(p-2) > 1e-12 {
		t.Fatalf("two tokens at 1/2: %v %v; want 2", p, err)
	}
}
