// Package web is the Hokusai web portal: a small single-page app built from
// src/ by `npm run build` (esbuild) into dist/, which is committed and
// embedded here, so `go run ./cmd/hokusai serve` on a fresh clone serves it
// without npm. The server hands it every path outside the API.
//
// The portal holds no key: transactions and signed requests are made in the
// browser by the user's wallet (any EIP-6963/EIP-1193 wallet, or on the
// embedded dev chain the built-in dev wallet), never by the server.
package web

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/hokusai-protocol/hokusai"
)

//go:generate sh -c "[ -d node_modules ] && npm ls --silent >/dev/null 2>&1 || npm ci --silent --no-audit --no-fund; node build.mjs"

//go:embed dist
var dist embed.FS

// Dist is the built portal: index.html and its assets.
var Dist, _ = fs.Sub(dist, "dist")

// asset is one built file, kept plain and gzipped.
type asset struct {
	body, gz []byte
	ctype    string
}

var (
	assetsOnce sync.Once
	assets     map[string]*asset
)

// load reads every built file once and gzips the text ones.
func load() {
	assets = map[string]*asset{}
	_ = fs.WalkDir(Dist, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Dist, p)
		if err != nil {
			return err
		}
		a := &asset{body: b, ctype: mime.TypeByExtension(path.Ext(p))}
		if a.ctype == "" {
			a.ctype = "application/octet-stream"
		}
		if len(b) > 512 && !strings.HasPrefix(a.ctype, "image/png") {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			_, _ = zw.Write(b)
			_ = zw.Close()
			a.gz = buf.Bytes()
		}
		assets["/"+p] = a
		return nil
	})
}

// Handler serves the portal: "/" is index.html (the app routes with the
// URL fragment), other paths are built assets, gzipped when the browser
// accepts it; anything else is a 404. Only GET and HEAD are answered.
func Handler() http.Handler {
	assetsOnce.Do(load)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "The portal answers GET and HEAD only.", http.StatusMethodNotAllowed)
			return
		}
		p := r.URL.Path
		if p == "/" {
			p = "/index.html"
		}
		a, ok := assets[p]
		if !ok || p == "/index.html" && r.URL.Path != "/" {
			http.Error(w, "No such page: "+hokusai.Excerpt(r.URL.Path)+". The portal is at /.", http.StatusNotFound)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.ctype)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Vary", "Accept-Encoding")
		if p == "/index.html" {
			h.Set("Cache-Control", "no-cache")
			// Scripts and styles only from this origin; connections to this
			// origin and the chain's JSON-RPC (another port on the same host).
			h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' http: https: ws: wss:; frame-ancestors 'none'")
			h.Set("Referrer-Policy", "no-referrer")
		} else {
			h.Set("Cache-Control", "public, max-age=3600")
		}
		body := a.body
		if a.gz != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.Set("Content-Encoding", "gzip")
			body = a.gz
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodGet {
			_, _ = w.Write(body)
		}
	})
}
