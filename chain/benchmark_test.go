package chain_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// Only the admin commits a benchmark; configureVerifier never sets the head;
// a model without a committed benchmark mints nothing.
func TestCommitBenchmarkAccess(t *testing.T) {
	e := newMintEnv(t)
	model, _, _ := e.createModel(0, 0, wad(50, 100), nil) // declares 0.5
	if _, err := e.c.ConfigureVerifier(e.ctx, e.owner, e.m.Verifier, model, chain.VerifierSettings{
		Method: chain.MethodOracle, K: 2, Attesters: e.attesterAddrs(),
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.ConfigureTokenManager(e.ctx, e.owner, e.m.TokenManager, model, chain.RewardSettings{
		TokensPerDeltaOne: tokens(100_000), MaxReward: tokens(500_000),
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.SetMintBudget(e.ctx, e.admin, e.m.TokenManager, model, tokens(10_000_000)); err != nil {
		t.Fatal(err)
	}
	head, _, err := e.c.VerifierHead(e.ctx, e.m.Verifier, model)
	if err != nil || head.Sign() != 0 {
		t.Fatalf("configureVerifier set the head to %s (the declared 0.5 must not become the head): %v", head, err)
	}
	r := e.request(model, wad(1, 100))
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2)); revertName(err) != "BenchmarkNotCommitted" {
		t.Fatalf("mint without a committed benchmark: %v", err)
	}
	commit := chain.BenchmarkCommit{BenchmarkHash: testBenchmark, HeadScore: wad(9667, 10000), HeadDigest: common.HexToHash("0xhead")}
	for _, who := range []struct {
		name string
		key  int
	}{{"owner", 1}, {"stranger", 6}} {
		if _, err := e.c.CommitBenchmark(e.ctx, devchain.DevKey(who.key), e.m.Verifier, model, commit); revertName(err) != "Unauthorized" {
			t.Fatalf("%s committed a benchmark: %v", who.name, err)
		}
	}
	if _, err := e.c.CommitBenchmark(e.ctx, e.admin, e.m.Verifier, 999, commit); revertName(err) != "UnknownModel" {
		t.Fatalf("benchmark for an unknown model: %v", err)
	}
	v := bindings.NewDeltaOneVerifier()
	zero := v.PackCommitBenchmark(new(big.Int).SetUint64(model), common.Hash{}, big.NewInt(1), common.Hash{})
	vabi, _ := bindings.DeltaOneVerifierMetaData.ParseABI()
	if _, err := e.c.Send(e.ctx, e.admin, chain.Tx{To: &e.m.Verifier, Data: zero, ABIs: []*abi.ABI{vabi}}); revertName(err) != "BadConfig" {
		t.Fatalf("zero benchmark hash: %v", err)
	}
	if got, err := e.c.CommittedBenchmark(e.ctx, e.m.Verifier, model); err != nil || got != (common.Hash{}) {
		t.Fatalf("committed benchmark after refusals: %s, %v", got.Hex(), err)
	}
	if _, err := e.c.CommitBenchmark(e.ctx, e.admin, e.m.Verifier, model, commit); err != nil {
		t.Fatal(err)
	}
	head, digest, err := e.c.VerifierHead(e.ctx, e.m.Verifier, model)
	if err != nil || head.Cmp(commit.HeadScore) != 0 || digest != commit.HeadDigest {
		t.Fatalf("head %s %s after the commit, want the measured %s: %v", head, digest.Hex(), commit.HeadScore, err)
	}
	r = e.request(model, wad(1, 100))
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2)); err != nil {
		t.Fatalf("mint against the measured head: %v", err)
	}
}

// A request evaluated on another benchmark reverts with BenchmarkMismatch
// naming both hashes; changing the benchmark resets the head, is visible in
// BenchmarkCommitted, and makes requests on the old benchmark fail.
func TestBenchmarkMismatchAndChange(t *testing.T) {
	e := newMintEnv(t)
	other := crypto.Keccak256Hash([]byte("another benchmark"))
	r := e.request(e.model, wad(2, 100))
	r.BenchmarkHash = other
	_, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2))
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "BenchmarkMismatch" {
		t.Fatalf("mismatched benchmark: %v", err)
	}
	if got, committed := re.Args["got"].([32]byte), re.Args["committed"].([32]byte); common.Hash(got) != other || common.Hash(committed) != testBenchmark {
		t.Fatalf("BenchmarkMismatch(%x, %x), want (%s, %s)", got, committed, other.Hex(), testBenchmark.Hex())
	}
	head, _, _ := e.c.VerifierHead(e.ctx, e.m.Verifier, e.model)
	if head.Cmp(wad(884, 1000)) != 0 {
		t.Fatalf("a refused request moved the head to %s", head)
	}

	// The explicit change: a new hash and a newly measured head.
	rc, err := e.c.CommitBenchmark(e.ctx, e.admin, e.m.Verifier, e.model, chain.BenchmarkCommit{BenchmarkHash: other, HeadScore: wad(91, 100), HeadDigest: common.HexToHash("0x91")})
	if err != nil {
		t.Fatal(err)
	}
	v := bindings.NewDeltaOneVerifier()
	var seen bool
	for _, l := range rc.Logs {
		ev, err := v.UnpackBenchmarkCommittedEvent(l)
		if err != nil {
			continue
		}
		seen = true
		if ev.ModelId.Uint64() != e.model || ev.BenchmarkHash != other || ev.Previous != testBenchmark || ev.HeadScore.Cmp(wad(91, 100)) != 0 {
			t.Fatalf("BenchmarkCommitted %+v", ev)
		}
	}
	if !seen {
		t.Fatal("no BenchmarkCommitted event")
	}
	if head, _, _ := e.c.VerifierHead(e.ctx, e.m.Verifier, e.model); head.Cmp(wad(91, 100)) != 0 {
		t.Fatalf("head %s after the change, want 0.91", head)
	}
	old := e.request(e.model, wad(2, 100)) // built with testBenchmark
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, old, e.sign(old, 2)); revertName(err) != "BenchmarkMismatch" {
		t.Fatalf("request on the replaced benchmark: %v", err)
	}
	r = e.request(e.model, wad(2, 100))
	r.BenchmarkHash = other
	res, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2))
	if err != nil {
		t.Fatal(err)
	}
	if res.Verified.BaselineScore.Cmp(wad(91, 100)) != 0 || res.Verified.DeltaOnes.Cmp(tokens(2)) != 0 {
		t.Fatalf("paid %s DeltaOnes against %s, want 2 against the measured 0.91", res.Verified.DeltaOnes, res.Verified.BaselineScore)
	}
}
