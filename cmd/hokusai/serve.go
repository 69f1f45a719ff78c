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
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/index"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/finetune"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/web"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/relay"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// serveConfig is everything `hokusai serve` is told.
type serveConfig struct {
	dataDir  string
	database string // a postgres:// URL; empty: SQLite in dataDir
	blobs    string // an s3:// URL; empty: the blobs directory in dataDir
	httpAddr string
	rpcAddr  string // embedded chain's JSON-RPC listen address

	rpcURL       string // an external EVM chain instead of the embedded one
	keystore     string // platform key on an external chain
	protocolFile string // the protocol record; empty: protocol.json in dataDir
	passwordFile string
	usdc         string
	treasury     string

	confirmations uint64 // blocks an external chain's transactions and logs must be buried under

	rebuildFromChain  bool // a missing database is rebuilt from the chain (integrity.go)
	allowMissingBlobs bool // start although head packages are missing from the blob store

	allowPrivateEndpoints bool // model endpoints may be loopback, private or link-local addresses

	logLevel string

	secretKeyFile string // seals endpoint secrets; empty: secret.key in dataDir

	evalWorkers  int           // models evaluated at once
	evalTimeout  time.Duration // each evaluation's budget
	evalBatch    int           // contributions to one model evaluated together
	evalWindow   time.Duration // how long the first of a batch waits for the others
	evaluatorKey string        // hex; empty: the dev key on the dev chain
	attesterKeys string        // comma-separated hex; empty: dev keys on the dev chain
	zkCeremonies string        // zkProof ceremony directories, one per circuit shape; empty: zk/ in dataDir

	// finetunePython and finetuneTrainer run the Python trainer that
	// fine-tunes Hugging Face bases; an empty python refuses such bases.
	finetunePython  string
	finetuneTrainer string

	settleInterval   time.Duration
	settleThreshold  int64 // unsettled micro-USDC that starts a round early
	settleMaxEntries int

	relay relay.Limits // what the platform relays and pays the gas of (serve_dao.go)

	settlePause    string // crash drills: "journaled:30s" or "broadcast:30s"
	evaluatorCrash string // crash drills: "after-broadcast"

	runners runnerConfig // the Kubernetes and Akash fine-tuning runners (serve_runners.go)

	// origins says where each setting set by something other than its
	// default came from, by flag name (config.go).
	origins map[string]string
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
contracts the database belongs to; the blocks the chain indexer recorded
(a reorganisation within its 128-block window is undone and read again,
a deeper one refused); every settlement, credit deposit and mint the contracts recorded;
each consumer's credit against the vault; and every head version's
package in the blob store. It refuses a database that fails, naming the
file and the fix. A missing database is rebuilt from the chain only with
--rebuild-from-chain: models, credit deposits, settlements and mints come
back; API keys, package versions and unsettled usage do not.

Every flag is also a key of the --config YAML file (http_addr) and an
environment variable (HOKUSAI_HTTP_ADDR); flags win over the environment,
which wins over the file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), cfg, cmd.OutOrStdout())
		},
	}
	serveFlags(cmd.Flags(), cfg)
	cmd.PreRunE = func(cmd *cobra.Command, args []string) (err error) {
		cfg.origins, err = loadConfig(cmd.Flags(), os.Environ())
		return err
	}
	return cmd
}

