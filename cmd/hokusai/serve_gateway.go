package main

import (
	"context"
	"path/filepath"

	"github.com/hokusai-protocol/hokusai/gateway"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// The gateway part of `hokusai serve`: API keys, the metered calls
// (predict, batch_predict, estimate_cost, usage, chat completions) charged
// through the ledger, and /metrics.
func init() { registerServePlugin("gateway", startGateway) }

func startGateway(ctx context.Context, s *server) (func() error, error) {
	store, err := gateway.OpenStore(ctx, s.db)
	if err != nil {
		return nil, err
	}
	l, err := ledgerFor(ctx, s)
	if err != nil {
		return nil, err
	}
	var prices gateway.PriceSource = gateway.FixedPrice(2000) // F20's starting price
	if s.protocol.Mint != nil {
		prices = &gateway.ChainPrices{Client: s.client, Manager: s.protocol.Mint.TokenManager}
	} else {
		s.log.Warn("gateway: no TokenManager on this chain; every call costs the starting price 0.002 USDC")
	}
	cache := &gateway.PackageCache{
		Registry: sqlite.NewRegistryService(s.db),
		Blobs:    s.blobs,
		Dir:      filepath.Join(s.cfg.dataDir, "models"),
		Runtime:  hkruntime.Config{},
	}
	g := gateway.New(gateway.Config{
		Keys: store, Whitelist: store, Ledger: l, Models: s.models,
		Serving: cache, Prices: prices,
		Dev: s.node != nil, ChainID: s.protocol.ChainID, Logger: s.log,
	})
	g.Register(s.http)
	return cache.Close, nil
}
