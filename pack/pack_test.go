package pack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// testKey is a fixed key so tests are repeatable.
func testKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := ParseKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testManifest() hokusai.Manifest {
	return hokusai.Manifest{
		Name:         "house-votes",
		Version:      "1.0.0",
		Description:  "Predicts a representative's party from 16 votes.",
		Architecture: "logistic regression over 16 binary inputs",
		Training: hokusai.Training{
			Methodology: "L2-regularised logistic regression fitted with L-BFGS.",
			Recipe:      hokusai.Recipe{Runtime: "linear", Hyperparameters: map[string]any{"l2": 0.01}, Seed: 42},
		},
		InputSchema:  map[string]any{"type": "array", "items": map[string]any{"type": "number"}},
		OutputSchema: map[string]any{"type": "string", "enum": []any{"democrat", "republican"}},
		Runtime:      hokusai.RuntimeSpec{Kind: "linear", Entrypoint: "model.json"},
		Metrics:      map[string]float64{"accuracy": 0.904},
		UsageExample: &hokusai.UsageExample{Input: []any{1, 0, 1}, Output: "democrat"},
	}
}

func writeFiles(t testing.TB, dir string, files map[string]string) {
	for p, body := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func modelDir(t testing.TB) string {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"model.json":         `{"weights":[0.5,-1.25,3],"bias":0.1}`,
		"README.md":          "# house votes\n",
		"data/vocab.txt":     "yes\nno\n",
		"data/deep/more.bin": "\x00\x01\x02binary",
	})
	return dir
}

func build(t testing.TB, dir string, m hokusai.Manifest, key *ecdsa.PrivateKey) ([]byte, *hokusai.Package) {
	t.Helper()
	var buf bytes.Buffer
	pkg, err := Package(dir, m, Options{Key: key, Out: &buf})
	if err != nil {
		t.Fatalf("Package: %v", err)
	}
	return buf.Bytes(), pkg
}

func TestPackageDeterministic(t *testing.T) {
	dir := modelDir(t)
	for _, key := range []*ecdsa.PrivateKey{nil, testKey(t)} {
		a, pa := build(t, dir, testManifest(), key)
		b, pb := build(t, dir, testManifest(), key)
		if !bytes.Equal(a, b) || pa.Digest != pb.Digest {
			t.Fatalf("same directory packaged twice gave %s and %s", pa.Digest, pb.Digest)
		}
		if !strings.HasPrefix(pa.Digest, "sha256:") || hokusai.CheckDigest("digest", pa.Digest) != nil {
			t.Fatalf("digest %q is not sha256:<hex>", pa.Digest)
		}
		// A copy of the directory elsewhere, with other mtimes, gives the same bytes.
		other := t.TempDir()
		writeFiles(t, other, map[string]string{
			"data/deep/more.bin": "\x00\x01\x02binary",
			"data/vocab.txt":     "yes\nno\n",
			"README.md":          "# house votes\n",
			"model.json":         `{"weights":[0.5,-1.25,3],"bias":0.1}`,
		})
		os.Chmod(filepath.Join(other, "README.md"), 0o600)
		c, _ := build(t, other, testManifest(), key)
		if !bytes.Equal(a, c) {
			t.Fatal("the same files in another directory gave a different archive")
		}
	}
}

