package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
)

// newTokenCmd is the `hokusai token` command group.
func newTokenCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "token",
		Short: "Read model token balances",
	}
	cmd.AddCommand(newTokenBalanceCmd(g))
	return cmd
}

func newTokenBalanceCmd(g *globals) *cobra.Command {
	var (
		wf      walletFlags
		cf      chainFlags
		address string
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "balance MODEL [--address 0x…]",
		Short: "Show an address's balance of a model's token (and its USDC)",
		Long:  "MODEL is a model id or ticker. The address is --address, or the one of the key given by --keystore or --dev-account.",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := wf.checkAddress(address); err != nil {
				return err
			}
			ctx := cmd.Context()
			s, err := openSession(ctx, g, &cf)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			owner, err := wf.address(address, s.Client.ChainID)
			if err != nil {
				return err
			}
			m, err := s.ResolveModel(ctx, args[0])
			if err != nil {
				return err
			}
			bal, err := s.TokenBalance(ctx, common.HexToAddress(m.Token), owner)
			if err != nil {
				return err
			}
			usdc, err := s.USDCBalance(ctx, owner)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, map[string]any{"address": owner.Hex(), "model_id": m.ID, "ticker": m.Ticker, "token": m.Token,
					"balance": hokusai.FormatUnits(bal, 18), "usdc": hokusai.FormatUnits(usdc, 6)})
			}
			fmt.Fprintf(out, "%s holds %s (model %d) and %s.\n", owner.Hex(), fmtTokens(bal, m.Ticker), m.ID, fmtUSDC(usdc))
			return nil
		},
	}
	cmd.Flags().StringVar(&address, "address", "", "the address to look up (default: your key's)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	wf.register(cmd)
	cf.register(cmd)
	return cmd
}
