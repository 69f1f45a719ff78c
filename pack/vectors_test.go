package pack

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateVectors = flag.Bool("update-vectors", false, "rewrite testdata/pack-vectors/*/expected.json from the Go packager")

// packVector is expected.json of one shared test vector: what the Go
// packager makes of files/, metadata.json and key. The Python SDK's
// ModelPackager must make the same bytes (sdk/python/tests/test_vectors.py
// checks the same files), so a package's digest does not depend on the
// language that built it.
type packVector struct {
	Digest         string `json:"digest"`
	ManifestDigest string `json:"manifest_digest"`
	Signer         string `json:"signer,omitempty"`
	Signature      string `json:"signature,omitempty"`
	Size           int64  `json:"size"`
	ArchiveSHA256  string `json:"archive_sha256"`
}

func TestSharedVectors(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/pack-vectors/*/metadata.json")
	for i := range dirs {
		dirs[i] = filepath.Dir(dirs[i]) // one vector per directory; README.md says how they are made
	}
	if err != nil || len(dirs) < 4 {
		t.Fatalf("want at least 4 vectors under testdata/pack-vectors, got %d (%v)", len(dirs), err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			m, err := ReadManifestFile("metadata", filepath.Join(dir, "metadata.json"))
			if err != nil {
				t.Fatal(err)
			}
			var opts Options
			if _, err := os.Stat(filepath.Join(dir, "key")); err == nil {
				if opts.Key, err = LoadKeyFile(filepath.Join(dir, "key")); err != nil {
					t.Fatal(err)
				}
			}
			var buf bytes.Buffer
			opts.Out = &buf
			pkg, err := Package(filepath.Join(dir, "files"), *m, opts)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(buf.Bytes())
			got := packVector{Digest: pkg.Digest, ManifestDigest: pkg.ManifestDigest, Signer: pkg.Signer,
				Signature: pkg.Signature, Size: pkg.Size, ArchiveSHA256: hex.EncodeToString(sum[:])}
			if "sha256:"+got.ArchiveSHA256 != got.Digest || int64(buf.Len()) != got.Size {
				t.Fatalf("digest %s and size %d do not describe the %d bytes written", got.Digest, got.Size, buf.Len())
			}
			path := filepath.Join(dir, "expected.json")
			if *updateVectors {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./pack -run TestSharedVectors -update-vectors)", err)
			}
			var want packVector
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("Go packager's output changed:\n got %+v\nwant %+v", got, want)
			}
			if _, err := Verify(bytes.NewReader(buf.Bytes()), VerifyOptions{}); err != nil {
				t.Fatalf("the vector's package does not verify: %v", err)
			}
		})
	}
}
