package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// modelCreateFlags are `hokusai model create`'s inputs (F1–F4).
type modelCreateFlags struct {
	name, ticker, description, category, tags string
	metric, baseline, direction, deltaOne     string
	license, preset, treasury                 string
	parent                                    string // MODEL@VERSION of a fork's parent
	initialSupply, tokensPerDeltaOne          int64
	expectedDeltaOnes                         int64
	wait                                      time.Duration
	asJSON                                    bool
	wallet                                    walletFlags
	chain                                     chainFlags
}

// params validates the flags locally, naming the flag that is wrong, and
// returns the create request.
func (f *modelCreateFlags) params(cmd *cobra.Command) (chain.CreateModelParams, hokusai.Supply, error) {
	var p chain.CreateModelParams
	if strings.TrimSpace(f.name) == "" {
		return p, hokusai.Supply{}, hokusai.FieldErrorf("name", "Give --name, the model's name.")
	}
	ticker, err := hokusai.NormalizeTicker(f.ticker)
	if err != nil {
		return p, hokusai.Supply{}, err
	}
	if f.metric == "" {
		return p, hokusai.Supply{}, hokusai.FieldErrorf("metric", "Give --metric, one of %s.", strings.Join(hokusai.MetricNames(), ", "))
	}
	metric, err := hokusai.ParseMetric(f.metric)
	if err != nil {
		return p, hokusai.Supply{}, err
	}
	if f.baseline == "" {
		return p, hokusai.Supply{}, hokusai.FieldErrorf("baseline", "Give --baseline, the model's current benchmark value (e.g. 0.884).")
	}
	baseline, err := hokusai.ParseWad("baseline", f.baseline)
	if err != nil {
		return p, hokusai.Supply{}, err
	}
	if err := metric.CheckValue("baseline", baseline); err != nil {
		return p, hokusai.Supply{}, err
	}
	direction := metric.DefaultDirection()
	if f.direction != "" {
		if direction, err = hokusai.ParseDirection(f.direction); err != nil {
			return p, hokusai.Supply{}, err
		}
	}
	license, err := hokusai.ParseLicense(f.license)
	if err != nil {
		return p, hokusai.Supply{}, err
	}
	custom := cmd.Flags().Changed("initial-supply") || cmd.Flags().Changed("tokens-per-deltaone") || cmd.Flags().Changed("expected-deltaones")
	var supply hokusai.Supply
	switch {
	case custom && cmd.Flags().Changed("preset"):
		return p, supply, hokusai.FieldErrorf("preset", "Give either --preset or the custom supply flags (--initial-supply, --tokens-per-deltaone, --expected-deltaones), not both.")
	case custom:
		if !cmd.Flags().Changed("initial-supply") || !cmd.Flags().Changed("tokens-per-deltaone") {
			return p, supply, hokusai.FieldErrorf("initial_supply", "A custom supply needs --initial-supply and --tokens-per-deltaone (and optionally --expected-deltaones).")
		}
		supply = hokusai.Supply{InitialSupply: f.initialSupply, TokensPerDeltaOne: f.tokensPerDeltaOne, ExpectedDeltaOnes: f.expectedDeltaOnes}
	default:
		if supply, err = hokusai.ParsePreset(f.preset); err != nil {
			return p, supply, err
		}
	}
	if err := supply.Validate(); err != nil {
		return p, supply, err
	}
	p = chain.CreateModelParams{
		Name: f.name, Ticker: ticker, Description: f.description, Category: f.category,
		Metric: metric, Direction: direction, Baseline: baseline, License: license, Supply: supply,
	}
	if f.treasury != "" {
		if !common.IsHexAddress(f.treasury) {
			return p, supply, hokusai.FieldErrorf("treasury", "--treasury %q is not a 0x address.", hokusai.Excerpt(f.treasury))
		}
		p.Treasury = common.HexToAddress(f.treasury)
	}
	for _, t := range strings.Split(f.tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			p.Tags = append(p.Tags, t)
		}
	}
	if f.deltaOne != "" {
		if p.DeltaOne, err = hokusai.ParseWad("delta_one", f.deltaOne); err != nil {
			return p, supply, err
		}
	}
	if err := p.Validate(); err != nil {
		return p, supply, err
	}
	return p, supply, nil
}

