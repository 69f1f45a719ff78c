package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/seal"
)

// `hokusai chain dev` runs the embedded dev chain alone, with the protocol
// deployed on it, so that several `hokusai serve --rpc` replicas can share
// one chain. Its data directory holds what the replicas need: the chain
// (chain/), the protocol record (protocol.json), the platform key as a
// keystore (platform.json, passphrase in platform.pass) and replica.yaml,
// a --config file with those settings.

// devPassphrase locks the dev platform key's keystore: the key is a
// well-known dev key, so the passphrase guards nothing.
const devPassphrase = "hokusai-dev"

// chainDev is a running `hokusai chain dev`.
type chainDev struct {
	dir      string
	node     *devchain.Node
	client   *chain.Client
	protocol *chain.Protocol
	// replicaConfig is the --config file replicas start with.
	replicaConfig string
}

func newChainDevCmd() *cobra.Command {
	var dataDir, rpcAddr, logLevel string
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run the embedded dev chain alone, with the protocol deployed, for serve replicas to share over --rpc",
		Long: `Run the embedded go-ethereum dev chain alone: persisted under --data-dir,
JSON-RPC on --rpc-addr, the protocol contracts deployed on first start (and
found again later), ten dev accounts funded with ETH and MockUSDC.

It writes replica.yaml in --data-dir, a --config file for hokusai serve
with the chain's --rpc, the platform key's --keystore and --password-file,
the shared --protocol record and the dev evaluator and attester keys. Start
each replica with it, its own --data-dir and --http-addr, and the shared
--database and --blobs:

  hokusai serve --config DATA_DIR/replica.yaml --data-dir r1 --http-addr 127.0.0.1:8081 \
    --database postgres://… --blobs s3://…`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			level, err := parseLogLevel(logLevel, "--log-level")
			if err != nil {
				return err
			}
			log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
			d, err := startChainDev(cmd.Context(), dataDir, rpcAddr, log)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			d.printBanner(cmd.Context(), out)
			<-cmd.Context().Done()
			fmt.Fprintln(out, "shutting down…")
			return d.Close()
		},
	}
	def := os.Getenv("HOKUSAI_CHAIN_DIR")
	if def == "" {
		def = defaultDataDir() + "-chain"
	}
	cmd.Flags().StringVar(&dataDir, "data-dir", def, "directory for the chain, the protocol record and the replicas' settings (env HOKUSAI_CHAIN_DIR)")
	cmd.Flags().StringVar(&rpcAddr, "rpc-addr", devchain.DefaultRPCAddr, "JSON-RPC listen address (loopback only; port 0 picks a free port)")
	cmd.Flags().StringVar(&logLevel, "log-level", "info", "debug, info, warn or error")
	return cmd
}

