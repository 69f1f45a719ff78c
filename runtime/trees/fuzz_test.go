package trees

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// A model file comes from an untrusted package: no input may panic.
func FuzzParseEnsemble(f *testing.F) {
	dir := filepath.Join("..", "..", "testdata", "models")
	for _, p := range []string{"agaricus/xgagaricus.model", "lgmulticlass/lgmulticlass.model"} {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			f.Fatal(err)
		}
		if len(b) > 4096 {
			b = b[:4096]
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		parseEnsemble(hokusai.RuntimeXGBoost, b, false)
		parseEnsemble(hokusai.RuntimeLightGBM, b, false)
		parseEnsemble(hokusai.RuntimeLightGBM, b, true)
	})
}
