package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/ledger"
)

// The ledger part of `hokusai serve`: the CreditVault indexer and the
// settler, working on the credits ledger that startServer opens and the
// gateway charges.
//
// Vault events and settlements count after serve's --confirmations on an
// external chain. Settings (environment, so tests and operators can tune
// them without new serve flags):
//
//	HOKUSAI_SETTLE_INTERVAL   time between settlement rounds (default 2s)
//	HOKUSAI_SETTLE_THRESHOLD  unsettled micro-USDC that starts a round early (default 1000000)
//	HOKUSAI_SETTLE_MAX_ENTRIES  (consumer, model) entries per batch (default 100)
//	HOKUSAI_SETTLE_PAUSE      crash drills: "journaled:30s" or "broadcast:30s" pauses the settler there

func envInt(name string, def int64) (int64, error) {
	v := strings.TrimSpace(os.Getenv(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, hokusai.FieldErrorf(name, "%s must be a whole number ≥ 0, got %q.", name, v)
	}
	return n, nil
}

func envDuration(name string, def time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(os.Getenv(name))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, hokusai.FieldErrorf(name, "%s must be a positive duration such as 2s, got %q.", name, v)
	}
	return d, nil
}

// startLedger binds l to the protocol's vault and router, serves
// GET /v1/credits/{address} and the ledger's gauges, and starts the vault
// indexer and the settler. The returned function waits for both; the
// server closes l itself.
func startLedger(ctx context.Context, s *server, l *ledger.Service) (func() error, error) {
	if s.protocol.Mint == nil {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "The protocol record has no credit vault or fee router; the ledger cannot start.")
	}
	mint := s.protocol.Mint
	conf := s.confirmations()
	interval, err := envDuration("HOKUSAI_SETTLE_INTERVAL", 2*time.Second)
	if err != nil {
		return nil, err
	}
	threshold, err := envInt("HOKUSAI_SETTLE_THRESHOLD", 1_000_000)
	if err != nil {
		return nil, err
	}
	maxEntries, err := envInt("HOKUSAI_SETTLE_MAX_ENTRIES", ledger.DefaultMaxEntries)
	if err != nil {
		return nil, err
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
	ix := s.vaultIndexer()
	if err := ix.SyncOnce(ctx); err != nil {
		return nil, fmt.Errorf("index vault: %w", err)
	}
	st := &ledger.Settler{
		Ledger: l, Client: s.client, Key: s.platform, Router: mint.Router, FromBlock: mint.Block,
		Interval: interval, MaxEntries: int(maxEntries), Confirmations: conf, Logger: log,
	}
	if p := os.Getenv("HOKUSAI_SETTLE_PAUSE"); p != "" {
		point, d, ok := strings.Cut(p, ":")
		wait, err := time.ParseDuration(d)
		if !ok || err != nil || (point != "journaled" && point != "broadcast") {
			return nil, hokusai.FieldErrorf("HOKUSAI_SETTLE_PAUSE", "HOKUSAI_SETTLE_PAUSE must be journaled:DURATION or broadcast:DURATION, got %q.", p)
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
	s.http.Handle("GET /v1/credits/{address}", creditsHandler(s, l))
	if err := registerLedgerMetrics(s.metrics, l); err != nil {
		return nil, err
	}

	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		_ = ix.Run(ctx)
	}()
	go func() {
		defer wg.Done()
		_ = st.Run(ctx)
	}()
	log.Info("ledger started", "vault", mint.Vault, "router", mint.Router, "confirmations", conf, "interval", interval)
	return func() error { wg.Wait(); return nil }, nil
}

// creditsJSON is the body of GET /v1/credits/{address}, in micro-USDC.
type creditsJSON struct {
	Consumer          string `json:"consumer"`
	Deposited         int64  `json:"deposited"`
	Withdrawn         int64  `json:"withdrawn"`
	PendingWithdrawal int64  `json:"pending_withdrawal"`
	Settled           int64  `json:"settled"`
	Unsettled         int64  `json:"unsettled"`
	Spendable         int64  `json:"spendable"`
}

// creditsHandler serves a consumer's balance as the ledger sees it.
func creditsHandler(s *server, l *ledger.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := l.Credits(r.Context(), r.PathValue("address"))
		if err != nil {
			hhttp.Error(w, r, s.log, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(creditsJSON(*c))
	})
}

// registerLedgerMetrics exports l's unsettled amount, settlement lag and
// settled totals on reg, which the gateway serves at /metrics.
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
