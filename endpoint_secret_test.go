package hokusai_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// TestEndpointNamesNoServerSecret guards against a manifest that makes the
// server read one of its own secrets for an endpoint: api_key_env and
// every option that names a credential, an environment variable or a file
// is refused with a sentence saying where endpoint keys go, and so are
// headers that carry credentials or are not valid HTTP.
func TestEndpointNamesNoServerSecret(t *testing.T) {
	spec := func(ep map[string]any) hokusai.RuntimeSpec {
		ep["url"] = "https://models.example.com/v1"
		return hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteOpenAI, Options: map[string]any{"endpoint": ep}}
	}
	for _, name := range []string{"api_key_env", "api_key", "API_KEY_ENV", "key_file", "token", "bearer_token_env", "password", "auth_header", "credentials", "env", "secret_path"} {
		_, err := hokusai.ParseRuntimeOptions(spec(map[string]any{name: "HOKUSAI_PASSWORD"}))
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "runtime.options.endpoint."+name || !strings.Contains(err.Error(), "endpoint-secret set") {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, h := range []string{"Authorization", "AUTHORIZATION", "Cookie", "Proxy-Authorization", "Proxy-Anything", "X-Api-Key", "X-Auth-Token", "Host", "Content-Length", "Transfer-Encoding", "Bad Name", "X-\x00"} {
		_, err := hokusai.ParseRuntimeOptions(spec(map[string]any{"headers": map[string]any{h: "v"}}))
		if hokusai.ErrorField(err) != "runtime.options.endpoint.headers" {
			t.Errorf("header %q: %v", h, err)
		}
	}
	if _, err := hokusai.ParseRuntimeOptions(spec(map[string]any{"headers": map[string]any{"X-Ok": "a\nb"}})); hokusai.ErrorField(err) != "runtime.options.endpoint.headers" {
		t.Errorf("header value with a newline: %v", err)
	}
	for name, ep := range map[string]map[string]any{
		"url credentials":  {"url": "https://user:pw@models.example.com/v1"},
		"url without host": {"url": "http:///v1"},
		"long timeout":     {"timeout": "2h"},
		"long backoff":     {"backoff": "1m"},
		"huge batch":       {"batch_size": 1_000_000},
		"huge max_tokens":  {"max_tokens": 1 << 30},
		"many headers":     {"headers": manyHeaders(33)},
	} {
		s := spec(map[string]any{})
		for k, v := range ep {
			s.Options["endpoint"].(map[string]any)[k] = v
		}
		if _, err := hokusai.ParseRuntimeOptions(s); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
	o, err := hokusai.ParseRuntimeOptions(spec(map[string]any{"headers": map[string]any{"X-Team": "blue", "OpenAI-Organization": "org-1"}, "input_key": "rows", "output_key": "preds", "max_tokens": 4}))
	if err != nil || o.Endpoint.Headers["X-Team"] != "blue" {
		t.Fatalf("harmless options refused: %v", err)
	}
}

func manyHeaders(n int) map[string]any {
	h := map[string]any{}
	for i := range n {
		h[fmt.Sprintf("X-H%d", i)] = "v"
	}
	return h
}

// FuzzParseRuntimeOptions feeds arbitrary endpoint options to the manifest
// parser: it never panics, refuses with EINVALID on a runtime.options
// field, and what it accepts names no credential and carries no header a
// request could be hijacked with.
func FuzzParseRuntimeOptions(f *testing.F) {
	f.Add(`{"url":"http://x/v1","model":"m"}`)
	f.Add(`{"url":"http://x","api_key_env":"HOME"}`)
	f.Add(`{"url":"http://x","headers":{"Authorization":"Bearer x"}}`)
	f.Add(`{"url":"http://x","headers":{"X-A":"b\r\nc"},"timeout":"1s"}`)
	f.Fuzz(func(t *testing.T, ep string) {
		var opts map[string]any
		if json.Unmarshal([]byte(`{"endpoint":`+ep+`}`), &opts) != nil {
			return
		}
		o, err := hokusai.ParseRuntimeOptions(hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteJSON, Options: opts})
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.HasPrefix(hokusai.ErrorField(err), "runtime.options") {
				t.Fatalf("error %v (code %s, field %q)", err, hokusai.ErrorCode(err), hokusai.ErrorField(err))
			}
			if len(hokusai.ErrorMessage(err)) > 1000 {
				t.Fatalf("error of %d bytes quotes too much input", len(hokusai.ErrorMessage(err)))
			}
			return
		}
		if m, ok := opts["endpoint"].(map[string]any); ok {
			for k := range m {
				if strings.Contains(strings.ToLower(k), "env") || strings.Contains(strings.ToLower(k), "secret") {
					t.Fatalf("option %q accepted", k)
				}
			}
		}
		for k, v := range o.Endpoint.Headers {
			n := strings.ToLower(k)
			if n == "authorization" || n == "cookie" || strings.HasPrefix(n, "proxy-") || n == "host" || strings.ContainsAny(k+v, "\r\n\x00") {
				t.Fatalf("header %q: %q accepted", k, v)
			}
		}
	})
}

// FuzzCheckEndpointSecret: an accepted secret is 1–MaxEndpointSecret
// bytes of printable ASCII (it can travel in a header as it is), and no
// error repeats the secret.
func FuzzCheckEndpointSecret(f *testing.F) {
	f.Add("sk-abc123")
	f.Add("sk-\r\nX: y")
	f.Add(" sk")
	f.Add(strings.Repeat("k", hokusai.MaxEndpointSecret+1))
	f.Fuzz(func(t *testing.T, s string) {
		err := hokusai.CheckEndpointSecret(s)
		if err == nil {
			if s == "" || len(s) > hokusai.MaxEndpointSecret {
				t.Fatalf("%d bytes accepted", len(s))
			}
			for i := 0; i < len(s); i++ {
				if s[i] < 0x20 || s[i] > 0x7e {
					t.Fatalf("byte %#x accepted", s[i])
				}
			}
			return
		}
		if hokusai.ErrorField(err) != "api_key" {
			t.Fatalf("field %q", hokusai.ErrorField(err))
		}
		if len(s) >= 8 && strings.Contains(err.Error(), s) {
			t.Fatalf("the error repeats the secret: %v", err)
		}
	})
}