// Property: any directory packages deterministically, verifies, and any
// one changed byte changes the digest and is caught by Verify against the
// original manifest.
func TestPackageProperties(t *testing.T) {
	key := testKey(t)
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, 5).Draw(rt, "files")
		files := map[string]string{}
		var names []string
		for i := 0; i < n; i++ {
			name := rapid.StringMatching(`[a-z]{1,6}(/[a-z]{1,6})?\.(json|txt|bin)`).Draw(rt, "name")
			if _, ok := files[name]; ok {
				continue
			}
			files[name] = string(rapid.SliceOfN(rapid.Byte(), 1, 300).Draw(rt, "body"))
			names = append(names, name)
		}
		// Skip collisions where a name is both a file and a directory prefix.
		for _, a := range names {
			for _, b := range names {
				if strings.HasPrefix(b, strings.TrimSuffix(a, filepath.Ext(a))+"/") || strings.HasPrefix(b, a+"/") {
					rt.Skip("file/dir collision")
				}
			}
		}
		m := testManifest()
		m.Runtime.Entrypoint = ""
		for _, body := range files {
			if isPickleMagic([]byte(body)) || (strings.HasPrefix(body, "PK\x03\x04")) {
				rt.Skip("pickle-like content")
			}
		}
		dir := t.TempDir()
		writeFiles(t, dir, files)
		a, pa := build(t, dir, m, key)
		b, _ := build(t, dir, m, key)
		if !bytes.Equal(a, b) {
			rt.Fatal("not deterministic")
		}
		got, err := Verify(bytes.NewReader(a), VerifyOptions{RequireSignature: true})
		if err != nil {
			rt.Fatalf("Verify: %v", err)
		}
		if got.Digest != pa.Digest || got.Signer != crypto.PubkeyToAddress(key.PublicKey).Hex() {
			rt.Fatalf("Verify gave %s signed by %s", got.Digest, got.Signer)
		}
		// Flip one byte of one file.
		name := rapid.SampledFrom(names).Draw(rt, "victim")
		body := []byte(files[name])
		i := rapid.IntRange(0, len(body)-1).Draw(rt, "at")
		body[i] ^= byte(rapid.IntRange(1, 255).Draw(rt, "xor"))
		if isPickleMagic(body) || bytes.HasPrefix(body, []byte("PK\x03\x04")) {
			rt.Skip("flip made pickle-like content")
		}
		writeFiles(t, dir, map[string]string{name: string(body)})
		_, pc := build(t, dir, m, key)
		if pc.Digest == pa.Digest || pc.ManifestDigest == pa.ManifestDigest {
			rt.Fatal("one changed byte kept the digest")
		}
		// The same change smuggled into the original archive is named.
		tam := rewrite(t, a, func(es []tarEntry) []tarEntry {
			for i := range es {
				if es[i].name == filesPrefix+name {
					es[i].body = body
				}
			}
			return es
		})
		_, err = Verify(bytes.NewReader(tam), VerifyOptions{})
		if hokusai.ErrorField(err) != "files/"+name {
			rt.Fatalf("tampered file %s: got %v", name, err)
		}
	})
}

type tarEntry struct {
	name string
	typ  byte
	link string
	body []byte
	size int64 // when > 0 and body is nil, a stream of zeros this long
}

// makeArchive writes raw entries as a tar.gz, bypassing every check.
func makeArchive(t testing.TB, es []tarEntry) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	tw := tar.NewWriter(zw)
	for _, e := range es {
		typ := e.typ
		if typ == 0 {
			typ = tar.TypeReg
		}
		hdr := &tar.Header{Name: e.name, Typeflag: typ, Linkname: e.link, Mode: 0o644}
		var body io.Reader = bytes.NewReader(e.body)
		if typ == tar.TypeReg {
			hdr.Size = int64(len(e.body))
			if e.body == nil && e.size > 0 {
				hdr.Size = e.size
				body = io.LimitReader(zeros{}, e.size)
			}
		}
		if typ == tar.TypeChar {
			hdr.Devmajor, hdr.Devminor = 1, 3
		}
		if err := tw.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		if typ == tar.TypeReg {
			if _, err := io.Copy(tw, body); err != nil {
				t.Fatal(err)
			}
		}
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// readArchive returns an archive's entries.
func readArchive(t testing.TB, a []byte) []tarEntry {
	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var es []tarEntry
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return es
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		es = append(es, tarEntry{name: h.Name, typ: h.Typeflag, body: b})
	}
}

func rewrite(t testing.TB, a []byte, f func([]tarEntry) []tarEntry) []byte {
	return makeArchive(t, f(readArchive(t, a)))
}

