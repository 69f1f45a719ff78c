package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/ledger"
)

// The ledger part of `hokusai serve`: the settler, working on the credits
// ledger that startServer opens, the chain indexer's vault handler feeds
// and the gateway charges.
//
// Vault events and settlements count after serve's --confirmations on an
// external chain; --settle-interval, --settle-threshold and
// --settle-max-entries (or their HOKUSAI_* variables) pace settlement, and
// --settle-pause ("journaled:30s" or "broadcast:30s") pauses the settler
// there for crash drills.

// startLedger binds l to the protocol's vault and router, exports the
// ledger's gauges, and starts the settler. The returned function waits
// for it; the server closes l itself (the REST server reads credits and
// usage from l, handed to it with the gateway).
func startLedger(ctx context.Context, s *server, l *ledger.Service) (func() error, error) {
	if s.protocol.Mint == nil {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "The protocol record has no credit vault or fee router; the ledger cannot start.")
	}
	mint := s.protocol.Mint
	conf := s.confirmations()
	cfg := s.cfg
	interval, threshold, maxEntries := cfg.settleInterval, cfg.settleThreshold, cfg.settleMaxEntries
	if interval <= 0 {
		return nil, hokusai.FieldErrorf("settle-interval", "%s must be a positive duration such as 2s, got %s.", cfg.origin("settle-interval"), interval)
	}
	if threshold < 0 {
		return nil, hokusai.FieldErrorf("settle-threshold", "%s must be a whole number of micro-USDC ≥ 0, got %d.", cfg.origin("settle-threshold"), threshold)
	}
	if maxEntries < 1 {
		return nil, hokusai.FieldErrorf("settle-max-entries", "%s must be a whole number ≥ 1, got %d.", cfg.origin("settle-max-entries"), maxEntries)
	}
	l.KickAbove = threshold
	if err := l.Bind(ctx, s.protocol.ChainID, mint.Vault, mint.Router); err != nil {
		if s.node == nil {
			return nil, err
		}
		// The embedded chain was reset; its models and credits are gone
		// too. Keep the dev server usable, loudly.
		s.log.Error("ledger: the dev chain was reset; credits and usage recorded before belong to the old contracts", "err", err)
	}
	log := s.log.With("part", "ledger")
	st := &ledger.Settler{
		Ledger: l, Client: s.client, Key: s.platform, Router: mint.Router, FromBlock: mint.Block,
		Interval: interval, MaxEntries: maxEntries, Txs: s.txs, Logger: log,
	}
	if p := cfg.settlePause; p != "" {
		point, d, ok := strings.Cut(p, ":")
		wait, err := time.ParseDuration(d)
		if !ok || err != nil || (point != "journaled" && point != "broadcast") {
			return nil, hokusai.FieldErrorf("settle-pause", "%s must be journaled:DURATION or broadcast:DURATION, got %q.", cfg.origin("settle-pause"), p)
		}
		st.Pause = func(at string, b *ledger.Batch) {
			if at != point {
				return
			}
			log.Warn("settler paused", "point", at, "batch", b.BatchID.Hex(), "for", wait)
			select {
			case <-ctx.Done():
			case <-time.After(wait):
			}
		}
	}
	if err := registerLedgerMetrics(s.metrics, l); err != nil {
		return nil, err
	}

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = st.Run(ctx)
	}()
	log.Info("ledger started", "vault", mint.Vault, "router", mint.Router, "confirmations", conf, "interval", interval)
	return func() error { wg.Wait(); return nil }, nil
}

// registerLedgerMetrics exports l's unsettled amount, settlement lag and
// settled totals on reg, which the REST server serves at /metrics.
func registerLedgerMetrics(reg prometheus.Registerer, l *ledger.Service) error {
	stat := func(f func(ledger.Stats) float64) func() float64 {
		return func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			st, err := l.Stats(ctx)
			if err != nil {
				return 0
			}
			return f(st)
		}
	}
	for _, g := range []struct {
		name, help string
		f          func(ledger.Stats) float64
	}{
		{"hokusai_unsettled_usage_usdc", "USDC charged for calls and not yet settled on-chain.", func(st ledger.Stats) float64 { return float64(st.Unsettled) / 1e6 }},
		{"hokusai_settlement_lag_seconds", "How long the oldest unsettled usage has waited for settlement.", func(st ledger.Stats) float64 { return st.Lag(time.Now()).Seconds() }},
		{"hokusai_settlement_pending_batches", "Settlement batches journaled and not yet confirmed.", func(st ledger.Stats) float64 { return float64(st.PendingBatches) }},
		{"hokusai_settled_batches", "Settlement batches confirmed on-chain.", func(st ledger.Stats) float64 { return float64(st.SettledBatches) }},
		{"hokusai_settled_usage_usdc", "USDC of usage settled on-chain.", func(st ledger.Stats) float64 { return float64(st.SettledAmount) / 1e6 }},
	} {
		if err := reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: g.name, Help: g.help}, stat(g.f))); err != nil {
			return fmt.Errorf("ledger metrics: %w", err)
		}
	}
	return nil
}
