package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// walletFlags are the flags of every command that signs with the user's
// own key (no custody: the key never leaves this process).
type walletFlags struct {
	keystore     string
	passwordFile string
	devAccount   int
}

func (w *walletFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&w.keystore, "keystore", "", "go-ethereum keystore JSON file holding your key (passphrase from --password-file or env HOKUSAI_PASSWORD)")
	f.StringVar(&w.passwordFile, "password-file", "", "file whose first line is the keystore passphrase")
	f.IntVar(&w.devAccount, "dev-account", -1, "sign with dev account N (0–9; dev chain only)")
}

// given reports whether any key flag was set.
func (w *walletFlags) given() bool { return w.keystore != "" || w.devAccount >= 0 }

// key loads the signing key for the chain with this id.
func (w *walletFlags) key(chainID uint64) (*ecdsa.PrivateKey, error) {
	return chain.KeySource{
		Keystore:     w.keystore,
		PasswordFile: w.passwordFile,
		Password:     os.Getenv("HOKUSAI_PASSWORD"),
		DevAccount:   w.devAccount,
	}.Load(chainID)
}

// signer loads the wallet's key for the chain of the server c talks to.
// It asks c for the signing domain, which c keeps, so that signing the
// request with c asks the server no second time.
func (w *walletFlags) signer(ctx context.Context, c *sdk.Client) (*ecdsa.PrivateKey, error) {
	d, err := c.Domain(ctx)
	if err != nil {
		return nil, err
	}
	return w.key(d.ChainID)
}

// chainFlags let a client reach the chain directly when the server's RPC
// URL is not reachable from here (e.g. the server runs elsewhere).
type chainFlags struct {
	rpc string
}

func (c *chainFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.rpc, "rpc", os.Getenv("HOKUSAI_RPC"), "JSON-RPC URL of the chain; default: the one the server reports (env HOKUSAI_RPC)")
}

// openSession asks the server where the chain and the protocol are, dials
// the chain and checks it is the one the server uses.
func openSession(ctx context.Context, g *globals, cf *chainFlags) (*chain.Session, error) {
	info, err := sdk.New(g.server).ChainInfo(ctx)
	if err != nil {
		return nil, err
	}
	p, err := chain.ProtocolFromInfo(info)
	if err != nil {
		return nil, err
	}
	url := info.RPCURL
	if cf != nil && cf.rpc != "" {
		url = cf.rpc
	}
	c, err := chain.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	if c.ChainID != info.ChainID {
		c.Close()
		return nil, hokusai.FieldErrorf("rpc", "The chain at %s has chain id %d, but the server at %s uses chain id %d; point --rpc at the server's chain.", url, c.ChainID, g.server, info.ChainID)
	}
	if err := attachWallet(c); err != nil {
		c.Close()
		return nil, err
	}
	return &chain.Session{Client: c, Protocol: p}, nil
}

// attachWallet gives c a transaction manager that records the wallet's
// transactions in wallet.db in the data directory (env HOKUSAI_DATA_DIR),
// so a command interrupted after sending reports the hash instead of
// sending twice. Closing c closes it.
func attachWallet(c *chain.Client) error {
	dir := os.Getenv("HOKUSAI_DATA_DIR") // the same variable serve reads
	if dir == "" {
		dir = defaultDataDir()
	}
	return attachTxStore(c, filepath.Join(dir, "wallet.db"))
}

// attachTxStore makes a transaction manager recording in the SQLite file
// at path c's sender, for commands that send without a server's stores.
// Closing c closes the file.
func attachTxStore(c *chain.Client, path string) error {
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		return fmt.Errorf("open the transaction record %s: %w", path, err)
	}
	c.Txs = txmgr.New(c, sqlite.NewTxStore(db))
	c.AlsoClose(func() { db.Close() })
	return nil
}

// parseUSDC parses a USDC amount such as "10" or "0.5" into micro-USDC.
func parseUSDC(field, s string) (*big.Int, error) {
	v, err := hokusai.ParseUnits(field, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "USDC")), 6)
	if err != nil {
		return nil, err
	}
	if v.Sign() <= 0 {
		return nil, hokusai.FieldErrorf(field, "--%s must be greater than zero, got %q.", field, s)
	}
	return v, nil
}

// parseTokens parses a token amount such as "100" or "0.25" into token wei.
func parseTokens(field, s string) (*big.Int, error) {
	v, err := hokusai.ParseUnits(field, s, 18)
	if err != nil {
		return nil, err
	}
	if v.Sign() <= 0 {
		return nil, hokusai.FieldErrorf(field, "--%s must be greater than zero, got %q.", field, s)
	}
	return v, nil
}

// parseSlippage parses "1%", "0.5%" or "1" (percent) into basis points.
func parseSlippage(s string) (uint64, error) {
	v, err := hokusai.ParseUnits("slippage", strings.TrimSuffix(strings.TrimSpace(s), "%"), 2)
	if err != nil {
		return 0, hokusai.FieldErrorf("slippage", "--slippage must be a percentage such as 1%% or 0.5%%, got %q.", s)
	}
	if v.Sign() < 0 || v.Cmp(big.NewInt(10_000)) > 0 {
		return 0, hokusai.FieldErrorf("slippage", "--slippage must lie between 0%% and 100%%, got %q.", s)
	}
	return v.Uint64(), nil
}

