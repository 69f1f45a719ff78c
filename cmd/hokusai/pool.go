package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// newPoolCmd is the `hokusai pool` command group: quotes and trades on a
// model token's USDC pool, signed with the user's own key.
func newPoolCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pool",
		Short: "Quote, buy and sell a model's token against USDC",
	}
	cmd.AddCommand(newPoolShowCmd(g), newPoolQuoteCmd(g), newPoolBuyCmd(g), newPoolSellCmd(g))
	return cmd
}

func newPoolShowCmd(g *globals) *cobra.Command {
	var (
		cf     chainFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "show MODEL",
		Short: "Show a model's pool: reserve, supply, price and phase (MODEL is an id or a ticker)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := openSession(ctx, g, &cf)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			m, err := s.ResolveModel(ctx, args[0])
			if err != nil {
				return err
			}
			st, err := s.PoolState(ctx, common.HexToAddress(m.Pool))
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), map[string]any{
					"model_id": m.ID, "ticker": m.Ticker, "pool": st.Pool.Hex(), "token": st.Token.Hex(), "phase": st.Phase,
					"graduated": st.Graduated, "reserve_usdc": hokusai.FormatUnits(st.Reserve, 6),
					"total_supply": hokusai.FormatUnits(st.TotalSupply, 18), "redeemable_supply": hokusai.FormatUnits(st.Redeemable, 18),
					"buy_price_usdc": hokusai.FormatUnits(st.SpotPrice, 24), "sell_price_usdc": hokusai.FormatUnits(st.CurvePrice, 24),
					"max_trade_usdc": hokusai.FormatUnits(st.MaxTrade, 6), "accrued_fees_usdc": hokusai.FormatUnits(st.AccruedFees, 6),
					"fee_bps": st.FeeBps, "reserve_ratio": hokusai.FormatUnits(bigOf(st.CRR), 18), "sells_open_at": st.LaunchEndsAt.Format(time.RFC3339),
				})
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "Model\t%d %s (%s)\n", m.ID, m.Ticker, m.Name)
			fmt.Fprintf(tw, "Pool\t%s\n", st.Pool.Hex())
			fmt.Fprintf(tw, "Token\t%s\n", st.Token.Hex())
			fmt.Fprintf(tw, "Phase\t%s\n", st.Phase)
			fmt.Fprintf(tw, "Reserve\t%s\n", fmtUSDC(st.Reserve))
			fmt.Fprintf(tw, "Supply\t%s (redeemable %s)\n", fmtTokensShort(st.TotalSupply, m.Ticker), fmtTokensShort(st.Redeemable, m.Ticker))
			fmt.Fprintf(tw, "Buy price\t%s per %s\n", fmtPrice(st.SpotPrice), m.Ticker)
			fmt.Fprintf(tw, "Sell price\t%s per %s (curve)\n", fmtPrice(st.CurvePrice), m.Ticker)
			fmt.Fprintf(tw, "Max trade\t%s\n", fmtUSDC(st.MaxTrade))
			fmt.Fprintf(tw, "Trade fee\t%s%%\n", hokusai.FormatUnits(bigOf(uint64(st.FeeBps)), 2))
			fmt.Fprintf(tw, "Reserve ratio\t%s%%\n", hokusai.FormatUnits(bigOf(st.CRR), 16))
			if time.Now().Before(st.LaunchEndsAt) {
				fmt.Fprintf(tw, "Sells open\t%s\n", st.LaunchEndsAt.Format(time.RFC3339))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cf.register(cmd)
	return cmd
}

