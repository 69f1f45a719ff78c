package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/sdk"
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
	s, err := startServer(ctx, &serveConfig{dataDir: b.TempDir(), httpAddr: "127.0.0.1:0", rpcAddr: "127.0.0.1:0", logLevel: "error"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	api := sdk.New(s.http.URL())
	sess := &chain.Session{Client: s.client, Protocol: s.protocol}
	owner, contributor := devchain.DevKey(1), devchain.DevKey(2)
	data, err := eval.LoadCSV(bytes.NewReader(demoVotesCSV), eval.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	recipe := hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "party", Features: demoFeatures, Categorical: demoFeatures, L2: 0.01, Seed: demoSeed}
	st, pool, err := evaluator.SplitSetup(0, data, recipe, hokusai.MetricAccuracy, hokusai.Maximize, demoSeed, demoDevPercent, demoInitial)
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
	info, err := api.EvaluatorInfo(ctx)
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
		if err := waitModel(ctx, api, ref); err != nil {
			b.Fatal(err)
		}
		if _, err := api.SetupModel(ctx, ref, &evaluator.SetupRequest{Recipe: recipe, Seed: demoSeed, DevPercent: demoDevPercent, Initial: demoInitial, Benchmark: benchCSV.String()}, owner); err != nil {
			b.Fatal(err)
		}
		if _, err := sdk.RegisterModel(ctx, sess, owner, created.ID, sdk.RegisterModelParams{RewardRate: new(big.Int).Mul(big.NewInt(1000), hokusai.WAD), MaxRewards: new(big.Int).Mul(big.NewInt(100_000), hokusai.WAD)}); err != nil {
			b.Fatal(err)
		}
		m, err := api.GetModel(ctx, ref)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sdk.ConfigureVerifier(ctx, sess, owner, m, sdk.VerifierParams{Attesters: atts}); err != nil {
			b.Fatal(err)
		}
		var rows bytes.Buffer
		if err := pool.Subset(idx).WriteCSV(&rows); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		c, _, err := api.Contribute(ctx, ref, rows.Bytes(), "csv", "", contributor)
		if err != nil {
			b.Fatal(err)
		}
		for {
			v, err := api.Contribution(ctx, c.ID)
			if err != nil {
				b.Fatal(err)
			}
			if v.Status == contrib.StatusAccepted && v.MintTx != "" {
				break
			}
			if v.Status == contrib.StatusRejected {
				b.Fatalf("rejected: %s", v.Reason)
			}
			time.Sleep(10 * time.Millisecond)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/contribution")
	b.ReportMetric(3000/(float64(total.Milliseconds())/float64(b.N)), "x-under-3s-target")
}
