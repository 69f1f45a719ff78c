package trees

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

func TestGuardsRefuseHugeDeclaredLengths(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "models")
	xg, err := os.ReadFile(filepath.Join(dir, "agaricus", "xgagaricus.model"))
	if err != nil {
		t.Fatal(err)
	}
	h, err := checkXGBinary(xg)
	if err != nil || h.objective != "binary:logistic" || h.booster != "gbtree" || h.numFeatures != 127 {
		t.Fatalf("good model: %+v, %v", h, err)
	}
	objLen := 136 // the objective name's u64 length follows the 136-byte header
	nameEnd := objLen + 8 + len(h.objective)
	treesAt := nameEnd + 8 + len(h.booster) // num_trees
	nodesAt := treesAt + 160 + 4            // first tree's num_nodes
	patch := func(off int, v uint64, size int) []byte {
		b := bytes.Clone(xg)
		if size == 8 {
			binary.LittleEndian.PutUint64(b[off:], v)
		} else {
			binary.LittleEndian.PutUint32(b[off:], uint32(v))
		}
		return b
	}
	cases := map[string][]byte{
		"objective name of 2^62 bytes": patch(objLen, 1<<62, 8),
		"2^31-1 trees":                 patch(treesAt, 1<<31-1, 4),
		"a tree of 2^30 nodes":         patch(nodesAt, 1<<30, 4),
		"2^31 features":                patch(4, 1<<31, 4),
		"truncated":                    xg[:len(xg)-3],
	}
	for name, b := range cases {
		if _, _, err := parseEnsemble(hokusai.RuntimeXGBoost, b, false); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	lg, err := os.ReadFile(filepath.Join(dir, "lgmulticlass", "lgmulticlass.model"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := parseEnsemble(hokusai.RuntimeLightGBM, lg, false); err != nil {
		t.Fatalf("good LightGBM model: %v", err)
	}
	for _, bad := range []string{"num_leaves=2000000000", "max_feature_idx=99999999999", "num_class=1000000"} {
		key := strings.SplitN(bad, "=", 2)[0] + "="
		i := bytes.Index(lg, []byte(key))
		j := i + bytes.IndexByte(lg[i:], '\n')
		b := append(append(bytes.Clone(lg[:i]), bad...), lg[j:]...)
		if _, _, err := parseEnsemble(hokusai.RuntimeLightGBM, b, false); err == nil || !strings.Contains(err.Error(), "limit") {
			t.Errorf("%s: err = %v", bad, err)
		}
	}
}
