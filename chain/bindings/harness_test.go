package bindings_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
)

var (
	wad    = big.NewInt(1e18)
	usdc1  = big.NewInt(1e6) // one USDC in micro-USDC
	txGas  = uint64(10_000_000)
	farOff = big.NewInt(1 << 40) // a deadline that never passes
)

// actor is a funded account.
type actor struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// env is a simulated chain with the protocol deployed.
type env struct {
	t        testing.TB
	sim      *simulated.Backend
	client   simulated.Client
	admin    actor
	users    []actor
	dep      *chain.Deployment
	registry *bind.BoundContract
	factory  *bind.BoundContract
	usdc     *bind.BoundContract
	abis     []*abi.ABI
}

var (
	regABI   = bindings.NewModelRegistry()
	facABI   = bindings.NewModelFactory()
	tokABI   = bindings.NewModelToken()
	poolABI  = bindings.NewModelPool()
	vestABI  = bindings.NewOwnerVesting()
	usdcABI  = bindings.NewMockUSDC()
	allABIs  []*abi.ABI
	testKeys []*ecdsa.PrivateKey
)

func init() {
	for _, m := range []*bind.MetaData{&bindings.ModelRegistryMetaData, &bindings.ModelFactoryMetaData, &bindings.ModelTokenMetaData, &bindings.ModelPoolMetaData, &bindings.OwnerVestingMetaData, &bindings.MockUSDCMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic(err)
		}
		allABIs = append(allABIs, a)
	}
	for i := 0; i < 6; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("hokusai test key %d", i))))
		testKeys = append(testKeys, k)
	}
}

func newEnv(t testing.TB) *env { return newEnvRules(t, true) }

// newEnvRules starts the chain under Osaka rules, or under go-ethereum's dev preset
// (AllDevChainProtocolChanges: Amsterdam and later forks) when osakaRules is false.
func newEnvRules(t testing.TB, osakaRules bool) *env {
	t.Helper()
	alloc := types.GenesisAlloc{}
	var actors []actor
	for _, k := range testKeys {
		a := actor{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		actors = append(actors, a)
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	opts := []func(*node.Config, *ethconfig.Config){simulated.WithBlockGasLimit(60_000_000)}
	if osakaRules {
		opts = append(opts, osaka)
	}
	sim := simulated.NewBackend(alloc, opts...)
	t.Cleanup(func() { sim.Close() })
	e := &env{t: t, sim: sim, client: sim.Client(), admin: actors[0], users: actors[1:], abis: allABIs}
	dep, err := chain.DeployProtocol(context.Background(), e.chainClient(), e.admin.key, chain.DeployConfig{})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.dep = dep
	e.registry = regABI.Instance(e.client, dep.Registry)
	e.factory = facABI.Instance(e.client, dep.Factory)
	e.usdc = usdcABI.Instance(e.client, dep.USDC)
	return e
}

// osaka runs the simulated chain under Osaka rules (mainnet's, and the embedded dev chain's:
// see devchain.OsakaSchedule), not go-ethereum's dev preset with Amsterdam and later forks,
// whose state-gas repricing (EIPs 8037/8038) roughly triples storage costs.
func osaka(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	ec.Genesis.Config = &cfg
}

func (e *env) opts(a actor) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(a.key, big.NewInt(1337))
	o.Context = context.Background()
	return o
}

// send mines a transaction with a fixed gas limit (so a reverting one is mined too) and
// returns its receipt and, for a revert, the decoded custom error.
func (e *env) send(from actor, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	e.t.Helper()
	ctx := context.Background()
	msg := ethereum.CallMsg{From: from.addr, To: ptr(c.Address()), Data: data}
	_, callErr := e.client.CallContract(ctx, msg, nil)
	o := e.opts(from)
	o.GasLimit = txGas
	tx, err := bind.Transact(c, o, data)
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		if callErr == nil {
			e.t.Fatalf("transaction reverted on chain (gas used %d) but its call succeeded", r.GasUsed)
		}
		return r, decodeRevert(callErr)
	}
	if callErr != nil {
		e.t.Fatalf("call failed (%v) but the transaction succeeded", callErr)
	}
	return r, nil
}

// must sends and fails the test on a revert.
func (e *env) must(from actor, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.send(from, c, data)
	if err != nil {
		e.t.Fatalf("unexpected revert: %v", err)
	}
	return r
}

func ptr[T any](v T) *T { return &v }

// customError is a decoded revert.
type customError struct {
	Name string
	Args []any
}

func (c *customError) Error() string { return fmt.Sprintf("%s%v", c.Name, c.Args) }