func newModelCreateCmd(g *globals) *cobra.Command {
	f := &modelCreateFlags{}
	cmd := &cobra.Command{
		Use:   "create --name NAME --ticker TICKER --metric METRIC --baseline VALUE [flags]",
		Short: "Create a model with its token and USDC pool, signed with your key",
		Long: "Creates the model in the on-chain registry; the factory creates its ERC-20 token, its USDC pool and\n" +
			"the vesting of your initial supply in the same transaction. Everything is checked here first, so a\n" +
			"bad flag costs no gas. Supply presets (F4): experimental 500,000 / 200,000 / 8, growth 1,000,000 /\n" +
			"100,000 / 5, mature 2,000,000 / 50,000 / 3 (initial supply / tokens per DeltaOne / expected DeltaOnes).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, supply, err := f.params(cmd)
			if err != nil {
				return err
			}
			if !f.wallet.given() {
				return hokusai.FieldErrorf("keystore", "model create signs a transaction: give --keystore FILE or --dev-account N.")
			}
			ctx := cmd.Context()
			if f.parent != "" {
				if p.ParentID, p.ParentVersion, err = parseParent(ctx, g, f.parent); err != nil {
					return err
				}
			}
			s, err := openSession(ctx, g, &f.chain)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			key, err := f.wallet.key(s.Client.ChainID)
			if err != nil {
				return err
			}
			created, err := s.CreateModel(ctx, key, p)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if f.asJSON {
				indexed := waitIndexed(ctx, g.server, created.ID, f.wait)
				return writeJSON(out, map[string]any{"id": created.ID, "ticker": p.Ticker, "tx_hash": created.TxHash.Hex(), "block": created.Block,
					"owner": created.Owner.Hex(), "token": created.Token.Hex(), "pool": created.Pool.Hex(), "vesting": created.Vesting.Hex(), "indexed": indexed})
			}
			fmt.Fprintf(out, "Created model %d: %s (%s), %s %s, baseline %s.\n", created.ID, p.Name, p.Ticker, p.Metric, arrowWord(p.Direction), hokusai.FormatWad(p.Baseline))
			fmt.Fprintf(out, "Supply: %d initial (vesting: 10%% now, the rest over 365 days), %d per DeltaOne, %d expected DeltaOnes (about %.1f%% a year).\n",
				supply.InitialSupply, supply.TokensPerDeltaOne, supply.ExpectedDeltaOnes, supply.AnnualInflation()*100)
			fmt.Fprintf(out, "%-14s %d\n", "Model id", created.ID)
			fmt.Fprintf(out, "%-14s %s\n", "Transaction", created.TxHash.Hex())
			fmt.Fprintf(out, "%-14s %s\n", "Owner", created.Owner.Hex())
			fmt.Fprintf(out, "%-14s %s\n", "Token", created.Token.Hex())
			fmt.Fprintf(out, "%-14s %s\n", "Pool", created.Pool.Hex())
			fmt.Fprintf(out, "%-14s %s\n", "Vesting", created.Vesting.Hex())
			if !waitIndexed(ctx, g.server, created.ID, f.wait) {
				fmt.Fprintf(out, "Note: the server has not indexed model %d yet; `hokusai model show %d` will show it shortly.\n", created.ID, created.ID)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.name, "name", "", "model name (1–64 bytes)")
	fl.StringVar(&f.ticker, "ticker", "", "token ticker, 3–6 letters (upper-cased), unique")
	fl.StringVar(&f.description, "description", "", "what the model does")
	fl.StringVar(&f.category, "category", "", "category: Healthcare, Finance, NLP, Vision, Code, Other…")
	fl.StringVar(&f.tags, "tags", "", "comma-separated tags")
	fl.StringVar(&f.metric, "metric", "", "benchmark metric: "+strings.Join(hokusai.MetricNames(), ", "))
	fl.StringVar(&f.baseline, "baseline", "", "current benchmark value, e.g. 0.884")
	fl.StringVar(&f.direction, "direction", "", "max or min (default: the metric's natural direction)")
	fl.StringVar(&f.deltaOne, "delta-one", "", "size of one DeltaOne in the metric's units (not for proportions; default 1% of the baseline)")
	fl.StringVar(&f.license, "license", "decentralized", "decentralized, proprietary or open-source")
	fl.StringVar(&f.treasury, "treasury", "", "treasury address of a proprietary model; it must hold USDC when the model is created")
	fl.StringVar(&f.preset, "preset", "growth", "supply preset: experimental, growth or mature")
	fl.Int64Var(&f.initialSupply, "initial-supply", 0, "custom initial supply in whole tokens")
	fl.Int64Var(&f.tokensPerDeltaOne, "tokens-per-deltaone", 0, "custom tokens minted per DeltaOne")
	fl.Int64Var(&f.expectedDeltaOnes, "expected-deltaones", 0, "custom expected DeltaOnes over two years")
	fl.DurationVar(&f.wait, "wait", 10*time.Second, "how long to wait for the server to index the new model")
	fl.BoolVar(&f.asJSON, "json", false, "print JSON")
	fl.StringVar(&f.parent, "parent", "", "make the model a fork of MODEL@VERSION (id or ticker, and the parent's version number): recorded on-chain for good, and settlement pays the parent a royalty (default 5%) of every fee")
	f.wallet.register(cmd)
	f.chain.register(cmd)
	return cmd
}

// parseParent resolves --parent MODEL@VERSION: the model by id or ticker
// through the server, the version a whole number from 1.
func parseParent(ctx context.Context, g *globals, s string) (uint64, uint32, error) {
	ref, ver, ok := strings.Cut(s, "@")
	v, err := strconv.ParseUint(ver, 10, 32)
	if !ok || ref == "" || err != nil || v == 0 {
		return 0, 0, hokusai.FieldErrorf("parent", "--parent takes MODEL@VERSION: the parent's id or ticker and its version number from 1 (e.g. IRIS@3), not %q.", hokusai.Excerpt(s))
	}
	id, err := sdk.New(g.server).ModelID(ctx, ref)
	if err != nil {
		return 0, 0, err
	}
	return id, uint32(v), nil
}

// waitIndexed polls the server until it serves model id, for at most d.
func waitIndexed(ctx context.Context, server string, id uint64, d time.Duration) bool {
	if d <= 0 {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	c := sdk.New(server)
	ref := fmt.Sprint(id)
	for {
		if _, err := c.GetModel(ctx, ref); err == nil {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func arrowWord(d hokusai.Direction) string {
	if d == hokusai.Minimize {
		return "lower is better"
	}
	return "higher is better"
}
