package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// The seed's SDK names as CLI commands: register_model,
// configure_token_manager, configure_verifier, verify_contract_integration.

// ownerSession opens the chain and loads the owner's key.
func ownerSession(cmd *cobra.Command, g *globals, w *walletFlags, cf *chainFlags, ref string) (*ownerCall, error) {
	if !w.given() {
		return nil, hokusai.FieldErrorf("keystore", "This command signs as the model's owner: give --keystore FILE or --dev-account N.")
	}
	ctx := cmd.Context()
	m, err := sdk.New(g.server).GetModel(ctx, ref)
	if err != nil {
		return nil, err
	}
	s, err := openSession(ctx, g, cf)
	if err != nil {
		return nil, err
	}
	key, err := w.key(s.Client.ChainID)
	if err != nil {
		s.Client.Close()
		return nil, err
	}
	return &ownerCall{Session: s, model: m, key: key}, nil
}

// ownerCall is a chain session signing as a model's owner; Close ends it.
type ownerCall struct {
	*chain.Session
	model *hokusai.Model
	key   *ecdsa.PrivateKey
}

func (o *ownerCall) Close() { o.Client.Close() }

func parseDeltaOnes(field, s string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	return hokusai.ParseWad(field, s)
}

func newRegisterModelCmd(g *globals) *cobra.Command {
	var w walletFlags
	var cf chainFlags
	var rate, minImp, maxRewards string
	var benchmark, training, recipeFile, target, pii string
	var l2 float64
	var seed uint64
	var devPercent, initial, resamples int
	cmd := &cobra.Command{
		Use:     "register_model MODEL --reward-rate TOKENS --max-rewards TOKENS [--min-improvement DELTAONES] [--benchmark FILE ...]",
		Aliases: []string{"register-model"},
		Short:   "Set a model's rewards (register_model) and, with --benchmark, its benchmark and training data",
		Long: "register_model (the seed's SDK call): reward_rate is the tokens minted per DeltaOne, min_improvement the\n" +
			"DeltaOnes an improvement needs before anything is minted (default 1), max_rewards the most tokens one\n" +
			"improvement may mint. Signed by the owner. With --benchmark it also uploads the benchmark dataset (split\n" +
			"by --seed and --dev-percent into a public dev split and a hidden test split), the owner's initial training\n" +
			"rows (--training FILE, or the first --initial-rows dev rows) and the training recipe (--recipe FILE, or\n" +
			"--target COLUMN with --l2), so the server's evaluator can retrain the model with contributions.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := ownerSession(cmd, g, &w, &cf, args[0])
			if err != nil {
				return err
			}
			defer o.Close()
			s, m, key := o.Session, o.model, o.key
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			if benchmark != "" {
				req, err := setupRequest(benchmark, training, recipeFile, target, l2, seed, devPercent, initial, resamples, pii)
				if err != nil {
					return err
				}
				res, err := sdk.New(g.server).SetupModel(ctx, fmt.Sprint(m.ID), req, key)
				if err != nil {
					return err
				}
				printSetup(out, res)
			}
			if rate == "" && maxRewards == "" {
				return nil
			}
			p := sdk.RegisterModelParams{}
			if p.RewardRate, err = parseTokens("reward-rate", rate); err != nil {
				return err
			}
			if p.MaxRewards, err = parseTokens("max-rewards", maxRewards); err != nil {
				return err
			}
			if p.MinImprovement, err = parseDeltaOnes("min-improvement", minImp); err != nil {
				return err
			}
			tx, err := sdk.RegisterModel(ctx, s, key, m.ID, p)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "Model %d rewards: %s tokens per DeltaOne, at most %s per improvement, minimum %s DeltaOnes.\n",
				m.ID, hokusai.FormatWad(p.RewardRate), hokusai.FormatWad(p.MaxRewards), hokusai.FormatWad(thresholdOrOne(p.MinImprovement)))
			fmt.Fprintf(out, "%-14s %s\n", "Transaction", tx.Hex())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rate, "reward-rate", "", "reward_rate: tokens minted per DeltaOne, e.g. 100000")
	f.StringVar(&minImp, "min-improvement", "", "min_improvement: DeltaOnes needed to mint (default 1)")
	f.StringVar(&maxRewards, "max-rewards", "", "max_rewards: most tokens one improvement mints")
	f.StringVar(&benchmark, "benchmark", "", "benchmark dataset (CSV or JSONL) holding the hidden test split")
	f.StringVar(&training, "training", "", "the owner's initial training rows (CSV or JSONL)")
	f.IntVar(&initial, "initial-rows", 0, "instead of --training: train on the first N rows of the dev split")
	f.StringVar(&recipeFile, "recipe", "", "training recipe JSON (runtime, objective, target, features, categorical, l2, seed)")
	f.StringVar(&target, "target", "", "instead of --recipe: the column to predict (logistic regression over every other column, one-hot)")
	f.Float64Var(&l2, "l2", 0.01, "L2 penalty with --target")
	f.Uint64Var(&seed, "seed", 84, "split and bootstrap seed")
	f.IntVar(&devPercent, "dev-percent", 60, "share of the benchmark in the public dev split")
	f.IntVar(&resamples, "resamples", 0, "bootstrap resamples, 100–100000 (default 1,000)")
	f.StringVar(&pii, "pii-policy", "reject", "reject or allow contributions that look like personal data")
	w.register(cmd)
	cf.register(cmd)
	return cmd
}

