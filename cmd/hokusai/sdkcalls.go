package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
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

// decimalFlag is a flag's decimal, or nil when it was not given.
func decimalFlag(s string) *hokusai.Decimal {
	if s == "" {
		return nil
	}
	d := hokusai.Decimal(strings.TrimSpace(s))
	return &d
}

// parseRewardDistribution reads --reward-distribution as the seed writes
// it: contributors=0.7,model_owner=0.3 or {"contributors": 0.7, "model_owner": 0.3}.
func parseRewardDistribution(s string) (*hokusai.RewardDistribution, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	var rd hokusai.RewardDistribution
	if strings.HasPrefix(s, "{") {
		dec := json.NewDecoder(strings.NewReader(s))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rd); err != nil {
			return nil, hokusai.FieldErrorf("reward_distribution", "--reward-distribution %q is not {\"contributors\": 0.7, \"model_owner\": 0.3}: %v.", hokusai.Excerpt(s), err)
		}
		return &rd, nil
	}
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		switch {
		case ok && k == "contributors":
			rd.Contributors = hokusai.Decimal(strings.TrimSpace(v))
		case ok && k == "model_owner":
			rd.ModelOwner = hokusai.Decimal(strings.TrimSpace(v))
		default:
			return nil, hokusai.FieldErrorf("reward_distribution", "--reward-distribution takes contributors=FRACTION,model_owner=FRACTION (e.g. contributors=0.7,model_owner=0.3), got %q.", hokusai.Excerpt(s))
		}
	}
	return &rd, nil
}

// printTokenManagerPlan says what a configuration now is, in both units.
func printTokenManagerPlan(out io.Writer, m *hokusai.Model, p *api.TokenManagerPlan, tx common.Hash) {
	c := p.Config
	str := func(d *api.Decimal) string {
		if d == nil {
			return "—"
		}
		b, _ := d.MarshalJSON()
		return strings.Trim(string(b), "\"")
	}
	fmt.Fprintf(out, "Model %d's token manager: reward_rate %s tokens per DeltaOne, max_rewards %s tokens, min_improvement %s %s (%s DeltaOnes),\n",
		m.ID, str(c.Seed.RewardRate), str(c.Seed.MaxRewards), str(c.Seed.MinImprovement), m.Metric, hokusai.FormatUnits(mustInt(c.MintThreshold), 18))
	dist := "—"
	if rd := c.Seed.RewardDistribution; rd != nil {
		dist = "contributors " + str(&rd.Contributors) + ", model_owner " + str(&rd.ModelOwner)
	}
	fee := "unchanged"
	if c.Seed.ApiFeeRate != nil {
		fee = str(c.Seed.ApiFeeRate) + " USDC per call (" + fmt.Sprint(c.ApiFeeRate) + " micro-USDC), ramped over 30 days"
	}
	fmt.Fprintf(out, "reward_distribution %s (%d bps), api_fee_rate %s.\n", dist, c.ContributorBps, fee)
	fmt.Fprintf(out, "%-14s %s\n", "Transaction", tx.Hex())
}

