package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai/gateway"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/netguard"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// The gateway part of `hokusai serve`: API keys, the metered calls
// (predict, batch_predict, estimate_cost, usage, chat completions) charged
// through the ledger, and /metrics.

// startGateway registers the gateway's routes, keeping API keys and
// whitelists in store and charging calls to l, and starts the sweep of
// expired signed-request nonces.
func startGateway(ctx context.Context, s *server, store *gateway.Store, l *ledger.Service) (func() error, error) {
	var prices gateway.PriceSource = gateway.FixedPrice(2000) // F20's starting price
	if s.protocol.Mint != nil {
		prices = &gateway.ChainPrices{Client: s.client, Manager: s.protocol.Mint.TokenManager}
	} else {
		s.log.Warn("gateway: no TokenManager on this chain; every call costs the starting price 0.002 USDC")
	}
	secrets, outbound, err := endpointAccess(s)
	if err != nil {
		return nil, err
	}
	cache := &gateway.PackageCache{
		Registry: sqlite.NewRegistryService(s.db),
		Blobs:    s.blobs,
		Dir:      filepath.Join(s.cfg.dataDir, "models"),
		Runtime:  hkruntime.Config{HTTPClient: outbound},
		Secrets:  secrets,
	}
	g := gateway.New(gateway.Config{
		Keys: store, Whitelist: store, Ledger: l, Models: s.models,
		Serving: cache, Prices: prices, HTTPClient: outbound,
		Dev: s.node != nil, Signed: s.signed, Logger: s.log,
		Registerer: s.metrics, Gatherer: prometheus.Gatherers{s.metrics, prometheus.DefaultGatherer},
	})
	g.Register(s.http)
	(&gateway.EndpointSecrets{Models: s.models, Secrets: secrets, Signed: s.signed, Logger: s.log}).Register(s.http)
	done := make(chan struct{})
	go func() {
		defer close(done)
		sweepNonces(ctx, s)
	}()
	return func() error { <-done; return cache.Close() }, nil
}

// sweepNonces forgets the nonces of expired signed requests every ten
// minutes until ctx ends: a nonce is kept only while its request could
// still be replayed.
func sweepNonces(ctx context.Context, s *server) {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.signed.Sweep(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("sweep signed-request nonces", "err", err)
			}
		}
	}
}

// endpointAccess returns what calls to models' remote endpoints need: the
// owners' endpoint secrets, sealed under the server key (the file named by
// HOKUSAI_SECRET_KEY_FILE, else secret.key in the data directory, created
// with mode 0600 on first start), and the guarded HTTP client, which
// refuses private addresses unless --allow-private-endpoints.
func endpointAccess(s *server) (*sqlite.EndpointSecretService, *http.Client, error) {
	path, create := os.Getenv("HOKUSAI_SECRET_KEY_FILE"), false
	if path == "" {
		path, create = filepath.Join(s.cfg.dataDir, "secret.key"), true
	}
	key, err := sqlite.OpenSecretKey(path, create)
	if err != nil {
		return nil, nil, err
	}
	secrets, err := sqlite.NewEndpointSecretService(s.db, key)
	if err != nil {
		return nil, nil, err
	}
	if s.cfg.allowPrivateEndpoints {
		s.log.Warn("model endpoints may be loopback, private and link-local addresses (--allow-private-endpoints)")
	}
	return secrets, netguard.Client(netguard.Options{AllowPrivate: s.cfg.allowPrivateEndpoints}), nil
}