func thresholdOrOne(v *big.Int) *big.Int {
	if v == nil || v.Sign() == 0 {
		return hokusai.WAD
	}
	return v
}

// setupRequest reads the files of register_model's benchmark flags.
func setupRequest(benchmark, training, recipeFile, target string, l2 float64, seed uint64, devPercent, initial, resamples int, pii string) (*evaluator.SetupRequest, error) {
	b, err := os.ReadFile(benchmark)
	if err != nil {
		return nil, hokusai.FieldErrorf("benchmark", "Cannot read --benchmark %s: %v.", benchmark, err)
	}
	req := &evaluator.SetupRequest{Benchmark: string(b), Seed: seed, DevPercent: devPercent, Initial: initial, Resamples: resamples, Policy: contrib.Policy{PII: contrib.PIIPolicy(pii)}}
	if training != "" {
		tb, err := os.ReadFile(training)
		if err != nil {
			return nil, hokusai.FieldErrorf("training", "Cannot read --training %s: %v.", training, err)
		}
		req.Training = string(tb)
	}
	switch {
	case recipeFile != "":
		rb, err := os.ReadFile(recipeFile)
		if err != nil {
			return nil, hokusai.FieldErrorf("recipe", "Cannot read --recipe %s: %v.", recipeFile, err)
		}
		if err := json.Unmarshal(rb, &req.Recipe); err != nil {
			return nil, hokusai.FieldErrorf("recipe", "--recipe %s is not a training recipe: %v.", recipeFile, err)
		}
	case target != "":
		d, _, err := contrib.Parse(b, "", 0)
		if err != nil {
			return nil, err
		}
		var feats []string
		for _, c := range d.Columns {
			if c.Name != target {
				feats = append(feats, c.Name)
			}
		}
		req.Recipe = hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: target, Features: feats, Categorical: feats, L2: l2, Seed: int64(seed)}
	default:
		return nil, hokusai.FieldErrorf("recipe", "Give the training recipe with --recipe FILE or --target COLUMN.")
	}
	return req, nil
}

func printSetup(out io.Writer, r *evaluator.SetupResponse) {
	fmt.Fprintf(out, "Benchmark set up for model %d: %s on %d hidden test rows (test split %s).\n", r.ModelID, r.Metric, r.TestRows, r.TestDigest)
	fmt.Fprintf(out, "The initial %d training rows score %.4f; the on-chain head is %s.\n", r.TrainingRows, r.BaselineScore, r.HeadScore)
	if r.Budget != "" {
		b, _ := new(big.Int).SetString(r.Budget, 10)
		fmt.Fprintf(out, "Mint budget: %s tokens.\n", hokusai.FormatWad(b))
	}
}

