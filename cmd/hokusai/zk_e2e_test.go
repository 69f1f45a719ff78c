package main

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// zkCeremonies is where the zkProof end-to-end tests keep the dev ceremony
// of the demo shape (174 hidden rows × 48 inputs) between runs: running it
// takes minutes, proving with it seconds.
func zkCeremonies() string { return filepath.Join(os.TempDir(), "hokusai-zk-ceremonies") }

// waitContribution polls a contribution until it leaves received and
// evaluating (proving, and a first ceremony, take longer than one CLI call
// may wait) and returns what `contribution show` printed last.
func waitContribution(t *testing.T, srv *liveServer, id string, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		out := srv.cli(t, "contribution", "show", id)
		if strings.Contains(out, "accepted") || strings.Contains(out, "rejected") {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("contribution %s not decided within %s:\n%s\n%s", id, limit, out, srv.out)
		}
		time.Sleep(time.Second)
	}
}

// TestZkProofMintEndToEnd: the house-votes model configured with zkProof
// through the CLI; 7 rows that lift the float accuracy by 2.9 points are
// refused by the exact sign test (7 rows right only for the candidate
// against 2); the whole public pool mints on a Groth16 proof with the
// 70/30 split, checked on-chain; the proof checks offline with `hokusai
// eval verify`; replaying it reverts.
func TestZkProofMintEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real binary and proves")
	}
	// The first run makes the demo shape's dev ceremony (2^18 domain, ~1 min of CPU, zk.DevCeremony)
	// in zkCeremonies(); later runs load its keys. Timed in docs/BENCHMARKS.md:
	//   make zk-e2e   (go test ./cmd/hokusai -run TestZkProofMintEndToEnd -count=1 -v)
	dataDir := t.TempDir()
	srv := startLive(t, dataDir, "--zk-ceremonies", zkCeremonies(), "--eval-batch", "1")

	// A model without a benchmark cannot be proven: refused with the reason.
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "No bench", "--ticker", "NOBEN", "--metric", "accuracy",
		"--baseline", "0.5", "--direction", "max", "--preset", "growth")
	_, errOut, code := srv.cliCode(t, "configure_verifier", "NOBEN", "--dev-account", "1", "--verification-method", "zkProof")
	if code != 2 || !strings.Contains(errOut, "no benchmark yet") {
		t.Fatalf("zkProof without a benchmark: exit %d %s", code, errOut)
	}

	rows := setupVotesModel(t, srv, "--verification-method", "zkProof")
	if out := srv.cli(t, "verify_contract_integration", "VOTES"); !strings.Contains(out, "zkProof") {
		t.Fatalf("integration: %s", out)
	}

	// Useless: the first 7 public rows.
	raw, err := os.ReadFile(rows)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(raw), "\n")
	few := filepath.Join(t.TempDir(), "few.csv")
	if err := os.WriteFile(few, []byte(strings.Join(lines[:8], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	srv.cli(t, "contribute", "VOTES", "--file", few, "--dev-account", "3")
	out := waitContribution(t, srv, "1", 2*time.Minute)
	if !strings.Contains(out, "rejected") || !strings.Contains(out, "NOT_SIGNIFICANT") || !strings.Contains(out, "sign test") || strings.Contains(out, "mint tx") {
		t.Fatalf("useless rows: %s", out)
	}

	ctx := context.Background()
	c, err := chain.Dial(ctx, srv.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	p, err := chain.LoadProtocol(filepath.Join(dataDir, "protocol.json"))
	if err != nil {
		t.Fatal(err)
	}
	sess := &chain.Session{Client: c, Protocol: p}
	m, err := sess.ResolveModel(ctx, "VOTES")
	if err != nil {
		t.Fatal(err)
	}
	token := common.HexToAddress(m.Token)
	balance := func(a common.Address) *big.Int {
		b, err := sess.TokenBalance(ctx, token, a)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	ownerBefore := balance(devchain.DevAddress(1))

	// Useful: the whole public pool, minted on a proof.
	srv.cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2")
	out = waitContribution(t, srv, "2", 15*time.Minute)
	if !strings.Contains(out, "accepted") || !strings.Contains(out, "mint tx") {
		t.Fatalf("useful rows: %s\n%s", out, srv.out)
	}
	v := bindings.NewDeltaOneVerifier()
	ab, _ := bindings.DeltaOneVerifierMetaData.ParseABI()
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{p.Mint.Verifier},
		Topics: [][]common.Hash{{ab.Events["ZkProofAccepted"].ID}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d ZkProofAccepted events (%v), want 1", len(logs), err)
	}
	acc, err := v.UnpackZkProofAcceptedEvent(&logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if acc.B != 14 || acc.C != 2 {
		t.Fatalf("proof counts %d/%d, want 14/2 (TestZkVotesCounts)", acc.B, acc.C)
	}
	rc, err := c.Backend.TransactionReceipt(ctx, logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	var ev *bindings.DeltaOneVerifierDeltaOneVerified
	for _, l := range rc.Logs {
		if e, err := v.UnpackDeltaOneVerifiedEvent(l); err == nil {
			ev = e
		}
	}
	if ev == nil {
		t.Fatal("the zk mint has no DeltaOneVerified event")
	}
	// 12 of 174 rows = 6.896… DeltaOnes × 100,000 tokens, capped at max_rewards 400,000.
	tok := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), hokusai.WAD) }
	wantD := new(big.Int).Quo(new(big.Int).Mul(new(big.Int).Quo(new(big.Int).Mul(big.NewInt(12), hokusai.WAD), big.NewInt(174)), hokusai.WAD), new(big.Int).Quo(hokusai.WAD, big.NewInt(100)))
	if ev.DeltaOnes.Cmp(wantD) != 0 || ev.Reward.Cmp(tok(400_000)) != 0 {
		t.Fatalf("%s DeltaOnes, reward %s; want %s and 400,000 tokens", hokusai.FormatWad(ev.DeltaOnes), ev.Reward, hokusai.FormatWad(wantD))
	}
	if got := balance(devchain.DevAddress(2)); got.Cmp(tok(280_000)) != 0 {
		t.Fatalf("contributor holds %s, want 280,000 tokens (70%%)", got)
	}
	if got := new(big.Int).Sub(balance(devchain.DevAddress(1)), ownerBefore); got.Cmp(tok(120_000)) != 0 {
		t.Fatalf("owner gained %s, want 120,000 tokens (30%%)", got)
	}
	t.Logf("zk mint %s: b=%d c=%d, %s DeltaOnes, reward %s, gas %d", rc.TxHash.Hex(), acc.B, acc.C, hokusai.FormatWad(ev.DeltaOnes), hokusai.FormatWad(ev.Reward), rc.GasUsed)

	// The proof checks offline; an altered one does not.
	bundles, _ := filepath.Glob(filepath.Join(dataDir, "proofs", "*.json"))
	if len(bundles) != 1 {
		t.Fatalf("proof bundles %v, want one", bundles)
	}
	if out := srv.cli(t, "eval", "verify", bundles[0]); !strings.Contains(out, "valid proof") || !strings.Contains(out, "14 rows right only for the candidate") {
		t.Fatalf("eval verify: %s", out)
	}
	b, err := os.ReadFile(bundles[0])
	if err != nil {
		t.Fatal(err)
	}
	var bundle evaluator.ZkBundle
	if err := json.Unmarshal(b, &bundle); err != nil {
		t.Fatal(err)
	}
	forged := bundle
	fr := *bundle.Request
	fr.B, fr.C = 15, 2
	forged.Request = &fr
	forged.Proof.Public[2] = new(big.Int).Add(bundle.Proof.Public[2], big.NewInt(1))
	fb, _ := json.Marshal(forged)
	ff := filepath.Join(t.TempDir(), "forged.json")
	if err := os.WriteFile(ff, fb, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := srv.cliCode(t, "eval", "verify", ff); code == 0 || !strings.Contains(errOut, "does not verify") {
		t.Fatalf("forged count: exit %d %s", code, errOut)
	}

	// Replays revert: the same request is stale (the model's nonce moved
	// on with the mint), and the same proof under the current nonce and a
	// new key does not verify (its bind and state are another request's).
	sender := devchain.DevKey(5)
	_, err = c.SubmitZkMint(ctx, sender, p.Mint.Verifier, bundle.Request, bundle.Proof.Words)
	if name := revertOf(err); name != "StaleRequest" {
		t.Fatalf("replayed proof: %v; want StaleRequest", err)
	}
	t.Logf("replayed proof reverts %s: %s", revertOf(err), hokusai.ErrorMessage(err))
	again := *bundle.Request
	again.Nonce++
	again.IdempotencyKey = crypto.Keccak256Hash([]byte("replay"))
	_, err = c.SubmitZkMint(ctx, sender, p.Mint.Verifier, &again, bundle.Proof.Words)
	if name := revertOf(err); name != "InvalidProof" {
		t.Fatalf("proof under the current nonce and a new key: %v; want InvalidProof", err)
	}
}

func revertOf(err error) string {
	var re *chain.RevertError
	if err != nil && errors.As(err, &re) {
		return re.Name
	}
	return ""
}
