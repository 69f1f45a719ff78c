package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
	"gopkg.in/yaml.v3"
	"pgregory.net/rapid"
)

// FuzzModelRef: whatever a client puts where the model id goes, the server
// answers 200 (with the model asked for), 400 naming "id", or 404 — never
// a 500 — and always in the documented JSON shapes.
func FuzzModelRef(f *testing.F) {
	db := sqlite.NewDB(filepath.Join(f.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	ms := sqlite.NewModelService(db)
	for i, tk := range []string{"IRIS", "VOTE"} {
		if err := ms.UpsertModel(context.Background(), storetest.NewModel(uint64(i+1), tk)); err != nil {
			f.Fatal(err)
		}
	}
	h := hhttp.NewServer(hhttp.Config{ModelService: ms}).Handler()
	for _, s := range []string{"1", "2", "iris", "VoTe", "0", "00001", "-1", "1.0", "18446744073709551616", "ABCDEFG", "é", " 1", "a b", "%", "..", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		req := httptest.NewRequest("GET", "/v1/models/x", nil)
		req.URL.Path = "/v1/models/" + ref
		req.URL.RawPath = "/v1/models/" + url.PathEscape(ref)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		body := rec.Body.Bytes()
		switch rec.Code {
		case http.StatusOK:
			var m struct {
				ID     uint64 `json:"id"`
				Ticker string `json:"ticker"`
			}
			if err := json.Unmarshal(body, &m); err != nil {
				t.Fatalf("%q: 200 with %s", ref, body)
			}
			r := strings.TrimSpace(ref)
			if id, err := strconv.ParseUint(r, 10, 64); err == nil {
				if id != m.ID {
					t.Fatalf("%q: asked for id %d, got %d", ref, id, m.ID)
				}
			} else if !strings.EqualFold(r, m.Ticker) {
				t.Fatalf("%q: got ticker %s", ref, m.Ticker)
			}
		case http.StatusBadRequest, http.StatusNotFound, http.StatusMethodNotAllowed:
			var e struct {
				Error struct{ Code, Message, Field string }
			}
			if err := json.Unmarshal(body, &e); err != nil || e.Error.Message == "" {
				t.Fatalf("%q: %d with %s", ref, rec.Code, body)
			}
			if rec.Code == http.StatusBadRequest && (e.Error.Code != hokusai.EINVALID || e.Error.Field != "id") {
				t.Fatalf("%q: 400 with %s", ref, body)
			}
		case http.StatusMovedPermanently, http.StatusTemporaryRedirect:
			// net/http redirects paths with "." or ".." segments to their
			// clean form; nothing else may redirect.
			if p := "/v1/models/" + url.PathEscape(ref); path.Clean(p) == p {
				t.Fatalf("%q: unexpected redirect to %s", ref, rec.Header().Get("Location"))
			}
		default:
			t.Fatalf("%q: status %d: %s", ref, rec.Code, body)
		}
	})
}

// TestModelParametersMatchTheDocument: the OpenAPI document states the
// ranges and patterns the model endpoints enforce, so generated clients and
// the schemathesis fuzz send what the server accepts. Each documented bound
// of limit and offset is accepted and one past it is refused naming the
// field; every value matching a documented pattern is accepted (200, or
// 404 for a well-formed model that does not exist), never refused as
// malformed.
func TestModelParametersMatchTheDocument(t *testing.T) {
	type schema struct {
		Minimum *int64 `yaml:"minimum"`
		Maximum *int64 `yaml:"maximum"`
		Pattern string `yaml:"pattern"`
	}
	type param struct {
		Name   string `yaml:"name"`
		Schema schema `yaml:"schema"`
	}
	var doc struct {
		Paths map[string]struct {
			Get struct {
				Parameters []param `yaml:"parameters"`
			} `yaml:"get"`
		} `yaml:"paths"`
		Components struct {
			Parameters map[string]param `yaml:"parameters"`
		} `yaml:"components"`
	}
	if err := yaml.Unmarshal(hhttp.OpenAPI, &doc); err != nil {
		t.Fatal(err)
	}
	f := newServer(t, nil)
	status := func(path string) (int, []byte) {
		code, _, body := f.do(t, "GET", path)
		return code, body
	}

	for _, name := range []string{"Limit", "Offset"} {
		p := doc.Components.Parameters[name]
		if p.Schema.Minimum == nil || p.Schema.Maximum == nil {
			t.Fatalf("parameter %s documents no range: %+v", name, p.Schema)
		}
		lo, hi := *p.Schema.Minimum, *p.Schema.Maximum
		for _, v := range []int64{lo, hi} {
			if code, body := status(fmt.Sprintf("/v1/models?%s=%d", p.Name, v)); code != 200 {
				t.Errorf("%s=%d is documented as accepted; got %d %s", p.Name, v, code, body)
			}
		}
		for _, v := range []int64{lo - 1, hi + 1} {
			code, h, body := f.do(t, "GET", fmt.Sprintf("/v1/models?%s=%d", p.Name, v))
			checkError(t, code, h, body, 400, hokusai.EINVALID, p.Name)
		}
	}
	if max := *doc.Components.Parameters["Limit"].Schema.Maximum; max != hhttp.MaxLimit {
		t.Errorf("documented limit maximum %d, server's MaxLimit %d", max, hhttp.MaxLimit)
	}

	patterns := map[string]string{"ModelRef": doc.Components.Parameters["ModelRef"].Schema.Pattern}
	for _, p := range doc.Paths["/v1/models"].Get.Parameters {
		if p.Schema.Pattern != "" {
			patterns[p.Name] = p.Schema.Pattern
		}
	}
	for _, name := range []string{"ModelRef", "ticker", "owner"} {
		if patterns[name] == "" {
			t.Fatalf("parameter %s documents no pattern", name)
		}
	}
	rapid.Check(t, func(rt *rapid.T) {
		ref := rapid.StringMatching(patterns["ModelRef"]).Draw(rt, "ref")
		if code, body := status("/v1/models/" + url.PathEscape(ref)); code != 200 && code != 404 {
			rt.Fatalf("model ref %q matches the documented pattern; got %d %s", ref, code, body)
		}
		for _, q := range []string{"ticker", "owner"} {
			v := rapid.StringMatching(patterns[q]).Draw(rt, q)
			if code, body := status("/v1/models?" + q + "=" + url.QueryEscape(v)); code != 200 {
				rt.Fatalf("%s=%q matches the documented pattern; got %d %s", q, v, code, body)
			}
		}
	})
}

// TestModelErrorsQuoteAnExcerpt: a malformed model reference, ticker or
// owner is quoted in the error only as a short excerpt, so a client cannot
// make the server echo kilobytes of its own input back.
func TestModelErrorsQuoteAnExcerpt(t *testing.T) {
	f := newServer(t, nil)
	long := strings.Repeat("a", 2000)
	for path, field := range map[string]string{
		"/v1/models?owner=0x" + long:               "owner",
		"/v1/models?ticker=" + long:                "ticker",
		"/v1/models/" + long:                       "id",
		"/v1/models/1" + strings.Repeat("9", 2000): "id",
	} {
		code, h, body := f.do(t, "GET", path)
		msg := checkError(t, code, h, body, 400, hokusai.EINVALID, field)
		if strings.Contains(msg, strings.Repeat("a", hokusai.ExcerptLen+1)) || strings.Contains(msg, strings.Repeat("9", hokusai.ExcerptLen+1)) {
			t.Errorf("%s: the error quotes more than an excerpt (%d bytes): %.120s…", path[:24], len(msg), msg)
		}
	}
}
