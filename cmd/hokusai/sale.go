package main

import (
	"context"
	"crypto/ecdsa"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// `hokusai sale` sells a model outright (F28): its owner lists it for a
// USDC price, a buyer pays and receives every owner right at once (the
// registry's owner, the Agent's owner membership, the owner's fee share
// and the vesting), or the owner cancels. Each transaction is signed by
// the user's wallet and sent through the transaction manager.

func newSaleCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sale",
		Short: "Sell a model outright: list it for USDC, cancel, buy, or show its listing",
	}
	cmd.AddCommand(newSaleShowCmd(g), newSaleListCmd(g), newSaleCancelCmd(g), newSaleBuyCmd(g))
	return cmd
}

// saleFlags are a sale command's wallet and chain.
type saleFlags struct {
	wallet walletFlags
	chain  chainFlags
}

func (f *saleFlags) register(cmd *cobra.Command, signs bool) {
	if signs {
		f.wallet.register(cmd)
	}
	f.chain.register(cmd)
}

// session opens the chain and finds the model.
// signed opens the session for ref, loads the wallet's key for its chain
// and runs do with them: the shape of every sale command the user signs.
func (f *saleFlags) signed(cmd *cobra.Command, g *globals, ref string, do func(s *chain.Session, m *hokusai.Model, key *ecdsa.PrivateKey) error) error {
	s, m, err := f.session(cmd.Context(), g, ref)
	if err != nil {
		return err
	}
	defer s.Client.Close()
	key, err := f.wallet.key(s.Client.ChainID)
	if err != nil {
		return err
	}
	return do(s, m, key)
}

func (f *saleFlags) session(ctx context.Context, g *globals, ref string) (*chain.Session, *hokusai.Model, error) {
	s, err := openSession(ctx, g, &f.chain)
	if err != nil {
		return nil, nil, err
	}
	m, err := s.ResolveModel(ctx, ref)
	if err != nil {
		s.Client.Close()
		return nil, nil, err
	}
	return s, m, nil
}

func printListing(cmd *cobra.Command, s *chain.Session, m *hokusai.Model) error {
	l, err := s.Listing(cmd.Context(), m.ID)
	if err != nil {
		return err
	}
	out := map[string]any{"model_id": m.ID, "ticker": m.Ticker, "for_sale": l.Seller.Big().Sign() != 0}
	if l.Seller.Big().Sign() != 0 {
		out["seller"], out["price_micros"], out["price"] = l.Seller.Hex(), l.Price.String(), hokusai.FormatUnits(l.Price, 6)
	}
	return writeJSON(cmd.OutOrStdout(), out)
}

func newSaleShowCmd(g *globals) *cobra.Command {
	var f saleFlags
	cmd := &cobra.Command{
		Use:   "show MODEL",
		Short: "Show whether the model is for sale, by whom and for how much",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, m, err := f.session(cmd.Context(), g, args[0])
			if err != nil {
				return err
			}
			defer s.Client.Close()
			return printListing(cmd, s, m)
		},
	}
	f.register(cmd, false)
	return cmd
}

func newSaleListCmd(g *globals) *cobra.Command {
	var (
		f     saleFlags
		price string
	)
	cmd := &cobra.Command{
		Use:   "list MODEL --usdc PRICE",
		Short: "Put your model up for sale for PRICE USDC (the owner's wallet signs)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := parseUSDC("usdc", price)
			if err != nil {
				return err
			}
			return f.signed(cmd, g, args[0], func(s *chain.Session, m *hokusai.Model, key *ecdsa.PrivateKey) error {
				if _, err := s.ListModel(cmd.Context(), key, m.ID, p); err != nil {
					return err
				}
				return printListing(cmd, s, m)
			})
		},
	}
	cmd.Flags().StringVar(&price, "usdc", "", "the price in USDC (e.g. 2500)")
	_ = cmd.MarkFlagRequired("usdc")
	f.register(cmd, true)
	return cmd
}

func newSaleCancelCmd(g *globals) *cobra.Command {
	var f saleFlags
	cmd := &cobra.Command{
		Use:   "cancel MODEL",
		Short: "Withdraw your model from sale (the seller's wallet signs)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.signed(cmd, g, args[0], func(s *chain.Session, m *hokusai.Model, key *ecdsa.PrivateKey) error {
				if _, err := s.CancelListing(cmd.Context(), key, m.ID); err != nil {
					return err
				}
				return printListing(cmd, s, m)
			})
		},
	}
	f.register(cmd, true)
	return cmd
}

func newSaleBuyCmd(g *globals) *cobra.Command {
	var (
		f      saleFlags
		maxUSD string
	)
	cmd := &cobra.Command{
		Use:   "buy MODEL --max-usdc PRICE",
		Short: "Buy a listed model for at most PRICE USDC: every owner right moves to you in one transaction",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			maxPrice, err := parseUSDC("max_usdc", maxUSD)
			if err != nil {
				return err
			}
			return f.signed(cmd, g, args[0], func(s *chain.Session, m *hokusai.Model, key *ecdsa.PrivateKey) error {
				r, err := s.BuyModel(cmd.Context(), key, m.ID, maxPrice)
				if err != nil {
					return err
				}
				return writeJSON(cmd.OutOrStdout(), map[string]any{"model_id": m.ID, "ticker": m.Ticker, "tx_hash": r.TxHash.Hex(), "block": r.BlockNumber.Uint64()})
			})
		},
	}
	cmd.Flags().StringVar(&maxUSD, "max-usdc", "", "the most you pay in USDC (the listed price, or more)")
	_ = cmd.MarkFlagRequired("max-usdc")
	f.register(cmd, true)
	return cmd
}
