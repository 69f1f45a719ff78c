package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
)

var (
	eth18 = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	e16   = new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil)
)

func wad(num, den int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(num), eth18), big.NewInt(den))
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), eth18) }

// mintEnv is the issue-2 protocol plus the mint contracts on a simulated
// chain, with one model configured for 2-of-3 oracle attesters.
type mintEnv struct {
	t         testing.TB
	ctx       context.Context
	sim       *chain.Simulated
	c         *chain.Client
	admin     *ecdsa.PrivateKey // registry and mint-contract admin, settler
	owner     *ecdsa.PrivateKey // the model's owner
	d         *chain.Deployment
	m         *chain.MintDeployment
	attesters []*ecdsa.PrivateKey
	model     uint64
	token     common.Address
	pool      common.Address
	tickers   int
	declared  map[uint64]*big.Int // each model's declared baseline, committed as its measured head
}

// testBenchmark is the benchmark hash the environment commits for every model.
var testBenchmark = crypto.Keccak256Hash([]byte("test benchmark"))

// newMintEnv runs on the Osaka schedule, as the embedded dev chain does.
func newMintEnv(t testing.TB) *mintEnv { return newMintEnvWith(t, osakaSchedule) }

// osakaSchedule runs the simulated chain without the Amsterdam and later
// forks, whose state-creation gas (about 100,000 more per new storage slot)
// the gas targets predate.
func osakaSchedule(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	ec.Genesis.Config = &cfg
}

func newMintEnvWith(t testing.TB, opts ...func(*node.Config, *ethconfig.Config)) *mintEnv {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for i := 0; i < devchain.DevAccounts; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	sim := &chain.Simulated{Backend: simulated.NewBackend(alloc, opts...)}
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txmgrtest.Attach(t, c)
	e := &mintEnv{t: t, ctx: ctx, sim: sim, c: c, admin: devchain.DevKey(0), owner: devchain.DevKey(1), declared: map[uint64]*big.Int{}}
	e.d, err = chain.DeployProtocol(ctx, c, e.admin, chain.DeployConfig{})
	if err != nil {
		t.Fatal(err)
	}
	e.m, err = chain.DeployMintProtocol(ctx, c, e.admin, e.d,
		chain.MintDeployConfig{Settlers: []common.Address{devchain.DevAddress(0)}})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		e.attesters = append(e.attesters, k)
	}
	e.model, e.token, e.pool = e.createModel(0, 0, wad(884, 1000), nil)
	e.configure(e.model, 2, tokens(100_000), tokens(500_000), tokens(10_000_000))
	return e
}

// createModel creates a model owned by e.owner and returns its id, token and pool.
func (e *mintEnv) createModel(metric, direction uint8, baseline, deltaOne *big.Int) (uint64, common.Address, common.Address) {
	e.t.Helper()
	e.tickers++
	ticker := string([]byte{'M', 'D', byte('A' + e.tickers/26), byte('A' + e.tickers%26)})
	f := bindings.NewModelFactory()
	data := f.PackCreateModel(bindings.ModelFactoryCreateModelParams{
		Name: "model " + ticker, Ticker: ticker, Metric: metric, Direction: direction,
		Baseline: baseline, DeltaOne: orZero(deltaOne), License: 0,
		InitialSupply: tokens(1_000_000), TokensPerDeltaOne: tokens(100_000), ExpectedDeltaOnes: big.NewInt(5),
		Metadata: "{}",
	})
	if _, err := e.c.Send(e.ctx, e.owner, chain.Tx{To: &e.d.Factory, Data: data, ABIs: chain.ProtocolABIs()}); err != nil {
		e.t.Fatal(err)
	}
	reg := bindings.NewModelRegistry()
	out := e.callRaw(e.d.Registry, reg.PackModelCount())
	n, _ := reg.UnpackModelCount(out)
	acc, err := reg.UnpackModelAccounts(e.callRaw(e.d.Registry, reg.PackModelAccounts(n)))
	if err != nil {
		e.t.Fatal(err)
	}
	e.declared[n.Uint64()] = baseline
	return n.Uint64(), acc.Token, acc.Pool
}

