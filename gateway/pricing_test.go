package gateway_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/gateway"
)

// TestChainPrices reads the price per call from a deployed TokenManager on
// the simulated chain (F20's starting price for a model without a vote),
// and keeps serving the last price when the chain goes away.
func TestChainPrices(t *testing.T) {
	ctx := context.Background()
	alloc := types.GenesisAlloc{devchain.DevAddress(0): {Balance: new(big.Int).Set(devchain.DevBalance)}}
	sim := &chain.Simulated{Backend: simulated.NewBackend(alloc)}
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txmgrtest.Attach(t, c)
	admin := devchain.DevKey(0)
	d, err := chain.DeployProtocol(ctx, c, admin, chain.DeployConfig{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.DeployMintProtocol(ctx, c, admin, d,
		chain.MintDeployConfig{Settlers: []common.Address{devchain.DevAddress(0)}})
	if err != nil {
		t.Fatal(err)
	}
	p := &gateway.ChainPrices{Client: c, Manager: m.TokenManager}
	got, err := p.PricePerCall(ctx, 1)
	if err != nil || got != 2000 {
		t.Fatalf("price %d, %v; want 2000 micro-USDC", got, err)
	}
	sim.Close()
	p.TTL = -1 // every call goes to the chain, which is gone: the last price stands
	if got, err := p.PricePerCall(ctx, 1); err != nil || got != 2000 {
		t.Fatalf("stale price %d, %v", got, err)
	}
	if _, err := p.PricePerCall(ctx, 2); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("unknown price with the chain down: %v", err)
	}
}

// F20's starting price splits into 0.001 compute, 0.0005 storage and 0.0005 network; every
// price's parts sum to it exactly, compute is half (rounded down) and storage a quarter.
func TestSplitPrice(t *testing.T) {
	if p := gateway.SplitPrice(2000); p.ComputeMicros != 1000 || p.StorageMicros != 500 || p.NetworkMicros != 500 ||
		p.Compute != "0.001" || p.Storage != "0.0005" || p.Network != "0.0005" {
		t.Fatalf("SplitPrice(2000) = %+v", p)
	}
	rapid.Check(t, func(rt *rapid.T) {
		price := rapid.Int64Range(0, 1<<62).Draw(rt, "price")
		p := gateway.SplitPrice(price)
		if p.ComputeMicros+p.StorageMicros+p.NetworkMicros != price || p.ComputeMicros != price/2 || p.StorageMicros != price/4 ||
			p.NetworkMicros < p.StorageMicros || p.NetworkMicros > p.StorageMicros+2 {
			rt.Fatalf("SplitPrice(%d) = %+v", price, p)
		}
	})
}

// The DAO path end to end on the simulated chain: the owner cannot set the price; a price
// proposal is voted by signature by a holder with no ETH (the platform relays it), passes, is
// executed after the timelock, and 15 days into the 30-day ramp the gateway charges the
// half-way price, split into its parts.
func TestChainPricesFollowDAOVote(t *testing.T) {
	ctx := context.Background()
	alloc := types.GenesisAlloc{}
	for i := 0; i < 3; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	sim := &chain.Simulated{Backend: simulated.NewBackend(alloc)}
	defer sim.Close()
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txmgrtest.Attach(t, c)
	admin, owner := devchain.DevKey(0), devchain.DevKey(1)
	d, err := chain.DeployProtocol(ctx, c, admin, chain.DeployConfig{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.DeployMintProtocol(ctx, c, admin, d, chain.MintDeployConfig{})
	if err != nil {
		t.Fatal(err)
	}
	s := &chain.Session{Client: c, Protocol: &chain.Protocol{Registry: d.Registry, Factory: d.Factory, USDC: d.USDC}}
	created, err := s.CreateModel(ctx, owner, chain.CreateModelParams{Name: "Priced", Ticker: "PRCD", Metric: hokusai.MetricAccuracy,
		Baseline: new(big.Int).Div(hokusai.WAD, big.NewInt(2)), Supply: hokusai.Supply{InitialSupply: 1_000_000, TokensPerDeltaOne: 1_000, ExpectedDeltaOnes: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SetPricePerCall(ctx, owner, m.TokenManager, created.ID, 4000); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("the owner set the price alone: %v", err)
	}
	dao, err := c.ModelDAO(ctx, d.Registry, created.ID)
	if err != nil || dao.Agent != created.Agent {
		t.Fatalf("dao %+v (created agent %v): %v", dao, created.Agent, err)
	}
	// The owner's launch tokens (10% of the supply: the quorum) go to a holder with no ETH.
	vest, tok := bindings.NewOwnerVesting(), bindings.NewModelToken()
	if _, err := c.Send(ctx, admin, chain.Tx{To: &created.Vesting, Data: vest.PackRelease()}); err != nil {
		t.Fatal(err)
	}
	poor, _ := crypto.GenerateKey()
	poorAddr := crypto.PubkeyToAddress(poor.PublicKey)
	bal, err := s.TokenBalance(ctx, created.Token, created.Owner)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Send(ctx, owner, chain.Tx{To: &created.Token, Data: tok.PackTransfer(poorAddr, bal)}); err != nil {
		t.Fatal(err)
	}
	advance := func(d time.Duration) {
		t.Helper()
		if err := sim.AdjustTime(d); err != nil {
			t.Fatal(err)
		}
	}
	advance(time.Hour)
	prop := chain.PriceProposal(m.TokenManager, created.ID, 4000, "price per call to 0.004 USDC")
	id, _, err := c.Propose(ctx, admin, dao.Governor, prop)
	if err != nil {
		t.Fatal(err)
	}
	advance(2 * time.Hour)
	sig, err := chain.SignBallot(poor, c.ChainID, dao.Governor, id, chain.VoteFor, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.CastVoteBySig(ctx, admin, dao.Governor, id, chain.VoteFor, poorAddr, sig); err != nil {
		t.Fatal(err)
	}
	if eth, _ := c.Backend.BalanceAt(ctx, poorAddr, nil); eth.Sign() != 0 {
		t.Fatalf("the voter holds %v wei", eth)
	}
	advance(169 * time.Hour)
	if st, _ := c.ProposalState(ctx, dao.Governor, id); st != chain.ProposalSucceeded {
		t.Fatalf("state %s, want succeeded", chain.ProposalStateName(st))
	}
	if _, err := c.QueueProposal(ctx, admin, dao.Governor, prop); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ExecuteProposal(ctx, admin, dao.Governor, prop); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("executed before the timelock's delay: %v", err)
	}
	advance(25 * time.Hour)
	if _, err := c.ExecuteProposal(ctx, devchain.DevKey(2), dao.Governor, prop); err != nil {
		t.Fatal(err)
	}
	p := &gateway.ChainPrices{Client: c, Manager: m.TokenManager, TTL: -1}
	if got, err := p.PricePerCall(ctx, created.ID); err != nil || got != 2000 {
		t.Fatalf("price at the ramp's start %d, %v; want 2000", got, err)
	}
	advance(15 * 24 * time.Hour)
	got, err := p.PricePerCall(ctx, created.ID)
	if err != nil || got < 2999 || got > 3001 { // 15 days and the few seconds the blocks add
		t.Fatalf("price half-way %d, %v; want 3000", got, err)
	}
	if pp := gateway.SplitPrice(got); pp.ComputeMicros+pp.StorageMicros+pp.NetworkMicros != got {
		t.Fatalf("parts %+v", pp)
	}
	t.Logf("half-way price %d micro-USDC, parts %+v", got, gateway.SplitPrice(got))
}
