package remote_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/remote"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

// generous bounds an operation that should take milliseconds; it only
// catches hangs, never slowness.
const generous = 5 * time.Second

// openAIServer answers chat and completions like an OpenAI-compatible
// server: the answer is "republican" when the row votes y on
// physician-fee-freeze, else "democrat", with token log-probabilities.
func openAIServer(t *testing.T, hits *atomic.Int32) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits != nil {
			hits.Add(1)
		}
		var req struct {
			Model       string  `json:"model"`
			Temperature float64 `json:"temperature"`
			Prompt      string  `json:"prompt"`
			Messages    []struct {
				Role, Content string
			} `json:"messages"`
		}
		if r.Method != http.MethodPost || json.NewDecoder(r.Body).Decode(&req) != nil || req.Model != "votes-1" || req.Temperature != 0 {
			http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
			return
		}
		if r.Header.Get("Authorization") != "Bearer sk-test" {
			http.Error(w, `{"error":{"message":"invalid api key"}}`, http.StatusUnauthorized)
			return
		}
		prompt := req.Prompt
		if len(req.Messages) > 0 {
			prompt = req.Messages[len(req.Messages)-1].Content
		}
		answer := "democrat"
		if strings.Contains(prompt, `"physician-fee-freeze":"y"`) || strings.Contains(prompt, "freeze=y") {
			answer = "Republican."
		}
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/v1/chat/completions":
			fmt.Fprintf(w, `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":%q},"logprobs":{"content":[{"token":"a","logprob":-0.1},{"token":"b","logprob":-0.2}]},"finish_reason":"stop"}]}`, answer)
		case "/v1/completions":
			fmt.Fprintf(w, `{"id":"x","object":"text_completion","choices":[{"index":0,"text":%q,"logprobs":{"token_logprobs":[-0.05,-0.05]},"finish_reason":"stop"}]}`, " "+answer)
		default:
			http.NotFound(w, r)
		}
	}))
}

// withKey passes key to the runtime as the server passes a model's
// endpoint secret.
func withKey(key string) remote.Option {
	return remote.WithCredential(func(context.Context) (string, error) { return key, nil })
}

func endpoint(url string) *hokusai.EndpointSpec {
	return &hokusai.EndpointSpec{URL: url, Model: "votes-1", Timeout: hokusai.Duration(2 * time.Second), Backoff: hokusai.Duration(time.Millisecond)}
}

var voteRows = []hokusai.Row{
	{"physician-fee-freeze": "y", "crime": "y"},
	{"physician-fee-freeze": "n", "crime": "n"},
	{"physician-fee-freeze": "?", "crime": "y"},
}

func TestOpenAIChatClassification(t *testing.T) {
	srv := openAIServer(t, nil)
	defer srv.Close()
	m, err := remote.NewOpenAI(hokusai.RuntimeOptions{Classes: []string{"democrat", "republican"}, Endpoint: endpoint(srv.URL + "/v1")}, nil, withKey("sk-test"))
	if err != nil {
		t.Fatal(err)
	}
	preds := runtimetest.Check(t, m, voteRows)
	want := []string{"republican", "democrat", "democrat"}
	for i, p := range preds {
		if p.Label != want[i] || math.Abs(p.Confidence-math.Exp(-0.3)) > 1e-12 {
			t.Errorf("row %d: %+v, want %s with confidence e^-0.3", i, p, want[i])
		}
	}
	if preds[0].Text != "Republican." {
		t.Errorf("raw text = %q", preds[0].Text)
	}
}

func TestOpenAICompletionsTextWithTemplate(t *testing.T) {
	srv := openAIServer(t, nil)
	defer srv.Close()
	e := endpoint(srv.URL + "/v1/")
	e.Mode = "completions"
	e.Prompt = "freeze={{index . \"physician-fee-freeze\"}} party?"
	m, err := remote.NewOpenAI(hokusai.RuntimeOptions{Endpoint: e}, nil, withKey("sk-test"))
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := m.Prompt(voteRows[0]); p != "freeze=y party?" {
		t.Errorf("prompt = %q", p)
	}
	preds := runtimetest.Check(t, m, voteRows)
	if preds[0].Label != "Republican." || preds[0].Text != "Republican." || math.Abs(preds[0].Confidence-math.Exp(-0.1)) > 1e-12 {
		t.Errorf("prediction = %+v", preds[0])
	}
	if m.Info().Task != hokusai.TaskText {
		t.Errorf("task = %s", m.Info().Task)
	}
}