// configure sets 2-of-3 (or k-of-3) attesters, rewards and a budget for
// model, and commits testBenchmark with the declared baseline as the head.
func (e *mintEnv) configure(model uint64, k uint8, perDeltaOne, maxReward, budget *big.Int) {
	e.t.Helper()
	if _, err := e.c.ConfigureVerifier(e.ctx, e.owner, e.m.Verifier, model, chain.VerifierSettings{
		Method: chain.MethodOracle, K: k, Attesters: e.attesterAddrs(),
	}); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.CommitBenchmark(e.ctx, e.admin, e.m.Verifier, model, chain.BenchmarkCommit{
		BenchmarkHash: testBenchmark, HeadScore: e.declared[model], HeadDigest: common.HexToHash("0xbase"),
	}); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.ConfigureTokenManager(e.ctx, e.owner, e.m.TokenManager, model, chain.RewardSettings{
		TokensPerDeltaOne: perDeltaOne, MaxReward: maxReward,
	}); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.SetMintBudget(e.ctx, e.admin, e.m.TokenManager, model, budget); err != nil {
		e.t.Fatal(err)
	}
}

func (e *mintEnv) attesterAddrs() []common.Address {
	var out []common.Address
	for _, k := range e.attesters {
		out = append(out, crypto.PubkeyToAddress(k.PublicKey))
	}
	return out
}

func (e *mintEnv) domain() chain.MintDomain {
	return chain.MintDomain{ChainID: e.c.ChainID, Verifier: e.m.Verifier}
}

func (e *mintEnv) now() uint64 {
	h, err := e.sim.Backend.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// advance moves the chain's clock forward by d and seals a block.
func (e *mintEnv) advance(d time.Duration) {
	if err := e.sim.AdjustTime(d); err != nil {
		e.t.Fatal(err)
	}
}

var keyCounter int64

// request builds a valid request improving model's head by improvement.
func (e *mintEnv) request(model uint64, improvement *big.Int, contributors ...chain.Contributor) *chain.MintRequest {
	e.t.Helper()
	head, _, err := e.c.VerifierHead(e.ctx, e.m.Verifier, model)
	if err != nil {
		e.t.Fatal(err)
	}
	cfgDir := e.direction(model)
	cand := new(big.Int).Add(head, improvement)
	if cfgDir == 1 {
		cand = new(big.Int).Sub(head, improvement)
	}
	if len(contributors) == 0 {
		contributors = []chain.Contributor{{Account: devchain.DevAddress(7), WeightBps: 10_000}}
	}
	keyCounter++
	return &chain.MintRequest{
		ModelID: model, BaselineScore: head, CandidateScore: cand,
		CandidateDigest: crypto.Keccak256Hash([]byte("candidate"), big.NewInt(keyCounter).Bytes()),
		DatasetDigest:   crypto.Keccak256Hash([]byte("dataset")),
		BenchmarkHash:   testBenchmark,
		ReceiptHash:     crypto.Keccak256Hash([]byte("receipt"), big.NewInt(keyCounter).Bytes()),
		SampleCount:     1000, LowerBound: big.NewInt(1e15),
		Contributors:   contributors,
		IdempotencyKey: crypto.Keccak256Hash([]byte("key"), big.NewInt(keyCounter).Bytes()),
		Deadline:       e.now() + 3600,
	}
}

func (e *mintEnv) direction(model uint64) uint8 {
	v := bindings.NewDeltaOneVerifier()
	cfg, err := v.UnpackConfig(e.callRaw(e.m.Verifier, v.PackConfig(new(big.Int).SetUint64(model))))
	if err != nil {
		e.t.Fatal(err)
	}
	return cfg.Direction
}

// sign returns signatures of the first k attesters, sorted.
func (e *mintEnv) sign(r *chain.MintRequest, k int) []chain.MintSignature {
	e.t.Helper()
	sigs, err := chain.SignMintRequestBy(e.domain(), r, e.attesters[:k]...)
	if err != nil {
		e.t.Fatal(err)
	}
	return sigs
}

func (e *mintEnv) callRaw(to common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := e.c.Backend.CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatal(chain.DecodeError(err, chain.ProtocolABIs()...))
	}
	return out
}

func (e *mintEnv) erc20Balance(token, who common.Address) *big.Int {
	t := bindings.NewMockUSDC()
	v, err := t.UnpackBalanceOf(e.callRaw(token, t.PackBalanceOf(who)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *mintEnv) totalSupply(token common.Address) *big.Int {
	t := bindings.NewMockUSDC()
	v, err := t.UnpackTotalSupply(e.callRaw(token, t.PackTotalSupply()))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// revertName returns the custom error a failed call or transaction reverted with.
func revertName(err error) string {
	var re *chain.RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
