package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

//go:embed demodata/house-votes-84.csv
var demoVotesCSV []byte

// demoFeatures are house-votes-84's sixteen votes.
var demoFeatures = []string{"handicapped-infants", "water-project-cost-sharing", "adoption-of-the-budget-resolution", "physician-fee-freeze",
	"el-salvador-aid", "religious-groups-in-schools", "anti-satellite-test-ban", "aid-to-nicaraguan-contras", "mx-missile", "immigration",
	"synfuels-corporation-cutback", "education-spending", "superfund-right-to-sue", "crime", "duty-free-exports", "export-administration-act-south-africa"}

// Demo settings: 60% of the 435 rows are public (the dev split), the rest
// is the hidden test split; the owner trains on 12 dev rows; a contributor
// brings the other public rows.
const (
	demoSeed       = 84
	demoDevPercent = 60
	demoInitial    = 12
	// demoMaxRewards caps one improvement's reward (F13 max_rewards), below
	// the model's mint budget (tokens per DeltaOne × expected DeltaOnes).
	demoMaxRewards = 400_000
)

func newDemoCmd(g *globals) *cobra.Command {
	var dataDir, ceremonies string
	var keep, zkMode bool
	cmd := &cobra.Command{
		Use:   "demo [--data-dir DIR]",
		Short: "Run the whole improve-and-earn loop on a fresh embedded chain and print what happens",
		Long: "Starts a server in this process on an empty data directory (a fresh temporary one by default),\n" +
			"creates a house-votes-84 logistic-regression model with its token and pool, packages and registers\n" +
			"its baseline, uploads its benchmark (a hidden test split) and training recipe, sets its rewards and\n" +
			"oracle verification, submits a real contribution, and prints the evaluation, the DeltaOnes, the mint\n" +
			"transaction and the new token balances.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := dataDir
			if dir == "" {
				d, err := os.MkdirTemp("", "hokusai-demo-")
				if err != nil {
					return err
				}
				dir = d
				if !keep {
					defer os.RemoveAll(d)
				}
			}
			var z *demoZk
			if zkMode {
				z = &demoZk{ceremonies: ceremonies}
				if z.ceremonies == "" {
					cache, err := os.UserCacheDir()
					if err != nil {
						return hokusai.FieldErrorf("zk-ceremonies", "No user cache directory for the dev ceremony (%v); give --zk-ceremonies DIR.", err)
					}
					z.ceremonies = filepath.Join(cache, "hokusai", "zk-ceremonies")
				}
			}
			return runDemo(cmd.Context(), cmd.OutOrStdout(), dir, z)
		},
	}
	cmd.Flags().StringVar(&dataDir, "data-dir", "", "data directory for the demo's server (default: a fresh temporary directory)")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the temporary data directory")
	cmd.Flags().BoolVar(&zkMode, "zk", false, "verify the improvement with a zero-knowledge proof (zkProof) instead of attester signatures")
	cmd.Flags().StringVar(&ceremonies, "zk-ceremonies", "", "with --zk: where the dev ceremony's keys are kept between runs (default: hokusai/zk-ceremonies in the user cache directory; the first run makes them, minutes)")
	return cmd
}

// demoZk are the settings of `hokusai demo --zk`.
type demoZk struct {
	ceremonies string // where the dev ceremony's keys are kept between runs
}