func TestOpenAIWrongKeyIsNotRetried(t *testing.T) {
	var hits atomic.Int32
	srv := openAIServer(t, &hits)
	defer srv.Close()
	m, err := remote.NewOpenAI(hokusai.RuntimeOptions{Endpoint: endpoint(srv.URL + "/v1")}, nil, withKey("sk-wrong"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Predict(context.Background(), voteRows[:1])
	if hokusai.ErrorCode(err) != hokusai.EUNAUTHORIZED || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "endpoint-secret set") {
		t.Errorf("err = %v", err)
	}
	if hits.Load() != 1 {
		t.Errorf("%d requests for a 401; it must not be retried", hits.Load())
	}
}

// The slow server never answers in time: every attempt times out, the error
// says so, and the call returns long before the server would.
func TestSlowServerTimesOutClearly(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.Copy(io.Discard, r.Body) // the server notices a closed connection only once the body is read
		select {
		case <-r.Context().Done():
		case <-time.After(generous):
		}
	}))
	defer srv.Close()
	e := &hokusai.EndpointSpec{URL: srv.URL + "/predict", Timeout: hokusai.Duration(50 * time.Millisecond), Attempts: 3, Backoff: hokusai.Duration(time.Millisecond)}
	m, err := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: e}, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = m.Predict(context.Background(), voteRows)
	if took := time.Since(start); took > generous {
		t.Fatalf("Predict took %s against a 50ms timeout", took)
	}
	want := fmt.Sprintf("Endpoint %s/predict timed out after 50ms (3 attempts)", srv.URL)
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v\nwant it to contain %q", err, want)
	}
	if hits.Load() != 3 {
		t.Errorf("server saw %d attempts, want 3", hits.Load())
	}
}

func TestFailingServers(t *testing.T) {
	cases := []struct {
		name     string
		statuses []int // answers in order; the last repeats
		code     string
		contains string
		hits     int32
	}{
		{"500 every time", []int{500}, hokusai.EUNAVAILABLE, "answered 500 Internal Server Error (3 attempts): \"model crashed\"", 3},
		{"503 then fine", []int{503, 200}, "", "", 2},
		{"429 then fine", []int{429, 200}, "", "", 2},
		{"429 every time", []int{429}, hokusai.ERATELIMIT, "rate limiting (429 Too Many Requests, 3 attempts)", 3},
		{"400 is not retried", []int{400}, hokusai.EINVALID, "refused the request (400 Bad Request): \"model crashed\"", 1},
		{"404 is not retried", []int{404}, hokusai.EINVALID, "404 Not Found", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n := int(hits.Add(1))
				st := c.statuses[min(n, len(c.statuses))-1]
				if st != 200 {
					w.WriteHeader(st)
					io.WriteString(w, "model crashed\n")
					return
				}
				io.WriteString(w, `{"predictions": [1.5, 2.5, 3.5]}`)
			}))
			defer srv.Close()
			m, err := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL + "?token=secret", Backoff: hokusai.Duration(time.Millisecond)}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			preds, err := m.Predict(context.Background(), voteRows)
			if c.code == "" {
				if err != nil || preds[2].Value != 3.5 {
					t.Fatalf("preds %v, err %v", preds, err)
				}
			} else if hokusai.ErrorCode(err) != c.code || !strings.Contains(err.Error(), c.contains) {
				t.Fatalf("err = %v\nwant %s containing %q", err, c.code, c.contains)
			}
			if err != nil && strings.Contains(err.Error(), "secret") {
				t.Errorf("error leaks the query string: %v", err)
			}
			if hits.Load() != c.hits {
				t.Errorf("server saw %d requests, want %d", hits.Load(), c.hits)
			}
		})
	}
}

func TestUnreachableServer(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	m, err := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: url, Attempts: 2, Backoff: hokusai.Duration(time.Millisecond)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Predict(context.Background(), voteRows)
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(err.Error(), "is unreachable (2 attempts)") {
		t.Errorf("err = %v", err)
	}
}

// Cancelling the context ends a call that waits on a slow server at once,
// with a long per-attempt timeout still to run.
func TestCancelStopsAtOnce(t *testing.T) {
	arrived := make(chan struct{}, 16)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		arrived <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-time.After(generous):
		}
	}))
	defer srv.Close()
	e := endpoint(srv.URL)
	e.Timeout = hokusai.Duration(time.Minute)
	m, err := remote.NewOpenAI(hokusai.RuntimeOptions{Endpoint: e}, nil, withKey("sk-test"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := m.Predict(ctx, voteRows)
		done <- err
	}()
	<-arrived
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(generous):
		t.Fatal("Predict did not return after cancel")
	}
	if took := time.Since(start); took > generous {
		t.Errorf("took %s", took)
	}
}

