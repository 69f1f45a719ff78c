package main

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// BenchmarkContributionToMint times what a contributor waits for on the
// embedded dev chain: from submitting a 300-row contribution (REST, signed)
// to seeing it accepted with its mint confirmed — intake, retraining,
// scoring, a 2,000-resample paired bootstrap, receipt, two attesters
// re-running the evaluation, the mint transaction and its receipt. Each
// iteration sets up a fresh model (untimed) so every contribution mints.
//
//	go test ./cmd/hokusai -run XXX -bench ContributionToMint -benchtime 5x
func BenchmarkContributionToMint(b *testing.B) {
	ctx := context.Background()
	cfg := defaultServeConfig()
	cfg.dataDir, cfg.httpAddr, cfg.rpcAddr, cfg.logLevel = b.TempDir(), "127.0.0.1:0", "127.0.0.1:0", "error"
	cfg.evalWindow = 0 // the evaluation's latency, not the batch window's
	s, err := startServer(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	cli := sdk.New(s.http.URL())
	sess := &chain.Session{Client: s.client, Protocol: s.protocol}
	owner, contributor := devchain.DevKey(1), devchain.DevKey(2)
	data, err := eval.LoadCSV(bytes.NewReader(demoVotesCSV), eval.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	recipe := hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "party", Features: demoFeatures, Categorical: demoFeatures, L2: 0.01, Seed: demoSeed}
	st, pool, err := evaluator.SplitSetup(0, data, recipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, demoSeed, demoDevPercent, demoInitial)
	if err != nil {
		b.Fatal(err)
	}
	base, err := evaluator.BaselineScore(ctx, st)
	if err != nil {
		b.Fatal(err)
	}
	// 300 rows: the public pool's rows, then again from its start.
	idx := make([]int, 300)
	for i := range idx {
		idx[i] = i % pool.Len()
	}
	var benchCSV bytes.Buffer
	if err := data.WriteCSV(&benchCSV); err != nil {
		b.Fatal(err)
	}
	info, err := cli.EvaluatorInfo(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var atts []common.Address
	for _, a := range info.Attesters {
		atts = append(atts, common.HexToAddress(a))
	}
	supply, _ := hokusai.ParsePreset("growth")
	var total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ticker := fmt.Sprintf("BEN%c%c", 'A'+i/26, 'A'+i%26)
		created, err := sess.CreateModel(ctx, owner, chain.CreateModelParams{Name: "bench " + ticker, Ticker: ticker, Metric: hokusai.MetricAccuracy,
			Direction: hokusai.Maximize, Baseline: evaluator.ScoreWad(base), License: hokusai.LicenseDecentralized, Supply: supply})
		if err != nil {
			b.Fatal(err)
		}
		ref := fmt.Sprint(created.ID)
		if err := waitModel(ctx, cli, ref); err != nil {
			b.Fatal(err)
		}
		setup, err := apiSetup(&evaluator.SetupRequest{Recipe: recipe, Seed: demoSeed, DevPercent: demoDevPercent, Initial: demoInitial, Benchmark: benchCSV.String()})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := cli.SetupModel(ctx, ref, setup, owner); err != nil {
			b.Fatal(err)
		}
		m, err := cli.GetModel(ctx, ref)
		if err != nil {
			b.Fatal(err)
		}
		rate, maxRewards := hokusai.Decimal("1000"), hokusai.Decimal("100000")
		if _, _, err := applyTokenManagerSettings(ctx, cli, sess, owner, m, hokusai.TokenManagerSettings{RewardRate: &rate, MaxRewards: &maxRewards}); err != nil {
			b.Fatal(err)
		}
		if _, err := configureVerifier(ctx, sess, owner, m, verifierParams{Attesters: atts}); err != nil {
			b.Fatal(err)
		}
		var rows bytes.Buffer
		if err := pool.Subset(idx).WriteCSV(&rows); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		c, _, err := cli.Contribute(ctx, ref, rows.Bytes(), "csv", "", contributor)
		if err != nil {
			b.Fatal(err)
		}
		for {
			v, err := cli.Contribution(ctx, c.Id)
			if err != nil {
				b.Fatal(err)
			}
			if v.Status == api.ContributionViewStatusAccepted && text(v.MintTx) != "" {
				break
			}
			if v.Status == api.ContributionViewStatusRejected {
				b.Fatalf("rejected: %s", text(v.Reason))
			}
			time.Sleep(10 * time.Millisecond)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/contribution")
	b.ReportMetric(3000/(float64(total.Milliseconds())/float64(b.N)), "x-under-3s-target")
}
