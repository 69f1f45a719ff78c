package http_test

import (
	"context"
	"encoding/json"
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
