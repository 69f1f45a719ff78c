package gateway_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// errorOf decodes a JSON error body.
func errorOf(t *testing.T, b []byte) (code, field, msg string) {
	t.Helper()
	var v struct {
		Error struct {
			Code    string `json:"code"`
			Field   string `json:"field"`
			Message string `json:"message"`
		} `json:"error"`
	}
	mustJSON(t, b, &v)
	return v.Error.Code, v.Error.Field, v.Error.Message
}

// A path that is not UTF-8 used to become a Prometheus label value, which
// panics (a 500) — and every made-up model id a new series.
func TestPredictPathNotUTF8(t *testing.T) {
	e := newEnv(t)
	key, _ := e.newKey(hokusai.ScopeCall)
	for _, k := range []string{"", key} {
		st, b, _ := e.raw("POST", "/v1/models/%FF/predict", k, map[string]any{"inputs": []any{voteRow}})
		if st < 400 || st >= 500 {
			t.Fatalf("key %q: %d %s", k, st, b)
		}
	}
}

// /metrics must not grow with made-up model ids: labels hold only the ids
// of models that exist.
func TestMetricsDoNotGrowWithMadeUpModels(t *testing.T) {
	e := newEnv(t)
	key, _ := e.newKey(hokusai.ScopeCall)
	size := func() int {
		st, b, _ := e.raw("GET", "/metrics", "", nil)
		if st != 200 {
			t.Fatalf("metrics: %d", st)
		}
		return len(b)
	}
	call := func(i int) {
		id := fmt.Sprintf("%d", 1_000_000+i)
		if i%2 == 1 {
			id = fmt.Sprintf("ZZ%04d", i)
		}
		// No key (a 401) and a good key for a model that does not exist (404).
		for _, k := range []string{"", key} {
			if st, b, _ := e.raw("POST", "/v1/models/"+id+"/predict", k, nil); st != 401 && st != 404 && st != 400 {
				t.Fatalf("%s: %d %s", id, st, b)
			}
			if st, b, _ := e.raw("POST", "/v1/models/"+id+"/estimate_cost", k, nil); st != 401 && st != 404 && st != 400 {
				t.Fatalf("%s: %d %s", id, st, b)
			}
		}
	}
	for i := range 4 { // every series that can exist, once
		call(i)
	}
	before := size()
	for i := range 1000 {
		call(4 + i)
	}
	// Counter values may gain digits; nothing else may grow.
	if after := size(); after > before+256 {
		t.Fatalf("/metrics grew from %d to %d bytes after 1,000 made-up model ids", before, after)
	}
}

// A time past year 9000 used to overflow while rounded to the hour and
// encoded (a 500).
func TestUsageTimeOutOfRange(t *testing.T) {
	e := newEnv(t)
	key, _ := e.newKey(hokusai.ScopeCall)
	for _, q := range []struct{ query, field string }{
		{"to=9999-12-31T23:30:00Z", "to"},
		{"from=9999-12-31T23:30:00Z", "from"},
		{"to=9999-12-31T23:30:00-23:59", "to"},
		{"from=0001-01-01", "from"},
		{"to=" + strings.Repeat("9", 5000), "to"},
	} {
		st, b, _ := e.raw("GET", "/v1/usage?"+q.query, key, nil)
		if st != http.StatusBadRequest {
			t.Fatalf("%.40s: %d %s", q.query, st, b)
		}
		if _, field, msg := errorOf(t, b); field != q.field || len(msg) > 300 {
			t.Fatalf("%.40s: field %q, message %q", q.query, field, msg)
		}
	}
}

// A body that is not UTF-8 is refused with 400 naming the body, not
// decoded with replacement characters.
func TestPredictBodyNotUTF8(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 10*price)
	st, b, _ := e.raw("POST", "/v1/models/1/predict", key, "{\"inputs\":[{\"crime\":\"\xff\"}]}")
	if _, field, _ := errorOf(t, b); st != http.StatusBadRequest || field != "body" {
		t.Fatalf("%d %s", st, b)
	}
	if got := e.spendable(who); got != 10*price {
		t.Fatalf("charged: spendable %d", got)
	}
}