func mustInt(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

func newRegisterModelCmd(g *globals) *cobra.Command {
	var w walletFlags
	var cf chainFlags
	var rate, minImp, maxRewards string
	var benchmark, training, recipeFile, target, pii, declared string
	var change bool
	var l2 float64
	var seed uint64
	var devPercent, initial, resamples int
	var metricOpts eval.MetricOptions
	cmd := &cobra.Command{
		Use:     "register_model MODEL --reward-rate TOKENS --max-rewards TOKENS [--min-improvement DELTA] [--benchmark FILE ...]",
		Aliases: []string{"register-model"},
		Short:   "Set a model's rewards (register_model) and, with --benchmark, its benchmark and training data",
		Long: "register_model (the seed's SDK call): reward_rate is the tokens minted per DeltaOne, min_improvement the\n" +
			"improvement needed before anything is minted, in the metric's own units (0.01 is one percentage point of a\n" +
			"proportion such as accuracy, one DeltaOne; for other metrics it is divided by the model's DeltaOne size;\n" +
			"default one DeltaOne), max_rewards the most tokens one improvement may mint. The server converts each\n" +
			"value exactly and refuses one it cannot store exactly; the owner signs the transaction. With --benchmark it also uploads the benchmark dataset (split\n" +
			"by --seed and --dev-percent into a public dev split and a hidden test split), the owner's initial training\n" +
			"rows (--training FILE, or the first --initial-rows dev rows) and the training recipe (--recipe FILE, or\n" +
			"--target COLUMN with --l2), so the server's evaluator can retrain the model with contributions. The\n" +
			"evaluator measures the head on the hidden test split and commits the benchmark's hash with that score\n" +
			"on-chain: every DeltaOne is paid against the measured head. A declared baseline (the model's, or\n" +
			"--declared-baseline) outside the measured 95% interval is refused; replacing a committed benchmark\n" +
			"needs --change-benchmark and resets the head.",
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
				req.DeclaredBaseline, req.ChangeBenchmark = declared, change
				req.MetricOptions = metricOpts
				body, err := apiSetup(req)
				if err != nil {
					return err
				}
				res, err := sdk.New(g.server).SetupModel(ctx, fmt.Sprint(m.ID), body, key)
				if err != nil {
					return err
				}
				printSetup(out, res)
			}
			if rate == "" && maxRewards == "" && minImp == "" {
				return nil
			}
			settings := hokusai.TokenManagerSettings{RewardRate: decimalFlag(rate), MaxRewards: decimalFlag(maxRewards), MinImprovement: decimalFlag(minImp)}
			plan, tx, err := applyTokenManagerSettings(ctx, sdk.New(g.server), s, key, m, settings)
			if err != nil {
				return err
			}
			printTokenManagerPlan(out, m, plan, tx)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rate, "reward-rate", "", "reward_rate: tokens minted per DeltaOne, e.g. 100000")
	f.StringVar(&minImp, "min-improvement", "", "min_improvement: the improvement needed to mint, in the metric's units (0.01 = one percentage point = one DeltaOne for a proportion; default one DeltaOne)")
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
	f.StringVar(&declared, "declared-baseline", "", "the head score you declare, checked against the measured one (default: the model's baseline; none: no declaration)")
	f.BoolVar(&change, "change-benchmark", false, "replace the model's committed benchmark, resetting the head to the newly measured score")
	f.StringVar(&metricOpts.Average, "average", "", "how the model's metric averages classes: binary, macro, micro or weighted")
	f.StringVar(&metricOpts.MultiClass, "multi-class", "", "auc_roc on more than two classes: ovr (default) or ovo")
	f.StringVar(&metricOpts.Expression, "expression", "", "the custom metric's expression (a model created with --metric custom), e.g. '2*tp/(2*tp+fp+fn)'")
	w.register(cmd)
	cf.register(cmd)
	return cmd
}