// serveFlags declares every serve setting on f, bound to cfg, with its
// default; config.go gives each its HOKUSAI_* variable and file key, and
// the README's Configuration table lists them.
func serveFlags(f *pflag.FlagSet, cfg *serveConfig) {
	f.String(configFlag, "", "YAML file of settings, one key per flag with _ for - (env HOKUSAI_CONFIG); the environment and flags override it")
	f.StringVar(&cfg.dataDir, "data-dir", defaultDataDir(), "directory for the chain, database and blobs")
	f.StringVar(&cfg.blobs, "blobs", "", "S3 bucket for packages, shared by replicas: s3://bucket/prefix?endpoint=URL&region=R&path_style=1 (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY); empty: blobs/ in --data-dir")
	f.StringVar(&cfg.database, "database", "", "PostgreSQL URL (postgres://…) shared by replicas; empty: SQLite hokusai.db in --data-dir")
	f.StringVar(&cfg.httpAddr, "http-addr", "127.0.0.1:8080", "REST API listen address (port 0 picks a free port)")
	f.StringVar(&cfg.rpcAddr, "rpc-addr", devchain.DefaultRPCAddr, "embedded chain JSON-RPC listen address (loopback only)")
	f.StringVar(&cfg.rpcURL, "rpc", "", "use this EVM JSON-RPC URL instead of the embedded dev chain")
	f.StringVar(&cfg.keystore, "keystore", "", "platform key (go-ethereum keystore file) for --rpc")
	f.StringVar(&cfg.passwordFile, "password-file", "", "file holding the keystore passphrase (or env HOKUSAI_PASSWORD)")
	f.StringVar(&cfg.protocolFile, "protocol", "", "the protocol's record (contract addresses): replicas share the one `hokusai chain dev` writes; default: protocol.json in --data-dir")
	f.StringVar(&cfg.usdc, "usdc", "", "USDC token address on the --rpc chain (needed to deploy there)")
	f.StringVar(&cfg.treasury, "treasury", "", "address that receives trade fees (default: the platform key's address)")
	f.Uint64Var(&cfg.confirmations, "confirmations", 3, "with --rpc: blocks that must follow a transaction or event before it counts")
	f.StringVar(&cfg.logLevel, "log-level", "info", "debug, info, warn or error")
	f.BoolVar(&cfg.rebuildFromChain, "rebuild-from-chain", false, "with no hokusai.db: rebuild models, credit deposits, settlements and mints from the chain (API keys, package versions and unsettled usage are lost)")
	f.BoolVar(&cfg.allowMissingBlobs, "allow-missing-blobs", false, "start although the blob store lacks some head packages (calls to those models fail)")
	f.BoolVar(&cfg.allowPrivateEndpoints, "allow-private-endpoints", false, "let models' remote endpoints be loopback, private or link-local addresses (off: such calls are refused after DNS resolution)")
	f.StringVar(&cfg.secretKeyFile, "secret-key-file", "", "the 32-byte key that seals models' endpoint secrets (default: secret.key in --data-dir, created with mode 0600)")
	f.IntVar(&cfg.evalWorkers, "eval-workers", evaluator.DefaultWorkers, "models the evaluator evaluates at once (1–64)")
	f.DurationVar(&cfg.evalTimeout, "eval-timeout", evaluator.DefaultEvalTimeout, "each evaluation's time budget (1s–1h)")
	f.IntVar(&cfg.evalBatch, "eval-batch", evaluator.DefaultBatch, "most contributions to one model evaluated as one batch, their reward split by Shapley weights (1–32)")
	f.DurationVar(&cfg.evalWindow, "eval-batch-window", evaluator.DefaultBatchWindow, "how long a model's first waiting contribution waits for others to join its batch (0s–1m)")
	f.StringVar(&cfg.evaluatorKey, "evaluator-key", "", "hex key that signs evaluation receipts (default: a dev key on the dev chain; required to evaluate on --rpc); prefer the environment or the file, a flag shows in ps")
	f.StringVar(&cfg.finetunePython, "finetune-python", "", "Python interpreter with torch, transformers and peft (make finetune-trainer makes finetune/trainer/.venv) that fine-tunes hf:ORG/NAME@REV bases from the Hugging Face cache (HF_HUB_CACHE); empty: such bases are refused")
	f.StringVar(&cfg.finetuneTrainer, "finetune-trainer", finetune.TrainerScript, "path of hokusai_trainer.py for --finetune-python")
	f.StringVar(&cfg.attesterKeys, "attester-keys", "", "comma-separated hex keys of the attesters this server runs (default: two dev keys on the dev chain); prefer the environment or the file")
	f.StringVar(&cfg.zkCeremonies, "zk-ceremonies", "", "directory of zkProof Groth16 ceremonies, one finished transcript per circuit shape (DIR/circuitVERSION-ROWSxINPUTSxCLASSES-OUTPUTS); default: zk/ in --data-dir, where the dev chain runs a local ceremony on first use")
	f.DurationVar(&cfg.settleInterval, "settle-interval", 2*time.Second, "time between settlement rounds")
	f.Int64Var(&cfg.settleThreshold, "settle-threshold", 1_000_000, "unsettled micro-USDC that starts a settlement round early")
	f.IntVar(&cfg.settleMaxEntries, "settle-max-entries", ledger.DefaultMaxEntries, "(consumer, model) entries per settlement batch")
	relayFlags(f, &cfg.relay)
	runnerFlags(f, &cfg.runners)
	// Crash drills for the tests, not settings to tune.
	f.StringVar(&cfg.settlePause, "settle-pause", "", "crash drills: journaled:DURATION or broadcast:DURATION pauses the settler there")
	f.StringVar(&cfg.evaluatorCrash, "evaluator-crash", "", "crash drills: after-broadcast exits once a mint is sent, before its receipt")
	_ = f.MarkHidden("settle-pause")
	_ = f.MarkHidden("evaluator-crash")
}

