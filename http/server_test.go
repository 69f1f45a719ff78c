package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type fixture struct {
	s   *hhttp.Server
	ms  *sqlite.ModelService
	log *syncBuffer
}

// newServer starts a real server on a free port over a real SQLite store
// holding models 1..3 (IRIS, VOTE, PENGU).
func newServer(t *testing.T, setup func(*hhttp.Server)) *fixture {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ms := sqlite.NewModelService(db)
	for i, tk := range []string{"IRIS", "VOTE", "PENGU"} {
		m := storetest.NewModel(uint64(i+1), tk)
		if i == 2 {
			m.Owner = "0x2222222222222222222222222222222222222222"
		}
		if err := ms.UpsertModel(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	log := &syncBuffer{}
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", Logger: slog.New(slog.NewTextHandler(log, nil))})
	s.ModelService = ms
	s.ChainInfo = func() hokusai.ChainInfo {
		return hokusai.ChainInfo{ChainID: 1337, RPCURL: "http://127.0.0.1:8545", Dev: true,
			Contracts: map[string]string{"ModelRegistry": "0x00000000000000000000000000000000000000aa"}}
	}
	if setup != nil {
		setup(s)
	}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &fixture{s: s, ms: ms, log: log}
}

func (f *fixture) do(t *testing.T, method, path string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, f.s.URL()+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// checkError asserts the response is exactly the documented error shape.
func checkError(t *testing.T, status int, h http.Header, body []byte, wantStatus int, wantCode, wantField string) string {
	t.Helper()
	if status != wantStatus {
		t.Fatalf("status %d, want %d; body %s", status, wantStatus, body)
	}
	if ct := h.Get("Content-Type"); ct != "application/json" {
		t.Fatalf("Content-Type %q, want application/json", ct)
	}
	var outer map[string]json.RawMessage
	if err := json.Unmarshal(body, &outer); err != nil {
		t.Fatalf("body is not JSON: %s", body)
	}
	if len(outer) != 1 || outer["error"] == nil {
		t.Fatalf("body must be exactly {\"error\": …}: %s", body)
	}
	var e map[string]string
	if err := json.Unmarshal(outer["error"], &e); err != nil {
		t.Fatalf("error is not an object of strings: %s", body)
	}
	for k := range e {
		if k != "code" && k != "message" && k != "field" {
			t.Fatalf("unexpected key %q in %s", k, body)
		}
	}
	if e["code"] != wantCode || e["field"] != wantField {
		t.Fatalf("code %q field %q, want %q %q; body %s", e["code"], e["field"], wantCode, wantField, body)
	}
	if m := e["message"]; len(m) < 10 || !strings.HasSuffix(m, ".") {
		t.Fatalf("message %q is not a sentence", m)
	}
	return e["message"]
}

func TestHealthz(t *testing.T) {
	f := newServer(t, nil)
	status, _, body := f.do(t, "GET", "/healthz")
	if status != 200 || strings.TrimSpace(string(body)) != `{"status":"ok"}` {
		t.Fatalf("%d %s", status, body)
	}
}

func TestChain(t *testing.T) {
	f := newServer(t, nil)
	status, _, body := f.do(t, "GET", "/v1/chain")
	var got map[string]any
	if err := json.Unmarshal(body, &got); err != nil || status != 200 {
		t.Fatalf("%d %s", status, body)
	}
	if got["chain_id"] != 1337.0 || got["rpc_url"] != "http://127.0.0.1:8545" || got["dev"] != true ||
		got["contracts"].(map[string]any)["ModelRegistry"] != "0x00000000000000000000000000000000000000aa" {
		t.Fatalf("chain info: %s", body)
	}

	f = newServer(t, func(s *hhttp.Server) { s.ChainInfo = nil })
	status, h, body := f.do(t, "GET", "/v1/chain")
	checkError(t, status, h, body, 503, hokusai.EUNAVAILABLE, "")
}

func TestListModels(t *testing.T) {
	f := newServer(t, nil)
	type list struct {
		Data []struct {
			ID       int64  `json:"id"`
			Ticker   string `json:"ticker"`
			Baseline string `json:"baseline"`
		} `json:"data"`
		Total, Limit, Offset int
	}
	get := func(path string) list {
		t.Helper()
		status, _, body := f.do(t, "GET", path)
		if status != 200 {
			t.Fatalf("%s: %d %s", path, status, body)
		}
		var l list
		if err := json.Unmarshal(body, &l); err != nil {
			t.Fatal(err)
		}
		return l
	}
	l := get("/v1/models")
	if l.Total != 3 || len(l.Data) != 3 || l.Limit != hhttp.DefaultLimit || l.Offset != 0 || l.Data[0].Ticker != "IRIS" || l.Data[0].Baseline != "0.884" {
		t.Fatalf("all: %+v", l)
	}
	l = get("/v1/models?limit=1&offset=1")
	if l.Total != 3 || len(l.Data) != 1 || l.Data[0].ID != 2 || l.Limit != 1 || l.Offset != 1 {
		t.Fatalf("page: %+v", l)
	}
	l = get("/v1/models?ticker=pengu")
	if l.Total != 1 || l.Data[0].ID != 3 {
		t.Fatalf("ticker: %+v", l)
	}
	l = get("/v1/models?owner=0x1111111111111111111111111111111111111111")
	if l.Total != 2 {
		t.Fatalf("owner: %+v", l)
	}
	l = get("/v1/models?ticker=NONE")
	if l.Total != 0 || l.Data == nil {
		t.Fatalf("no match must be an empty array: %+v", l)
	}

	for path, field := range map[string]string{
		"/v1/models?limit=0":         "limit",
		"/v1/models?limit=501":       "limit",
		"/v1/models?limit=-1":        "limit",
		"/v1/models?limit=abc":       "limit",
		"/v1/models?limit=1&limit=2": "limit",
		"/v1/models?offset=-1":       "offset",
		"/v1/models?offset=x":        "offset",
		"/v1/models?ticker=ab":       "ticker",
		"/v1/models?owner=0x12":      "owner",
	} {
		status, h, body := f.do(t, "GET", path)
		msg := checkError(t, status, h, body, 400, hokusai.EINVALID, field)
		if !strings.Contains(strings.ToLower(msg), field) {
			t.Errorf("%s: message %q does not name %s", path, msg, field)
		}
	}
}

func TestGetModel(t *testing.T) {
	f := newServer(t, nil)
	for _, ref := range []string{"2", "VOTE", "vote", "VoTe"} {
		status, _, body := f.do(t, "GET", "/v1/models/"+ref)
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil || status != 200 {
			t.Fatalf("%s: %d %s", ref, status, body)
		}
		if m["id"] != 2.0 || m["ticker"] != "VOTE" || m["metric"] != "accuracy" || m["direction"] != "max" ||
			m["license"] != "decentralized" || m["baseline"] != "0.884" || m["delta_one"] != "0.01" ||
			m["created_at"] != "2026-11-22T12:00:02.123456Z" {
			t.Fatalf("%s: %s", ref, body)
		}
		sup := m["supply"].(map[string]any)
		if sup["initial_supply"] != 1e6 || sup["tokens_per_deltaone"] != 1e5 || sup["expected_deltaones"] != 5.0 || sup["annual_inflation"] != 0.25 {
			t.Fatalf("supply: %v", sup)
		}
	}
	cases := []struct {
		path, code, field string
		status            int
	}{
		{"/v1/models/99", hokusai.ENOTFOUND, "", 404},
		{"/v1/models/NOPE", hokusai.ENOTFOUND, "", 404},
		{"/v1/models/0", hokusai.EINVALID, "id", 400},
		{"/v1/models/99999999999999999999999", hokusai.EINVALID, "id", 400},
		{"/v1/models/1x", hokusai.EINVALID, "id", 400},
		{"/v1/models/AB", hokusai.EINVALID, "id", 400},
		{"/v1/models/%E2%9C%93", hokusai.EINVALID, "id", 400},
	}
	for _, c := range cases {
		status, h, body := f.do(t, "GET", c.path)
		checkError(t, status, h, body, c.status, c.code, c.field)
	}
}

func TestUnknownRoutesAndMethods(t *testing.T) {
	f := newServer(t, nil)
	for _, p := range []string{"/nope", "/v1/nope", "/v1/models/1/nope", "/v1/models/", "/"} {
		status, h, body := f.do(t, "GET", p)
		checkError(t, status, h, body, 404, hokusai.ENOTFOUND, "")
	}
	status, h, body := f.do(t, "DELETE", "/v1/models/1")
	checkError(t, status, h, body, 405, hokusai.EINVALID, "")
	if h.Get("Allow") != "GET" {
		t.Fatalf("Allow %q", h.Get("Allow"))
	}
	status, _, body = f.do(t, "GET", "/openapi.yaml")
	if status != 200 || !bytes.Contains(body, []byte("openapi: 3.0")) {
		t.Fatalf("openapi.yaml: %d", status)
	}
}

func TestFallbackServesOnlyOutsideTheAPI(t *testing.T) {
	f := newServer(t, func(s *hhttp.Server) {
		s.Fallback = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "web ui") })
	})
	if status, _, body := f.do(t, "GET", "/market"); status != 200 || string(body) != "web ui" {
		t.Fatalf("fallback: %d %s", status, body)
	}
	status, h, body := f.do(t, "GET", "/v1/nope")
	checkError(t, status, h, body, 404, hokusai.ENOTFOUND, "")
}

