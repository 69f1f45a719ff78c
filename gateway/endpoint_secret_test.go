package gateway_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/netguard"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/seal"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// headerLog records the Authorization header of every request a handler
// gets before passing it on.
type headerLog struct {
	mu   sync.Mutex
	auth []string
	next http.Handler
}

func (l *headerLog) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	l.auth = append(l.auth, r.Header.Get("Authorization"))
	l.mu.Unlock()
	l.next.ServeHTTP(w, r)
}

func (l *headerLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	a := l.auth
	l.auth = nil
	return a
}

// secretEnv is the gateway test environment with endpoint secrets: the
// package cache reads them from a sealed SQLite store, calls endpoints
// through a netguard client (private endpoints allowed, since the test
// endpoints listen on 127.0.0.1), and the endpoint-secret API is served
// beside the gateway.
type secretEnv struct {
	*env
	secrets *sqlite.EndpointSecretService
	cache   *gateway.PackageCache
	api     *httptest.Server
	domain  signreq.Domain
	llmLog  *headerLog
}

func newSecretEnv(t *testing.T, allowPrivate bool) *secretEnv {
	t.Helper()
	sdb := sqlite.NewDB(filepath.Join(t.TempDir(), "secrets.db"))
	if err := sdb.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sdb.Close() })
	key := make([]byte, seal.KeySize)
	_, _ = rand.Read(key)
	secrets, err := sqlite.NewEndpointSecretService(sdb, key)
	if err != nil {
		t.Fatal(err)
	}
	se := &secretEnv{secrets: secrets}
	se.env = newEnv(t, func(c *gateway.Config) {
		se.cache = c.Serving.(*gateway.PackageCache)
		se.cache.Secrets = secrets
		se.cache.Runtime.HTTPClient = netguard.Client(netguard.Options{AllowPrivate: allowPrivate})
	})
	se.llmLog = &headerLog{next: http.HandlerFunc(se.fakeLLM)}
	se.llm.Config.Handler = se.llmLog
	se.domain = signreq.Domain{ChainID: 1337, Platform: common.HexToAddress("0x00000000000000000000000000000000000000f1")}
	// The endpoint-secret routes, as `hokusai serve` serves them.
	hs := hhttp.NewServer(hhttp.Config{ModelService: sqlite.NewModelService(se.db), EndpointSecrets: secrets,
		Signed: &signreq.Verifier{Domain: se.domain, Nonces: sqlite.NewNonceService(sdb)}})
	se.api = httptest.NewServer(hs.Handler())
	t.Cleanup(se.api.Close)
	return se
}