// defaultDataDir is ~/.hokusai (HOKUSAI_DATA_DIR overrides it through
// the configuration).
func defaultDataDir() string {
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
	txs      *txmgr.Manager // sends every platform transaction
	protocol *chain.Protocol
	db       *sqlite.DB // the SQLite file; nil on PostgreSQL
	stores   *stores
	blobs    blob.Store
	// blobsName says where the blobs are, for messages.
	blobsName string
	models    hokusai.ModelService
	http      *hhttp.Server
	cancel    context.CancelFunc
	done      chan struct{}
	closers   []func() error // the parts' close functions, in start order
	platform  *ecdsa.PrivateKey
	// ledger is the credits ledger: the start-up checks, the gateway's
	// charges and the ledger part's settler share it; Close closes it
	// after the parts.
	ledger *ledger.Service
	// vault is the chain indexer's credit-vault handler; the start-up
	// ledger checks read the vault and the router through it.
	vault *ledger.VaultHandler
	// metrics is this server's Prometheus registry (the gateway's series
	// and the ledger's gauges), served at /metrics with the process's
	// default collectors.
	metrics *prometheus.Registry
	// signed checks every wallet-signed request (EIP-712, see signreq).
	signed *signreq.Verifier
	// relays sends what the platform relays within its limits (serve_relay.go).
	relays *relay.Relay
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

func parseLogLevel(s, origin string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, hokusai.FieldErrorf("log-level", "Unknown log level %q (%s); use debug, info, warn or error.", s, origin)
	}
	return l, nil
}

