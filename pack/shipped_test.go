package pack

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestShippedModels packages every model directory shipped in testdata
// (ONNX, XGBoost and LightGBM binaries, JSON, CSV): real model files must
// not trip the hostile-content checks, and each must round-trip byte for
// byte through Package, Verify and Extract.
func TestShippedModels(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "models", "*"))
	if err != nil || len(dirs) == 0 {
		t.Skip("no shipped models in ../testdata/models")
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			m := testManifest()
			m.Name, m.Runtime.Entrypoint = filepath.Base(dir), ""
			archive, pkg := build(t, dir, m, testKey(t))
			got, err := Verify(bytes.NewReader(archive), VerifyOptions{RequireSignature: true, Digest: pkg.Digest})
			if err != nil {
				t.Fatal(err)
			}
			work := t.TempDir()
			if _, err := Extract(bytes.NewReader(archive), work, VerifyOptions{}); err != nil {
				t.Fatal(err)
			}
			for _, f := range got.Manifest.Files {
				a, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
				b, _ := os.ReadFile(filepath.Join(work, "model", filepath.FromSlash(f.Path)))
				if !bytes.Equal(a, b) || int64(len(a)) != f.Size {
					t.Fatalf("%s changed in the round trip", f.Path)
				}
			}
		})
	}
}
