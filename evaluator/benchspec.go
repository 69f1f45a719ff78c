package evaluator

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
)

// BenchmarkSpecVersion is the first word of every encoded benchmark
// specification, so a later layout can never hash like this one.
const BenchmarkSpecVersion = "hokusai.benchmark.v1"

// BenchmarkSpec is the canonical specification of a model's benchmark: what
// the head and every candidate are scored on and how DeltaOnes are counted.
// Its Hash is committed on-chain with the measured head, and every mint
// request carries it, so a mint evaluated on any other benchmark reverts.
type BenchmarkSpec struct {
	Metric     hokusai.Metric    `json:"metric"`
	Average    string            `json:"average"` // eval.MetricSpec.Options: "macro", "ovo_weighted", "binary:2 * tp / (2 * tp + fp + fn)", …; "" for metrics without options
	Direction  hokusai.Direction `json:"direction"`
	DeltaOne   *big.Int          `json:"-"` // wad: the size of one DeltaOne; JSON "delta_one", a decimal string
	Label      string            `json:"label"`
	Seed       uint64            `json:"seed"` // split and bootstrap seed
	DevRows    uint64            `json:"dev_rows"`
	TestRows   uint64            `json:"test_rows"`
	TestDigest common.Hash       `json:"test_digest"` // sha256 of the hidden split's canonical JSONL
	DevDigest  common.Hash       `json:"dev_digest"`  // sha256 of the public dev split's canonical JSONL
}

type benchmarkSpecJSON BenchmarkSpec

// MarshalJSON writes DeltaOne as a decimal string of wad ("delta_one").
func (s BenchmarkSpec) MarshalJSON() ([]byte, error) {
	d := ""
	if s.DeltaOne != nil {
		d = s.DeltaOne.String()
	}
	return json.Marshal(struct {
		benchmarkSpecJSON
		DeltaOne string `json:"delta_one"`
	}{benchmarkSpecJSON(s), d})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (s *BenchmarkSpec) UnmarshalJSON(b []byte) error {
	var v struct {
		benchmarkSpecJSON
		DeltaOne string `json:"delta_one"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = BenchmarkSpec(v.benchmarkSpecJSON)
	d, ok := new(big.Int).SetString(v.DeltaOne, 10)
	if !ok || len(v.DeltaOne) > 78 {
		return hokusai.FieldErrorf("delta_one", "delta_one must be a decimal integer of wad, got %q.", v.DeltaOne)
	}
	s.DeltaOne = d
	return nil
}

var benchmarkSpecArgs = func() abi.Arguments {
	ty := func(s string) abi.Argument {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return abi.Argument{Type: t}
	}
	return abi.Arguments{ty("string"), ty("uint8"), ty("string"), ty("uint8"), ty("uint256"), ty("string"),
		ty("uint64"), ty("uint64"), ty("uint64"), ty("bytes32"), ty("bytes32")}
}()

// Encode is the specification's ABI encoding, as Solidity's
// abi.encode(string version, uint8 metric, string average, uint8 direction,
// uint256 deltaOne, string label, uint64 seed, uint64 devRows, uint64
// testRows, bytes32 testDigest, bytes32 devDigest) gives it.
func (s *BenchmarkSpec) Encode() ([]byte, error) {
	d := s.DeltaOne
	if d == nil || d.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("delta_one", "The benchmark's DeltaOne size must be above zero.")
	}
	b, err := benchmarkSpecArgs.Pack(BenchmarkSpecVersion, uint8(s.Metric), s.Average, uint8(s.Direction), d, s.Label,
		s.Seed, s.DevRows, s.TestRows, [32]byte(s.TestDigest), [32]byte(s.DevDigest))
	if err != nil {
		return nil, fmt.Errorf("encode benchmark spec: %w", err)
	}
	return b, nil
}

// Hash is keccak256 of Encode: the benchmark hash the verifier commits.
func (s *BenchmarkSpec) Hash() (common.Hash, error) {
	b, err := s.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// SpecOf is the specification of st's benchmark with DeltaOnes of size
// deltaOne (wad; the verifier's, which it copies from the registry).
func SpecOf(st *contrib.Setup, deltaOne *big.Int) (*BenchmarkSpec, error) {
	b, err := st.Bench()
	if err != nil {
		return nil, err
	}
	return &BenchmarkSpec{
		Metric: st.Metric, Average: b.Spec().Options(), Direction: st.Direction, DeltaOne: new(big.Int).Set(deltaOne), Label: b.Label,
		Seed: b.Seed, DevRows: uint64(len(b.Dev)), TestRows: uint64(b.TestRows),
		TestDigest: DigestHash(b.TestDigest), DevDigest: DigestHash(b.DevDigest),
	}, nil
}

// DeltaOneSize is the DeltaOne size the verifier uses for m: the
// registry's, or 0.01 for a proportion registered without one.
func DeltaOneSize(m *hokusai.Model) *big.Int {
	if m.DeltaOne != nil && m.DeltaOne.Sign() > 0 {
		return new(big.Int).Set(m.DeltaOne)
	}
	return new(big.Int).Quo(hokusai.WAD, big.NewInt(100))
}