// signed sends a request to the endpoint-secret API, signed by key (nil:
// unsigned), and returns the status and body.
func (se *secretEnv) signed(method, path string, model uint64, action string, body []byte, key *ecdsa.PrivateKey) (int, []byte) {
	se.t.Helper()
	req, _ := http.NewRequest(method, se.api.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != nil {
		if err := se.domain.SetHeaders(req.Header, signreq.NewRequest(action, model, body, time.Now()), key); err != nil {
			se.t.Fatal(err)
		}
	}
	return se.send(req)
}

func (se *secretEnv) send(req *http.Request) (int, []byte) {
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		se.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

func (se *secretEnv) chat(key string) (int, []byte) {
	st, b, _ := se.raw("POST", "/v1/chat/completions", key, map[string]any{"model": "CHAT", "messages": []any{map[string]any{"role": "user", "content": "hi"}}})
	return st, b
}

// TestEndpointSecretOwnerOnly guards against endpoint credentials that
// leak or that anyone could set: only the model's owner, by a signed
// request, sets or deletes the key; it reaches that model's endpoint as a
// bearer token and no other; GET and the PUT answer never return it; a
// replayed or unsigned request is refused.
func TestEndpointSecretOwnerOnly(t *testing.T) {
	se := newSecretEnv(t, true)
	const secret = "sk-owner-chat-5e1f0c"
	body, _ := json.Marshal(map[string]string{"api_key": secret})
	path := fmt.Sprintf("/v1/models/%d/endpoint_secret", modelChat)
	stranger, _ := crypto.GenerateKey()

	st, b := se.send(mustRequest(t, "GET", se.api.URL+path))
	if st != 200 || !strings.Contains(string(b), `"set":false`) {
		t.Fatalf("GET before: %d %s", st, b)
	}
	if st, b := se.signed("PUT", path, modelChat, signreq.ActionSetEndpointSecret, body, nil); st != http.StatusUnauthorized {
		t.Fatalf("unsigned PUT: %d %s", st, b)
	}
	if st, b := se.signed("PUT", path, modelChat, signreq.ActionSetEndpointSecret, body, stranger); st != http.StatusForbidden {
		t.Fatalf("PUT by a non-owner: %d %s", st, b)
	}
	if st, b := se.signed("PUT", path, modelChat, signreq.ActionDeleteEndpointSecret, body, se.owner); st != http.StatusForbidden {
		t.Fatalf("PUT signed for delete: %d %s", st, b)
	}
	if st, b := se.signed("PUT", fmt.Sprintf("/v1/models/%d/endpoint_secret", modelVotes), modelChat, signreq.ActionSetEndpointSecret, body, se.owner); st != http.StatusForbidden {
		t.Fatalf("PUT signed for another model: %d %s", st, b)
	}
	if _, err := se.secrets.EndpointSecret(se.ctx, modelChat); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("refused requests stored a secret: %v", err)
	}

	req := mustRequest(t, "PUT", se.api.URL+path)
	req.Body = io.NopCloser(bytes.NewReader(body))
	if err := se.domain.SetHeaders(req.Header, signreq.NewRequest(signreq.ActionSetEndpointSecret, modelChat, body, time.Now()), se.owner); err != nil {
		t.Fatal(err)
	}
	replay := req.Clone(context.Background())
	replay.Body = io.NopCloser(bytes.NewReader(body))
	st, b = se.send(req)
	if st != 200 || strings.Contains(string(b), secret) || !strings.Contains(string(b), `"set":true`) {
		t.Fatalf("owner PUT: %d %s", st, b)
	}
	if st, b := se.send(replay); st != http.StatusConflict {
		t.Fatalf("replayed PUT: %d %s", st, b)
	}
	st, b = se.send(mustRequest(t, "GET", se.api.URL+"/v1/models/chat/endpoint_secret"))
	if st != 200 || strings.Contains(string(b), secret) || !strings.Contains(string(b), `"set":true`) || !strings.Contains(strings.ToLower(string(b)), strings.ToLower(crypto.PubkeyToAddress(se.owner.PublicKey).Hex())) {
		t.Fatalf("GET after: %d %s", st, b)
	}

	// The key goes to the chat model's endpoint, as a bearer token.
	key, who := se.newKey(hokusai.ScopeCall)
	se.credit(who, 1_000_000)
	if st, b := se.chat(key); st != 200 {
		t.Fatalf("chat: %d %s", st, b)
	}
	if got := se.llmLog.take(); len(got) != 1 || got[0] != "Bearer "+secret {
		t.Fatalf("the chat endpoint got Authorization %q", got)
	}

	// Another model's endpoint never gets it.
	other := &headerLog{next: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"predictions":[1]}`)
	})}
	osrv := httptest.NewServer(other)
	defer osrv.Close()
	se.registerRemoteJSON(modelNone, osrv.URL)
	s, err := se.cache.Serve(se.ctx, modelNone)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Predictor.Predict(se.ctx, []hokusai.Row{{"x": 1}}); err != nil {
		t.Fatal(err)
	}
	if got := other.take(); len(got) != 1 || got[0] != "" {
		t.Fatalf("another model's endpoint got Authorization %q", got)
	}

	if st, b := se.signed("DELETE", path, modelChat, signreq.ActionDeleteEndpointSecret, nil, stranger); st != http.StatusForbidden {
		t.Fatalf("DELETE by a non-owner: %d %s", st, b)
	}
	if st, b := se.signed("DELETE", path, modelChat, signreq.ActionDeleteEndpointSecret, nil, se.owner); st != 200 || !strings.Contains(string(b), `"set":false`) {
		t.Fatalf("owner DELETE: %d %s", st, b)
	}
	if st, b := se.chat(key); st != 200 {
		t.Fatalf("chat after delete: %d %s", st, b)
	}
	if got := se.llmLog.take(); len(got) != 1 || got[0] != "" {
		t.Fatalf("after delete the chat endpoint got Authorization %q", got)
	}
}

// TestEndpointSecretBodyBounds: a PUT body over its bound, a secret that
// could not travel in a header, or a body that is not the documented
// object is refused with a named field, and never echoed.
func TestEndpointSecretBodyBounds(t *testing.T) {
	se := newSecretEnv(t, true)
	path := fmt.Sprintf("/v1/models/%d/endpoint_secret", modelChat)
	for name, body := range map[string]string{
		"too large":   `{"api_key":"` + strings.Repeat("k", 40<<10) + `"}`,
		"too long":    `{"api_key":"` + strings.Repeat("k", hokusai.MaxEndpointSecret+1) + `"}`,
		"newline":     `{"api_key":"sk-SECRETVALUE\r\nX: y"}`,
		"other field": `{"api_key":"sk-SECRETVALUE","api_key_env":"HOME"}`,
		"not json":    `sk-SECRETVALUE`,
		"empty":       `{"api_key":""}`,
	} {
		st, b := se.signed("PUT", path, modelChat, signreq.ActionSetEndpointSecret, []byte(body), se.owner)
		want := http.StatusBadRequest
		if name == "too large" { // the server's guard refuses it unread
			want = http.StatusRequestEntityTooLarge
		}
		if st != want || strings.Contains(string(b), "SECRETVALUE") || len(b) > 1024 {
			t.Errorf("%s: %d %.300s", name, st, b)
		}
	}
	if _, err := se.secrets.EndpointSecret(se.ctx, modelChat); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("a refused body stored a secret: %v", err)
	}
}

// TestChatPrivateEndpointRefused guards against the server calling its own
// network for a consumer: with private endpoints not allowed, a chat model
// whose endpoint is on 127.0.0.1 is never called, the consumer gets a 503
// that says why, and nothing is charged.
func TestChatPrivateEndpointRefused(t *testing.T) {
	se := newSecretEnv(t, false)
	key, who := se.newKey(hokusai.ScopeCall)
	se.credit(who, 1_000_000)
	before := se.spendable(who)
	st, b := se.chat(key)
	if st != http.StatusServiceUnavailable || !strings.Contains(string(b), "loopback") {
		t.Fatalf("chat to a loopback endpoint: %d %s", st, b)
	}
	if got := se.llmLog.take(); len(got) != 0 {
		t.Fatalf("the loopback endpoint was called %d times", len(got))
	}
	if se.spendable(who) != before {
		t.Fatalf("a refused call was charged")
	}
}

// TestChatAnswerBound guards against an endpoint answer read without a
// bound or silently cut: an answer over 16 MiB is refused with an error
// that names the bound, and not charged.
func TestChatAnswerBound(t *testing.T) {
	se := newSecretEnv(t, true)
	se.llmLog.next = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		pad := strings.Repeat("x", 17<<20)
		fmt.Fprintf(w, `{"id":"c","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"%s"}}]}`, pad)
	})
	key, who := se.newKey(hokusai.ScopeCall)
	se.credit(who, 1_000_000)
	before := se.spendable(who)
	st, b := se.chat(key)
	if st != http.StatusServiceUnavailable || !strings.Contains(string(b), "16 MiB") {
		t.Fatalf("oversized answer: %d %.300s", st, b)
	}
	if se.spendable(who) != before {
		t.Fatalf("an oversized answer was charged")
	}
}

