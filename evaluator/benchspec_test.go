package evaluator_test

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

func genSpec(t *rapid.T) *evaluator.BenchmarkSpec {
	h := func(label string) common.Hash {
		return common.BytesToHash(rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(t, label))
	}
	return &evaluator.BenchmarkSpec{
		Metric: hokusai.Metric(rapid.IntRange(0, 11).Draw(t, "metric")), Average: rapid.SampledFrom([]string{"", "binary", "macro", "weighted"}).Draw(t, "average"),
		Direction: hokusai.Direction(rapid.IntRange(0, 1).Draw(t, "direction")), DeltaOne: new(big.Int).SetUint64(rapid.Uint64Range(1, 1<<62).Draw(t, "deltaOne")),
		Label: rapid.StringN(0, 20, -1).Draw(t, "label"), Seed: rapid.Uint64().Draw(t, "seed"),
		DevRows: rapid.Uint64().Draw(t, "dev"), TestRows: rapid.Uint64().Draw(t, "test"), TestDigest: h("testDigest"), DevDigest: h("devDigest"),
	}
}

// The hash is keccak256 of the documented ABI encoding; every field changes
// it; JSON carries the spec (DeltaOne as a decimal string) unchanged.
func TestBenchmarkSpecHash(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSpec(t)
		enc, err := s.Encode()
		if err != nil {
			t.Fatal(err)
		}
		// Static words at their ABI offsets: metric (1), direction (3),
		// deltaOne (4), seed (6), rows (7, 8), digests (9, 10).
		word := func(i int) []byte { return enc[32*i : 32*i+32] }
		if new(big.Int).SetBytes(word(1)).Uint64() != uint64(s.Metric) || new(big.Int).SetBytes(word(3)).Uint64() != uint64(s.Direction) ||
			new(big.Int).SetBytes(word(4)).Cmp(s.DeltaOne) != 0 || new(big.Int).SetBytes(word(6)).Uint64() != s.Seed ||
			new(big.Int).SetBytes(word(7)).Uint64() != s.DevRows || new(big.Int).SetBytes(word(8)).Uint64() != s.TestRows ||
			common.BytesToHash(word(9)) != s.TestDigest || common.BytesToHash(word(10)) != s.DevDigest {
			t.Fatalf("encoding does not hold the fields at their ABI offsets")
		}
		h, _ := s.Hash()
		if h != crypto.Keccak256Hash(enc) {
			t.Fatalf("hash is not keccak256 of the encoding")
		}
		o := *s
		o.DeltaOne = new(big.Int).Set(s.DeltaOne)
		switch rapid.IntRange(0, 9).Draw(t, "field") {
		case 0:
			o.Metric++
		case 1:
			o.Average += "x"
		case 2:
			o.Direction ^= 1
		case 3:
			o.DeltaOne.Add(o.DeltaOne, big.NewInt(1))
		case 4:
			o.Label += "x"
		case 5:
			o.Seed++
		case 6:
			o.DevRows++
		case 7:
			o.TestRows++
		case 8:
			o.TestDigest[0] ^= 1
		case 9:
			o.DevDigest[31] ^= 1
		}
		if oh, _ := o.Hash(); oh == h {
			t.Fatalf("changing a field kept the hash %s", h.Hex())
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back evaluator.BenchmarkSpec
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if bh, _ := back.Hash(); bh != h {
			t.Fatalf("JSON round trip changed the hash: %s", b)
		}
	})
	if _, err := (&evaluator.BenchmarkSpec{}).Hash(); hokusai.ErrorField(err) != "delta_one" {
		t.Fatalf("a spec without a DeltaOne size: %v", err)
	}
}
