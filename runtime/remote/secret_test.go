package remote_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/netguard"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/remote"
)

// headerRecorder is a remote-json endpoint that answers 0 for every row
// and keeps every request's headers.
type headerRecorder struct {
	mu   sync.Mutex
	seen []http.Header
}

func (h *headerRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.seen = append(h.seen, r.Header.Clone())
	h.mu.Unlock()
	var n int
	b, _ := io.ReadAll(r.Body)
	n = strings.Count(string(b), "{") - 1
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"predictions":[%s]}`, strings.TrimSuffix(strings.Repeat("0,", n), ","))
}

func (h *headerRecorder) all() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var sb strings.Builder
	for _, hd := range h.seen {
		for k, vs := range hd {
			fmt.Fprintf(&sb, "%s: %s\n", k, strings.Join(vs, ","))
		}
	}
	return sb.String()
}

// TestManifestCannotSendServerSecrets guards against a manifest that makes
// the server send one of its environment variables (or any credential it
// did not get from the model's owner) to an endpoint the manifest chose:
// api_key_env and its relatives and credential headers are refused, and
// an endpoint that records every header never sees a server value.
func TestManifestCannotSendServerSecrets(t *testing.T) {
	env := map[string]string{
		"HOKUSAI_PASSWORD":      "pw-3f9a1c",
		"HOKUSAI_EVALUATOR_KEY": "0xevaluator-7d2e",
		"HOKUSAI_ATTESTER_KEYS": "0xattester-51bb",
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	rec := &headerRecorder{}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	endpoint := func(extra map[string]any) hokusai.RuntimeSpec {
		ep := map[string]any{"url": srv.URL + "/predict"}
		for k, v := range extra {
			ep[k] = v
		}
		return hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteJSON, Options: map[string]any{"endpoint": ep}}
	}
	for _, extra := range []map[string]any{
		{"api_key_env": "HOKUSAI_PASSWORD"},
		{"api_key_env": "HOME"},
		{"api_key": "HOKUSAI_EVALUATOR_KEY"},
		{"api_key_file": "/etc/passwd"},
		{"token_env": "HOKUSAI_ATTESTER_KEYS"},
		{"headers": map[string]any{"Authorization": "Bearer x"}},
		{"headers": map[string]any{"authorization": "Bearer x"}},
		{"headers": map[string]any{"Cookie": "session=1"}},
		{"headers": map[string]any{"Proxy-Authorization": "Basic eA=="}},
		{"headers": map[string]any{"X-Api-Key": "x"}},
		{"headers": map[string]any{"X-Ok": "a\r\nAuthorization: Bearer x"}},
	} {
		p, err := hkruntime.Open(endpoint(extra), t.TempDir(), hkruntime.Config{})
		if err == nil {
			_, _ = p.Predict(context.Background(), []hokusai.Row{{"x": 1}})
			t.Errorf("manifest endpoint %v was accepted", extra)
			continue
		}
		if hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.HasPrefix(hokusai.ErrorField(err), "runtime.options.endpoint") {
			t.Errorf("%v: got %v, want EINVALID on runtime.options.endpoint…", extra, err)
		}
		if _, ok := extra["api_key_env"]; ok && !strings.Contains(err.Error(), "endpoint-secret") {
			t.Errorf("%v: the error does not say where credentials go now: %v", extra, err)
		}
	}
	// A manifest with harmless extra headers is served, and nothing of the
	// server's environment travels with it.
	p, err := hkruntime.Open(endpoint(map[string]any{"headers": map[string]any{"X-Team": "blue"}}), t.TempDir(), hkruntime.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Predict(context.Background(), []hokusai.Row{{"x": 1}, {"x": 2}}); err != nil {
		t.Fatal(err)
	}
	seen := rec.all()
	for k, v := range env {
		if strings.Contains(seen, v) {
			t.Errorf("the endpoint received %s's value", k)
		}
	}
	if strings.Contains(strings.ToLower(seen), "authorization") || !strings.Contains(seen, "X-Team: blue") {
		t.Errorf("headers seen:\n%s", seen)
	}
}

// TestCredentialFromServer: the owner's key reaches the endpoint as a
// bearer token, resolved at each request (a rotated key is used at once);
// a key that cannot be resolved stops the call before anything is sent.
func TestCredentialFromServer(t *testing.T) {
	rec := &headerRecorder{}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	var key atomic.Value
	key.Store("sk-owner-1")
	resolve := func(context.Context) (string, error) { return key.Load().(string), nil }
	m, err := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL}}, nil, remote.WithCredential(resolve))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Predict(context.Background(), []hokusai.Row{{"x": 1}}); err != nil {
		t.Fatal(err)
	}
	key.Store("sk-owner-2")
	if _, err := m.Predict(context.Background(), []hokusai.Row{{"x": 1}}); err != nil {
		t.Fatal(err)
	}
	if len(rec.seen) != 2 || rec.seen[0].Get("Authorization") != "Bearer sk-owner-1" || rec.seen[1].Get("Authorization") != "Bearer sk-owner-2" {
		t.Fatalf("headers seen:\n%s", rec.all())
	}
	broken := remote.WithCredential(func(context.Context) (string, error) {
		return "", hokusai.Errorf(hokusai.EUNAVAILABLE, "The endpoint secret cannot be read.")
	})
	m, _ = remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL}}, nil, broken)
	if _, err := m.Predict(context.Background(), []hokusai.Row{{"x": 1}}); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("unresolvable key: %v", err)
	}
	if len(rec.seen) != 2 {
		t.Fatalf("a request went out without its key")
	}
}

// TestPrivateEndpointRefused guards against the server calling its own
// loopback on a consumer's behalf: through a guarded client, an endpoint
// on 127.0.0.1 is refused at dial time, at once (not retried), and the
// endpoint never sees a request.
func TestPrivateEndpointRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	for _, u := range []string{srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		m, err := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: u, Attempts: 3}}, netguard.Client(netguard.Options{}), withKey("sk-owner"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = m.Predict(context.Background(), []hokusai.Row{{"x": 1}})
		if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(err.Error(), "loopback") || !strings.Contains(err.Error(), "--allow-private-endpoints") {
			t.Errorf("%s: got %v", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Fatalf("the loopback endpoint was called %d times", hits.Load())
	}
}

// TestResponseBound: an answer longer than MaxResponse is refused while
// it is read (with or without a Content-Length), and the error names the
// bound.
func TestResponseBound(t *testing.T) {
	for _, declared := range []bool{false, true} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := remote.MaxResponse + 1
			if declared {
				w.Header().Set("Content-Length", fmt.Sprint(n))
			}
			chunk := []byte(strings.Repeat(" ", 64<<10))
			for n > 0 {
				k := min(n, len(chunk))
				if _, err := w.Write(chunk[:k]); err != nil {
					return
				}
				n -= k
			}
		}))
		m, _ := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL}}, nil)
		_, err := m.Predict(context.Background(), []hokusai.Row{{"x": 1}})
		srv.Close()
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%d MiB", remote.MaxResponse>>20)) || errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("declared length %v: got %v", declared, err)
		}
	}
}
