package main

import (
	"context"
	"math/big"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// TestMeasuredBaseline runs the real binary on its embedded chain with the
// data of testdata/measured (see gen.go there): the head measures 0.9625 on
// 400 hidden test rows; small.csv lifts it by 2 rows (0.5 DeltaOne),
// lift.csv by 6 rows (1.5 DeltaOnes). A declared 0.5 is refused at
// registration; the measured head is committed on-chain with the benchmark
// hash; the small lift mints nothing; the 1.5-DeltaOne lift mints exactly
// 1.5 × the reward rate, split 70/30, against the one measured baseline. A
// new benchmark needs an explicit change, which resets the head, and is
// refused once a contribution was accepted.
func TestMeasuredBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	t.Setenv("HOKUSAI_EVALUATOR_CRASH", "")
	dataDir := t.TempDir()
	srv := startLive(t, dataDir)
	data := func(f string) string { return filepath.Join("testdata", "measured", f) }
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Keys", "--ticker", "KEYS", "--metric", "accuracy",
		"--baseline", "0.5", "--direction", "max", "--preset", "growth")
	register := func(extra ...string) (string, string, int) {
		args := append([]string{"register_model", "KEYS", "--dev-account", "1", "--reward-rate", "100000", "--max-rewards", "400000",
			"--benchmark", data("benchmark.csv"), "--training", data("training.csv"), "--recipe", data("recipe.json"),
			"--seed", "84", "--dev-percent", "50"}, extra...)
		return srv.cliCode(t, args...)
	}

	// The declared 0.5 is far outside the measured interval: refused with
	// both numbers, the interval and the fix; nothing is committed.
	_, errOut, code := register()
	for _, want := range []string{"declared baseline 0.5", "accuracy of 0.9625", "400-row hidden test split", "0.9425–0.9800", "declare 0.9625 or omit"} {
		if code == 0 || !strings.Contains(errOut, want) {
			t.Fatalf("declared 0.5: exit %d, stderr lacks %q:\n%s", code, want, errOut)
		}
	}
	t.Logf("refused: %s", strings.TrimSpace(errOut))
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
	m, err := sess.ResolveModel(ctx, "KEYS")
	if err != nil {
		t.Fatal(err)
	}
	if h, err := c.CommittedBenchmark(ctx, p.Mint.Verifier, m.ID); err != nil || h != (common.Hash{}) {
		t.Fatalf("a refused registration committed %s (%v)", h.Hex(), err)
	}

	// Declaring the measured value is accepted: the head is measured and
	// committed with the benchmark hash.
	out, errOut, code := register("--declared-baseline", "0.9625")
	if code != 0 {
		t.Fatalf("register_model: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"Measured head: 0.9625 (95% interval 0.9425–0.98, 1000 resamples; declared 0.9625)", "committed on-chain with head 0.9625 (tx 0x"} {
		if !strings.Contains(out, want) {
			t.Fatalf("register_model output lacks %q:\n%s", want, out)
		}
	}
	hash := common.HexToHash(regexp.MustCompile(`Benchmark hash (0x[0-9a-f]{64})`).FindStringSubmatch(out)[1])
	srv.cli(t, "configure_verifier", "KEYS", "--dev-account", "1", "--performance-metrics", "accuracy")
	head, _, err := c.VerifierHead(ctx, p.Mint.Verifier, m.ID)
	if err != nil || head.Cmp(wadOf(t, "0.9625")) != 0 {
		t.Fatalf("on-chain head %s, want the measured 0.9625 (%v)", hokusai.FormatWad(head), err)
	}
	if got, err := c.CommittedBenchmark(ctx, p.Mint.Verifier, m.ID); err != nil || got != hash {
		t.Fatalf("committed benchmark %s, want %s (%v)", got.Hex(), hash.Hex(), err)
	}
	if out := srv.cli(t, "model", "benchmark", "KEYS"); !strings.Contains(out, "Measured head      0.9625") || !strings.Contains(out, "committed on-chain: "+hash.Hex()) {
		t.Fatalf("model benchmark: %s", out)
	}
	if out := srv.cli(t, "model", "show", "KEYS"); !strings.Contains(out, "Measured head  0.9625 (95% interval 0.9425–0.98 on 400 hidden test rows; declared 0.9625)") || !strings.Contains(out, "committed on-chain: "+hash.Hex()) {
		t.Fatalf("model show: %s", out)
	}

	// Repeating the registration changes nothing; another split is a new
	// benchmark: refused without --change-benchmark, and with it the head
	// is reset to the newly measured score; changing back restores both.
	if out, errOut, code := register("--declared-baseline", "none"); code != 0 || !strings.Contains(out, "committed on-chain with head 0.9625.") {
		t.Fatalf("repeated registration: exit %d\n%s\n%s", code, out, errOut)
	}
	_, errOut, code = register("--declared-baseline", "none", "--seed", "85")
	if code == 0 || !strings.Contains(errOut, "--change-benchmark") || !strings.Contains(errOut, hash.Hex()) {
		t.Fatalf("new benchmark without --change-benchmark: exit %d\n%s", code, errOut)
	}
	out, errOut, code = register("--declared-baseline", "none", "--seed", "85", "--change-benchmark")
	if code != 0 {
		t.Fatalf("changing the benchmark: exit %d\n%s\n%s", code, out, errOut)
	}
	newHash := common.HexToHash(regexp.MustCompile(`Benchmark hash (0x[0-9a-f]{64})`).FindStringSubmatch(out)[1])
	measured := regexp.MustCompile(`Measured head: ([0-9.]+) `).FindStringSubmatch(out)[1]
	if got, _ := c.CommittedBenchmark(ctx, p.Mint.Verifier, m.ID); got != newHash || newHash == hash {
		t.Fatalf("committed %s after the change, want the new %s (old %s)", got.Hex(), newHash.Hex(), hash.Hex())
	}
	if head, _, _ := c.VerifierHead(ctx, p.Mint.Verifier, m.ID); head.Cmp(wadOf(t, measured)) != 0 {
		t.Fatalf("head %s after the change, want the newly measured %s", hokusai.FormatWad(head), measured)
	}
	t.Logf("changed benchmark %s → %s, head reset to %s", hash.Hex(), newHash.Hex(), measured)
	if out, errOut, code := register("--declared-baseline", "none", "--change-benchmark"); code != 0 || !strings.Contains(out, "Benchmark hash "+strings.ToLower(hash.Hex())) {
		t.Fatalf("changing back: exit %d\n%s\n%s", code, out, errOut)
	}
	if head, _, _ := c.VerifierHead(ctx, p.Mint.Verifier, m.ID); head.Cmp(wadOf(t, "0.9625")) != 0 {
		t.Fatalf("head %s after changing back, want 0.9625", hokusai.FormatWad(head))
	}

	token := common.HexToAddress(m.Token)
	owner, contributor := devchain.DevAddress(1), devchain.DevAddress(3)
	ownerBefore, err := sess.TokenBalance(ctx, token, owner)
	if err != nil {
		t.Fatal(err)
	}
	// Half a DeltaOne mints nothing.
	srv.cli(t, "contribute", "KEYS", "--file", data("small.csv"), "--dev-account", "2")
	out = srv.cli(t, "contribution", "show", "1", "--watch", "--timeout", "60s")
	if !strings.Contains(out, "status           rejected") || !strings.Contains(out, "NO_IMPROVEMENT") || !strings.Contains(out, "0.5 DeltaOnes, below the 1") || strings.Contains(out, "mint tx") {
		t.Fatalf("half a DeltaOne: %s", out)
	}
	// 1.5 DeltaOnes mint exactly 150,000 tokens: 105,000 to the
	// contributor, 45,000 to the owner.
	srv.cli(t, "contribute", "KEYS", "--file", data("lift.csv"), "--dev-account", "3")
	out = srv.cli(t, "contribution", "show", "2", "--watch", "--timeout", "60s")
	if !strings.Contains(out, "status           accepted") || !strings.Contains(out, "baseline 0.9625 → candidate 0.9775 on 400 hidden test rows") ||
		!strings.Contains(out, "DeltaOnes        1.5 (threshold 1)") || strings.Count(out, "baseline") != 1 {
		t.Fatalf("1.5 DeltaOnes: %s", out)
	}
	t.Logf("contribution show:\n%s", out)
	ab, _ := bindings.DeltaOneVerifierMetaData.ParseABI()
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{p.Mint.Verifier}, Topics: [][]common.Hash{{ab.Events["DeltaOneVerified"].ID}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d DeltaOneVerified events (%v), want 1", len(logs), err)
	}
	ev, err := bindings.NewDeltaOneVerifier().UnpackDeltaOneVerifiedEvent(&logs[0])
	if err != nil {
		t.Fatal(err)
	}
	tokens := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), hokusai.WAD) }
	if ev.BaselineScore.Cmp(wadOf(t, "0.9625")) != 0 || ev.CandidateScore.Cmp(wadOf(t, "0.9775")) != 0 || ev.DeltaOnes.Cmp(wadOf(t, "1.5")) != 0 || ev.Reward.Cmp(tokens(150_000)) != 0 {
		t.Fatalf("DeltaOneVerified: baseline %s candidate %s DeltaOnes %s reward %s; want 0.9625, 0.9775, 1.5, 150000 tokens",
			hokusai.FormatWad(ev.BaselineScore), hokusai.FormatWad(ev.CandidateScore), hokusai.FormatWad(ev.DeltaOnes), hokusai.FormatWad(ev.Reward))
	}
	got, err := sess.TokenBalance(ctx, token, contributor)
	if err != nil || got.Cmp(tokens(105_000)) != 0 {
		t.Fatalf("contributor holds %s, want 105000 (%v)", hokusai.FormatWad(got), err)
	}
	ownerAfter, err := sess.TokenBalance(ctx, token, owner)
	if err != nil || new(big.Int).Sub(ownerAfter, ownerBefore).Cmp(tokens(45_000)) != 0 {
		t.Fatalf("owner gained %s, want 45000 (%v)", hokusai.FormatWad(new(big.Int).Sub(ownerAfter, ownerBefore)), err)
	}
	if got, _ := sess.TokenBalance(ctx, token, devchain.DevAddress(2)); got.Sign() != 0 {
		t.Fatalf("the half-DeltaOne contributor holds %s", hokusai.FormatWad(got))
	}
	// After an accepted contribution the benchmark is fixed: a change is
	// refused before anything is committed, and the head stays.
	if _, errOut, code := register("--declared-baseline", "none", "--seed", "85", "--change-benchmark"); code == 0 || !strings.Contains(errOut, "fixed") {
		t.Fatalf("change after a mint: exit %d\n%s", code, errOut)
	}
	if got, _ := c.CommittedBenchmark(ctx, p.Mint.Verifier, m.ID); got != hash {
		t.Fatalf("committed %s after a refused change, want %s", got.Hex(), hash.Hex())
	}
	if head, _, _ := c.VerifierHead(ctx, p.Mint.Verifier, m.ID); head.Cmp(wadOf(t, "0.9775")) != 0 {
		t.Fatalf("head %s after a refused change, want 0.9775", hokusai.FormatWad(head))
	}

}

func wadOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, err := hokusai.ParseWad("x", s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
