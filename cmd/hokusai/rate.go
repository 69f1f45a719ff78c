package main

import (
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai/sdk"
)

// `hokusai model rate` rates a model as one of its members, by a rating
// the member's wallet signs and the server relays (no ETH needed).

func newModelRateCmd(g *globals) *cobra.Command {
	var (
		wallet walletFlags
		stars  int64
	)
	cmd := &cobra.Command{
		Use:   "rate MODEL",
		Short: "Rate a model 1–5 stars as a member (your wallet signs; the server relays and pays the gas)",
		Long: `Rate the model --stars (1 to 5) on its Agent's ledger. You must be a member
(its owner, a contributor, or a consumer with a settled call). Your wallet
signs the Agent's EIP-712 rating, bound to this chain, the model's Agent,
your rating nonce and a deadline an hour ahead; the server sends it, so
you need no ETH. Rating again replaces your earlier rating.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c := sdk.New(g.server)
			k, err := wallet.signer(ctx, c)
			if err != nil {
				return err
			}
			out, err := c.Rate(ctx, args[0], stars, k)
			if err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
	wallet.register(cmd)
	cmd.Flags().Int64Var(&stars, "stars", 0, "your rating, 1 to 5")
	_ = cmd.MarkFlagRequired("stars")
	return cmd
}