// Errors quote a short excerpt of bad input: a 1 MB key used to come back
// in full, in a 2 MB error.
func TestLongKeyNotEchoed(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 10*price)
	long := strings.Repeat("k", 1<<20)
	for _, body := range []string{
		`{"` + long + `": 1}`,
		`{"inputs": [{"` + long + `": "y"}]}`,
		`{"input": {"` + long + `": "y"}}`,
	} {
		st, b, _ := e.raw("POST", "/v1/models/1/predict", key, body)
		if st != http.StatusBadRequest || len(b) > 2048 {
			t.Fatalf("%d, %d bytes: %.200s", st, len(b), b)
		}
		// estimate_cost counts rows without reading their features.
		st, b, _ = e.raw("POST", "/v1/models/1/estimate_cost", key, body)
		if st >= 500 || len(b) > 2048 {
			t.Fatalf("estimate: %d, %d bytes: %.200s", st, len(b), b)
		}
	}
}

// A declared body over the gateway's limit is refused with 413 before it
// is read, and an API-key route refuses a body without a key with 401.
func TestPredictBodyBounds(t *testing.T) {
	e := newEnv(t)
	key, _ := e.newKey(hokusai.ScopeCall)
	big := `{"inputs": [` + strings.Repeat(`{"crime": "y"},`, 400_000) + `{"crime": "y"}]}`
	st, b, _ := e.raw("POST", "/v1/models/1/predict", key, big)
	if code, field, msg := errorOf(t, b); st != http.StatusRequestEntityTooLarge || code != hokusai.EINVALID || field != "body" || !strings.Contains(msg, "4194304") {
		t.Fatalf("%d %s", st, b)
	}
	st, b, _ = e.raw("POST", "/v1/models/1/predict", "", big)
	if st != http.StatusUnauthorized {
		t.Fatalf("no key: %d %s", st, b)
	}
}

// TestChatRefusalsSpeakOpenAI: what the server refuses before the chat
// handler runs (no key, a body over the limit) is written in OpenAI's
// error shape, as the OpenAI-compatible route promises, with its status.
func TestChatRefusalsSpeakOpenAI(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		name   string
		body   any
		hdr    []string
		status int
		code   string
	}{
		{"no key", map[string]any{"model": "CHAT", "messages": []any{}}, nil, 401, hokusai.EUNAUTHORIZED},
		{"form body", "model=CHAT", []string{"Content-Type", "application/x-www-form-urlencoded", "Authorization", "Bearer hk_x"}, 415, hokusai.EINVALID},
	} {
		st, b, _ := e.raw("POST", "/v1/chat/completions", "", c.body, c.hdr...)
		var got struct {
			Error struct {
				Message, Type, Code string
			} `json:"error"`
		}
		if err := json.Unmarshal(b, &got); err != nil || st != c.status || got.Error.Type == "" || got.Error.Code != c.code || got.Error.Message == "" {
			t.Errorf("%s: %d %s, want %d with an OpenAI error of code %s", c.name, st, b, c.status, c.code)
		}
	}
}

// A chat request's model name is quoted in its error only in part: the
// OpenAI-shaped error body is not capped like the API's, so a megabyte
// name must not come back whole.
func TestChatLongModelNameNotEchoed(t *testing.T) {
	e := newEnv(t)
	key, _ := e.newKey(hokusai.ScopeCall)
	name := strings.Repeat("x", 1<<20)
	st, b, _ := e.raw("POST", "/v1/chat/completions", key, map[string]any{"model": name, "messages": []any{map[string]any{"role": "user", "content": "hi"}}})
	if st != http.StatusBadRequest || len(b) > 1024 {
		t.Fatalf("chat with a 1 MiB model name: %d, %d bytes: %.200s", st, len(b), b)
	}
}
