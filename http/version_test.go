package http_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/gateway"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

type versionFixture struct {
	url    string
	h      http.Handler
	owner  *ecdsa.PrivateKey
	reg    *sqlite.RegistryService
	blobs  *blob.Local
	dir    string
	keys   *sqlite.KeyService
	wl     *sqlite.WhitelistService
	domain signreq.Domain
}

// newVersionServer runs the API with the version routes over a real SQLite
// file and blob directory; model 1 (IRIS, Decentralized), 2 (PROP,
// Proprietary) and 3 (OPEN, Open Source) are owned by f.owner.
func newVersionServer(t testing.TB, cfg func(v *hhttp.Versions)) *versionFixture {
	t.Helper()
	dir := t.TempDir()
	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	key, _ := crypto.GenerateKey()
	ms := sqlite.NewModelService(db)
	for i, lic := range []hokusai.License{hokusai.LicenseDecentralized, hokusai.LicenseProprietary, hokusai.LicenseOpenSource} {
		m := storetest.NewModel(uint64(i+1), []string{"IRIS", "PROP", "OPEN"}[i])
		m.Owner = crypto.PubkeyToAddress(key.PublicKey).Hex()
		m.License = lic
		if err := ms.UpsertModel(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	blobs, err := blob.NewLocal(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, "tmp")
	os.MkdirAll(tmp, 0o700)
	reg := sqlite.NewRegistryService(db)
	dom := signreq.Domain{ChainID: 1337, Platform: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	keys, wl := sqlite.NewKeyService(db), sqlite.NewWhitelistService(db)
	v := &hhttp.Versions{Models: ms, Registry: reg, Blobs: blobs, TempDir: tmp, Whitelist: wl, Keys: keys,
		Signed: &signreq.Verifier{Domain: dom, Nonces: sqlite.NewNonceService(db)}}
	if cfg != nil {
		cfg(v)
	}
	s := hhttp.NewServer(hhttp.Config{ModelService: ms})
	v.Register(s)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &versionFixture{url: ts.URL, h: s.Handler(), owner: key, reg: reg, blobs: blobs, dir: tmp, keys: keys, wl: wl, domain: dom}
}

// signed returns headers of a request for action on model with body,
// signed by key (nil: no headers, an anonymous request).
func (f *versionFixture) signed(t testing.TB, key *ecdsa.PrivateKey, action string, model uint64, body []byte) http.Header {
	t.Helper()
	h := http.Header{}
	if key == nil {
		return h
	}
	if err := f.domain.SetHeaders(h, signreq.NewRequest(action, model, body, time.Now()), key); err != nil {
		t.Fatal(err)
	}
	return h
}

// upload posts archive to model's versions signed by the owner for model id.
func (f *versionFixture) upload(t *testing.T, ref string, id uint64, archive []byte) apiAnswer {
	t.Helper()
	return callWith(t, "POST", f.url+"/v1/models/"+ref+"/versions", f.signed(t, f.owner, signreq.ActionRegisterVersion, id, archive), archive)
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
	return callWith(t, method, url, nil, body)
}

func callWith(t *testing.T, method, url string, h http.Header, body []byte) apiAnswer {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
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
	a := f.upload(t, "iris", 1, archive)
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
	if a := f.upload(t, "1", 1, buildPackage(t, "1.1.0", f.owner)); a.status != 201 {
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
	a = callWith(t, "GET", f.url+"/v1/models/1/versions/1.0.0/package", f.signed(t, f.owner, signreq.ActionDownloadPackage, 1, nil), nil)
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
			a := callWith(t, "POST", f.url+c.url, f.signed(t, f.owner, signreq.ActionRegisterVersion, 1, c.body), c.body)
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
	if a := f.upload(t, "1", 1, good); a.status != 201 {
		t.Fatalf("upload: %d %s", a.status, a.body)
	}
	if a := f.upload(t, "1", 1, good); a.status != 409 {
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
	a := f.upload(t, "1", 1, padded.Bytes())
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

// countingReader counts the bytes the server reads of a body.
type countingReader struct {
	n, size int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.n >= c.size {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), c.size-c.n)]
	clear(p)
	c.n += int64(len(p))
	return len(p), nil
}

func (c *countingReader) Close() error { return nil }

// TestUploadNeedsOwnersSignedRequest guards against registering versions
// without the owner's request for that model: an anonymous upload is
// refused before its body is read; a request signed for another model, by
// someone else, or sent twice is refused; the body must be the one signed.
func TestUploadNeedsOwnersSignedRequest(t *testing.T) {
	f := newVersionServer(t, nil)
	stranger, _ := crypto.GenerateKey()

	// Anonymous, with a 100 MB body: 401, and not a byte read or spooled.
	body := &countingReader{size: 100 << 20}
	req := httptest.NewRequest("POST", "/v1/models/1/versions", body)
	req.ContentLength = body.size
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	if rec.Code != 401 || body.n != 0 {
		t.Fatalf("anonymous upload: %d, %d bytes read: %s", rec.Code, body.n, rec.Body)
	}
	if ents, _ := os.ReadDir(f.dir); len(ents) != 0 {
		t.Fatalf("%d files spooled for an anonymous upload", len(ents))
	}

	// The owner's package signed for model 1 (IRIS) and its upload request.
	archive := buildPackage(t, "1.0.0", f.owner)
	forOne := f.signed(t, f.owner, signreq.ActionRegisterVersion, 1, archive)
	cases := []struct {
		name   string
		url    string
		h      http.Header
		body   []byte
		status int
		code   string
	}{
		{"anonymous", "/v1/models/2/versions", nil, archive, 401, hokusai.EUNAUTHORIZED},
		{"owner's request for model 1 sent to model 2", "/v1/models/2/versions", forOne, archive, 403, hokusai.EFORBIDDEN},
		{"another signer", "/v1/models/2/versions", f.signed(t, stranger, signreq.ActionRegisterVersion, 2, archive), archive, 403, hokusai.EFORBIDDEN},
		{"another action", "/v1/models/2/versions", f.signed(t, f.owner, signreq.ActionDownloadPackage, 2, archive), archive, 403, hokusai.EFORBIDDEN},
		{"another body", "/v1/models/2/versions", f.signed(t, f.owner, signreq.ActionRegisterVersion, 2, []byte("x")), archive, 400, hokusai.EINVALID},
	}
	for _, c := range cases {
		a := callWith(t, "POST", f.url+c.url, c.h, c.body)
		if code, _, _ := a.errorBody(t); a.status != c.status || code != c.code {
			t.Errorf("%s: got %d %s", c.name, a.status, a.body)
		}
	}
	if vs, _ := f.reg.FindVersions(context.Background(), 2); len(vs) != 0 {
		t.Fatalf("model 2 has %d versions after refusals", len(vs))
	}
	// The owner's request for model 1 registers there once; a replay conflicts.
	if a := callWith(t, "POST", f.url+"/v1/models/1/versions", forOne, archive); a.status != 201 {
		t.Fatalf("owner's upload: %d %s", a.status, a.body)
	}
	if a := callWith(t, "POST", f.url+"/v1/models/1/versions", forOne, archive); a.status != 409 {
		t.Fatalf("replayed upload: %d %s", a.status, a.body)
	}
}

// TestDownloadFollowsLicence guards against package downloads that skip
// the model's licence: Decentralized only for the owner, Proprietary for
// the owner and whitelisted addresses, Open Source for anyone; a caller
// proves who they are with a signed request or an API key.
func TestDownloadFollowsLicence(t *testing.T) {
	f := newVersionServer(t, nil)
	ctx := context.Background()
	listed, _ := crypto.GenerateKey()
	stranger, _ := crypto.GenerateKey()
	for id := uint64(1); id <= 3; id++ {
		if a := f.upload(t, fmt.Sprint(id), id, buildPackage(t, "1.0.0", f.owner)); a.status != 201 {
			t.Fatalf("upload to %d: %d %s", id, a.status, a.body)
		}
		if err := f.wl.AddToWhitelist(ctx, id, crypto.PubkeyToAddress(listed.PublicKey).Hex()); err != nil {
			t.Fatal(err)
		}
	}
	// An API key of the whitelisted consumer, straight in the store.
	secret, err := gateway.NewSecret(gateway.PrefixDev)
	if err != nil {
		t.Fatal(err)
	}
	hash := gateway.HashSecret(secret)
	k := &hokusai.APIKey{ID: gateway.KeyID(hash), Owner: crypto.PubkeyToAddress(listed.PublicKey).Hex(), Hint: gateway.Hint(secret),
		Scopes: []hokusai.Scope{hokusai.ScopeCall}, CreatedAt: time.Now()}
	if err := f.keys.CreateKey(ctx, k, hash); err != nil {
		t.Fatal(err)
	}
	who := map[string]*ecdsa.PrivateKey{"owner": f.owner, "whitelisted": listed, "stranger": stranger, "anonymous": nil}
	want := map[uint64]map[string]int{
		1: {"owner": 200, "whitelisted": 403, "stranger": 403, "anonymous": 401}, // Decentralized
		2: {"owner": 200, "whitelisted": 200, "stranger": 403, "anonymous": 401}, // Proprietary
		3: {"owner": 200, "whitelisted": 200, "stranger": 200, "anonymous": 200}, // Open Source
	}
	for id, byWho := range want {
		url := fmt.Sprintf("%s/v1/models/%d/versions/1.0.0/package", f.url, id)
		for name, status := range byWho {
			a := callWith(t, "GET", url, f.signed(t, who[name], signreq.ActionDownloadPackage, id, nil), nil)
			if a.status != status {
				t.Errorf("model %d, %s: got %d %s", id, name, a.status, a.body)
			}
		}
		// The whitelisted consumer's API key proves the same as its wallet.
		a := callWith(t, "GET", url, http.Header{"Authorization": {"Bearer " + secret}}, nil)
		if a.status != byWho["whitelisted"] {
			t.Errorf("model %d, API key: got %d %s", id, a.status, a.body)
		}
	}
	// A signature for model 2's download does not open model 1's.
	a := callWith(t, "GET", f.url+"/v1/models/1/versions/1.0.0/package", f.signed(t, f.owner, signreq.ActionDownloadPackage, 2, nil), nil)
	if code, _, _ := a.errorBody(t); a.status != 403 || code != hokusai.EFORBIDDEN {
		t.Fatalf("download signed for another model: %d %s", a.status, a.body)
	}
}

// FuzzSignedHeaders: no set of signed-request headers makes the package
// routes answer 5xx, and an upload whose headers do not check is refused
// without a byte of its body read.
func FuzzSignedHeaders(f *testing.F) {
	fx := newVersionServer(f, nil)
	good := fx.signed(f, fx.owner, signreq.ActionRegisterVersion, 2, []byte("x"))
	names := []string{signreq.HeaderAction, signreq.HeaderModel, signreq.HeaderBodyDigest, signreq.HeaderNonce,
		signreq.HeaderExpiry, signreq.HeaderSigner, signreq.HeaderSignature}
	g := func(i int) string { return good.Get(names[i]) }
	f.Add(g(0), g(1), g(2), g(3), g(4), g(5), g(6), false)
	f.Add("register_version", "1", "sha256:", "0x", "-1", "0x0", "0x", true)
	f.Fuzz(func(t *testing.T, action, model, digest, nonce, expiry, signer, sig string, download bool) {
		h := http.Header{}
		for i, v := range []string{action, model, digest, nonce, expiry, signer, sig} {
			h[names[i]] = []string{v}
		}
		body := &countingReader{size: 1 << 20}
		req := httptest.NewRequest("POST", "/v1/models/2/versions", body)
		if download {
			req = httptest.NewRequest("GET", "/v1/models/2/versions/1.0.0/package", nil)
		}
		req.Header = h
		rec := httptest.NewRecorder()
		fx.h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%d for client input: %s", rec.Code, rec.Body)
		}
		var eb struct{ Error struct{ Field string } }
		_ = json.Unmarshal(rec.Body.Bytes(), &eb)
		refused := rec.Code == 401 || rec.Code == 403 || rec.Code == 409 ||
			(strings.HasPrefix(eb.Error.Field, "Hokusai-") && eb.Error.Field != signreq.HeaderBodyDigest)
		if !download && refused && body.n != 0 {
			t.Fatalf("an upload refused for its headers (%d %s) read %d body bytes", rec.Code, rec.Body, body.n)
		}
	})
}