func newPoolQuoteCmd(g *globals) *cobra.Command {
	var (
		cf        chainFlags
		buy, sell string
		asJSON    bool
	)
	cmd := &cobra.Command{
		Use:   "quote MODEL (--buy USDC | --sell TOKENS)",
		Short: "Price a buy or a sell now, without trading",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (buy == "") == (sell == "") {
				return hokusai.FieldErrorf("buy", "Give exactly one of --buy USDC or --sell TOKENS.")
			}
			ctx := cmd.Context()
			s, err := openSession(ctx, g, &cf)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			m, err := s.ResolveModel(ctx, args[0])
			if err != nil {
				return err
			}
			pool := common.HexToAddress(m.Pool)
			out := cmd.OutOrStdout()
			if buy != "" {
				amt, err := parseUSDC("buy", buy)
				if err != nil {
					return err
				}
				q, err := s.QuoteBuy(ctx, pool, amt)
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(out, map[string]any{"model_id": m.ID, "ticker": m.Ticker, "side": "buy",
						"usdc_in": hokusai.FormatUnits(amt, 6), "tokens_out": hokusai.FormatUnits(q.Out, 18), "fee_usdc": hokusai.FormatUnits(q.Fee, 6)})
				}
				fmt.Fprintf(out, "Buying with %s gives %s (fee %s).\n", fmtUSDC(amt), fmtTokens(q.Out, m.Ticker), fmtUSDC(q.Fee))
				if q.Out.Sign() > 0 {
					fmt.Fprintf(out, "Average price %s per %s, fee included.\n", fmtPrice(avgPrice(amt, q.Out)), m.Ticker)
				}
				return nil
			}
			amt, err := parseTokens("sell", sell)
			if err != nil {
				return err
			}
			q, err := s.QuoteSell(ctx, pool, amt)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(out, map[string]any{"model_id": m.ID, "ticker": m.Ticker, "side": "sell",
					"tokens_in": hokusai.FormatUnits(amt, 18), "usdc_out": hokusai.FormatUnits(q.Out, 6), "fee_usdc": hokusai.FormatUnits(q.Fee, 6)})
			}
			fmt.Fprintf(out, "Selling %s pays %s (fee %s).\n", fmtTokens(amt, m.Ticker), fmtUSDC(q.Out), fmtUSDC(q.Fee))
			fmt.Fprintf(out, "Average price %s per %s, after the fee.\n", fmtPrice(avgPrice(q.Out, amt)), m.Ticker)
			if st, err := s.PoolState(ctx, pool); err == nil && !st.Graduated {
				fmt.Fprintf(out, "Note: the pool is in its flat launch phase: buys pay the flat %s, sells are priced on the curve (now %s), so selling soon after buying returns less.\n",
					fmtPrice(st.SpotPrice), fmtPrice(st.CurvePrice))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&buy, "buy", "", "USDC to spend, fee included, e.g. 10")
	cmd.Flags().StringVar(&sell, "sell", "", "tokens to sell, e.g. 100")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cf.register(cmd)
	return cmd
}

// tradeFlags are buy's and sell's shared options.
type tradeFlags struct {
	wallet   walletFlags
	chain    chainFlags
	slippage string
	deadline time.Duration
	asJSON   bool
}

func (t *tradeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&t.slippage, "slippage", "1%", "how much worse than the quote the trade may fill, e.g. 0.5%")
	cmd.Flags().DurationVar(&t.deadline, "deadline", 5*time.Minute, "refuse the trade if it is not mined within this time")
	cmd.Flags().BoolVar(&t.asJSON, "json", false, "print JSON")
	t.wallet.register(cmd)
	t.chain.register(cmd)
}

func newPoolBuyCmd(g *globals) *cobra.Command {
	var (
		tf   tradeFlags
		usdc string
	)
	cmd := &cobra.Command{
		Use:   "buy MODEL --usdc AMOUNT",
		Short: "Buy a model's token with USDC, signed with your key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if usdc == "" {
				return hokusai.FieldErrorf("usdc", "Give --usdc AMOUNT, the USDC to spend (fee included).")
			}
			amt, err := parseUSDC("usdc", usdc)
			if err != nil {
				return err
			}
			return tf.trade(cmd, g, args[0], amt, tradeSide{
				name:  "buy",
				quote: (*chain.Session).QuoteBuy,
				exec:  (*chain.Session).Buy,
				report: func(cmd *cobra.Command, m *hokusai.Model, tr *chain.Trade) {
					fmt.Fprintf(cmd.OutOrStdout(), "Bought %s for %s (fee %s).\n", fmtTokens(tr.Out, m.Ticker), fmtUSDC(tr.In), fmtUSDC(tr.Fee))
					fmt.Fprintf(cmd.OutOrStdout(), "Price now %s per %s.\n", fmtPrice(tr.PriceAfter), m.Ticker)
					if tr.ApproveHash != (common.Hash{}) {
						printTx(cmd, "Approval tx", tr.ApproveHash)
					}
					printTx(cmd, "Buy tx", tr.TxHash)
				},
			})
		},
	}
	cmd.Flags().StringVar(&usdc, "usdc", "", "USDC to spend, fee included, e.g. 10")
	tf.register(cmd)
	return cmd
}