type rateErr struct{ err *hokusai.Error }

func (e rateErr) Error() string           { return e.err.Error() }
func (e rateErr) Unwrap() error           { return e.err }
func (rateErr) RetryAfter() time.Duration { return 2500 * time.Millisecond }

func TestErrorsPanicsAndLogging(t *testing.T) {
	f := newServer(t, func(s *hhttp.Server) {
		s.Handle("GET /test/panic", http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
		s.Handle("GET /test/internal", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hhttp.Error(w, r, s.Logger, errors.New("open /secret/db: permission denied"))
		}))
		s.Handle("GET /test/rate", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hhttp.Error(w, r, s.Logger, rateErr{hokusai.Errorf(hokusai.ERATELIMIT, "Too many calls; slow down.")})
		}))
		s.Handle("GET /test/rate-plain", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hhttp.Error(w, r, s.Logger, hokusai.Errorf(hokusai.ERATELIMIT, "Too many calls; slow down."))
		}))
	})
	status, h, body := f.do(t, "GET", "/test/panic")
	checkError(t, status, h, body, 500, hokusai.EINTERNAL, "")
	status, h, body = f.do(t, "GET", "/test/internal")
	msg := checkError(t, status, h, body, 500, hokusai.EINTERNAL, "")
	if strings.Contains(msg, "secret") {
		t.Fatalf("internal detail leaked: %q", msg)
	}
	status, h, body = f.do(t, "GET", "/test/rate")
	checkError(t, status, h, body, 429, hokusai.ERATELIMIT, "")
	if h.Get("Retry-After") != "3" {
		t.Fatalf("Retry-After %q, want 3", h.Get("Retry-After"))
	}
	status, h, _ = f.do(t, "GET", "/test/rate-plain")
	if status != 429 || h.Get("Retry-After") != "1" {
		t.Fatalf("plain rate limit: %d Retry-After %q", status, h.Get("Retry-After"))
	}
	// The server still answers after a panic, and a query it refuses (an
	// undeclared parameter) is not logged.
	if status, _, _ := f.do(t, "GET", "/healthz"); status != 200 {
		t.Fatalf("after panic: %d", status)
	}
	if status, _, _ := f.do(t, "GET", "/healthz?api_key=hk_topsecret"); status != 400 {
		t.Fatalf("undeclared parameter: %d", status)
	}
	log := f.log.String()
	for _, want := range []string{"panic=boom", "permission denied", "path=/healthz status=200", "path=/test/panic status=500"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
	if !regexpMatch(`request_id=[0-9a-f]{16} method=GET path=/test/internal`, log) {
		t.Errorf("internal error log lacks its request id:\n%s", log)
	}
	if strings.Contains(log, "topsecret") {
		t.Fatalf("query string was logged:\n%s", log)
	}
}

