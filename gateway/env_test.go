package gateway_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/gateway"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// memLedger is a test-only hokusai.LedgerService: balances in memory under
// one mutex. The SQLite ledger (package ledger) runs the same tests in
// ledger_integration_test.go.
type memLedger struct {
	mu      sync.Mutex
	deposit map[string]int64
	spent   map[string]int64
	usage   []usageRec
	idem    map[string]usageRec
	next    int64
}

type usageRec struct {
	id       int64
	c        hokusai.Charge
	at       time.Time
	spendAft int64
}

func newMemLedger() *memLedger {
	return &memLedger{deposit: map[string]int64{}, spent: map[string]int64{}, idem: map[string]usageRec{}}
}

func (l *memLedger) credit(consumer string, amount int64) {
	l.mu.Lock()
	l.deposit[consumer] += amount
	l.mu.Unlock()
}

func (l *memLedger) Charge(ctx context.Context, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if c.IdempotencyKey != "" {
		if u, ok := l.idem[c.Consumer+"\x00"+c.IdempotencyKey]; ok {
			if u.c.RequestHash != c.RequestHash {
				return nil, hokusai.Errorf(hokusai.ECONFLICT, "Idempotency key reused for another request.")
			}
			return &hokusai.ChargeResult{UsageID: u.id, Replayed: true, Response: u.c.Response, Spendable: l.deposit[c.Consumer] - l.spent[c.Consumer], CreatedAt: u.at}, nil
		}
	}
	sp := l.deposit[c.Consumer] - l.spent[c.Consumer]
	if sp < c.Amount {
		return nil, hokusai.Errorf(hokusai.ECREDITS, "Spendable %d < %d.", sp, c.Amount)
	}
	l.spent[c.Consumer] += c.Amount
	l.next++
	u := usageRec{id: l.next, c: c, at: time.Now(), spendAft: sp - c.Amount}
	l.usage = append(l.usage, u)
	if c.IdempotencyKey != "" {
		l.idem[c.Consumer+"\x00"+c.IdempotencyKey] = u
	}
	return &hokusai.ChargeResult{UsageID: u.id, Spendable: u.spendAft, CreatedAt: u.at}, nil
}

func (l *memLedger) Credits(ctx context.Context, consumer string) (*hokusai.Credits, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	d, s := l.deposit[consumer], l.spent[consumer]
	return &hokusai.Credits{Consumer: consumer, Deposited: d, Unsettled: s, Spendable: d - s}, nil
}

func (l *memLedger) Usage(ctx context.Context, f hokusai.UsageFilter) ([]hokusai.UsageStats, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	by := map[uint64]*hokusai.UsageStats{}
	for _, u := range l.usage {
		if u.c.Consumer != f.Consumer || (f.ModelID != nil && *f.ModelID != u.c.ModelID) ||
			(!f.From.IsZero() && u.at.Before(f.From)) || (!f.To.IsZero() && !u.at.Before(f.To)) {
			continue
		}
		s := by[u.c.ModelID]
		if s == nil {
			s = &hokusai.UsageStats{ModelID: u.c.ModelID}
			by[u.c.ModelID] = s
		}
		s.Calls += u.c.Calls
		s.Amount += u.c.Amount
	}
	out := []hokusai.UsageStats{}
	for _, s := range by {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ModelID < out[j].ModelID })
	return out, nil
}

// Models the test environment registers.
const (
	modelVotes = 1 // decentralized, paid, served by the built-in linear runtime
	modelProp  = 2 // proprietary, same package
	modelOpen  = 3 // open source: free
	modelChat  = 4 // remote-openai chat model behind a local test server
	modelNone  = 5 // no version registered: MODEL_UNAVAILABLE
)

const price = 2000 // micro-USDC per call (0.002 USDC, F20's starting price)

// env is a gateway on a real SQLite file, blob store and package cache.
type env struct {
	t       testing.TB
	ctx     context.Context
	db      *sqlite.DB
	keys    *sqlite.KeyService
	ledger  hokusai.LedgerService
	credit  func(consumer string, amount int64)
	gw      *gateway.Gateway
	srv     *httptest.Server
	owner   *ecdsa.PrivateKey // owns every model
	llm     *httptest.Server
	reg     *sqlite.RegistryService
	blobs   blob.Store
	llmHits int
	llmMu   sync.Mutex
	now     time.Time
	clockMu sync.Mutex
}

type envOpt func(*gateway.Config)

func newEnv(t testing.TB, opts ...envOpt) *env {
	return newEnvWithLedger(t, nil, nil, opts...)
}