func runDemo(ctx context.Context, out io.Writer, dataDir string, z *demoZk) error {
	step := func(format string, args ...any) { fmt.Fprintf(out, "\n== "+format+"\n", args...) }
	step("Starting a server on %s (embedded dev chain)", dataDir)
	cfg := defaultServeConfig()
	cfg.dataDir, cfg.httpAddr, cfg.rpcAddr, cfg.logLevel = dataDir, "127.0.0.1:0", "127.0.0.1:0", "warn"
	cfg.evalWindow = 0 // one contributor: nothing to wait for to batch with
	if z != nil {
		cfg.zkCeremonies = z.ceremonies
	}
	s, err := startServer(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	cli := sdk.New(s.http.URL())
	sess := &chain.Session{Client: s.client, Protocol: s.protocol}
	owner, contributor := devchain.DevKey(1), devchain.DevKey(2)
	ownerAddr, contribAddr := crypto.PubkeyToAddress(owner.PublicKey), crypto.PubkeyToAddress(contributor.PublicKey)
	fmt.Fprintf(out, "REST API %s, chain RPC %s (chain id %d)\n", s.http.URL(), s.client.RPCURL, s.client.ChainID)

	// The benchmark and the owner's small training set.
	data, err := eval.LoadCSV(bytes.NewReader(demoVotesCSV), eval.LoadOptions{})
	if err != nil {
		return err
	}
	recipe := hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "party", Features: demoFeatures, Categorical: demoFeatures, L2: 0.01, Seed: demoSeed}
	st, pool, err := evaluator.SplitSetup(0, data, recipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, demoSeed, demoDevPercent, demoInitial)
	if err != nil {
		return err
	}
	eng, err := evaluator.NewEngine(st)
	if err != nil {
		return err
	}
	base, err := eng.Train(ctx, st.Training)
	if err != nil {
		return err
	}
	b := eng.Bench()
	step("Model: house-votes-84 party from 16 votes, logistic regression (the built-in linear runtime)")
	fmt.Fprintf(out, "Benchmark: %d rows; public dev split %d rows, hidden test split %d rows (digest %s, committed on-chain at registration with the measured head)\n",
		data.Len(), len(b.Dev), len(b.Test), b.TestDigest)
	fmt.Fprintf(out, "The owner trains on %d rows: accuracy %.4f on the hidden test split — the baseline.\n", st.Training.Len(), base.Score)

	step("Creating the model, its token and its pool (owner = dev account 1)")
	ticker, err := freeTicker(ctx, sess)
	if err != nil {
		return err
	}
	supply, _ := hokusai.ParsePreset("growth")
	created, err := sess.CreateModel(ctx, owner, chain.CreateModelParams{
		Name: "House votes 1984", Ticker: ticker, Description: "Predicts a US representative's party from 16 votes of 1984.", Category: "Other",
		Metric: hokusai.MetricAccuracy, Direction: hokusai.Maximize, Baseline: evaluator.ScoreWad(base.Score),
		License: hokusai.LicenseDecentralized, Supply: supply,
	})
	if err != nil {
		return err
	}
	model := fmt.Sprint(created.ID)
	fmt.Fprintf(out, "Model %d (%s): token %s, pool %s, tx %s\n", created.ID, ticker, created.Token.Hex(), created.Pool.Hex(), created.TxHash.Hex())
	if err := waitModel(ctx, cli, model); err != nil {
		return err
	}

	step("Packaging and registering the baseline version 1.0.0")
	pkgDigest, err := demoPackage(ctx, cli, model, owner, base, recipe, dataDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Package %s registered, signed by %s\n", pkgDigest, ownerAddr.Hex())

	step("register_model: benchmark, recipe and rewards")
	var benchCSV bytes.Buffer
	if err := data.WriteCSV(&benchCSV); err != nil {
		return err
	}
	setupReq, err := apiSetup(&evaluator.SetupRequest{Recipe: recipe, Seed: demoSeed, DevPercent: demoDevPercent, Initial: demoInitial,
		Policy: contrib.Policy{PII: contrib.PIIReject}, Benchmark: benchCSV.String()})
	if err != nil {
		return err
	}
	setup, err := cli.SetupModel(ctx, model, setupReq, owner)
	if err != nil {
		return err
	}
	printSetup(out, setup)
	mc, err := cli.GetModel(ctx, model)
	if err != nil {
		return err
	}
	dec := func(s string) *hokusai.Decimal { d := hokusai.Decimal(s); return &d }
	if _, _, err := applyTokenManagerSettings(ctx, cli, sess, owner, mc, hokusai.TokenManagerSettings{
		RewardRate: dec(fmt.Sprint(supply.TokensPerDeltaOne)), MaxRewards: dec(fmt.Sprint(demoMaxRewards)), MinImprovement: dec("0.01"),
	}); err != nil {
		return err
	}
	fmt.Fprintf(out, "reward_rate %d tokens per DeltaOne, min_improvement 0.01 (1 DeltaOne), max_rewards %d tokens\n", supply.TokensPerDeltaOne, demoMaxRewards)

	step("configure_token_manager and configure_verifier")
	if _, _, err := applyTokenManagerSettings(ctx, cli, sess, owner, mc, hokusai.TokenManagerSettings{
		MintThreshold: dec("0.01"), RewardDistribution: &hokusai.RewardDistribution{Contributors: "0.7", ModelOwner: "0.3"},
	}); err != nil {
		return err
	}
	info, err := cli.EvaluatorInfo(ctx)
	if err != nil {
		return err
	}
	var atts []common.Address
	for _, a := range info.Attesters {
		atts = append(atts, common.HexToAddress(a))
	}
	m, err := cli.GetModel(ctx, model)
	if err != nil {
		return err
	}
	if z != nil {
		metrics, calc := []string{"accuracy"}, "deltaInBps"
		plan, err := cli.PlanVerifierSettings(ctx, model, api.VerifierSettings{VerificationMethod: "zkProof", PerformanceMetrics: &metrics, ImprovementCalculation: &calc})
		if err != nil {
			return err
		}
		if _, err := sendVerifierPlan(ctx, sess, owner, plan); err != nil {
			return err
		}
		sh := plan.ZkShape
		fmt.Fprintf(out, "Rewards split 70%% contributors / 30%% owner; zkProof verification: the evaluator proves each DeltaOne (Groth16 circuit for %d hidden rows × %d inputs),\n", sh.Rows, sh.Inputs)
		fmt.Fprintf(out, "the verifier checks the proof and an exact one-sided sign test; dev ceremony keys in %s (made on first use: minutes)\n", z.ceremonies)
	} else {
		if _, err := configureVerifier(ctx, sess, owner, m, verifierParams{PerformanceMetrics: []string{"accuracy"}, VerificationMethod: "oracle",
			ImprovementCalculation: "deltaInBps", Attesters: atts}); err != nil {
			return err
		}
		fmt.Fprintf(out, "Rewards split 70%% contributors / 30%% owner; oracle verification, %d of %d attesters (%s)\n", len(atts), len(atts), strings.Join(info.Attesters, ", "))
	}
	rep, err := cli.VerifyContractIntegration(ctx, model)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "verify_contract_integration:")
	printIntegration(out, rep)

	step("A contributor (dev account 2) submits %d public rows", pool.Len())
	var rows bytes.Buffer
	if err := pool.WriteCSV(&rows); err != nil {
		return err
	}
	ownerBefore, _ := sess.TokenBalance(ctx, created.Token, ownerAddr)
	supplyBefore := totalSupply(ctx, sess, created.Token)
	start := time.Now()
	c, _, err := cli.Contribute(ctx, model, rows.Bytes(), "csv", "demo-contribution-1", contributor)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Contribution %d received: %d rows, digest %s\n", c.Id, c.Rows, c.Digest)
	wait := 2 * time.Minute
	if z != nil {
		wait = 30 * time.Minute // a first dev ceremony, then the proof
	}
	if err := watchContribution(ctx, out, cli, c.Id, wait); err != nil {
		return err
	}
	elapsed := time.Since(start)
	v, err := cli.Contribution(ctx, c.Id)
	if err != nil {
		return err
	}
	if v.Status != api.ContributionViewStatusAccepted || v.Evaluation == nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The demo contribution was %s: %s", v.Status, text(v.Reason))
	}
	ev := v.Evaluation

	step("Result (%.1fs from submission to confirmed mint)", elapsed.Seconds())
	reward, _ := new(big.Int).SetString(text(ev.Reward), 10)
	head, _, _ := s.client.VerifierHead(ctx, s.protocol.Mint.Verifier, created.ID)
	ownerAfter, _ := sess.TokenBalance(ctx, created.Token, ownerAddr)
	contribAfter, _ := sess.TokenBalance(ctx, created.Token, contribAddr)
	fmt.Fprintf(out, "Accuracy %.4f → %.4f (+%.4f; one-sided 95%% lower bound %+.4f over %d hidden test rows)\n", ev.BaselineScore, ev.CandidateScore, ev.Improvement, ev.Lower95, ev.TestRows)
	if z != nil {
		if err := printDemoProof(out, dataDir); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "DeltaOnes   %s\n", ev.DeltaOnes)
	uncapped := new(big.Int).Quo(new(big.Int).Mul(new(big.Int).Mul(big.NewInt(supply.TokensPerDeltaOne), hokusai.WAD), mustWad(ev.DeltaOnes)), hokusai.WAD)
	capped := ""
	if uncapped.Cmp(reward) > 0 {
		capped = fmt.Sprintf(", capped by max_rewards from %s", hokusai.FormatWad(uncapped))
	}
	fmt.Fprintf(out, "Minted      %s %s%s (tx %s)\n", hokusai.FormatWad(reward), ticker, capped, text(ev.MintTx))
	fmt.Fprintf(out, "Receipt     %s (GET %s/v1/receipts/%s)\n", ev.ReceiptHash, s.http.URL(), ev.ReceiptHash)
	fmt.Fprintf(out, "Head        %s (was %s)\n", hokusai.FormatWad(head), hokusai.FormatWad(evaluator.ScoreWad(base.Score)))
	if hv := waitHeadVersion(ctx, cli, model, "1.0.0"); hv != nil {
		fmt.Fprintf(out, "Version     %s registered as the head (parent %s, signed by the evaluator, package %s)\n", hv.Version, hv.Parent.Version, hv.Digest)
	}
	fmt.Fprintf(out, "Balances    contributor %s: %s %s (70%%)\n", contribAddr.Hex(), hokusai.FormatWad(contribAfter), ticker)
	fmt.Fprintf(out, "            owner       %s: %s → %s %s (+30%%)\n", ownerAddr.Hex(), hokusai.FormatWad(ownerBefore), hokusai.FormatWad(ownerAfter), ticker)
	fmt.Fprintf(out, "Supply      %s → %s %s\n", hokusai.FormatWad(supplyBefore), hokusai.FormatWad(totalSupply(ctx, sess, created.Token)), ticker)

	step("Using the improved model through the metered API")
	if err := demoUsage(ctx, out, s, sess, created, ticker, pool); err != nil {
		// The improve-and-earn loop above is the demo; this act depends on
		// the gateway and ledger parts and is reported, not fatal.
		fmt.Fprintf(out, "(skipped: %v)\n", err)
	}
	return nil
}