func TestVerifyAndExtract(t *testing.T) {
	dir := modelDir(t)
	key := testKey(t)
	a, pkg := build(t, dir, testManifest(), key)
	got, err := Verify(bytes.NewReader(a), VerifyOptions{Signer: crypto.PubkeyToAddress(key.PublicKey).Hex()})
	if err != nil {
		t.Fatal(err)
	}
	if got.Digest != pkg.Digest || got.ManifestDigest != pkg.ManifestDigest || got.Signature != pkg.Signature || got.Size != int64(len(a)) {
		t.Fatalf("Verify = %+v, Package = %+v", got, pkg)
	}
	if len(got.Manifest.Files) != 4 || got.Manifest.Files[0].Path != "README.md" || got.Manifest.Files[1].Path != "data/deep/more.bin" {
		t.Fatalf("files = %+v", got.Manifest.Files)
	}
	// An expected digest must match.
	if _, err := Verify(bytes.NewReader(a), VerifyOptions{Digest: pkg.Digest}); err != nil {
		t.Fatalf("right digest: %v", err)
	}
	if _, err := Verify(bytes.NewReader(a), VerifyOptions{Digest: "sha256:" + strings.Repeat("0", 64)}); hokusai.ErrorField(err) != "digest" {
		t.Fatalf("wrong digest: %v", err)
	}
	// Another signer is refused when one is required.
	other, _ := crypto.GenerateKey()
	if _, err := Verify(bytes.NewReader(a), VerifyOptions{Signer: crypto.PubkeyToAddress(other.PublicKey).Hex()}); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("wrong signer: %v", err)
	}
	// Unsigned packages verify unless a signature is required.
	u, _ := build(t, dir, testManifest(), nil)
	if _, err := Verify(bytes.NewReader(u), VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(bytes.NewReader(u), VerifyOptions{RequireSignature: true}); hokusai.ErrorField(err) != "signature" {
		t.Fatalf("unsigned with RequireSignature: %v", err)
	}

	work := filepath.Join(t.TempDir(), "work")
	os.Mkdir(work, 0o755)
	if _, err := Extract(bytes.NewReader(a), work, VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(work, "model", "data", "deep", "more.bin"))
	if err != nil || string(b) != "\x00\x01\x02binary" {
		t.Fatalf("extracted %q, %v", b, err)
	}
	mb, _ := os.ReadFile(filepath.Join(work, "manifest.json"))
	if m, err := ParseManifest(mb); err != nil || m.Version != "1.0.0" {
		t.Fatalf("extracted manifest: %v", err)
	}
	if _, err := Extract(bytes.NewReader(a), work, VerifyOptions{}); hokusai.ErrorField(err) != "dir" {
		t.Fatalf("extract into a non-empty dir: %v", err)
	}
}

