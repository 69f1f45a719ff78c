package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/gateway"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// serveConfig is everything `hokusai serve` is told.
type serveConfig struct {
	dataDir  string
	httpAddr string
	rpcAddr  string // embedded chain's JSON-RPC listen address

	rpcURL       string // an external EVM chain instead of the embedded one
	keystore     string // platform key on an external chain
	passwordFile string
	usdc         string
	treasury     string

	confirmations uint64 // blocks an external chain's transactions and logs must be buried under

	rebuildFromChain  bool // a missing database is rebuilt from the chain (integrity.go)
	allowMissingBlobs bool // start although head packages are missing from the blob store

	allowPrivateEndpoints bool // model endpoints may be loopback, private or link-local addresses

	logLevel string
}

func newServeCmd(g *globals) *cobra.Command {
	cfg := &serveConfig{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the server: REST API, embedded dev chain (or --rpc), SQLite and blob store",
		Long: `Run the Hokusai server.

With no --rpc it starts an embedded go-ethereum dev chain persisted under
--data-dir, with JSON-RPC on --rpc-addr, deploys the protocol contracts on
first start (and finds them again later), and funds ten dev accounts with
ETH and MockUSDC. With --rpc URL and --keystore it uses that EVM chain and
that platform key instead.

Before it serves, it checks its data: the database with SQLite's
quick_check and its write-ahead log for a cut; the chain, genesis and
contracts the database belongs to; the chain's block at the indexer's
cursor; every settlement, credit deposit and mint the contracts recorded;
each consumer's credit against the vault; and every head version's
package in the blob store. It refuses a database that fails, naming the
file and the fix. A missing database is rebuilt from the chain only with
--rebuild-from-chain: models, credit deposits, settlements and mints come
back; API keys, package versions and unsettled usage do not.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), cfg, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.dataDir, "data-dir", defaultDataDir(), "directory for the chain, database and blobs (env HOKUSAI_DATA_DIR)")
	f.StringVar(&cfg.httpAddr, "http-addr", "127.0.0.1:8080", "REST API listen address (port 0 picks a free port)")
	f.StringVar(&cfg.rpcAddr, "rpc-addr", devchain.DefaultRPCAddr, "embedded chain JSON-RPC listen address (loopback only)")
	f.StringVar(&cfg.rpcURL, "rpc", "", "use this EVM JSON-RPC URL instead of the embedded dev chain")
	f.StringVar(&cfg.keystore, "keystore", "", "platform key (go-ethereum keystore file) for --rpc")
	f.StringVar(&cfg.passwordFile, "password-file", "", "file holding the keystore passphrase (or env HOKUSAI_PASSWORD)")
	f.StringVar(&cfg.usdc, "usdc", "", "USDC token address on the --rpc chain (needed to deploy there)")
	f.StringVar(&cfg.treasury, "treasury", "", "address that receives trade fees (default: the platform key's address)")
	f.Uint64Var(&cfg.confirmations, "confirmations", 3, "with --rpc: blocks that must follow a transaction or event before it counts")
	f.StringVar(&cfg.logLevel, "log-level", "info", "debug, info, warn or error")
	f.BoolVar(&cfg.rebuildFromChain, "rebuild-from-chain", false, "with no hokusai.db: rebuild models, credit deposits, settlements and mints from the chain (API keys, package versions and unsettled usage are lost)")
	f.BoolVar(&cfg.allowMissingBlobs, "allow-missing-blobs", false, "start although the blob store lacks some head packages (calls to those models fail)")
	f.BoolVar(&cfg.allowPrivateEndpoints, "allow-private-endpoints", false, "let models' remote endpoints be loopback, private or link-local addresses (off: such calls are refused after DNS resolution)")
	return cmd
}

func defaultDataDir() string {
	if d := os.Getenv("HOKUSAI_DATA_DIR"); d != "" {
		return d
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".hokusai")
	}
	return ".hokusai"
}

// server is a running `hokusai serve`: every part it started, so Close can
// stop them in reverse order.
type server struct {
	cfg      *serveConfig
	log      *slog.Logger
	node     *devchain.Node
	client   *chain.Client
	protocol *chain.Protocol
	db       *sqlite.DB
	blobs    blob.Store
	models   hokusai.ModelService
	http     *hhttp.Server
	cancel   context.CancelFunc
	done     chan struct{}
	closers  []func() error // the parts' close functions, in start order
	platform *ecdsa.PrivateKey
	// ledger is the credits ledger: the start-up checks, the gateway's
	// charges and the ledger part's settler share it; Close closes it
	// after the parts.
	ledger *ledger.Service
	// metrics is this server's Prometheus registry (the gateway's series
	// and the ledger's gauges), served at /metrics with the process's
	// default collectors.
	metrics *prometheus.Registry
	// signed checks every wallet-signed request (EIP-712, see signreq).
	signed *signreq.Verifier
	// checks are the start-up integrity checks' outcomes, one line each;
	// rebuilding is set when this start rebuilds the database from the
	// chain (integrity.go).
	checks     []string
	rebuilding bool
}

func runServe(ctx context.Context, cfg *serveConfig, out io.Writer) error {
	s, err := startServer(ctx, cfg)
	if err != nil {
		return err
	}
	s.printBanner(ctx, out)
	<-ctx.Done()
	fmt.Fprintln(out, "shutting down…")
	return s.Close()
}

func parseLogLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, hokusai.FieldErrorf("log-level", "Unknown --log-level %q; use debug, info, warn or error.", s)
	}
	return l, nil
}

// startServer opens the database and blob store, the chain (embedded or
// external), makes sure the protocol is deployed, starts the indexer, the
// server's parts (gateway, improve, ledger) and the HTTP server. On error
// everything already started is stopped.
func startServer(ctx context.Context, cfg *serveConfig) (_ *server, err error) {
	level, err := parseLogLevel(cfg.logLevel)
	if err != nil {
		return nil, err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	s := &server{cfg: cfg, log: log, done: make(chan struct{}), metrics: prometheus.NewRegistry()}
	defer func() {
		if err != nil {
			_ = s.Close()
		}
	}()
	if cfg.dataDir == "" {
		return nil, hokusai.FieldErrorf("data-dir", "--data-dir must name a directory.")
	}
	if err := os.MkdirAll(cfg.dataDir, 0o700); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Cannot create the data directory %s: %v.", cfg.dataDir, err)
	}

	pre, err := inspectDataDir(cfg.dataDir)
	if err != nil {
		return nil, err
	}
	s.db = sqlite.NewDB(filepath.Join(cfg.dataDir, "hokusai.db"))
	if err := s.db.Open(); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	blobs, err := blob.NewLocal(filepath.Join(cfg.dataDir, "blobs"))
	if err != nil {
		return nil, fmt.Errorf("open blob store: %w", err)
	}
	s.blobs = blobs

	platformKey, rpcURL, err := s.openChain(ctx)
	if err != nil {
		return nil, err
	}
	s.platform = platformKey
	if s.client, err = chain.Dial(ctx, rpcURL); err != nil {
		return nil, err
	}
	// Every platform transaction is written down before it is sent, and a
	// restart first finishes what the last run left in flight.
	s.client.Journal = &chain.FileJournal{Path: filepath.Join(cfg.dataDir, "tx-journal.json")}
	if s.node == nil {
		s.client.BumpAfter = 30 * time.Second
		s.client.Confirmations = cfg.confirmations
	}
	if rs, err := s.client.Resume(ctx); err != nil {
		return nil, fmt.Errorf("resume journaled transactions: %w", err)
	} else if len(rs) > 0 {
		log.Info("resumed transactions left in flight by the last run", "count", len(rs))
	}
	opt := chain.EnsureOptions{Dev: s.node != nil, Log: func(msg string, args ...any) { log.Info(msg, args...) }}
	if cfg.usdc != "" {
		if !common.IsHexAddress(cfg.usdc) {
			return nil, hokusai.FieldErrorf("usdc", "--usdc %q is not a 0x address.", cfg.usdc)
		}
		opt.USDC = common.HexToAddress(cfg.usdc)
	}
	if cfg.treasury != "" {
		if !common.IsHexAddress(cfg.treasury) {
			return nil, hokusai.FieldErrorf("treasury", "--treasury %q is not a 0x address.", cfg.treasury)
		}
		opt.Treasury = common.HexToAddress(cfg.treasury)
	}
	statePath := filepath.Join(cfg.dataDir, "protocol.json")
	if s.protocol, err = chain.EnsureProtocolWith(ctx, s.client, platformKey, statePath, opt); err != nil {
		return nil, err
	}

	s.signed = &signreq.Verifier{
		Domain: signreq.Domain{ChainID: s.protocol.ChainID, Platform: s.protocol.Registry},
		Nonces: sqlite.NewNonceService(s.db),
	}
	models := sqlite.NewModelService(s.db)
	s.models = models
	ix := &chain.Indexer{
		Client:   s.client,
		Protocol: s.protocol,
		Models:   models,
		Cursors:  sqlite.NewCursorService(s.db),
		Logger:   log,

		Confirmations: s.confirmations(),
	}
	if err := s.checkDatabase(ctx, pre, ix); err != nil {
		return nil, err
	}
	if err := ix.SyncOnce(ctx); err != nil {
		return nil, fmt.Errorf("index models: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	go func() {
		defer close(s.done)
		if err := ix.Run(runCtx); err != nil && !errors.Is(err, context.Canceled) {
			log.Error("indexer stopped", "err", err)
		}
	}()

	info := s.protocol.Info(rpcURL)
	s.http = hhttp.NewServer(hhttp.Config{
		Addr:         cfg.httpAddr,
		Logger:       log,
		ModelService: models,
		ChainInfo:    func() hokusai.ChainInfo { return info },
	})
	// The gateway's store (API keys, whitelists) serves the package routes
	// as well as the gateway part.
	keys, err := gateway.OpenStore(ctx, s.db)
	if err != nil {
		return nil, err
	}
	(&hhttp.Versions{
		Models:    models,
		Registry:  sqlite.NewRegistryService(s.db),
		Blobs:     blobs,
		TempDir:   filepath.Join(cfg.dataDir, "tmp"),
		Signed:    s.signed,
		Whitelist: keys,
		Keys:      keys,
		Logger:    log,
	}).Register(s.http)
	if err := os.MkdirAll(filepath.Join(cfg.dataDir, "tmp"), 0o700); err != nil {
		return nil, err
	}
	if s.ledger, err = ledger.NewService(ctx, s.db); err != nil {
		return nil, err
	}
	// The contribution store (mint journal, contributions) serves the
	// start-up mint check as well as the improve part.
	contribs, err := contrib.Open(ctx, s.db)
	if err != nil {
		return nil, err
	}
	if err := s.checkChainHistory(ctx, pre, contribs); err != nil {
		return nil, err
	}
	if err := s.checkBlobs(ctx, pre); err != nil {
		return nil, err
	}
	// The parts, each in its own file, in start order. Each may register
	// routes on s.http (not yet open) and start workers bound to runCtx,
	// which ends at shutdown; it returns a function that waits for its
	// workers and releases what it holds (nil if nothing), and Close calls
	// those newest first.
	parts := []struct {
		name  string
		start func() (close func() error, err error)
	}{
		{"gateway", func() (func() error, error) { return startGateway(runCtx, s, keys, s.ledger) }},
		{"improve", func() (func() error, error) { return startImprove(runCtx, s, contribs) }},
		{"ledger", func() (func() error, error) { return startLedger(runCtx, s, s.ledger) }},
	}
	for _, p := range parts {
		closeFn, err := p.start()
		if err != nil {
			return nil, fmt.Errorf("start %s: %w", p.name, err)
		}
		if closeFn != nil {
			s.closers = append(s.closers, closeFn)
		}
	}
	if err := s.http.Open(); err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Cannot listen on --http-addr %s: %v. Is another server running? Pick another address with --http-addr.", cfg.httpAddr, err)
	}
	return s, nil
}

// openChain starts the embedded dev chain, or checks the --rpc settings,
// and returns the platform key and the RPC URL to dial.
func (s *server) openChain(ctx context.Context) (*ecdsa.PrivateKey, string, error) {
	cfg := s.cfg
	if cfg.rpcURL == "" {
		if cfg.keystore != "" {
			return nil, "", hokusai.FieldErrorf("keystore", "--keystore is only for an external chain; add --rpc URL, or drop --keystore to use the embedded dev chain.")
		}
		node, err := devchain.Start(ctx, devchain.Config{
			DataDir: filepath.Join(cfg.dataDir, "chain"),
			RPCAddr: cfg.rpcAddr,
			Logger:  s.log,
		})
		if err != nil {
			return nil, "", err
		}
		s.node = node
		return devchain.DevKey(0), node.RPCURL(), nil
	}
	if cfg.keystore == "" {
		return nil, "", hokusai.FieldErrorf("keystore", "--rpc needs the platform key: add --keystore FILE (a go-ethereum keystore) and --password-file FILE or env HOKUSAI_PASSWORD.")
	}
	// The chain id is not known before dialling; a keystore key suits any.
	key, err := chain.KeySource{Keystore: cfg.keystore, PasswordFile: cfg.passwordFile, Password: os.Getenv("HOKUSAI_PASSWORD"), DevAccount: -1}.Load(0)
	if err != nil {
		return nil, "", err
	}
	return key, cfg.rpcURL, nil
}

// Close stops everything that was started, newest first.
func (s *server) Close() error {
	var errs []error
	if s.http != nil {
		errs = append(errs, s.http.Close())
	}
	if s.cancel != nil {
		s.cancel()
		<-s.done
	}
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	if s.ledger != nil {
		errs = append(errs, s.ledger.Close())
	}
	if s.client != nil {
		s.client.Close()
	}
	if s.node != nil {
		errs = append(errs, s.node.Close())
	}
	if s.db != nil {
		errs = append(errs, s.db.Close())
	}
	return errors.Join(errs...)
}

// printBanner tells the user where everything is.
func (s *server) printBanner(ctx context.Context, out io.Writer) {
	info := s.protocol.Info(s.client.RPCURL)
	fmt.Fprintf(out, "Hokusai is running.\n\n")
	fmt.Fprintf(out, "  REST API   %s   (OpenAPI: %s/openapi.yaml)\n", s.http.URL(), s.http.URL())
	fmt.Fprintf(out, "  Chain RPC  %s   (chain id %d%s)\n", info.RPCURL, info.ChainID, map[bool]string{true: ", embedded dev chain", false: ""}[info.Dev])
	fmt.Fprintf(out, "  Data dir   %s\n\n", s.cfg.dataDir)
	fmt.Fprintf(out, "Start-up checks:\n")
	for _, line := range s.checks {
		fmt.Fprintf(out, "  %s\n", line)
	}
	fmt.Fprintln(out)
	fmt.Fprintf(out, "Contracts:\n")
	for _, name := range []string{chain.ContractRegistry, chain.ContractFactory, chain.ContractUSDC, chain.ContractTreasury,
		chain.ContractVerifier, chain.ContractTokenManager, chain.ContractVault, chain.ContractRouter} {
		if a, ok := info.Contracts[name]; ok {
			fmt.Fprintf(out, "  %-17s %s\n", name, a)
		}
	}
	if s.node != nil {
		sess := &chain.Session{Client: s.client, Protocol: s.protocol}
		fmt.Fprintf(out, "\nDev accounts (use --dev-account N with the CLI; 0 is the platform's own key):\n")
		for i := 0; i < devchain.DevAccounts; i++ {
			addr := devchain.DevAddress(i)
			eth, _ := s.client.Backend.BalanceAt(ctx, addr, nil)
			usdc, _ := sess.USDCBalance(ctx, addr)
			fmt.Fprintf(out, "  %d  %s  %s ETH  %s USDC\n", i, addr.Hex(), hokusai.FormatUnits(orZero(eth), 18), hokusai.FormatUnits(orZero(usdc), 6))
		}
	}
	fmt.Fprintf(out, "\nNext: hokusai model create --dev-account 1 --name \"My model\" --ticker MYM --metric accuracy --baseline 0.884 --direction max --license decentralized --preset growth\n")
	fmt.Fprintf(out, "Stop with Ctrl-C; state persists in the data dir.\n")
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