// waitHeadVersion waits up to five seconds for the registry's head to move
// past old and returns the new head version (nil if it did not move).
func waitHeadVersion(ctx context.Context, cli *sdk.Client, model, old string) *hokusai.ModelVersion {
	for i := 0; i < 50; i++ {
		vs, head, err := cli.ListVersions(ctx, model)
		if err == nil && head != nil && head.Version != old {
			for _, v := range vs {
				if v.Version == head.Version && v.Parent != nil {
					return v
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

func mustWad(s string) *big.Int {
	v, err := hokusai.ParseWad("delta_ones", s)
	if err != nil {
		return new(big.Int)
	}
	return v
}

// freeTicker picks VOTES, or VOTEA…VOTEZ when a reused data dir has it.
func freeTicker(ctx context.Context, sess *chain.Session) (string, error) {
	cands := []string{"VOTES"}
	for c := 'A'; c <= 'Z'; c++ {
		cands = append(cands, "VOTE"+string(c))
	}
	for _, t := range cands {
		if _, err := sess.ResolveModel(ctx, t); hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return t, nil
		}
	}
	return "", hokusai.Errorf(hokusai.ECONFLICT, "Every demo ticker is taken in this data dir; run the demo without --data-dir.")
}

func waitModel(ctx context.Context, cli *sdk.Client, ref string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		if _, err := cli.GetModel(ctx, ref); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "The server did not index model %s within 30s.", ref)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func totalSupply(ctx context.Context, sess *chain.Session, token common.Address) *big.Int {
	t := bindings.NewModelToken()
	v, err := bind.Call(t.Instance(sess.Client.Backend, token), sess.Client.CallOpts(ctx), t.PackTotalSupply(), t.UnpackTotalSupply)
	if err != nil {
		return new(big.Int)
	}
	return v
}

// demoPackage packages the baseline model with its recipe and registers it.
func demoPackage(ctx context.Context, cli *sdk.Client, model string, owner *ecdsa.PrivateKey, base *evaluator.Scored, recipe hokusai.TrainingRecipe, dataDir string) (string, error) {
	dir, err := os.MkdirTemp(dataDir, "demo-package-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	if err := base.Model.Save(filepath.Join(dir, "model.json")); err != nil {
		return "", err
	}
	mr, err := recipe.ManifestRecipe()
	if err != nil {
		return "", err
	}
	props := map[string]any{}
	for _, f := range demoFeatures {
		props[f] = map[string]any{"type": "string", "enum": []string{"y", "n", "?"}}
	}
	m := hokusai.Manifest{
		Schema: hokusai.ManifestSchema, Name: "house-votes-84", Version: "1.0.0",
		Description:  "Predicts a US representative's party from 16 votes of 1984.",
		Architecture: "logistic regression over 16 one-hot votes",
		Training:     hokusai.Training{Methodology: "L2 logistic regression fitted by L-BFGS on the owner's rows", Recipe: mr},
		InputSchema:  map[string]any{"type": "object", "properties": props},
		OutputSchema: map[string]any{"type": "object", "properties": map[string]any{"label": map[string]any{"type": "string", "enum": []string{"democrat", "republican"}}}},
		Runtime:      hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"},
		Metrics:      map[string]float64{"accuracy": base.Score},
	}
	var buf bytes.Buffer
	pkg, err := pack.Package(dir, m, pack.Options{Key: owner, Out: &buf})
	if err != nil {
		return "", err
	}
	if _, err := cli.UploadPackage(ctx, model, bytes.NewReader(buf.Bytes()), owner); err != nil {
		return "", err
	}
	return pkg.Digest, nil
}

// printDemoProof checks the zkProof mint's bundle offline and says what it proves.
func printDemoProof(out io.Writer, dataDir string) error {
	files, _ := filepath.Glob(filepath.Join(dataDir, "proofs", "*.json"))
	if len(files) != 1 {
		return hokusai.Errorf(hokusai.EINTERNAL, "The zkProof mint left %d proof bundles in %s, want 1.", len(files), filepath.Join(dataDir, "proofs"))
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		return err
	}
	var z evaluator.ZkBundle
	if err := json.Unmarshal(b, &z); err != nil {
		return err
	}
	if _, err := z.Check(); err != nil {
		return err
	}
	pb, pc := z.Proof.Counts()
	fmt.Fprintf(out, "Proof       Groth16 (BN254): of %d hidden rows, %d are right only for the candidate and %d only for the head;\n", z.Shape.Rows, pb, pc)
	fmt.Fprintf(out, "            the sign test passes (%d of %d); checked on-chain by mintWithProof and offline: hokusai eval verify %s\n", pb, pb+pc, files[0])
	return nil
}