func newPoolSellCmd(g *globals) *cobra.Command {
	var (
		tf  tradeFlags
		amt string
	)
	cmd := &cobra.Command{
		Use:   "sell MODEL --tokens AMOUNT",
		Short: "Sell a model's token for USDC, signed with your key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if amt == "" {
				return hokusai.FieldErrorf("tokens", "Give --tokens AMOUNT, the tokens to sell.")
			}
			n, err := parseTokens("tokens", amt)
			if err != nil {
				return err
			}
			return tf.trade(cmd, g, args[0], n, tradeSide{
				name:  "sell",
				quote: (*chain.Session).QuoteSell,
				exec:  (*chain.Session).Sell,
				report: func(cmd *cobra.Command, m *hokusai.Model, tr *chain.Trade) {
					fmt.Fprintf(cmd.OutOrStdout(), "Sold %s for %s (fee %s).\n", fmtTokens(tr.In, m.Ticker), fmtUSDC(tr.Out), fmtUSDC(tr.Fee))
					fmt.Fprintf(cmd.OutOrStdout(), "Price now %s per %s.\n", fmtPrice(tr.PriceAfter), m.Ticker)
					printTx(cmd, "Sell tx", tr.TxHash)
				},
			})
		},
	}
	cmd.Flags().StringVar(&amt, "tokens", "", "tokens to sell, e.g. 100")
	tf.register(cmd)
	return cmd
}

// tradeSide is what differs between a buy and a sell.
type tradeSide struct {
	name   string // "buy" or "sell"
	quote  func(s *chain.Session, ctx context.Context, pool common.Address, amount *big.Int) (*chain.Quote, error)
	exec   func(s *chain.Session, ctx context.Context, key *ecdsa.PrivateKey, pool common.Address, amount, minOut *big.Int, deadline time.Time) (*chain.Trade, error)
	report func(cmd *cobra.Command, m *hokusai.Model, tr *chain.Trade)
}

// trade checks the shared flags, quotes the trade now, and sends it with
// the slippage bound taken from that quote and a deadline in chain time.
func (tf *tradeFlags) trade(cmd *cobra.Command, g *globals, ref string, amount *big.Int, side tradeSide) error {
	bps, err := parseSlippage(tf.slippage)
	if err != nil {
		return err
	}
	if err := parseDeadline(tf.deadline); err != nil {
		return err
	}
	if !tf.wallet.given() {
		return hokusai.FieldErrorf("keystore", "pool %s signs a transaction: give --keystore FILE or --dev-account N.", side.name)
	}
	ctx := cmd.Context()
	s, err := openSession(ctx, g, &tf.chain)
	if err != nil {
		return err
	}
	defer s.Client.Close()
	key, err := tf.wallet.key(s.Client.ChainID)
	if err != nil {
		return err
	}
	m, err := s.ResolveModel(ctx, ref)
	if err != nil {
		return err
	}
	pool := common.HexToAddress(m.Pool)
	q, err := side.quote(s, ctx, pool, amount)
	if err != nil {
		return err
	}
	deadline, err := s.Client.DeadlineIn(ctx, tf.deadline)
	if err != nil {
		return err
	}
	tr, err := side.exec(s, ctx, key, pool, amount, chain.MinOut(q.Out, bps), deadline)
	if err != nil {
		return err
	}
	if tf.asJSON {
		return writeTradeJSON(cmd.OutOrStdout(), m, side.name, tr)
	}
	side.report(cmd, m, tr)
	return nil
}

// writeTradeJSON prints a mined trade for scripts.
func writeTradeJSON(w io.Writer, m *hokusai.Model, side string, tr *chain.Trade) error {
	v := map[string]any{"model_id": m.ID, "ticker": m.Ticker, "side": side, "tx_hash": tr.TxHash.Hex(),
		"fee_usdc": hokusai.FormatUnits(tr.Fee, 6), "price_after_usdc": hokusai.FormatUnits(tr.PriceAfter, 24)}
	if side == "buy" {
		v["usdc_in"], v["tokens_out"] = hokusai.FormatUnits(tr.In, 6), hokusai.FormatUnits(tr.Out, 18)
		if tr.ApproveHash != (common.Hash{}) {
			v["approve_tx_hash"] = tr.ApproveHash.Hex()
		}
	} else {
		v["tokens_in"], v["usdc_out"] = hokusai.FormatUnits(tr.In, 18), hokusai.FormatUnits(tr.Out, 6)
	}
	return writeJSON(w, v)
}

// avgPrice is micro-USDC per token wei as a pool price (micro-USDC per
// whole token ×1e18), rounded down.
func avgPrice(usdcMicro, tokenWei *big.Int) *big.Int {
	v := new(big.Int).Mul(usdcMicro, new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil))
	return v.Quo(v, tokenWei)
}