func TestOpenFailsOnTakenAddress(t *testing.T) {
	f := newServer(t, nil)
	s2 := hhttp.NewServer(hhttp.Config{Addr: strings.TrimPrefix(f.s.URL(), "http://")})
	err := s2.Open()
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(hokusai.ErrorMessage(err), "--http-addr") {
		t.Fatalf("got %v", err)
	}
}

func regexpMatch(re, s string) bool { return regexp.MustCompile(re).MatchString(s) }

func TestRequestID(t *testing.T) {
	f := newServer(t, nil)
	_, h, _ := f.do(t, "GET", "/healthz")
	id := h.Get("X-Request-Id")
	if len(id) != 16 {
		t.Fatalf("generated id %q", id)
	}
	_, h2, _ := f.do(t, "GET", "/healthz")
	if h2.Get("X-Request-Id") == id {
		t.Fatal("two requests got one id")
	}
	for given, keep := range map[string]bool{"abc-123": true, "bad id with spaces": false, strings.Repeat("x", 65): false} {
		req, _ := http.NewRequest("GET", f.s.URL()+"/healthz", nil)
		req.Header.Set("X-Request-Id", given)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("X-Request-Id"); (got == given) != keep {
			t.Errorf("given %q, got %q", given, got)
		}
	}
	if !strings.Contains(f.log.String(), "request_id=abc-123 ") {
		t.Fatalf("log lacks the client's id:\n%s", f.log.String())
	}
}

