package main

import (
	"context"
	"net/http"
	"path/filepath"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/netguard"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/seal"
)

// The gateway part of `hokusai serve`: API keys, the metered calls
// (predict, batch_predict, estimate_cost, usage, chat completions) charged
// through the ledger, and the gateway's metrics.

// startGateway registers the gateway's routes, keeping API keys and
// whitelists in the server's stores and charging calls to l, and starts
// the sweep of expired signed-request nonces.
func startGateway(ctx context.Context, s *server, l *ledger.Service) (func() error, error) {
	var prices gateway.PriceSource = gateway.FixedPrice(2000) // F20's starting price
	var terms gateway.TermsSource                             // the Batch discount and Enterprise prices the DAOs set
	if s.protocol.Mint != nil {
		cp := &gateway.ChainPrices{Client: s.client, Manager: s.protocol.Mint.TokenManager, Registry: s.protocol.Registry}
		prices, terms = cp, cp
	} else {
		s.log.Warn("gateway: no TokenManager on this chain; every call costs the starting price 0.002 USDC")
	}
	secrets, outbound, err := endpointAccess(s)
	if err != nil {
		return nil, err
	}
	cache := &gateway.PackageCache{
		Registry: s.stores.Registry,
		Blobs:    s.blobs,
		Dir:      filepath.Join(s.cfg.dataDir, "models"),
		Runtime:  hkruntime.Config{HTTPClient: outbound},
		Secrets:  secrets,
	}
	g := gateway.New(gateway.Config{
		Keys: s.stores.Keys, Whitelist: s.stores.Whitelist, Ledger: l, Models: s.models,
		Serving: cache, Prices: prices, Terms: terms, HTTPClient: outbound,
		Dev: s.node != nil, Logger: s.log,
		Registerer: s.metrics,
	})
	s.http.Access, s.http.Signed, s.http.EndpointSecrets, s.http.Ledger = g, s.signed, secrets, l
	g.Register(s.http)
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

// openSecretKey reads the server key that seals models' endpoint secrets:
// the file named by --secret-key-file, else secret.key in the data
// directory, created with mode 0600 on first start. Replicas sharing a
// PostgreSQL database must share the key.
func openSecretKey(cfg *serveConfig) ([]byte, error) {
	path, create := cfg.secretKeyFile, false
	if path == "" {
		path, create = filepath.Join(cfg.dataDir, "secret.key"), true
	}
	return seal.OpenKey(path, create)
}

// endpointAccess returns what calls to models' remote endpoints need: the
// owners' endpoint secrets, sealed under the server key, and the guarded
// HTTP client, which refuses private addresses unless
// --allow-private-endpoints.
func endpointAccess(s *server) (hokusai.EndpointSecretService, *http.Client, error) {
	secrets := s.stores.Secrets
	if s.cfg.allowPrivateEndpoints {
		s.log.Warn("model endpoints may be loopback, private and link-local addresses (--allow-private-endpoints)")
	}
	return secrets, netguard.Client(netguard.Options{AllowPrivate: s.cfg.allowPrivateEndpoints}), nil
}
