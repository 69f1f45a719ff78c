package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
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
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// TestDemo runs `hokusai demo` on a fresh data dir, then has an
// independent attester re-check the claim it left and refuse a forged one.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an embedded chain")
	}
	dir := t.TempDir()
	out, err := runCLI(t, "demo", "--data-dir", dir)
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	for _, want := range []string{"status: accepted", "DeltaOnes", "Minted      400000 VOTES", "contributor 0x", "owner       0x", "ok   reward_distribution", "Version     1.1.0 registered as the head (parent 1.0.0"} {
		if !strings.Contains(out, want) {
			t.Fatalf("demo output lacks %q:\n%s", want, out)
		}
	}
	t.Log(out)

	claim := filepath.Join(dir, "claims", "1.json")
	evalAddr := crypto.PubkeyToAddress(devKey("evaluator").PublicKey).Hex()
	sig, err := runCLI(t, "attest", "--bundle", claim, "--dev-attester", "1", "--evaluator", evalAddr)
	if err != nil || !strings.Contains(sig, `"signer"`) {
		t.Fatalf("attest: %v\n%s", err, sig)
	}
	// Raise the receipt's candidate score: the attester refuses.
	raw, err := os.ReadFile(claim)
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	var receipt map[string]any
	rb, _ := json.Marshal(c["receipt"])
	_ = json.Unmarshal(rb, &receipt)
	receipt["candidate_score"] = "0.999"
	c["receipt"] = receipt
	forged := filepath.Join(t.TempDir(), "forged.json")
	fb, _ := json.Marshal(c)
	if err := os.WriteFile(forged, fb, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = runCLI(t, "attest", "--bundle", forged, "--dev-attester", "0")
	if hokusai.ErrorCode(err) != hokusai.EFORBIDDEN || !strings.Contains(err.Error(), "receipt") {
		t.Fatalf("forged claim: %v; want FORBIDDEN naming the receipt", err)
	}
}

// hostChain starts a server whose embedded chain other servers use
// through --rpc with a keystore platform key; it returns their flags.
func hostChain(t *testing.T) []string {
	t.Helper()
	return externalChainFlags(t, startLive(t, t.TempDir()))
}