func mustRequest(t *testing.T, method, url string) *http.Request {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// registerRemoteJSON makes a remote-json package pointing at url the
// model's head.
func (se *secretEnv) registerRemoteJSON(model uint64, url string) {
	se.t.Helper()
	dir := se.t.TempDir()
	spec := hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteJSON, Options: map[string]any{"endpoint": map[string]any{"url": url}}}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("A model served elsewhere.\n"), 0o644); err != nil {
		se.t.Fatal(err)
	}
	pkg := packageDir(se.t, dir, spec, "0.1.0")
	info, err := se.blobs.Put(se.ctx, bytes.NewReader(pkg), "")
	if err != nil {
		se.t.Fatal(err)
	}
	p, err := pack.Verify(bytes.NewReader(pkg), pack.VerifyOptions{})
	if err != nil {
		se.t.Fatal(err)
	}
	if err := se.reg.CreateVersion(se.ctx, &hokusai.ModelVersion{ModelID: model, Version: p.Manifest.Version, Digest: info.Digest, ManifestDigest: p.ManifestDigest, Size: info.Size, Manifest: p.Manifest}); err != nil {
		se.t.Fatal(err)
	}
	if err := se.reg.SetHead(se.ctx, model, p.Manifest.Version, hokusai.WAD); err != nil {
		se.t.Fatal(err)
	}
}

// TestEndpointSecretGuardedBodyStatus: behind the REST server, a PUT body
// sent without a length and over its bound is refused with the guard's
// 413, not re-wrapped as a 400, and nothing is stored.
func TestEndpointSecretGuardedBodyStatus(t *testing.T) {
	se := newSecretEnv(t, true)
	body := []byte(`{"api_key":"` + strings.Repeat("k", 40<<10) + `"}`)
	req, err := http.NewRequest("PUT", se.api.URL+fmt.Sprintf("/v1/models/%d/endpoint_secret", modelChat), io.MultiReader(bytes.NewReader(body)))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if err := se.domain.SetHeaders(req.Header, signreq.NewRequest(signreq.ActionSetEndpointSecret, modelChat, body, time.Now()), se.owner); err != nil {
		t.Fatal(err)
	}
	if st, b := se.send(req); st != http.StatusRequestEntityTooLarge || len(b) > 1024 {
		t.Fatalf("chunked oversized PUT: %d %.300s", st, b)
	}
	if _, err := se.secrets.EndpointSecret(se.ctx, modelChat); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("a refused body stored a secret: %v", err)
	}
}