func TestTamperNamed(t *testing.T) {
	key := testKey(t)
	a, _ := build(t, modelDir(t), testManifest(), key)
	editManifest := func(f func(m *hokusai.Manifest)) func([]tarEntry) []tarEntry {
		return func(es []tarEntry) []tarEntry {
			m, err := ParseManifest(es[0].body)
			if err != nil {
				t.Fatal(err)
			}
			f(m)
			es[0].body, _ = canonicalManifest(m)
			return es
		}
	}
	setFile := func(name, body string) func([]tarEntry) []tarEntry {
		return func(es []tarEntry) []tarEntry {
			for i := range es {
				if es[i].name == name {
					es[i].body = []byte(body)
				}
			}
			return es
		}
	}
	cases := []struct {
		name  string
		edit  func([]tarEntry) []tarEntry
		field string
		says  string
	}{
		{"file byte", setFile("model/model.json", `{"weights":[0.5,-1.25,4],"bias":0.1}`), "files/model.json", `file "model.json" changed`},
		{"manifest version", editManifest(func(m *hokusai.Manifest) { m.Version = "1.0.1" }), "version", `"version" differ from what was signed`},
		{"manifest metrics", editManifest(func(m *hokusai.Manifest) { m.Metrics["accuracy"] = 0.99 }), "metrics", `"metrics"`},
		{"file and its hash", func(es []tarEntry) []tarEntry {
			es = setFile("model/README.md", "# pwned\n")(es)
			return editManifest(func(m *hokusai.Manifest) {
				for i := range m.Files {
					if m.Files[i].Path == "README.md" {
						m.Files[i].Size, m.Files[i].SHA256 = 8, sha256hex("# pwned\n")
					}
				}
			})(es)
		}, "files/README.md", `"files/README.md" differ`},
		{"missing file", func(es []tarEntry) []tarEntry { return es[:len(es)-1] }, "files/model.json", "missing from the archive"},
		{"extra file", func(es []tarEntry) []tarEntry {
			return append(es, tarEntry{name: "model/zz.txt", body: []byte("x")})
		}, "files/zz.txt", "not listed in the manifest"},
		{"signature bytes", func(es []tarEntry) []tarEntry {
			var sf signatureFile
			if err := json.Unmarshal(es[1].body, &sf); err != nil {
				t.Fatal(err)
			}
			b := []byte(sf.Signature)
			b[10] = "0123456789abcdef"[(strings.IndexByte("0123456789abcdef", b[10])+1)%16]
			sf.Signature = string(b)
			es[1].body, _ = json.Marshal(sf)
			return es
		}, "signature", "signature"},
		{"signer swapped", func(es []tarEntry) []tarEntry {
			other, _ := crypto.GenerateKey()
			es[1].body = bytes.Replace(es[1].body, []byte(crypto.PubkeyToAddress(key.PublicKey).Hex()), []byte(crypto.PubkeyToAddress(other.PublicKey).Hex()), 1)
			return es
		}, "signature", "does not match"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tam := rewrite(t, a, c.edit)
			_, err := Verify(bytes.NewReader(tam), VerifyOptions{})
			if err == nil {
				t.Fatal("tampered package verified")
			}
			if hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("got field %q, error %v; want field %q saying %q", hokusai.ErrorField(err), err, c.field, c.says)
			}
		})
	}
}

func sha256hex(s string) string {
	h := newHasher(strings.NewReader(s))
	io.Copy(io.Discard, h)
	return h.sum()
}

func TestPackagerRefuses(t *testing.T) {
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"secret.txt": "secret"})
	cases := []struct {
		name  string
		setup func(dir string)
		field string
		says  string
	}{
		{"link out", func(dir string) { os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "leak.txt")) }, "model/leak.txt", "outside the model directory"},
		{"pickle ext", func(dir string) { writeFiles(t, dir, map[string]string{"model.pkl": "x"}) }, "model/model.pkl", "pickle"},
		{"pickle magic", func(dir string) { writeFiles(t, dir, map[string]string{"weights.bin": "\x80\x04\x95rest"}) }, "model/weights.bin", "Python pickle"},
		{"torch zip", func(dir string) {
			writeFiles(t, dir, map[string]string{"model.bin": "PK\x03\x04\x14\x00\x00\x00archive/data.pklPK..."})
		}, "model/model.bin", "PyTorch"},
		{"bad version", nil, "version", "semantic version"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := modelDir(t)
			m := testManifest()
			if c.setup != nil {
				c.setup(dir)
			} else {
				m.Version = "v1"
			}
			_, err := Package(dir, m, Options{})
			if hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("got %v; want field %q saying %q", err, c.field, c.says)
			}
		})
	}
	// A link that stays inside is packaged as the file it points to.
	dir := modelDir(t)
	os.Symlink("model.json", filepath.Join(dir, "alias.json"))
	if _, err := Package(dir, testManifest(), Options{}); err != nil {
		t.Fatalf("inner link: %v", err)
	}
	// Limits.
	if _, err := Package(modelDir(t), testManifest(), Options{Limits: Limits{MaxFiles: 3}}); err == nil || !strings.Contains(err.Error(), "more than 3 files") {
		t.Fatalf("file count limit: %v", err)
	}
	if _, err := Package(modelDir(t), testManifest(), Options{Limits: Limits{MaxFileSize: 20}}); err == nil || !strings.Contains(err.Error(), "limit per file") {
		t.Fatalf("file size limit: %v", err)
	}
}