// startChainDev starts the dev chain in dir, makes sure the protocol is
// deployed on it, and writes the platform keystore and replica.yaml.
func startChainDev(ctx context.Context, dir, rpcAddr string, log *slog.Logger) (_ *chainDev, err error) {
	if dir == "" {
		return nil, hokusai.FieldErrorf("data-dir", "--data-dir must name a directory.")
	}
	if dir, err = filepath.Abs(dir); err != nil {
		return nil, fmt.Errorf("chain dev: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Cannot create the data directory %s (--data-dir): %v.", dir, err)
	}
	d := &chainDev{dir: dir}
	defer func() {
		if err != nil {
			_ = d.Close()
		}
	}()
	if d.node, err = devchain.Start(ctx, devchain.Config{DataDir: filepath.Join(dir, "chain"), RPCAddr: rpcAddr, Logger: log}); err != nil {
		return nil, err
	}
	if d.client, err = chain.Dial(ctx, d.node.RPCURL()); err != nil {
		return nil, err
	}
	// The deploy's transactions are recorded beside the chain, like every
	// transaction the platform sends.
	if err := attachTxStore(d.client, filepath.Join(dir, "txs.db")); err != nil {
		return nil, err
	}
	opt := chain.EnsureOptions{Dev: true, Log: func(msg string, args ...any) { log.Info(msg, args...) }}
	if d.protocol, err = chain.EnsureProtocolWith(ctx, d.client, devchain.DevKey(0), filepath.Join(dir, "protocol.json"), opt); err != nil {
		return nil, err
	}
	keystore, passFile := filepath.Join(dir, "platform.json"), filepath.Join(dir, "platform.pass")
	if !exists(keystore) {
		if err := chain.WriteKeystore(keystore, devchain.DevKey(0), devPassphrase, true); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(passFile, []byte(devPassphrase+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("chain dev: %w", err)
	}
	// Replicas share one database, so they must seal endpoint secrets
	// under one key.
	secretKey := filepath.Join(dir, "secret.key")
	if _, err := seal.OpenKey(secretKey, true); err != nil {
		return nil, fmt.Errorf("chain dev: %w", err)
	}
	var attesters []string
	for _, k := range devAttesterKeys() {
		attesters = append(attesters, hexKey(k))
	}
	// The dev chain seals a block only when a transaction arrives, so a
	// replica must count transactions and events as soon as they are in.
	settings := []struct{ key, value string }{
		{"rpc", d.node.RPCURL()},
		{"keystore", keystore},
		{"password_file", passFile},
		{"protocol", filepath.Join(dir, "protocol.json")},
		{"confirmations", "0"},
		{"secret_key_file", secretKey},
		{"evaluator_key", hexKey(devKey("evaluator"))},
		{"attester_keys", strings.Join(attesters, ",")},
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Settings for `hokusai serve` replicas that share the dev chain in %s,\n", dir)
	b.WriteString("# written by `hokusai chain dev` on every start. Use with --config, and give each\n")
	b.WriteString("# replica its own --data-dir and --http-addr and the shared --database and --blobs.\n")
	b.WriteString("# The keys are dev keys: never for real money.\n")
	for _, s := range settings {
		fmt.Fprintf(&b, "%s: %s\n", s.key, strconv.Quote(s.value))
	}
	d.replicaConfig = filepath.Join(dir, "replica.yaml")
	if err := os.WriteFile(d.replicaConfig, []byte(b.String()), 0o600); err != nil {
		return nil, fmt.Errorf("chain dev: %w", err)
	}
	return d, nil
}

// hexKey is a private key as the evaluator_key and attester_keys settings
// take it.
func hexKey(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }

// Close stops the chain.
func (d *chainDev) Close() error {
	if d.client != nil {
		d.client.Close()
	}
	if d.node != nil {
		return d.node.Close()
	}
	return nil
}

// printBanner tells the user where the chain is and how replicas join it.
func (d *chainDev) printBanner(ctx context.Context, out io.Writer) {
	fmt.Fprintf(out, "Hokusai dev chain is running.\n\n")
	fmt.Fprintf(out, "  Chain RPC  %s   (chain id %d)\n", d.node.RPCURL(), d.protocol.ChainID)
	fmt.Fprintf(out, "  Data dir   %s\n", d.dir)
	fmt.Fprintf(out, "  Platform   %s (dev account 0): keystore %s, passphrase in %s\n",
		devchain.DevAddress(0).Hex(), filepath.Join(d.dir, "platform.json"), filepath.Join(d.dir, "platform.pass"))
	fmt.Fprintf(out, "  Protocol   %s (registry %s)\n", filepath.Join(d.dir, "protocol.json"), d.protocol.Registry.Hex())
	fmt.Fprintln(out)
	printDevAccounts(ctx, out, d.client, d.protocol)
	fmt.Fprintf(out, "\nStart replicas (each with its own --data-dir and --http-addr):\n")
	fmt.Fprintf(out, "  hokusai serve --config %s --data-dir DIR --http-addr 127.0.0.1:8081 --database postgres://… --blobs s3://…\n", d.replicaConfig)
	fmt.Fprintf(out, "Stop with Ctrl-C; the chain persists in the data dir.\n")
}

// printDevAccounts lists the dev chain's funded accounts with their ETH
// and MockUSDC.
func printDevAccounts(ctx context.Context, out io.Writer, c *chain.Client, p *chain.Protocol) {
	sess := &chain.Session{Client: c, Protocol: p}
	fmt.Fprintf(out, "Dev accounts (use --dev-account N with the CLI; 0 is the platform's own key):\n")
	for i := 0; i < devchain.DevAccounts; i++ {
		addr := devchain.DevAddress(i)
		eth, _ := c.Backend.BalanceAt(ctx, addr, nil)
		usdc, _ := sess.USDCBalance(ctx, addr)
		fmt.Fprintf(out, "  %d  %s  %s ETH  %s USDC\n", i, addr.Hex(), hokusai.FormatUnits(orZero(eth), 18), hokusai.FormatUnits(orZero(usdc), 6))
	}
}
