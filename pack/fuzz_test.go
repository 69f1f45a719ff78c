package pack

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// fuzzLimits keep each fuzz input cheap to read.
var fuzzLimits = Limits{MaxFiles: 64, MaxFileSize: 1 << 20, MaxTotalSize: 4 << 20, RatioFloor: 1 << 20, MaxRatio: 200}

// FuzzExtract feeds arbitrary bytes to the archive reader. Whatever the
// input, it must not panic, must write nothing outside the work directory,
// must leave the work directory empty on error, and an accepted package must
// verify with the same digests.
func FuzzExtract(f *testing.F) {
	// The committed seed corpus in testdata/fuzz/FuzzExtract holds a signed
	// package and the hostile corpus (see TestWriteSeedCorpus).
	good, _ := build(f, modelDir(f), testManifest(), testKey(f))
	f.Add(good)
	f.Fuzz(func(t *testing.T, data []byte) {
		sandbox := t.TempDir()
		work := filepath.Join(sandbox, "x", "work")
		if err := os.MkdirAll(work, 0o755); err != nil {
			t.Fatal(err)
		}
		pkg, err := Extract(bytes.NewReader(data), work, VerifyOptions{Limits: fuzzLimits})
		top, _ := os.ReadDir(sandbox)
		if len(top) != 1 || top[0].Name() != "x" {
			t.Fatalf("something was written outside the work dir: %v", top)
		}
		mid, _ := os.ReadDir(filepath.Join(sandbox, "x"))
		if len(mid) != 1 {
			t.Fatalf("something was written beside the work dir: %v", mid)
		}
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				// Hostile input is always the sender's fault, never an internal error.
				t.Fatalf("hostile input gave an internal error: %v", err)
			}
			if ents, _ := os.ReadDir(work); len(ents) != 0 {
				t.Fatalf("refused package left %d entries in the work dir", len(ents))
			}
			return
		}
		again, err := Verify(bytes.NewReader(data), VerifyOptions{Limits: fuzzLimits})
		if err != nil || again.Digest != pkg.Digest || again.ManifestDigest != pkg.ManifestDigest {
			t.Fatalf("Extract accepted what Verify refuses: %v", err)
		}
	})
}

// FuzzParseManifest checks that the manifest parser never panics, and that
// any manifest it accepts and validates survives a canonical round trip.
func FuzzParseManifest(f *testing.F) {
	m := testManifest()
	m.Schema = hokusai.ManifestSchema
	m.Files = []hokusai.ManifestFile{{Path: "model.json", Size: 3, SHA256: sha256hex("abc")}}
	b, _ := canonicalManifest(&m)
	f.Add(b)
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"training": {"recipe": {"seed": "x"}}}`))
	f.Add([]byte(`{"metrics": {"accuracy": "high"}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) == "" {
				t.Fatalf("parse error without a field: %v", err)
			}
			return
		}
		if ValidateManifest(m, true) != nil {
			return
		}
		c1, err := canonicalManifest(m)
		if err != nil {
			return // e.g. NaN cannot come from JSON, but be safe
		}
		m2, err := ParseManifest(c1)
		if err != nil {
			t.Fatalf("canonical manifest does not parse: %v\n%s", err, c1)
		}
		if err := ValidateManifest(m2, true); err != nil {
			t.Fatalf("canonical manifest does not validate: %v", err)
		}
		c2, _ := canonicalManifest(m2)
		if !bytes.Equal(c1, c2) {
			t.Fatalf("canonical form is not stable:\n%s\n%s", c1, c2)
		}
	})
}