// apiSetup is a setup as the API document spells it. The evaluator's type
// and the document's describe one JSON body, so the conversion goes
// through that body and refuses any field the document lacks.
func apiSetup(req *evaluator.SetupRequest) (api.SetupRequest, error) {
	var out api.SetupRequest
	b, err := json.Marshal(req)
	if err != nil {
		return out, fmt.Errorf("setup: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return out, fmt.Errorf("setup as the API spells it: %w", err)
	}
	return out, nil
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

func printSetup(out io.Writer, r *api.SetupResponse) {
	fmt.Fprintf(out, "Benchmark set up for model %d: %s on %d hidden test rows (test split %s).\n", r.ModelId, r.Metric, r.TestRows, r.TestDigest)
	h := r.Head
	declared := h.Declared
	if declared == "" {
		declared = "none"
	}
	fmt.Fprintf(out, "Measured head: %s (95%% interval %s–%s, %d resamples; declared %s), trained on %d rows.\n", h.Score, h.Low95, h.High95, h.Resamples, declared, r.TrainingRows)
	fmt.Fprintf(out, "Benchmark hash %s committed on-chain with head %s", h.BenchmarkHash, r.HeadScore)
	if h.CommitTx != "" {
		fmt.Fprintf(out, " (tx %s)", h.CommitTx)
	}
	fmt.Fprintln(out, ".")
	if text(r.Budget) != "" {
		b, _ := new(big.Int).SetString(*r.Budget, 10)
		fmt.Fprintf(out, "Mint budget: %s tokens.\n", hokusai.FormatWad(b))
	}
}

func newConfigureTokenManagerCmd(g *globals) *cobra.Command {
	var w walletFlags
	var cf chainFlags
	var threshold, fee, dist string
	cmd := &cobra.Command{
		Use:     "configure_token_manager MODEL [--mint-threshold DELTA] [--api-fee-rate USDC] [--reward-distribution contributors=0.7,model_owner=0.3]",
		Aliases: []string{"configure-token-manager"},
		Short:   "Set the mint threshold, API fee rate and reward split (configure_token_manager)",
		Long: "configure_token_manager (the seed's SDK call), in the seed's units: mint_threshold is the improvement needed\n" +
			"to mint in the metric's units (0.01 = one DeltaOne for a proportion), api_fee_rate the USDC per call\n" +
			"(0.001 = 1,000 micro-USDC, ramped over 30 days), reward_distribution the contributors' and the model\n" +
			"owner's fractions of each reward, summing to 1. What is not given keeps its value; register_model first.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rd, err := parseRewardDistribution(dist)
			if err != nil {
				return err
			}
			o, err := ownerSession(cmd, g, &w, &cf, args[0])
			if err != nil {
				return err
			}
			defer o.Close()
			settings := hokusai.TokenManagerSettings{MintThreshold: decimalFlag(threshold), APIFeeRate: decimalFlag(fee), RewardDistribution: rd}
			plan, tx, err := applyTokenManagerSettings(cmd.Context(), sdk.New(g.server), o.Session, o.key, o.model, settings)
			if err != nil {
				return err
			}
			printTokenManagerPlan(cmd.OutOrStdout(), o.model, plan, tx)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&threshold, "mint-threshold", "", "mint_threshold: the improvement needed to mint, in the metric's units (default: keep)")
	f.StringVar(&fee, "api-fee-rate", "", "api_fee_rate: USDC per call, e.g. 0.001 (default: keep)")
	f.StringVar(&dist, "reward-distribution", "", "reward_distribution: contributors=0.7,model_owner=0.3 or the JSON object (default: keep)")
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
		Use:     "configure_verifier MODEL [--verification-method oracle|zkProof] [--attesters A,B] [--k N]",
		Aliases: []string{"configure-verifier"},
		Short:   "Choose how improvements are verified (configure_verifier): oracle (k of n attesters) or zkProof",
		Long: "configure_verifier (the seed's SDK call): performance_metrics must include the model's metric;\n" +
			"verification_method oracle has k of the named attesters sign each mint request (default: the\n" +
			"attesters the server runs, all required); zkProof has the evaluator prove each DeltaOne with a\n" +
			"Groth16 proof the verifier checks on-chain (built-in logistic and softmax models scored on\n" +
			"accuracy; others are refused with the reason); improvement_calculation is deltaInBps. The server\n" +
			"checks the settings (POST /v1/models/{id}/verifier_settings); the owner signs the transaction.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s := api.VerifierSettings{VerificationMethod: method}
			if calc != "" {
				s.ImprovementCalculation = &calc
			}
			if k != 0 {
				s.K = &k
			}
			if metrics != "" {
				ms := strings.Split(metrics, ",")
				s.PerformanceMetrics = &ms
			}
			if attesters != "" {
				var as []string
				for _, a := range strings.Split(attesters, ",") {
					if a = strings.TrimSpace(a); a != "" {
						as = append(as, a)
					}
				}
				s.Attesters = &as
			}
			// The server refuses what it cannot verify before the wallet is opened.
			plan, err := sdk.New(g.server).PlanVerifierSettings(cmd.Context(), args[0], s)
			if err != nil {
				return err
			}
			o, err := ownerSession(cmd, g, &w, &cf, args[0])
			if err != nil {
				return err
			}
			defer o.Close()
			tx, err := sendVerifierPlan(cmd.Context(), o.Session, o.key, plan)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if plan.ZkShape != nil {
				sh := plan.ZkShape
				fmt.Fprintf(out, "Model %d verified by zkProof: the evaluator proves each DeltaOne (circuit %d hidden rows × %d inputs, %d classes); the verifier checks the proof and an exact sign test.\n", plan.ModelId, sh.Rows, sh.Inputs, sh.Classes)
			} else {
				fmt.Fprintf(out, "Model %d verified by oracle: %d of %d attesters sign each mint.\n", plan.ModelId, plan.K, len(plan.Attesters))
			}
			fmt.Fprintf(out, "%-14s %s\n", "Transaction", tx.Hex())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&metrics, "performance-metrics", "", "performance_metrics, comma-separated (must include the model's metric)")
	f.StringVar(&method, "verification-method", "oracle", "verification_method: oracle or zkProof")
	f.StringVar(&calc, "improvement-calculation", "deltaInBps", "improvement_calculation: deltaInBps")
	f.StringVar(&attesters, "attesters", "", "attester addresses, comma-separated (default: the server's)")
	f.IntVar(&k, "k", 0, "oracle: signatures required (default: all attesters)")
	w.register(cmd)
	cf.register(cmd)
	return cmd
}

// sendVerifierPlan signs and sends a server's verifier plan as the owner,
// after checking it is addressed to this chain's verifier.
func sendVerifierPlan(ctx context.Context, s *chain.Session, key *ecdsa.PrivateKey, plan *api.VerifierPlan) (common.Hash, error) {
	if s.Protocol.Mint == nil {
		return common.Hash{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's protocol has no verifier yet.")
	}
	if !common.IsHexAddress(plan.Transaction.To) || common.HexToAddress(plan.Transaction.To) != s.Protocol.Mint.Verifier {
		return common.Hash{}, hokusai.Errorf(hokusai.EINTERNAL, "The server's verifier transaction is addressed to %s, not the protocol's verifier %s.", hokusai.Excerpt(plan.Transaction.To), s.Protocol.Mint.Verifier.Hex())
	}
	data, err := hexutil.Decode(plan.Transaction.Data)
	if err != nil {
		return common.Hash{}, hokusai.Errorf(hokusai.EINTERNAL, "The server's verifier transaction data is not hex: %v.", err)
	}
	r, err := s.Client.SendVerifierCall(ctx, key, s.Protocol.Mint.Verifier, data)
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
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
			if !rep.Ok {
				return hokusai.Errorf(hokusai.EINVALID, "Model %d's contracts are not fully integrated; fix the checks marked FAIL.", rep.ModelId)
			}
			return nil
		},
	}
}

func printIntegration(out io.Writer, rep *api.IntegrationReport) {
	mark := map[bool]string{true: "ok  ", false: "FAIL"}
	for _, c := range []struct {
		name string
		c    api.IntegrationCheck
	}{{"token_creation", rep.TokenCreation}, {"verifier_setup", rep.VerifierSetup}, {"manager_configuration", rep.ManagerConfiguration}, {"reward_distribution", rep.RewardDistribution}} {
		fmt.Fprintf(out, "  %s %-22s %s\n", mark[c.c.Ok], c.name, c.c.Detail)
	}
}