func decodeRevert(err error) error {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) {
			if s, ok := de.ErrorData().(string); ok {
				data = common.FromHex(s)
			}
		}
	}
	if len(data) < 4 {
		return fmt.Errorf("undecodable revert: %w", err)
	}
	for _, a := range allABIs {
		for name, ae := range a.Errors {
			if string(ae.ID[:4]) == string(data[:4]) {
				args, uerr := ae.Inputs.Unpack(data[4:])
				if uerr != nil {
					return fmt.Errorf("unpack %s: %w", name, uerr)
				}
				return &customError{Name: name, Args: args}
			}
		}
	}
	return fmt.Errorf("unknown revert %x: %w", data, err)
}

// anyArg matches any value of a custom error's argument (e.g. a block timestamp).
type anyArg struct{}

// wantRevert asserts err is the custom error name with args (compared by fmt %v).
func wantRevert(t fataler, err error, name string, args ...any) {
	t.Helper()
	var ce *customError
	if !errors.As(err, &ce) {
		t.Fatalf("want revert %s, got %v", name, err)
	}
	if ce.Name != name {
		t.Fatalf("want revert %s, got %s", name, ce)
	}
	if args != nil {
		if len(args) != len(ce.Args) {
			t.Fatalf("%s: got %d args %v, want %d", name, len(ce.Args), ce.Args, len(args))
		}
		for i, a := range args {
			if _, skip := a.(anyArg); skip {
				continue
			}
			if got, want := fmt.Sprint(ce.Args[i]), fmt.Sprint(a); got != want {
				t.Fatalf("%s arg %d: got %s, want %s (all %v)", name, i, got, want, ce.Args)
			}
		}
	}
}

func call[T any](t testing.TB, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return v
}

// callErr returns a view call's decoded revert.
func callErr(e *env, c *bind.BoundContract, data []byte) error {
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: ptr(c.Address()), Data: data}, nil)
	if err == nil {
		return nil
	}
	return decodeRevert(err)
}

// model is a created model's contracts.
type model struct {
	id      *big.Int
	owner   actor
	token   *bind.BoundContract
	pool    *bind.BoundContract
	vesting *bind.BoundContract
}

func defaultParams(ticker string) bindings.ModelFactoryCreateModelParams {
	return bindings.ModelFactoryCreateModelParams{
		Name:              "Sentiment " + ticker,
		Ticker:            ticker,
		Metric:            0,
		Direction:         0,
		Baseline:          big.NewInt(884e15),
		DeltaOne:          new(big.Int),
		License:           0,
		InitialSupply:     new(big.Int).Mul(big.NewInt(1_000_000), wad),
		TokensPerDeltaOne: new(big.Int).Mul(big.NewInt(100_000), wad),
		ExpectedDeltaOnes: big.NewInt(5),
		Metadata:          `{"description":"test","category":"NLP","tags":["a"]}`,
	}
}

func (e *env) createModel(owner actor, p bindings.ModelFactoryCreateModelParams) *model {
	e.t.Helper()
	e.must(owner, e.factory, facABI.PackCreateModel(p))
	id := call(e.t, e.registry, regABI.PackModelIdByTicker(p.Ticker), regABI.UnpackModelIdByTicker)
	m := call(e.t, e.registry, regABI.PackGetModel(id), regABI.UnpackGetModel)
	return &model{
		id:      id,
		owner:   owner,
		token:   tokABI.Instance(e.client, m.Token),
		pool:    poolABI.Instance(e.client, m.Pool),
		vesting: vestABI.Instance(e.client, m.Vesting),
	}
}

// fund mints USDC to a and approves spender for all of it.
func (e *env) fund(a actor, amount *big.Int, spender common.Address) {
	e.t.Helper()
	e.must(a, e.usdc, usdcABI.PackMint(a.addr, amount))
	e.must(a, e.usdc, usdcABI.PackApprove(spender, new(big.Int).Lsh(big.NewInt(1), 255)))
}

func (e *env) usdcBalance(a common.Address) *big.Int {
	return call(e.t, e.usdc, usdcABI.PackBalanceOf(a), usdcABI.UnpackBalanceOf)
}

func (e *env) tokenBalance(m *model, a common.Address) *big.Int {
	return call(e.t, m.token, tokABI.PackBalanceOf(a), tokABI.UnpackBalanceOf)
}

// advance moves the chain's clock forward by d (an empty block).
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	// The tx pool drops mined transactions asynchronously; until it has, AdjustTime
	// refuses ("non-empty block"), so retry briefly.
	var err error
	for i := 0; i < 200; i++ {
		if err = e.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("adjust time: %v", err)
}

func (e *env) now() uint64 {
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

func usd(x float64) *big.Int { return big.NewInt(int64(x * 1e6)) }

func tokensWei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), wad) }

var _ = strings.Contains

func asCustom(err error, target **customError) bool { return errors.As(err, target) }

// fataler is what testing.T and rapid.T share.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// chainClient returns a chain client over the simulated chain that seals
// a block per transaction and sends through a transaction manager.
func (e *env) chainClient() *chain.Client {
	e.t.Helper()
	c, err := (&chain.Simulated{Backend: e.sim}).Client(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	txmgrtest.Attach(e.t, c)
	return c
}