// startServer opens the database and blob store, the chain (embedded or
// external), makes sure the protocol is deployed, starts the indexer, the
// server's parts (gateway, improve, ledger) and the HTTP server. On error
// everything already started is stopped.
func startServer(ctx context.Context, cfg *serveConfig) (_ *server, err error) {
	level, err := parseLogLevel(cfg.logLevel, cfg.origin("log-level"))
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
		return nil, hokusai.FieldErrorf("data-dir", "%s must name a directory.", cfg.origin("data-dir"))
	}
	if err := os.MkdirAll(cfg.dataDir, 0o700); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Cannot create the data directory %s (%s): %v.", cfg.dataDir, cfg.origin("data-dir"), err)
	}

	pre, err := inspectDataDir(cfg.dataDir, cfg.database)
	if err != nil {
		return nil, err
	}
	secretKey, err := openSecretKey(cfg)
	if err != nil {
		return nil, err
	}
	if s.stores, err = openStores(ctx, cfg, secretKey); err != nil {
		return nil, err
	}
	s.db = s.stores.sqlite
	blobs, blobsName, err := openBlobs(ctx, cfg)
	if err != nil {
		return nil, err
	}
	s.blobs, s.blobsName = blobs, blobsName

	platformKey, rpcURL, err := s.openChain(ctx)
	if err != nil {
		return nil, err
	}
	s.platform = platformKey
	if s.client, err = chain.Dial(ctx, rpcURL); err != nil {
		return nil, err
	}
	// Every platform transaction — deploys, mints, settlements — goes
	// through one transaction manager: written down before it is signed,
	// bumped when stuck, confirmed at --confirmations. A restart (or
	// another replica) finishes what was left in flight.
	s.client.Confirmations = s.confirmations()
	s.txs = txmgr.New(s.client, s.stores.Txs)
	s.txs.Logger = log.With("part", "txmgr")
	if s.node == nil {
		s.txs.ReplaceAfter = 30 * time.Second
	}
	s.client.Txs = s.txs
	s.txs.AddKey(platformKey)
	if err := s.txs.Resume(ctx); err != nil {
		log.Warn("resume transactions left in flight", "err", err)
	}
	opt := chain.EnsureOptions{Dev: s.node != nil, Log: func(msg string, args ...any) { log.Info(msg, args...) }}
	if cfg.usdc != "" {
		if !common.IsHexAddress(cfg.usdc) {
			return nil, hokusai.FieldErrorf("usdc", "%s %q is not a 0x address.", cfg.origin("usdc"), cfg.usdc)
		}
		opt.USDC = common.HexToAddress(cfg.usdc)
	}
	if cfg.treasury != "" {
		if !common.IsHexAddress(cfg.treasury) {
			return nil, hokusai.FieldErrorf("treasury", "%s %q is not a 0x address.", cfg.origin("treasury"), cfg.treasury)
		}
		opt.Treasury = common.HexToAddress(cfg.treasury)
	}
	statePath := cfg.protocolFile
	if statePath == "" {
		statePath = filepath.Join(cfg.dataDir, "protocol.json")
	}
	if s.protocol, err = chain.EnsureProtocolWith(ctx, s.client, platformKey, statePath, opt); err != nil {
		return nil, err
	}

	s.signed = &signreq.Verifier{
		Domain: signreq.Domain{ChainID: s.protocol.ChainID, Platform: s.protocol.Registry},
		Nonces: s.stores.Nonces,
	}
	models := s.stores.Models
	s.models = models
	// The credits ledger: the vault handler below, the start-up checks,
	// the gateway's charges and the settler share it.
	s.ledger = ledger.NewService(s.stores.Ledger)
	// One indexer reads the chain's events for every handler: models and
	// their sales from the registry, deposits and withdrawals from the
	// credit vault.
	handlers := []index.Handler{&index.Models{Client: s.client, Protocol: s.protocol, Models: models, Logger: log.With("part", "index")},
		&index.Owners{Client: s.client, Registry: s.protocol.Registry, Models: models, Logger: log.With("part", "index")},
		&index.Agents{Client: s.client, Registry: s.protocol.Registry, Ledger: s.stores.Agents},
		&index.Proposals{Client: s.client, Registry: s.protocol.Registry, Proposals: s.stores.Proposals}}
	if m := s.protocol.Mint; m != nil {
		s.vault = &ledger.VaultHandler{Ledger: s.ledger, Client: s.client, Vault: m.Vault, FromBlock: m.Block}
		handlers = append(handlers, s.vault)
	}
	ix := &index.Indexer{
		Chain:         s.client.Backend,
		Blocks:        s.stores.Blocks,
		Handlers:      handlers,
		Name:          "chain:" + strings.ToLower(s.protocol.Registry.Hex()),
		FromBlock:     s.protocol.DeployBlock,
		Confirmations: s.confirmations(),
		Logger:        log.With("part", "index"),
	}
	if s.stores.postgres != nil {
		// Replicas share the database: the one holding the lease indexes.
		// (A SQLite file has one server, which needs no lease.)
		ix.Leases = s.stores.Leases
	}
	if err := s.checkDatabase(ctx, pre, ix); err != nil {
		return nil, err
	}
	// With replicas, the one holding the indexer's lease catches up; the
	// others serve what it has indexed.
	if _, err := ix.Sync(ctx); err != nil {
		return nil, fmt.Errorf("index the chain: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	go func() {
		defer close(s.done)
		txsDone := make(chan struct{})
		go func() {
			defer close(txsDone)
			s.txs.Run(runCtx, time.Second)
		}()
		if err := ix.Run(runCtx); err != nil && !errors.Is(err, context.Canceled) {
			log.Error("indexer stopped", "err", err)
		}
		<-txsDone
	}()

	info := s.protocol.Info(rpcURL)
	s.http = hhttp.NewServer(hhttp.Config{
		Addr:         cfg.httpAddr,
		Logger:       log,
		ModelService: models,
		Market:       s.stores.Market,
		Registry:     s.stores.Registry,
		ChainInfo:    func() hokusai.ChainInfo { return info },
		Metrics:      prometheus.Gatherers{s.metrics, prometheus.DefaultGatherer},
		Fallback:     web.Handler(),
	})
	(&hhttp.Versions{
		Models:    models,
		Registry:  s.stores.Registry,
		Blobs:     blobs,
		TempDir:   filepath.Join(cfg.dataDir, "tmp"),
		Signed:    s.signed,
		Whitelist: s.stores.Whitelist,
		Keys:      s.stores.Keys,
		Logger:    log,
	}).Register(s.http)
	if err := os.MkdirAll(filepath.Join(cfg.dataDir, "tmp"), 0o700); err != nil {
		return nil, err
	}
	// The contribution store (mint journal, contributions) serves the
	// start-up mint check as well as the improve part.
	contribs := contrib.New(s.stores.Contributions)
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
		{"gateway", func() (func() error, error) { return startGateway(runCtx, s, s.ledger) }},
		{"improve", func() (func() error, error) { return startImprove(runCtx, s, contribs) }},
		{"finetune", func() (func() error, error) { return startFineTune(runCtx, s, contribs) }},
		{"ledger", func() (func() error, error) { return startLedger(runCtx, s, s.ledger) }},
		{"dao", func() (func() error, error) { return startDAO(s) }},
		{"market", func() (func() error, error) { return startMarket(runCtx, s) }},
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
	if s.stores != nil {
		errs = append(errs, s.stores.Close())
	}
	return errors.Join(errs...)
}

// printBanner tells the user where everything is.
func (s *server) printBanner(ctx context.Context, out io.Writer) {
	info := s.protocol.Info(s.client.RPCURL)
	fmt.Fprintf(out, "Hokusai is running.\n\n")
	fmt.Fprintf(out, "  Portal     %s/\n", s.http.URL())
	fmt.Fprintf(out, "  REST API   %s   (OpenAPI: %s/openapi.yaml)\n", s.http.URL(), s.http.URL())
	fmt.Fprintf(out, "  Chain RPC  %s   (chain id %d%s)\n", info.RPCURL, info.ChainID, map[bool]string{true: ", embedded dev chain", false: ""}[info.Dev])
	fmt.Fprintf(out, "  Data dir   %s\n", s.cfg.dataDir)
	fmt.Fprintf(out, "  Blobs      %s\n\n", s.blobsName)
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
		fmt.Fprintln(out)
		printDevAccounts(ctx, out, s.client, s.protocol)
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