func newConfigureTokenManagerCmd(g *globals) *cobra.Command {
	var w walletFlags
	var cf chainFlags
	var threshold, fee string
	var share int
	cmd := &cobra.Command{
		Use:     "configure_token_manager MODEL [--mint-threshold DELTAONES] [--api-fee-rate USDC] [--reward-distribution PERCENT]",
		Aliases: []string{"configure-token-manager"},
		Short:   "Set the mint threshold, API fee rate and contributor share (configure_token_manager)",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := ownerSession(cmd, g, &w, &cf, args[0])
			if err != nil {
				return err
			}
			defer o.Close()
			s, m, key := o.Session, o.model, o.key
			p := sdk.TokenManagerParams{ContributorPercent: share}
			if p.MintThreshold, err = parseDeltaOnes("mint-threshold", threshold); err != nil {
				return err
			}
			if fee != "" {
				v, err := parseUSDC("api-fee-rate", fee)
				if err != nil {
					return err
				}
				p.APIFeeRate = v.Uint64()
			}
			tx, err := sdk.ConfigureTokenManager(cmd.Context(), s, key, m.ID, p)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Model %d's token manager configured.\n%-14s %s\n", m.ID, "Transaction", tx.Hex())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&threshold, "mint-threshold", "", "mint_threshold: DeltaOnes an improvement needs (default: keep)")
	f.StringVar(&fee, "api-fee-rate", "", "api_fee_rate: USDC per call, ramped over 30 days (default: keep)")
	f.IntVar(&share, "reward-distribution", 0, "reward_distribution: contributors' percent of each reward, the owner gets the rest (default: keep, 70)")
	w.register(cmd)
	cf.register(cmd)
	return cmd
}

func newConfigureVerifierCmd(g *globals) *cobra.Command {
	var w walletFlags
	var cf chainFlags
	var metrics, method, calc, attesters string
	var k int
	cmd := &cobra.Command{
		Use:     "configure_verifier MODEL [--verification-method oracle] [--attesters A,B] [--k N]",
		Aliases: []string{"configure-verifier"},
		Short:   "Choose how improvements are verified (configure_verifier): oracle, k of n attesters",
		Long: "configure_verifier (the seed's SDK call): performance_metrics must include the model's metric;\n" +
			"verification_method oracle has k of the named attesters sign each mint request (default: the\n" +
			"attesters the server runs, all required); zkProof is not available yet; improvement_calculation\n" +
			"is deltaInBps.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := ownerSession(cmd, g, &w, &cf, args[0])
			if err != nil {
				return err
			}
			defer o.Close()
			s, m, key := o.Session, o.model, o.key
			p := sdk.VerifierParams{VerificationMethod: method, ImprovementCalculation: calc, K: k}
			if metrics != "" {
				p.PerformanceMetrics = strings.Split(metrics, ",")
			}
			if attesters == "" {
				info, err := sdk.New(g.server).EvaluatorInfo(cmd.Context())
				if err != nil {
					return err
				}
				attesters = strings.Join(info.Attesters, ",")
			}
			for _, a := range strings.Split(attesters, ",") {
				if a = strings.TrimSpace(a); a == "" {
					continue
				}
				if !common.IsHexAddress(a) {
					return hokusai.FieldErrorf("attesters", "Attester %q is not a 0x address.", a)
				}
				p.Attesters = append(p.Attesters, common.HexToAddress(a))
			}
			tx, err := sdk.ConfigureVerifier(cmd.Context(), s, key, m, p)
			if err != nil {
				return err
			}
			kk := k
			if kk == 0 {
				kk = len(p.Attesters)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Model %d verified by oracle: %d of %d attesters sign each mint.\n%-14s %s\n", m.ID, kk, len(p.Attesters), "Transaction", tx.Hex())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&metrics, "performance-metrics", "", "performance_metrics, comma-separated (must include the model's metric)")
	f.StringVar(&method, "verification-method", "oracle", "verification_method: oracle (zkProof is not available yet)")
	f.StringVar(&calc, "improvement-calculation", "deltaInBps", "improvement_calculation: deltaInBps")
	f.StringVar(&attesters, "attesters", "", "attester addresses, comma-separated (default: the server's)")
	f.IntVar(&k, "k", 0, "signatures required (default: all attesters)")
	w.register(cmd)
	cf.register(cmd)
	return cmd
}

func newVerifyIntegrationCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "verify_contract_integration MODEL",
		Aliases: []string{"verify-contract-integration"},
		Short:   "Check a model's token, verifier, token manager and reward split (verify_contract_integration)",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := sdk.New(g.server).VerifyContractIntegration(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			printIntegration(cmd.OutOrStdout(), rep)
			if !rep.OK {
				return hokusai.Errorf(hokusai.EINVALID, "Model %d's contracts are not fully integrated; fix the checks marked FAIL.", rep.ModelID)
			}
			return nil
		},
	}
}

func printIntegration(out io.Writer, rep *evaluator.IntegrationReport) {
	mark := map[bool]string{true: "ok  ", false: "FAIL"}
	for _, c := range []struct {
		name string
		c    evaluator.IntegrationCheck
	}{{"token_creation", rep.TokenCreation}, {"verifier_setup", rep.VerifierSetup}, {"manager_configuration", rep.ManagerConfiguration}, {"reward_distribution", rep.RewardDistribution}} {
		fmt.Fprintf(out, "  %s %-22s %s\n", mark[c.c.OK], c.name, c.c.Detail)
	}
}
