package pack

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteSeedCorpus regenerates the committed seed corpus of FuzzExtract
// (a signed package and every small hostile archive) when
// HOKUSAI_WRITE_SEEDS=1; the normal test run replays the committed files.
func TestWriteSeedCorpus(t *testing.T) {
	if os.Getenv("HOKUSAI_WRITE_SEEDS") == "" {
		t.Skip("set HOKUSAI_WRITE_SEEDS=1 to rewrite testdata/fuzz/FuzzExtract")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzExtract")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	good, _ := build(t, modelDir(t), testManifest(), testKey(t))
	seeds := map[string][]byte{"signed-package": good}
	for _, c := range hostileCorpus(t) {
		if len(c.archive) < 16<<10 {
			seeds[c.name] = c.archive
		}
	}
	for name, b := range seeds {
		sum := sha256.Sum256([]byte(name))
		p := filepath.Join(dir, fmt.Sprintf("seed-%x", sum[:6]))
		if err := os.WriteFile(p, []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
