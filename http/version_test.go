package http_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

type versionFixture struct {
	url   string
	owner *ecdsa.PrivateKey
	reg   *sqlite.RegistryService
	blobs *blob.Local
}

// newVersionServer runs the API with the version routes over a real SQLite
// file and blob directory; model 1 (IRIS) is owned by f.owner.
func newVersionServer(t *testing.T, cfg func(v *hhttp.Versions)) *versionFixture {
	t.Helper()
	dir := t.TempDir()
	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	key, _ := crypto.GenerateKey()
	ms := sqlite.NewModelService(db)
	m := storetest.NewModel(1, "IRIS")
	m.Owner = crypto.PubkeyToAddress(key.PublicKey).Hex()
	if err := ms.UpsertModel(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	blobs, err := blob.NewLocal(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	reg := sqlite.NewRegistryService(db)
	v := &hhttp.Versions{Models: ms, Registry: reg, Blobs: blobs, TempDir: dir}
	if cfg != nil {
		cfg(v)
	}
	s := hhttp.NewServer(hhttp.Config{ModelService: ms})
	v.Register(s)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &versionFixture{url: ts.URL, owner: key, reg: reg, blobs: blobs}
}

func buildPackage(t *testing.T, version string, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "model.json"), []byte(`{"w":[1,2,3]}`), 0o644)
	m := hokusai.Manifest{Name: "iris", Version: version, Description: "Iris species.", Architecture: "softmax",
		Training:    hokusai.Training{Methodology: "L-BFGS", Recipe: hokusai.Recipe{Runtime: "softmax", Seed: 3}},
		InputSchema: map[string]any{"type": "array"}, OutputSchema: map[string]any{"type": "string"},
		Runtime: hokusai.RuntimeSpec{Kind: "softmax", Entrypoint: "model.json"}, Metrics: map[string]float64{"accuracy": 0.96}}
	var buf bytes.Buffer
	if _, err := pack.Package(dir, m, pack.Options{Key: key, Out: &buf}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type apiAnswer struct {
	status int
	header http.Header
	body   []byte
}

func (a apiAnswer) errorBody(t *testing.T) (code, field, msg string) {
	var e struct {
		Error struct{ Code, Field, Message string }
	}
	if err := json.Unmarshal(a.body, &e); err != nil {
		t.Fatalf("not an error body: %s", a.body)
	}
	return e.Error.Code, e.Error.Field, e.Error.Message
}

func call(t *testing.T, method, url string, body []byte) apiAnswer {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return apiAnswer{resp.StatusCode, resp.Header, b}
}

func TestVersionsUploadListShowDownload(t *testing.T) {
	f := newVersionServer(t, nil)
	archive := buildPackage(t, "1.0.0", f.owner)
	a := call(t, "POST", f.url+"/v1/models/iris/versions", archive)
	if a.status != 201 || a.header.Get("Location") != "/v1/models/1/versions/1.0.0" {
		t.Fatalf("upload: %d %s", a.status, a.body)
	}
	var v hhttp.VersionJSON
	json.Unmarshal(a.body, &v)
	if v.Digest != blob.Digest(archive) || v.Signer != crypto.PubkeyToAddress(f.owner.PublicKey).Hex() || v.Metrics["accuracy"] != 0.96 {
		t.Fatalf("version: %+v", v)
	}
	if _, err := f.blobs.Stat(context.Background(), v.Digest); err != nil {
		t.Fatalf("archive not in the blob store: %v", err)
	}
	// The first version is the head, at the model's baseline (0.884).
	a = call(t, "GET", f.url+"/v1/models/1/versions", nil)
	var l hhttp.VersionListJSON
	if err := json.Unmarshal(a.body, &l); err != nil || a.status != 200 || len(l.Data) != 1 || l.Head == nil || l.Head.Version != "1.0.0" || l.Head.Score != "0.884" {
		t.Fatalf("list: %d %s", a.status, a.body)
	}
	// A second version does not move the head; SetHead (the evaluator) does.
	if a := call(t, "POST", f.url+"/v1/models/1/versions", buildPackage(t, "1.1.0", f.owner)); a.status != 201 {
		t.Fatalf("second upload: %d %s", a.status, a.body)
	}
	if h, _ := f.reg.FindHead(context.Background(), 1); h.Version != "1.0.0" {
		t.Fatalf("head moved to %s on upload", h.Version)
	}
	score, _ := hokusai.ParseWad("score", "0.96")
	if err := f.reg.SetHead(context.Background(), 1, "1.1.0", score); err != nil {
		t.Fatal(err)
	}
	a = call(t, "GET", f.url+"/v1/models/1/versions", nil)
	l = hhttp.VersionListJSON{}
	if err := json.Unmarshal(a.body, &l); err != nil || len(l.Data) != 2 || l.Head == nil || l.Head.Version != "1.1.0" || l.Head.Score != "0.96" {
		t.Fatalf("list after SetHead: %d %s", a.status, a.body)
	}
	a = call(t, "GET", f.url+"/v1/models/IRIS/versions/1.0.0", nil)
	if a.status != 200 || !bytes.Contains(a.body, []byte(`"manifest_digest"`)) {
		t.Fatalf("show: %d %s", a.status, a.body)
	}
	a = call(t, "GET", f.url+"/v1/models/1/versions/1.0.0/package", nil)
	if a.status != 200 || !bytes.Equal(a.body, archive) || a.header.Get("X-Hokusai-Digest") != v.Digest || a.header.Get("Content-Type") != "application/gzip" {
		t.Fatalf("download: %d, %d bytes, headers %v", a.status, len(a.body), a.header)
	}
}

func TestVersionsRefusals(t *testing.T) {
	f := newVersionServer(t, func(v *hhttp.Versions) { v.Limits = pack.Limits{MaxTotalSize: 4096} })
	stranger, _ := crypto.GenerateKey()
	good := buildPackage(t, "1.0.0", f.owner)
	cases := []struct {
		name   string
		url    string
		body   []byte
		status int
		code   string
		field  string
		says   string
	}{
		{"unsigned", "/v1/models/1/versions", buildPackage(t, "1.0.0", nil), 400, hokusai.EINVALID, "signature", "not signed"},
		{"not the owner", "/v1/models/1/versions", buildPackage(t, "1.0.0", stranger), 403, hokusai.EFORBIDDEN, "", "not by"},
		{"not an archive", "/v1/models/1/versions", []byte("hello"), 400, hokusai.EINVALID, "archive", "not gzip"},
		{"trailing junk", "/v1/models/1/versions", append(append([]byte(nil), good...), make([]byte, 200<<10)...), 400, hokusai.EINVALID, "archive", "after the end"},
		{"unknown model", "/v1/models/NOPE/versions", good, 404, hokusai.ENOTFOUND, "", "NOPE"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := call(t, "POST", f.url+c.url, c.body)
			code, field, msg := a.errorBody(t)
			if a.status != c.status || code != c.code || (c.field != "" && field != c.field) || !strings.Contains(msg, c.says) {
				t.Fatalf("got %d %s", a.status, a.body)
			}
		})
	}
	// Nothing was registered or stored by the refusals.
	if vs, _ := f.reg.FindVersions(context.Background(), 1); len(vs) != 0 {
		t.Fatalf("%d versions after refusals", len(vs))
	}
	if l, _ := f.blobs.List(context.Background(), "", 0); len(l) != 0 {
		t.Fatalf("%d blobs after refusals", len(l))
	}
	// Duplicates conflict.
	if a := call(t, "POST", f.url+"/v1/models/1/versions", good); a.status != 201 {
		t.Fatalf("upload: %d %s", a.status, a.body)
	}
	if a := call(t, "POST", f.url+"/v1/models/1/versions", good); a.status != 409 {
		t.Fatalf("duplicate: %d %s", a.status, a.body)
	}
	if a := call(t, "GET", f.url+"/v1/models/1/versions/2.0.0", nil); a.status != 404 {
		t.Fatalf("missing version: %d %s", a.status, a.body)
	}
}

// A body that keeps streaming (here: a valid package padded with 250 KB of
// empty deflate blocks, which inflate to nothing) is cut off at the cap.
func TestVersionsBodyCap(t *testing.T) {
	f := newVersionServer(t, func(v *hhttp.Versions) { v.Limits = pack.Limits{MaxTotalSize: 1024} })
	zr, err := gzip.NewReader(bytes.NewReader(buildPackage(t, "1.0.0", f.owner)))
	if err != nil {
		t.Fatal(err)
	}
	tarBytes, _ := io.ReadAll(zr)
	var padded bytes.Buffer
	zw := gzip.NewWriter(&padded)
	for i := 0; i < 50000; i++ {
		zw.Flush() // an empty sync block: 5 compressed bytes, 0 inflated
	}
	zw.Write(tarBytes)
	zw.Close()
	a := call(t, "POST", f.url+"/v1/models/1/versions", padded.Bytes())
	code, field, msg := a.errorBody(t)
	if a.status != 400 || code != hokusai.EINVALID || field != "body" || !strings.Contains(msg, "larger than") {
		t.Fatalf("got %d %s", a.status, a.body)
	}
}

func TestVersionsUnconfigured(t *testing.T) {
	s := hhttp.NewServer(hhttp.Config{})
	(&hhttp.Versions{}).Register(s)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	if a := call(t, "GET", ts.URL+"/v1/models/1/versions", nil); a.status != 503 {
		t.Fatalf("unconfigured: %d %s", a.status, a.body)
	}
}
