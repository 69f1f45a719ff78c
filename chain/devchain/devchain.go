// Package devchain runs the embedded development chain: a real go-ethereum
// node in dev mode, persisted in a data directory, that seals a block for
// every transaction and answers JSON-RPC (eth, net, web3) on localhost, so
// MetaMask, ethers, viem or cast can use it.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the dev chain's chain id (go-ethereum's dev-mode default).
const ChainID = 1337

// DevAccounts is how many deterministic dev accounts the genesis funds.
const DevAccounts = 10

// DefaultRPCAddr is where JSON-RPC listens unless Config.RPCAddr says otherwise.
const DefaultRPCAddr = "127.0.0.1:8545"

// nodeName names the node's directory inside DataDir (its chain is in
// DataDir/hokusai-devchain/chaindata).
const nodeName = "hokusai-devchain"

// GasLimit is the dev chain's block gas limit.
const GasLimit = 60_000_000

// DevBalance is the ETH (in wei) each dev account starts with: 1,000,000 ETH.
var DevBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// DevKey returns dev account i's private key, derived deterministically
// from keccak256("hokusai dev account " + i). Account 0 is the platform key
// (deployer, admin, treasury). It panics when i is out of range.
func DevKey(i int) *ecdsa.PrivateKey {
	if i < 0 || i >= DevAccounts {
		panic(fmt.Sprintf("devchain: dev account %d out of range [0,%d)", i, DevAccounts))
	}
	seed := crypto.Keccak256([]byte("hokusai dev account " + strconv.Itoa(i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(fmt.Sprintf("devchain: dev key %d: %v", i, err)) // only for a seed ≥ the curve order: never for these
	}
	return k
}

// DevAddress returns dev account i's address.
func DevAddress(i int) common.Address { return crypto.PubkeyToAddress(DevKey(i).PublicKey) }

// Config configures the embedded dev chain.
type Config struct {
	DataDir string       // where the chain persists; required
	RPCAddr string       // host:port for JSON-RPC on a loopback host; default 127.0.0.1:8545, port 0 picks one
	Logger  *slog.Logger // receives the node's warnings and errors; default stderr
}

// Node is a running dev chain.
type Node struct {
	stack   *node.Node
	beacon  *catalyst.SimulatedBeacon
	backend *eth.Ethereum
	synced  event.Subscription // head events that flush the database
	flushed *atomic.Uint64     // the newest head known to be on disk
	once    sync.Once
	err     error
}

// Genesis returns the dev chain's genesis: go-ethereum's dev genesis with
// every dev account funded, on the Osaka schedule (see OsakaSchedule).
func Genesis() *core.Genesis {
	dev0 := DevAddress(0)
	g := core.DeveloperGenesisBlock(GasLimit, &dev0)
	g.Config = OsakaSchedule(g.Config)
	for i := 0; i < DevAccounts; i++ {
		g.Alloc[DevAddress(i)] = types.Account{Balance: new(big.Int).Set(DevBalance)}
	}
	return g
}

// Start opens (or creates) the dev chain in cfg.DataDir and starts it. A
// chain already in DataDir is resumed with its state; a new one starts from
// Genesis.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("dev chain: data dir required")
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	addr := cfg.RPCAddr
	if addr == "" {
		addr = DefaultRPCAddr
	}
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("dev chain: rpc address %q: %w", addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return nil, fmt.Errorf("dev chain: rpc address %q: bad port", addr)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("dev chain: rpc address %q: the dev chain listens on a loopback address only (127.0.0.1)", addr)
	}
	fresh := rawdb.PreexistingDatabase(filepath.Join(cfg.DataDir, nodeName, "chaindata")) == ""
	setLogger(cfg.Logger, fresh)

	stack, err := node.New(&node.Config{
		Name:             nodeName,
		DataDir:          cfg.DataDir,
		HTTPHost:         host,
		HTTPPort:         port,
		HTTPModules:      []string{"eth", "net", "web3", ClockNamespace},
		HTTPVirtualHosts: []string{"localhost", "127.0.0.1"},
		HTTPCors:         []string{"*"}, // browsers (the web UI, ethers in a page) may call the local chain; it holds no unlocked keys
		HTTPTimeouts:     rpc.DefaultHTTPTimeouts,
		P2P: p2p.Config{
			MaxPeers:    0,
			NoDiscovery: true,
			NoDial:      true,
			ListenAddr:  "",
		},
		BatchRequestLimit:    1000,
		BatchResponseMaxSize: 25 * 1000 * 1000,
		HTTPBodyLimit:        5 * 1024 * 1024,
	})
	if err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	n, err := startEth(stack)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	select {
	case <-ctx.Done():
		n.Close()
		return nil, ctx.Err()
	default:
	}
	return n, nil
}

func startEth(stack *node.Node) (*Node, error) {
	conf := ethconfig.Defaults
	conf.NetworkId = ChainID
	conf.SyncMode = ethconfig.FullSync
	conf.TxPool.NoLocals = true
	conf.DatabaseCache = 64
	conf.TrieCleanCache = 32
	conf.TrieDirtyCache = 32
	conf.SnapshotCache = 0 // no snapshot: rebuilt on every start otherwise, and a dev chain is small
	conf.Miner.GasPrice = big.NewInt(1)
	conf.Miner.GasCeil = GasLimit
	conf.Genesis = Genesis()
	// Crash safety: go-ethereum's default path-based state keeps recent
	// state in memory and writes it on a clean shutdown only, so a killed
	// process would restart from genesis. A new dev chain therefore uses
	// hash-based state in archive mode, which writes every block's state
	// as the block is inserted (a dev chain is small). The marker file
	// says which chains were created that way.
	marker := stack.ResolvePath("hokusai-archive")
	if rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) != "" {
		// A chain already on disk keeps its own genesis; passing ours again
		// would be checked against it and could refuse to start after an upgrade.
		conf.Genesis = nil
		if _, err := os.Stat(marker); err == nil {
			conf.StateScheme, conf.NoPruning = rawdb.HashScheme, true
		}
	} else {
		if err := os.MkdirAll(filepath.Dir(marker), 0o700); err != nil {
			return nil, err
		}
		if err := os.WriteFile(marker, []byte("hash-based state, archive mode: every block's state is on disk\n"), 0o600); err != nil {
			return nil, err
		}
		conf.StateScheme, conf.NoPruning = rawdb.HashScheme, true
	}
	backend, err := eth.New(stack, &conf)
	if err != nil {
		return nil, err
	}
	if id := backend.BlockChain().Config().ChainID; id == nil || id.Uint64() != ChainID {
		return nil, fmt.Errorf("the chain in %s has chain id %v, not the dev chain's %d", stack.ResolvePath("chaindata"), id, ChainID)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	// Period 0: the beacon seals a block as soon as a transaction arrives.
	beacon, err := catalyst.NewSimulatedBeacon(0, DevAddress(0), backend)
	if err != nil {
		return nil, err
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	clock := &clockAPI{}
	stack.RegisterAPIs([]rpc.API{{Namespace: ClockNamespace, Service: clock}})
	stack.RegisterLifecycle(beacon)
	flushed := new(atomic.Uint64)
	n := &Node{stack: stack, beacon: beacon, backend: backend, flushed: flushed}
	// The clock API is registered before Start: the node refuses APIs after.
	clock.n = n
	if err := stack.Start(); err != nil {
		return nil, err
	}
	n.synced = syncEachBlock(backend, flushed)
	return n, nil
}

// syncEachBlock flushes the database to disk after every new head and
// records the head it flushed in flushed. The key-value store buffers
// recent writes (blocks, receipts, the head marker) until about half a
// megabyte piles up, so without this a killed process would restart a few
// blocks behind, losing transactions users already saw mined. What is left
// is the moment between a head becoming visible and its flush (about a
// millisecond); journaled senders re-send what a crash lost there.
func syncEachBlock(backend *eth.Ethereum, flushed *atomic.Uint64) event.Subscription {
	heads := make(chan core.ChainHeadEvent, 16)
	sub := backend.BlockChain().SubscribeChainHeadEvent(heads)
	db := backend.ChainDb()
	go func() {
		for {
			select {
			case ev := <-heads:
				if err := db.SyncKeyValue(); err != nil {
					log.Warn("dev chain: flush to disk", "err", err)
					continue
				}
				if ev.Header != nil {
					flushed.Store(ev.Header.Number.Uint64())
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub
}

// OsakaSchedule returns a copy of cfg without the Amsterdam and later forks
// that go-ethereum v1.17's dev config enables: their state-creation gas
// (EIP-8037, about 100,000 more per new storage slot) is on no public chain
// yet, makes gas estimates unreliable, and would make the dev chain's gas
// figures disagree with the contracts' benchmarks.
func OsakaSchedule(cfg *params.ChainConfig) *params.ChainConfig {
	c := *cfg
	c.AmsterdamTime, c.BogotaTime, c.UBTTime = nil, nil, nil
	return &c
}

// RPCURL is the node's JSON-RPC endpoint, e.g. http://127.0.0.1:8545.
func (n *Node) RPCURL() string { return n.stack.HTTPEndpoint() }

// FlushedBlock is the newest block known to be on disk: a process killed
// now restarts at least there.
func (n *Node) FlushedBlock() uint64 { return n.flushed.Load() }

// BlockNumber is the current head's number.
func (n *Node) BlockNumber() uint64 { return n.backend.BlockChain().CurrentBlock().Number.Uint64() }

// Close stops the node and flushes its state to disk; later Close calls
// return the first one's result.
func (n *Node) Close() error {
	n.once.Do(func() {
		n.synced.Unsubscribe()
		n.err = n.stack.Close()
	})
	return n.err
}

var logOnce sync.Mutex

// setLogger routes go-ethereum's global logger to l at warning level and
// above, so a running node is quiet unless something is wrong.
func setLogger(l *slog.Logger, fresh bool) {
	logOnce.Lock()
	defer logOnce.Unlock()
	var h slog.Handler
	if l != nil {
		h = l.Handler()
	} else {
		h = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})
	}
	log.SetDefault(log.NewLogger(minLevel{h, slog.LevelWarn, fresh}))
}

// minLevel drops records below a level before they reach the inner handler.
type minLevel struct {
	slog.Handler
	min   slog.Level
	fresh bool // a new chain: its missing head block is expected, not news
}

func (m minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= m.min && m.Handler.Enabled(ctx, l)
}

// Handle drops go-ethereum's expected dev-mode chatter: every failed RPC
// call is logged as "Served …" (a receipt not mined yet, a reverting
// estimate), and the P2P server warns that it has no peers, by design.
func (m minLevel) Handle(ctx context.Context, r slog.Record) error {
	if strings.HasPrefix(r.Message, "Served ") || strings.HasPrefix(r.Message, "P2P server will be useless") {
		return nil
	}
	if m.fresh && r.Message == "Head block is not reachable" {
		return nil
	}
	return m.Handler.Handle(ctx, r)
}

func (m minLevel) WithAttrs(a []slog.Attr) slog.Handler {
	return minLevel{m.Handler.WithAttrs(a), m.min, m.fresh}
}

func (m minLevel) WithGroup(g string) slog.Handler {
	return minLevel{m.Handler.WithGroup(g), m.min, m.fresh}
}