// newEnvWithLedger builds the environment; ledger nil means memLedger.
func newEnvWithLedger(t testing.TB, mk func(db *sqlite.DB) (hokusai.LedgerService, func(string, int64)), _ any, opts ...envOpt) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), now: time.Now()}
	dir := t.TempDir()
	e.db = sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := e.db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.db.Close() })
	e.keys = sqlite.NewKeyService(e.db)
	if mk == nil {
		ml := newMemLedger()
		e.ledger, e.credit = ml, ml.credit
	} else {
		e.ledger, e.credit = mk(e.db)
	}
	e.owner, _ = crypto.GenerateKey()
	ownerAddr := crypto.PubkeyToAddress(e.owner.PublicKey).Hex()
	models := sqlite.NewModelService(e.db)
	for _, m := range []struct {
		id      uint64
		ticker  string
		license hokusai.License
	}{{modelVotes, "VOTES", hokusai.LicenseDecentralized}, {modelProp, "PROP", hokusai.LicenseProprietary}, {modelOpen, "OPEN", hokusai.LicenseOpenSource}, {modelChat, "CHAT", hokusai.LicenseDecentralized}, {modelNone, "NONE", hokusai.LicenseDecentralized}} {
		if err := models.UpsertModel(e.ctx, &hokusai.Model{ID: m.id, Name: m.ticker, Ticker: m.ticker, License: m.license, Owner: ownerAddr, CreatedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	blobs, err := blob.NewLocal(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	reg := sqlite.NewRegistryService(e.db)
	e.reg, e.blobs = reg, blobs
	e.llm = httptest.NewServer(http.HandlerFunc(e.fakeLLM))
	t.Cleanup(e.llm.Close)
	votes := packageVotes(t)
	chat := packageChat(t, e.llm.URL+"/v1")
	for _, v := range []struct {
		id  uint64
		pkg []byte
	}{{modelVotes, votes}, {modelProp, votes}, {modelOpen, votes}, {modelChat, chat}} {
		info, err := blobs.Put(e.ctx, bytes.NewReader(v.pkg), "")
		if err != nil {
			t.Fatal(err)
		}
		p, err := pack.Verify(bytes.NewReader(v.pkg), pack.VerifyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := reg.CreateVersion(e.ctx, &hokusai.ModelVersion{ModelID: v.id, Version: p.Manifest.Version, Digest: info.Digest, ManifestDigest: p.ManifestDigest, Size: info.Size, Manifest: p.Manifest}); err != nil {
			t.Fatal(err)
		}
		if err := reg.SetHead(e.ctx, v.id, p.Manifest.Version, hokusai.WAD); err != nil {
			t.Fatal(err)
		}
	}
	metrics := prometheus.NewRegistry()
	cfg := gateway.Config{
		Keys: e.keys, Whitelist: sqlite.NewWhitelistService(e.db), Ledger: e.ledger, Models: models,
		Serving: &gateway.PackageCache{Registry: reg, Blobs: blobs, Dir: filepath.Join(dir, "models")},
		Prices:  gateway.FixedPrice(price), Dev: true, RateLimit: 1e6, Registerer: metrics,
	}
	for _, o := range opts {
		o(&cfg)
	}
	e.gw = gateway.New(cfg)
	// The gateway runs behind the real REST server, as in `hokusai serve`.
	s := hhttp.NewServer(hhttp.Config{ModelService: models, Access: e.gw, Ledger: e.ledger,
		Metrics: prometheus.Gatherers{metrics, prometheus.DefaultGatherer},
		Signed:  &signreq.Verifier{Domain: testDomain, Nonces: sqlite.NewNonceService(e.db)}})
	e.gw.Register(s)
	e.srv = httptest.NewServer(s.Handler())
	t.Cleanup(e.srv.Close)
	return e
}

// packageVotes packages the built-in house-votes-84 logistic regression.
func packageVotes(t testing.TB) []byte {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "models", "house-votes-84-linear", "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "model.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return packageDir(t, dir, hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"}, "1.0.0")
}

// packageChat packages a remote-openai chat model pointing at url.
func packageChat(t testing.TB, url string) []byte {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("A chat model served elsewhere.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteOpenAI, Options: map[string]any{
		"task": "text", "endpoint": map[string]any{"url": url, "model": "tiny-llm", "mode": "chat"},
	}}
	return packageDir(t, dir, spec, "0.1.0")
}

func packageDir(t testing.TB, dir string, spec hokusai.RuntimeSpec, version string) []byte {
	m := hokusai.Manifest{Name: "m", Version: version, Description: "A test model.", Architecture: "test",
		Training:    hokusai.Training{Methodology: "test"},
		InputSchema: map[string]any{"type": "object"}, OutputSchema: map[string]any{"type": "object"},
		Runtime: spec}
	var buf bytes.Buffer
	if _, err := pack.Package(dir, m, pack.Options{Out: &buf}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fakeLLM is an OpenAI-compatible chat completions endpoint.
func (e *env) fakeLLM(w http.ResponseWriter, r *http.Request) {
	e.llmMu.Lock()
	e.llmHits++
	e.llmMu.Unlock()
	if r.URL.Path != "/v1/chat/completions" {
		http.Error(w, `{"error":{"message":"no such path"}}`, http.StatusNotFound)
		return
	}
	var req struct {
		Model    string `json:"model"`
		Stream   bool   `json:"stream"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model != "tiny-llm" {
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(`{"error":{"message":"unknown model","type":"invalid_request_error"}}`))
		return
	}
	last := req.Messages[len(req.Messages)-1].Content
	if req.Stream {
		w.Header().Set("Content-Type", "text/event-stream")
		for i, part := range []string{"echo: ", last} {
			b, _ := json.Marshal(map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": req.Model,
				"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": part}, "finish_reason": map[bool]any{true: "stop", false: nil}[i == 1]}}})
			fmt.Fprintf(w, "data: %s\n\n", b)
			w.(http.Flusher).Flush()
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": "echo: " + last}}},
		"usage": map[string]any{"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
	})
}

// newKey creates a key for a fresh consumer with the given scopes, straight
// in the store, and returns the secret and the consumer's address.
func (e *env) newKey(scopes ...hokusai.Scope) (secret, consumer string) {
	k, _ := crypto.GenerateKey()
	return e.keyFor(k, scopes...), crypto.PubkeyToAddress(k.PublicKey).Hex()
}

// testDomain is the chain and platform the test server's signed requests
// are bound to.
var testDomain = signreq.Domain{ChainID: 1337, Platform: common.HexToAddress("0x00000000000000000000000000000000000000aa")}

// signedJSON encodes v (nothing when nil) and returns the body with the
// headers of a request for action on model signed by k under d.
func signedJSON(t testing.TB, d signreq.Domain, k *ecdsa.PrivateKey, action string, model uint64, v any) (string, []string) {
	t.Helper()
	var b []byte
	if v != nil {
		b, _ = json.Marshal(v)
	}
	h := http.Header{}
	if err := d.SetHeaders(h, signreq.NewRequest(action, model, b, time.Now()), k); err != nil {
		t.Fatal(err)
	}
	var hdr []string
	for name := range h {
		hdr = append(hdr, name, h.Get(name))
	}
	return string(b), hdr
}

// keyFor asks the server for a key by a request signed with k.
func (e *env) keyFor(k *ecdsa.PrivateKey, scopes ...hokusai.Scope) string {
	e.t.Helper()
	var req keyRequest
	for _, s := range scopes {
		req.Scopes = append(req.Scopes, string(s))
	}
	body, hdr := signedJSON(e.t, testDomain, k, signreq.ActionCreateKey, 0, req)
	var out createdKey
	if st := e.do("POST", "/v1/keys", "", body, &out, hdr...); st != http.StatusCreated {
		e.t.Fatalf("create key: status %d", st)
	}
	return out.Secret
}

// do sends a JSON request and decodes the answer into out (if not nil);
// it returns the status.
func (e *env) do(method, path, key string, body any, out any, hdr ...string) int {
	e.t.Helper()
	st, b, _ := e.raw(method, path, key, body, hdr...)
	if out != nil && len(b) > 0 {
		if err := json.Unmarshal(b, out); err != nil {
			e.t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
	return st
}

func (e *env) raw(method, path, key string, body any, hdr ...string) (int, []byte, http.Header) {
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = bytes.NewReader([]byte(b))
	default:
		j, _ := json.Marshal(b)
		r = bytes.NewReader(j)
	}
	req, _ := http.NewRequest(method, e.srv.URL+path, r)
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b, res.Header
}

// errCode reads the error code of a JSON error body.
func errCode(b []byte) string {
	var v struct {
		Error struct {
			Code string `json:"code"`
		} `json:"error"`
	}
	_ = json.Unmarshal(b, &v)
	return v.Error.Code
}

func (e *env) spendable(consumer string) int64 {
	e.t.Helper()
	c, err := e.ledger.Credits(e.ctx, consumer)
	if err != nil {
		e.t.Fatal(err)
	}
	return c.Spendable
}

var voteRow = map[string]any{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

// keyRequest is the body of POST /v1/keys (openapi.yaml's CreateKeyRequest).
type keyRequest struct {
	Address   string   `json:"address,omitempty"`
	Scopes    []string `json:"scopes,omitempty"`
	Name      string   `json:"name,omitempty"`
	ExpiresIn int64    `json:"expires_in,omitempty"`
	RateLimit float64  `json:"rate_limit,omitempty"`
}

// createdKey is the answer to creating or rotating a key (CreatedKey).
type createdKey struct {
	Key      *hokusai.APIKey `json:"key"`
	Secret   string          `json:"secret"`
	Previous *hokusai.APIKey `json:"previous,omitempty"`
}

// whitelistAnswer is the answer of the whitelist routes (Whitelist).
type whitelistAnswer struct {
	ModelID   uint64   `json:"model_id"`
	Consumers []string `json:"consumers"`
}
