package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// newCreditsCmd is the `hokusai credits` command group: prepaid USDC in the
// CreditVault that pays for metered API calls.
func newCreditsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "credits",
		Short: "Deposit, check and withdraw prepaid credits for the metered model API",
	}
	cmd.AddCommand(newCreditsDepositCmd(g), newCreditsBalanceCmd(g), newCreditsWithdrawCmd(g))
	return cmd
}

// creditsSession opens a chain session and finds the credit vault.
func creditsSession(ctx context.Context, g *globals, cf *chainFlags) (*chain.Session, error) {
	s, err := openSession(ctx, g, cf)
	if err != nil {
		return nil, err
	}
	if s.Protocol.Mint == nil || s.Protocol.Mint.Vault == (common.Address{}) {
		s.Client.Close()
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "The server at %s reports no credit vault; upgrade the server.", g.server)
	}
	return s, nil
}

func newCreditsDepositCmd(g *globals) *cobra.Command {
	var (
		wf         walletFlags
		cf         chainFlags
		amount, to string
	)
	cmd := &cobra.Command{
		Use:   "deposit --usdc N [--for 0x…] (--keystore FILE | --dev-account N)",
		Short: "Deposit USDC into the credit vault (for yourself or another account)",
		Long: `Approve the credit vault and deposit --usdc of your USDC as API credit for
--for (default: your own address). The server counts it once the deposit is
confirmed; check with hokusai credits balance.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := parseUSDC("usdc", amount)
			if err != nil {
				return err
			}
			if to != "" && !common.IsHexAddress(to) {
				return hokusai.FieldErrorf("for", "--for must be a 0x-prefixed 20-byte hex address, got %q.", to)
			}
			if !wf.given() {
				return hokusai.FieldErrorf("keystore", "Say which key pays: --keystore FILE or --dev-account N.")
			}
			ctx := cmd.Context()
			s, err := creditsSession(ctx, g, &cf)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			key, err := wf.key(s.Client.ChainID)
			if err != nil {
				return err
			}
			from := crypto.PubkeyToAddress(key.PublicKey)
			account := from
			if to != "" {
				account = common.HexToAddress(to)
			}
			have, err := s.USDCBalance(ctx, from)
			if err != nil {
				return err
			}
			if have.Cmp(v) < 0 {
				return hokusai.Errorf(hokusai.ECREDITS, "%s holds %s, less than the %s to deposit.", from.Hex(), fmtUSDC(have), fmtUSDC(v))
			}
			rc, err := s.Client.DepositCredits(ctx, key, s.Protocol.USDC, s.Protocol.Mint.Vault, account, v)
			if err != nil {
				return err
			}
			bal, err := s.Client.CreditBalance(ctx, s.Protocol.Mint.Vault, account)
			if err != nil {
				return err
			}
			// Wait (briefly) for the server's metering to count the deposit, so
			// the next call can spend it; before, it only knew the old balance.
			before, _ := serverCredits(ctx, g.server, account)
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Deposited %s of credit for %s.\n", fmtUSDC(v), account.Hex())
			printTx(cmd, "Transaction", rc.TxHash)
			fmt.Fprintf(out, "%-14s %s\n", "Vault balance", fmtUSDC(bal))
			if c := awaitDeposit(ctx, g.server, account, before, v.Int64()); c != nil {
				fmt.Fprintf(out, "%-14s %s\n", "Spendable", fmtUSDC(big.NewInt(c.Spendable)))
			} else {
				fmt.Fprintln(out, "The server has not counted the deposit yet (it waits for confirmations); check with hokusai credits balance.")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&amount, "usdc", "", "USDC to deposit, e.g. 10 or 0.5")
	cmd.Flags().StringVar(&to, "for", "", "credit this address instead of your own")
	wf.register(cmd)
	cf.register(cmd)
	return cmd
}

func newCreditsBalanceCmd(g *globals) *cobra.Command {
	var (
		wf      walletFlags
		cf      chainFlags
		address string
	)
	cmd := &cobra.Command{
		Use:   "balance [--address 0x…]",
		Short: "Show an account's credit: on-chain in the vault, and spendable as the server meters it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := wf.checkAddress(address); err != nil {
				return err
			}
			ctx := cmd.Context()
			s, err := creditsSession(ctx, g, &cf)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			who, err := wf.address(address, s.Client.ChainID)
			if err != nil {
				return err
			}
			vault := bindings.NewCreditVault()
			acc, err := bindCall(ctx, s.Client, s.Protocol.Mint.Vault, vault.PackAccountOf(who), vault.UnpackAccountOf)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Credits of %s\n", who.Hex())
			fmt.Fprintf(out, "  %-20s %s\n", "In the vault", fmtUSDC(acc.Balance))
			if acc.Pending.Sign() > 0 {
				fmt.Fprintf(out, "  %-20s %s (ready %s)\n", "Withdrawal requested", fmtUSDC(acc.Pending), fmtUnix(acc.ReadyAt))
			}
			c, err := serverCredits(ctx, g.server, who)
			if err != nil {
				fmt.Fprintf(out, "  (the server's metering is not available: %s)\n", hokusai.ErrorMessage(err))
				return nil
			}
			fmt.Fprintf(out, "  %-20s %s\n", "Unsettled usage", fmtUSDC(big.NewInt(c.Unsettled)))
			fmt.Fprintf(out, "  %-20s %s\n", "Settled usage", fmtUSDC(big.NewInt(c.Settled)))
			fmt.Fprintf(out, "  %-20s %s\n", "Spendable", fmtUSDC(big.NewInt(c.Spendable)))
			return nil
		},
	}
	cmd.Flags().StringVar(&address, "address", "", "the address to look up (default: your key's)")
	wf.register(cmd)
	cf.register(cmd)
	return cmd
}

func newCreditsWithdrawCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw credit: request, wait the vault's delay, then complete",
	}
	var (
		wf     walletFlags
		cf     chainFlags
		amount string
	)
	req := &cobra.Command{
		Use:   "request --usdc N (--keystore FILE | --dev-account N)",
		Short: "Ask to withdraw --usdc of your credit after the vault's delay (replaces an earlier request)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := parseUSDC("usdc", amount)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			s, key, err := creditsKey(ctx, g, &cf, &wf)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			who := crypto.PubkeyToAddress(key.PublicKey)
			if c, err := serverCredits(ctx, g.server, who); err == nil && c.Spendable+c.PendingWithdrawal < v.Int64() {
				return hokusai.FieldErrorf("usdc", "%s has %s spendable (usage not yet settled is held back); request at most that.", who.Hex(), fmtUSDC(big.NewInt(max(c.Spendable+c.PendingWithdrawal, 0))))
			}
			rc, err := s.Client.RequestWithdrawal(ctx, key, s.Protocol.Mint.Vault, v)
			if err != nil {
				return err
			}
			vault := bindings.NewCreditVault()
			acc, err := bindCall(ctx, s.Client, s.Protocol.Mint.Vault, vault.PackAccountOf(who), vault.UnpackAccountOf)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Requested a withdrawal of %s; complete it after %s with hokusai credits withdraw complete.\n", fmtUSDC(v), fmtUnix(acc.ReadyAt))
			printTx(cmd, "Transaction", rc.TxHash)
			return nil
		},
	}
	req.Flags().StringVar(&amount, "usdc", "", "USDC to withdraw")
	wf.register(req)
	cf.register(req)

	var (
		wf2 walletFlags
		cf2 chainFlags
	)
	complete := &cobra.Command{
		Use:   "complete (--keystore FILE | --dev-account N)",
		Short: "Take your requested withdrawal once the delay has passed",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, key, err := creditsKey(ctx, g, &cf2, &wf2)
			if err != nil {
				return err
			}
			defer s.Client.Close()
			rc, err := s.Client.Withdraw(ctx, key, s.Protocol.Mint.Vault)
			if err != nil {
				return err
			}
			var got *big.Int
			for _, l := range rc.Logs {
				if ev, err := bindings.NewCreditVault().UnpackWithdrawnEvent(l); err == nil {
					got = ev.Amount
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Withdrew %s.\n", fmtUSDC(orZero(got)))
			printTx(cmd, "Transaction", rc.TxHash)
			return nil
		},
	}
	wf2.register(complete)
	cf2.register(complete)
	cmd.AddCommand(req, complete)
	return cmd
}

func creditsKey(ctx context.Context, g *globals, cf *chainFlags, wf *walletFlags) (*chain.Session, *ecdsa.PrivateKey, error) {
	if !wf.given() {
		return nil, nil, hokusai.FieldErrorf("keystore", "Say whose credit: --keystore FILE or --dev-account N.")
	}
	s, err := creditsSession(ctx, g, cf)
	if err != nil {
		return nil, nil, err
	}
	key, err := wf.key(s.Client.ChainID)
	if err != nil {
		s.Client.Close()
		return nil, nil, err
	}
	return s, key, nil
}

// serverCredits asks the server how much of who's credit is spendable.
func serverCredits(ctx context.Context, server string, who common.Address) (*api.Credits, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(server, "/")+"/v1/credits/"+who.Hex(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server at %s is not reachable: %v.", server, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server answered %s for the credits of %s.", resp.Status, who.Hex())
	}
	var c api.Credits
	if err := json.NewDecoder(resp.Body).Decode(&c); err != nil {
		return nil, fmt.Errorf("credits: %w", err)
	}
	return &c, nil
}

// bindCall runs a read-only call and unpacks its result.
func bindCall[T any](ctx context.Context, c *chain.Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, chain.DecodeError(err)
	}
	return unpack(out)
}

// fmtUnix formats a unix timestamp as a UTC time.
func fmtUnix(v *big.Int) string {
	return time.Unix(orZero(v).Int64(), 0).UTC().Format(time.RFC3339)
}

// awaitDeposit polls the server for up to ten seconds until its count of
// who's deposits has grown by amount since before; nil when it has not.
func awaitDeposit(ctx context.Context, server string, who common.Address, before *api.Credits, amount int64) *api.Credits {
	var base int64
	if before != nil {
		base = before.Deposited
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := serverCredits(ctx, server, who); err == nil && c.Deposited >= base+amount {
			return c
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(200 * time.Millisecond):
		}
	}
	return nil
}