// TestCloseFinishesRequestsInFlight: Close waits for a running request to
// answer, then the server refuses new connections.
func TestCloseFinishesRequestsInFlight(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0"})
	s.Handle("GET /test/slow", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, "done")
	}))
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	url := s.URL()
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get(url + "/test/slow")
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- string(b)
	}()
	<-started
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	close(release)
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	if g := <-got; g != "done" {
		t.Fatalf("in-flight request got %q", g)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("the server still answers after Close")
	}
}

// Every documented filter of the model list narrows it; a query parameter
// a route does not declare is a 400 naming it, on any route.
func TestListModelsFiltersAndUnknownParameters(t *testing.T) {
	f := newServer(t, nil)
	m := storetest.NewModel(4, "FRAUD")
	m.Category, m.Tags, m.License, m.Metric = "Finance", []string{"Fraud", "tabular"}, hokusai.LicenseOpenSource, hokusai.MetricRMSE
	if err := f.ms.UpsertModel(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string][]int64{
		"/v1/models?category=Finance":                       {4},
		"/v1/models?category=%20finance%20":                 {4},
		"/v1/models?category=Healthcare":                    {1, 2, 3},
		"/v1/models?tag=fraud":                              {4},
		"/v1/models?tag=TABULAR":                            {1, 2, 3, 4},
		"/v1/models?license=open-source":                    {4},
		"/v1/models?license=decentralized":                  {1, 2, 3},
		"/v1/models?license=proprietary":                    {},
		"/v1/models?metric=rmse":                            {4},
		"/v1/models?metric=accuracy&tag=tabular":            {1, 2, 3},
		"/v1/models?category=Finance&license=proprietary":   {},
		"/v1/models?category=Finance&metric=rmse&tag=fraud": {4},
	} {
		status, _, body := f.do(t, "GET", path)
		var l struct {
			Data  []struct{ ID int64 }
			Total int
		}
		if err := json.Unmarshal(body, &l); err != nil || status != 200 {
			t.Fatalf("%s: %d %s", path, status, body)
		}
		got := []int64{}
		for _, d := range l.Data {
			got = append(got, d.ID)
		}
		if l.Total != len(want) || !slices.Equal(got, want) {
			t.Errorf("%s: ids %v (total %d), want %v", path, got, l.Total, want)
		}
	}
	for path, field := range map[string]string{
		"/v1/models?categroy=Finance":               "categroy",
		"/v1/models?category=Finance&sort=price":    "sort",
		"/v1/models?category=":                      "category",
		"/v1/models?tag=" + strings.Repeat("x", 65): "tag",
		"/v1/models?license=mit":                    "license",
		"/v1/models?metric=bleu":                    "metric",
		"/healthz?verbose=1":                        "verbose",
		"/v1/models/1?expand=versions":              "expand",
	} {
		status, h, body := f.do(t, "GET", path)
		msg := checkError(t, status, h, body, 400, hokusai.EINVALID, field)
		if !strings.Contains(msg, field) {
			t.Errorf("%s: message %q does not name %s", path, msg, field)
		}
	}
}
