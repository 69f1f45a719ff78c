package gateway_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
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
	admin := devchain.DevKey(0)
	wait := func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) { return c.WaitMined(ctx, tx) }
	d, err := chain.DeployProtocol(ctx, c.Backend, c.TransactOpts(ctx, admin), chain.DeployConfig{}, wait)
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.DeployMintProtocol(ctx, c.Backend, c.TransactOpts(ctx, admin), d,
		chain.MintDeployConfig{Settlers: []common.Address{devchain.DevAddress(0)}}, wait)
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