// setupVotesModel creates the house-votes-84 model VOTES through the CLI,
// uploads its benchmark, sets its rewards and verifier (extra flags for
// configure_verifier), and returns a file of useful rows to contribute.
func setupVotesModel(t *testing.T, srv *liveServer, verifierFlags ...string) string {
	t.Helper()
	bench := filepath.Join("demodata", "house-votes-84.csv")
	req, err := setupRequest(bench, "", "", "party", 0.01, 84, 60, 12, 0, "reject")
	if err != nil {
		t.Fatal(err)
	}
	d, err := eval.LoadFile(bench, eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	st, pool, err := evaluator.SplitSetup(1, d, req.Recipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, 84, 60, 12)
	if err != nil {
		t.Fatal(err)
	}
	base, err := evaluator.BaselineScore(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "House votes", "--ticker", "VOTES", "--metric", "accuracy",
		"--baseline", hokusai.FormatWad(evaluator.ScoreWad(base)), "--direction", "max", "--preset", "growth")
	_, errOut, code := srv.cliCode(t, "verify_contract_integration", "VOTES")
	if code != 2 || !strings.Contains(errOut, "not fully integrated") {
		t.Fatalf("integration before configuration: exit %d %s", code, errOut)
	}
	out := srv.cli(t, "register_model", "VOTES", "--dev-account", "1", "--reward-rate", "100000", "--max-rewards", "400000",
		"--benchmark", bench, "--initial-rows", "12", "--target", "party", "--seed", "84", "--dev-percent", "60")
	if !strings.Contains(out, "Benchmark set up for model ") { // model 1 unless the test made another first
		t.Fatalf("register_model: %s", out)
	}
	srv.cli(t, append([]string{"configure_verifier", "VOTES", "--dev-account", "1", "--performance-metrics", "accuracy"}, verifierFlags...)...)
	srv.cli(t, "verify_contract_integration", "VOTES")

	dir := t.TempDir()
	// A row with a bad vote is refused, naming the row and the field.
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("party,"+strings.Join(demoFeatures, ",")+"\ndemocrat"+strings.Repeat(",y", 15)+",maybe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = srv.cliCode(t, "contribute", "VOTES", "--file", bad, "--dev-account", "2")
	if code != 2 || !strings.Contains(errOut, "Row 1, field export-administration-act-south-africa") {
		t.Fatalf("bad row: exit %d %s", code, errOut)
	}
	rows := filepath.Join(dir, "rows.csv")
	var b bytes.Buffer
	if err := pool.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(rows, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestContributionCrashMintsOnce runs the real binary: the server is told to
// exit right after it sends a mint (before seeing its receipt); after a
// restart the contribution is accepted and minted exactly once. The chain
// lives in a second server (the crashing one uses it through --rpc), since
// the embedded dev chain itself does not survive an unclean exit.
func TestContributionCrashMintsOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	ext := hostChain(t)
	t.Setenv("HOKUSAI_EVALUATOR_KEY", hexKey(devKey("evaluator")))
	t.Setenv("HOKUSAI_ATTESTER_KEYS", hexKey(devAttesterKeys()[0])+","+hexKey(devAttesterKeys()[1]))
	dataDir := t.TempDir()
	t.Setenv("HOKUSAI_EVALUATOR_CRASH", "after-broadcast")
	srv := startLive(t, dataDir, ext...)
	rows := setupVotesModel(t, srv)
	out := srv.cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2", "--idempotency-key", "crash-1")
	if !strings.Contains(out, "Submitted contribution 1") {
		t.Fatalf("contribute: %s", out)
	}
	// The worker sends the mint and the process exits with status 3.
	done := make(chan error, 1)
	go func() { done <- srv.cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 3 {
			t.Fatalf("server exit: %v; want status 3 from the crash hook\n%s", err, srv.out)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("server did not crash after the mint\n%s", srv.out)
	}

	t.Setenv("HOKUSAI_EVALUATOR_CRASH", "")
	srv = startLive(t, dataDir, ext...)
	out = srv.cli(t, "contribution", "show", "1", "--watch", "--timeout", "60s")
	if !strings.Contains(out, "status           accepted") || !strings.Contains(out, "mint tx") {
		t.Fatalf("after restart: %s\n%s", out, srv.out)
	}
	// A retry with the same key returns the same contribution.
	if out := srv.cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2", "--idempotency-key", "crash-1"); !strings.Contains(out, "Already submitted") {
		t.Fatalf("retry: %s", out)
	}
	// The same rows with the parties swapped (poisoned) are rejected, and pay nothing.
	raw, err := os.ReadFile(rows)
	if err != nil {
		t.Fatal(err)
	}
	flipped := strings.NewReplacer("democrat", "republican", "republican", "democrat").Replace(string(raw))
	poisoned := filepath.Join(t.TempDir(), "poisoned.csv")
	if err := os.WriteFile(poisoned, []byte(flipped), 0o644); err != nil {
		t.Fatal(err)
	}
	srv.cli(t, "contribute", "VOTES", "--file", poisoned, "--dev-account", "3")
	out = srv.cli(t, "contribution", "show", "2", "--watch", "--timeout", "60s")
	if !strings.Contains(out, "status           rejected") || !strings.Contains(out, "WORSE") || strings.Contains(out, "mint tx") {
		t.Fatalf("poisoned rows: %s", out)
	}
	if out := srv.cli(t, "contribution", "list", "VOTES"); !strings.Contains(out, "accepted") || !strings.Contains(out, "rejected") {
		t.Fatalf("list: %s", out)
	}

	// Exactly one DeltaOneVerified event, and the contributor holds 70% of it.
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
	v := bindings.NewDeltaOneVerifier()
	ab, _ := bindings.DeltaOneVerifierMetaData.ParseABI()
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{p.Mint.Verifier}, Topics: [][]common.Hash{{ab.Events["DeltaOneVerified"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 {
		t.Fatalf("%d DeltaOneVerified events, want exactly 1", len(logs))
	}
	ev, err := v.UnpackDeltaOneVerifiedEvent(&logs[0])
	if err != nil {
		t.Fatal(err)
	}
	sess := &chain.Session{Client: c, Protocol: p}
	m, err := sess.ResolveModel(ctx, "VOTES")
	if err != nil {
		t.Fatal(err)
	}
	bal, err := sess.TokenBalance(ctx, common.HexToAddress(m.Token), devchain.DevAddress(2))
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Quo(new(big.Int).Mul(ev.Reward, big.NewInt(7000)), big.NewInt(10_000))
	if bal.Cmp(want) != 0 {
		t.Fatalf("contributor holds %s, want 70%% of %s", bal, ev.Reward)
	}
	t.Logf("minted once after the crash: %s DeltaOnes, reward %s, contributor %s", hokusai.FormatWad(ev.DeltaOnes), ev.Reward, bal)
}

// TestRemoteAttesterSigns: the server holds one of the model's two
// attesters; `hokusai attest` with the other one's key lists the waiting
// claim over REST, re-checks it and hands back its signature; the mint
// needs both.
func TestRemoteAttesterSigns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	ext := hostChain(t)
	att := devAttesterKeys()
	t.Setenv("HOKUSAI_EVALUATOR_KEY", hexKey(devKey("evaluator")))
	t.Setenv("HOKUSAI_ATTESTER_KEYS", hexKey(att[0]))
	t.Setenv("HOKUSAI_EVALUATOR_CRASH", "")
	srv := startLive(t, t.TempDir(), ext...)
	addrs := crypto.PubkeyToAddress(att[0].PublicKey).Hex() + "," + crypto.PubkeyToAddress(att[1].PublicKey).Hex()
	rows := setupVotesModel(t, srv, "--attesters", addrs, "--k", "2")
	srv.cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2")
	signed := false
	for i := 0; i < 100 && !signed; i++ {
		out := srv.cli(t, "attest", "--once", "--dev-attester", "1", "--evaluator", crypto.PubkeyToAddress(devKey("evaluator").PublicKey).Hex())
		signed = strings.Contains(out, "signed 0x")
		if !signed {
			time.Sleep(100 * time.Millisecond)
		}
	}
	if !signed {
		t.Fatalf("the remote attester never found the claim\n%s", srv.out)
	}
	out := srv.cli(t, "contribution", "show", "1", "--watch", "--timeout", "60s")
	if !strings.Contains(out, "status           accepted") {
		t.Fatalf("after the remote signature: %s", out)
	}
}
