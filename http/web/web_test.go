package web_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai/http/web"
)

func get(t *testing.T, path, encoding string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	if encoding != "" {
		r.Header.Set("Accept-Encoding", encoding)
	}
	w := httptest.NewRecorder()
	web.Handler().ServeHTTP(w, r)
	return w.Result()
}

// The index names only assets the binary embeds, each served with its type,
// gzipped for a browser that accepts it and identical once decompressed.
func TestIndexAssetsServed(t *testing.T) {
	res := get(t, "/", "")
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET / = %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("GET / has no same-origin content security policy: %q", res.Header.Get("Content-Security-Policy"))
	}
	refs := regexp.MustCompile(`(?:src|href)="(/app\.[a-z]+)"`).FindAllStringSubmatch(string(body), -1)
	if len(refs) < 2 {
		t.Fatalf("index.html references %d assets, want the script and the stylesheet", len(refs))
	}
	want := map[string]string{"/app.js": "text/javascript", "/app.css": "text/css"}
	for _, m := range refs {
		plain := get(t, m[1], "")
		pb, _ := io.ReadAll(plain.Body)
		if plain.StatusCode != 200 || len(pb) == 0 {
			t.Fatalf("GET %s = %d, %d bytes", m[1], plain.StatusCode, len(pb))
		}
		if ct := want[m[1]]; ct != "" && !strings.HasPrefix(plain.Header.Get("Content-Type"), ct) {
			t.Errorf("GET %s: Content-Type %q, want %s", m[1], plain.Header.Get("Content-Type"), ct)
		}
		gz := get(t, m[1], "gzip, br")
		if gz.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("GET %s with Accept-Encoding gzip: Content-Encoding %q", m[1], gz.Header.Get("Content-Encoding"))
		}
		zr, err := gzip.NewReader(gz.Body)
		if err != nil {
			t.Fatal(err)
		}
		unz, _ := io.ReadAll(zr)
		if string(unz) != string(pb) {
			t.Errorf("GET %s: gzipped body differs from the plain one", m[1])
		}
	}
}

// Nothing but the index and built files is served, and nothing is written.
func TestUnknownPathsAndMethods(t *testing.T) {
	for _, p := range []string{"/index.html", "/nope", "/../web.go", "/src/main.js"} {
		if res := get(t, p, ""); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", p, res.StatusCode)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader("x"))
	w := httptest.NewRecorder()
	web.Handler().ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST / = %d Allow %q, want 405 GET, HEAD", w.Code, w.Header().Get("Allow"))
	}
}