// parseDeadline checks a trade deadline such as "5m".
func parseDeadline(d time.Duration) error {
	if d <= 0 {
		return hokusai.FieldErrorf("deadline", "--deadline must be a positive duration such as 5m, got %s.", d)
	}
	return nil
}

// fmtUSDC formats micro-USDC as "12.5 USDC".
func fmtUSDC(v *big.Int) string { return hokusai.FormatUnits(v, 6) + " USDC" }

// fmtTokens formats token wei with the ticker: "997 IRIS".
func fmtTokens(v *big.Int, ticker string) string { return hokusai.FormatUnits(v, 18) + " " + ticker }

// fmtPrice formats a pool price (micro-USDC per token ×1e18) as USDC per
// token, rounded down to 8 decimals for reading (--json keeps every digit).
func fmtPrice(v *big.Int) string { return hokusai.FormatUnits(roundDown(v, 16), 24) + " USDC" }

// fmtTokensShort is fmtTokens rounded down to 6 decimals, for tables.
func fmtTokensShort(v *big.Int, ticker string) string {
	return hokusai.FormatUnits(roundDown(v, 12), 18) + " " + ticker
}

// roundDown clears the last digits decimal digits of v.
func roundDown(v *big.Int, digits int64) *big.Int {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(digits), nil)
	q := new(big.Int).Quo(v, unit)
	return q.Mul(q, unit)
}

func printTx(cmd *cobra.Command, label string, h fmt.Stringer) {
	fmt.Fprintf(cmd.OutOrStdout(), "%-14s %s\n", label, h)
}

func bigOf(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// newWalletCmd is `hokusai wallet`: make and inspect the keystore files the
// signing commands use (for external chains; the dev chain has dev accounts).
func newWalletCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "Create and inspect keystore files for signing",
	}
	cmd.AddCommand(newWalletCreateCmd(), newWalletAddressCmd())
	return cmd
}

func newWalletCreateCmd() *cobra.Command {
	var (
		keystore, passwordFile string
		light                  bool
	)
	cmd := &cobra.Command{
		Use:   "create --keystore FILE",
		Short: "Create a new key in a go-ethereum keystore file (passphrase from --password-file or env HOKUSAI_PASSWORD)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keystore == "" {
				return hokusai.FieldErrorf("keystore", "Give --keystore FILE, where to write the new key.")
			}
			if _, err := os.Stat(keystore); err == nil {
				return hokusai.FieldErrorf("keystore", "%s already exists; choose another file, so no key is overwritten.", keystore)
			}
			pass := os.Getenv("HOKUSAI_PASSWORD")
			if passwordFile != "" {
				b, err := os.ReadFile(passwordFile)
				if err != nil {
					return hokusai.FieldErrorf("password-file", "Cannot read the password file %s: %v.", passwordFile, err)
				}
				pass = strings.TrimRight(strings.SplitN(string(b), "\n", 2)[0], "\r")
			}
			if len(pass) < 8 {
				return hokusai.FieldErrorf("password", "The passphrase must be at least 8 characters; give it in --password-file or env HOKUSAI_PASSWORD.")
			}
			key, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			if err := chain.WriteKeystore(keystore, key, pass, light); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Created %s for address %s.\nFund it with ETH for gas (and USDC to trade), then sign with --keystore %s.\n",
				keystore, crypto.PubkeyToAddress(key.PublicKey).Hex(), keystore)
			return nil
		},
	}
	cmd.Flags().StringVar(&keystore, "keystore", "", "the keystore file to create")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "file whose first line is the passphrase")
	cmd.Flags().BoolVar(&light, "light-kdf", false, "weaker, faster key derivation (throwaway keys and tests only)")
	return cmd
}

func newWalletAddressCmd() *cobra.Command {
	var keystore string
	cmd := &cobra.Command{
		Use:   "address --keystore FILE",
		Short: "Print a keystore file's address (no passphrase needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := os.ReadFile(keystore)
			if err != nil {
				return hokusai.FieldErrorf("keystore", "Cannot read the keystore file %q: %v.", keystore, err)
			}
			var v struct {
				Address string `json:"address"`
			}
			if json.Unmarshal(b, &v) != nil || !common.IsHexAddress(v.Address) {
				return hokusai.FieldErrorf("keystore", "%s is not a go-ethereum keystore file (no address in it).", keystore)
			}
			fmt.Fprintln(cmd.OutOrStdout(), common.HexToAddress(v.Address).Hex())
			return nil
		},
	}
	cmd.Flags().StringVar(&keystore, "keystore", "", "the keystore file")
	return cmd
}

// checkAddress validates an --address flag before anything is dialled:
// it must be a 0x address, or empty when a key is given instead.
func (w *walletFlags) checkAddress(address string) error {
	if address != "" && !common.IsHexAddress(address) {
		return hokusai.FieldErrorf("address", "--address must be a 0x-prefixed 20-byte hex address, got %q.", address)
	}
	if address == "" && !w.given() {
		return hokusai.FieldErrorf("address", "Give --address 0x…, or --keystore FILE / --dev-account N to use your own address.")
	}
	return nil
}

// address is --address when given, else the address of the wallet's key.
func (w *walletFlags) address(address string, chainID uint64) (common.Address, error) {
	if address != "" {
		return common.HexToAddress(address), nil
	}
	key, err := w.key(chainID)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}
