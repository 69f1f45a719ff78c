package main

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// The seed's settings, written as the seed writes them, reach the token
// manager as the intended integers (read back from the contract); values
// that cannot be stored exactly are refused and change nothing.
func TestSeedSettingsOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an embedded chain")
	}
	dataDir := t.TempDir()
	srv := startLive(t, dataDir)
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Seed settings", "--ticker", "SEEDS", "--metric", "accuracy",
		"--baseline", "0.9", "--preset", "growth")

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
	tokens := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), hokusai.WAD) }
	type onChain struct {
		rate, max, threshold *big.Int
		bps                  uint16
		fee                  uint64
	}
	read := func() onChain {
		t.Helper()
		rc, err := c.RewardConfig(ctx, p.Mint.TokenManager, 1)
		if err != nil {
			t.Fatal(err)
		}
		ramp, err := c.PriceRamp(ctx, p.Mint.TokenManager, 1)
		if err != nil {
			t.Fatal(err)
		}
		return onChain{rc.TokensPerDeltaOne, rc.MaxReward, rc.MintThreshold, rc.ContributorBps, ramp.To}
	}
	check := func(what string, got onChain, rate, max, threshold *big.Int, bps uint16, fee uint64) {
		t.Helper()
		if got.rate.Cmp(rate) != 0 || got.max.Cmp(max) != 0 || got.threshold.Cmp(threshold) != 0 || got.bps != bps || got.fee != fee {
			t.Fatalf("%s: on chain rate %s max %s threshold %s bps %d fee %d; want %s %s %s %d %d", what,
				got.rate, got.max, got.threshold, got.bps, got.fee, rate, max, threshold, bps, fee)
		}
	}
	defaultFee := read().fee

	// register_model: reward_rate and max_rewards in tokens,
	// min_improvement 0.02 of accuracy = two DeltaOnes.
	out := srv.cli(t, "register_model", "SEEDS", "--dev-account", "1", "--reward-rate", "100000", "--max-rewards", "400000", "--min-improvement", "0.02")
	if !strings.Contains(out, "reward_rate 100000 tokens per DeltaOne") || !strings.Contains(out, "min_improvement 0.02 accuracy (2 DeltaOnes)") {
		t.Fatalf("register_model output: %s", out)
	}
	check("register_model", read(), tokens(100_000), tokens(400_000), tokens(2), 7000, defaultFee)

	// configure_token_manager as the seed writes it, with a split other
	// than the default first, so the read-back proves it was applied.
	srv.cli(t, "configure_token_manager", "SEEDS", "--dev-account", "1", "--mint-threshold", "0.01", "--api-fee-rate", "0.001",
		"--reward-distribution", "contributors=0.8,model_owner=0.2")
	check("configure_token_manager 0.8/0.2", read(), tokens(100_000), tokens(400_000), tokens(1), 8000, 1000)
	srv.cli(t, "configure_token_manager", "SEEDS", "--dev-account", "1", "--mint-threshold", "0.015",
		"--reward-distribution", `{"contributors": 0.7, "model_owner": 0.3}`)
	check("configure_token_manager 0.7/0.3", read(), tokens(100_000), tokens(400_000), big.NewInt(1_500_000_000_000_000_000), 7000, 1000)

	// Values that cannot be stored exactly are refused, naming the field;
	// nothing on chain changes.
	before := read()
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"--api-fee-rate", "0.0000001"}, "api_fee_rate"},
		{[]string{"--reward-distribution", "contributors=0.7,model_owner=0.2"}, "sum to exactly 1"},
		{[]string{"--reward-distribution", "contributors=0.33333,model_owner=0.66667"}, "basis points"},
		{[]string{"--mint-threshold", "0.0000000000000000000001"}, "mint_threshold"},
		{[]string{"--reward-distribution", "contributors=0,model_owner=1"}, "70% default"},
	} {
		_, errOut, code := srv.cliCode(t, append([]string{"configure_token_manager", "SEEDS", "--dev-account", "1"}, bad.args...)...)
		if code != 2 || !strings.Contains(errOut, bad.want) {
			t.Fatalf("configure_token_manager %v: exit %d, want 2 naming %q:\n%s", bad.args, code, bad.want, errOut)
		}
	}
	_, errOut, code := srv.cliCode(t, "register_model", "SEEDS", "--dev-account", "1", "--reward-rate", "0.0000000000000000001", "--max-rewards", "1")
	if code != 2 || !strings.Contains(errOut, "reward_rate") {
		t.Fatalf("register_model with a rate below one wei: exit %d\n%s", code, errOut)
	}
	check("after refusals", read(), before.rate, before.max, before.threshold, before.bps, before.fee)

	// REST takes the seed's JSON numbers as written, and refuses with 400.
	post := func(body string) (int, map[string]any) {
		t.Helper()
		res, err := http.Post(srv.apiURL+"/v1/models/SEEDS/token_manager_settings", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		return res.StatusCode, v
	}
	status, v := post(`{"mint_threshold": 0.01, "api_fee_rate": 0.001, "reward_distribution": {"contributors": 0.7, "model_owner": 0.3}}`)
	cfg, _ := v["config"].(map[string]any)
	if status != 200 || cfg["mint_threshold"] != "1000000000000000000" || cfg["contributor_bps"] != 7000.0 || cfg["api_fee_rate"] != 1000.0 ||
		cfg["tokens_per_deltaone"] != tokens(100_000).String() {
		t.Fatalf("REST plan: %d %v", status, v)
	}
	status, v = post(`{"api_fee_rate": 0.0000001}`)
	if e, _ := v["error"].(map[string]any); status != 400 || e["code"] != "INVALID_INPUT" || e["field"] != "api_fee_rate" {
		t.Fatalf("REST inexact fee: %d %v", status, v)
	}
	status, v = post(`{"mint_treshold": 0.01}`)
	if status != 400 {
		t.Fatalf("REST unknown field: %d %v", status, v)
	}

	// The Go SDK gets the same plan.
	plan, err := sdk.New(srv.apiURL).PlanTokenManagerSettings(ctx, "SEEDS", hokusai.TokenManagerSettings{
		RewardDistribution: &hokusai.RewardDistribution{Contributors: "0.7", ModelOwner: "0.3"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Config.ContributorBps != 7000 || plan.Config.MintThreshold != "1500000000000000000" || !plan.Configured || !strings.EqualFold(plan.TokenManager, p.Mint.TokenManager.Hex()) {
		t.Fatalf("SDK plan: %+v", plan)
	}
}