func TestJSONEndpointShapesAndBatches(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		var req struct{ Rows []map[string]any }
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Rows) == 0 || len(req.Rows) > 2 {
			http.Error(w, "want 1 or 2 rows in \"rows\"", 400)
			return
		}
		var out []any
		for _, row := range req.Rows {
			switch row["kind"] {
			case "label":
				out = append(out, "spam")
			case "object":
				out = append(out, map[string]any{"label": "ham", "confidence": 0.8})
			default:
				out = append(out, map[string]any{"probabilities": map[string]float64{"ham": 0.25, "spam": 0.75}})
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"result": map[string]any{}, "out": out})
	}))
	defer srv.Close()
	e := &hokusai.EndpointSpec{URL: srv.URL, InputKey: "rows", OutputKey: "out", BatchSize: 2, Parallel: 2}
	m, err := remote.NewJSON(hokusai.RuntimeOptions{Classes: []string{"ham", "spam"}, Endpoint: e}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rows := []hokusai.Row{{"kind": "label"}, {"kind": "object"}, {"kind": "probs"}, {"kind": "label"}, {"kind": "object"}}
	requests.Store(0)
	preds, err := m.Predict(context.Background(), rows)
	if err != nil {
		t.Fatal(err)
	}
	if requests.Load() != 3 {
		t.Errorf("%d requests for 5 rows in batches of 2", requests.Load())
	}
	runtimetest.Check(t, m, rows)
	check := []struct {
		label string
		conf  float64
	}{{"spam", 1}, {"ham", 0.8}, {"spam", 0.75}, {"spam", 1}, {"ham", 0.8}}
	for i, c := range check {
		if preds[i].Label != c.label || math.Abs(preds[i].Confidence-c.conf) > 1e-12 {
			t.Errorf("row %d: %+v, want %s at %v", i, preds[i], c.label, c.conf)
		}
	}

	e2 := *e
	e2.OutputKey = "predictions"
	m2, _ := remote.NewJSON(hokusai.RuntimeOptions{Classes: []string{"ham", "spam"}, Endpoint: &e2}, nil)
	_, err = m2.Predict(context.Background(), rows[:1])
	if hokusai.ErrorField(err) != "runtime.options.endpoint.output_key" || !strings.Contains(err.Error(), `"predictions"`) {
		t.Errorf("missing output key: %v", err)
	}
	m3, _ := remote.NewJSON(hokusai.RuntimeOptions{Classes: []string{"cat", "dog"}, Endpoint: e}, nil)
	_, err = m3.Predict(context.Background(), rows[:1])
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(err.Error(), `label "spam" is not one of the classes`) {
		t.Errorf("unknown label: %v", err)
	}
	if _, err := remote.NewJSON(hokusai.RuntimeOptions{Task: hokusai.TaskClassification, Endpoint: e}, nil); hokusai.ErrorField(err) != "runtime.options.classes" {
		t.Errorf("classifier without classes: %v", err)
	}
}

func TestJSONWrongCount(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"predictions": [1]}`)
	}))
	defer srv.Close()
	m, _ := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL}}, nil)
	_, err := m.Predict(context.Background(), voteRows)
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(err.Error(), "list of 3 predictions") {
		t.Errorf("err = %v", err)
	}
}

// An answer that names no class counts as wrong but does not stop the run.
func TestOpenAIAnswerOutsideTheClasses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		io.WriteString(w, `{"choices":[{"message":{"content":"I cannot say."}}]}`)
	}))
	defer srv.Close()
	m, err := remote.NewOpenAI(hokusai.RuntimeOptions{Classes: []string{"democrat", "republican"}, Endpoint: &hokusai.EndpointSpec{URL: srv.URL, Model: "m"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	preds, err := m.Predict(context.Background(), voteRows[:1])
	if err != nil {
		t.Fatal(err)
	}
	p := preds[0]
	if p.Label != "I cannot say." || p.Confidence != 0 || p.Probabilities["democrat"] != 0.5 || p.Probabilities["republican"] != 0.5 {
		t.Errorf("prediction = %+v", p)
	}
}
