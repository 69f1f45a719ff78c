// Package ledger keeps consumers' prepaid credits and metered usage and
// settles the usage on-chain exactly once: the Service charges calls
// (hokusai.LedgerService) on a hokusai.LedgerStore (SQLite or
// PostgreSQL), the VaultHandler feeds CreditVault deposits and
// withdrawals in from the chain indexer, the Settler journals usage into
// batches with deterministic ids and sends them to the UsageFeeRouter, and
// Reconcile compares what the database says was settled with the chain.
// The SQL lives in the stores; this package keeps the rules: validation,
// address checksums, batch ids, the settler's kick.
package ledger

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// Service is the hokusai.LedgerService on a store. It checks and
// normalizes what callers send, so the store sees only valid charges with
// checksummed addresses, and counts unbatched usage to wake the settler.
type Service struct {
	store hokusai.LedgerStore
	addrs addrCache

	// unbatched is micro-USDC charged through this service since the
	// settler last journaled.
	unbatched atomic.Int64

	// KickAbove wakes the settler early when unbatched usage exceeds it;
	// 0 leaves settling to the timer.
	KickAbove int64
	kick      chan struct{}
}

var _ hokusai.LedgerService = (*Service)(nil)

// NewService returns the ledger on store (open, migrated); Close closes
// the store.
func NewService(store hokusai.LedgerStore) *Service {
	return &Service{store: store, kick: make(chan struct{}, 1)}
}

// Store returns the store the ledger keeps its records in.
func (s *Service) Store() hokusai.LedgerStore { return s.store }

// Close finishes the charges already queued, refuses new ones and releases
// the store; the database itself stays open.
func (s *Service) Close() error { return s.store.Close() }

// Kick is signalled when unbatched usage passes KickAbove.
func (s *Service) Kick() <-chan struct{} { return s.kick }

// Charge implements hokusai.LedgerService. Errors: EINVALID (a malformed
// charge), ECREDITS, ECONFLICT, EUNAVAILABLE (the ledger is closed).
func (s *Service) Charge(ctx context.Context, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	var err error
	if c.Consumer, err = s.addrs.normalize("consumer", c.Consumer); err != nil {
		return nil, err
	}
	switch {
	case c.ModelID == 0 || c.ModelID > chain.MaxEntryModelID:
		return nil, hokusai.FieldErrorf("model_id", "model_id must be between 1 and %d; got %d.", chain.MaxEntryModelID, c.ModelID)
	case c.Calls == 0 || c.Calls > 1<<40:
		return nil, hokusai.FieldErrorf("calls", "A charge covers between 1 and 2^40 calls; got %d.", c.Calls)
	case c.Amount < 0:
		return nil, hokusai.FieldErrorf("amount", "The amount charged cannot be negative; got %d micro-USDC.", c.Amount)
	case c.IdempotencyKey != "" && c.RequestHash == "":
		return nil, hokusai.FieldErrorf("request_hash", "A charge with an idempotency key needs the request's hash.")
	}
	res, err := s.store.Charge(ctx, c)
	if err != nil {
		return nil, err
	}
	if !res.Replayed {
		s.noteUnbatched(c.Amount)
	}
	return res, nil
}

func (s *Service) noteUnbatched(added int64) {
	if added == 0 {
		return
	}
	if v := s.unbatched.Add(added); s.KickAbove > 0 && v >= s.KickAbove {
		select {
		case s.kick <- struct{}{}:
		default:
		}
	}
}

// Credits implements hokusai.LedgerService. Errors: EINVALID.
func (s *Service) Credits(ctx context.Context, consumer string) (*hokusai.Credits, error) {
	consumer, err := NormalizeAddress("consumer", consumer)
	if err != nil {
		return nil, err
	}
	return s.store.Credits(ctx, consumer)
}

// Usage implements hokusai.LedgerService: calls and fees per model, with
// the range widened to whole hours (UsageFilter.Hourly). Errors: EINVALID.
func (s *Service) Usage(ctx context.Context, f hokusai.UsageFilter) ([]hokusai.UsageStats, error) {
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return nil, hokusai.FieldErrorf("to", "The time range is empty: `to` (%s) must be after `from` (%s).", f.To.Format(time.RFC3339), f.From.Format(time.RFC3339))
	}
	if f.Consumer != "" {
		c, err := NormalizeAddress("consumer", f.Consumer)
		if err != nil {
			return nil, err
		}
		f.Consumer = c
	}
	return s.store.Usage(ctx, f)
}

// NormalizeAddress checks a 0x address and returns it checksummed.
func NormalizeAddress(field, a string) (string, error) {
	a = strings.TrimSpace(a)
	if !common.IsHexAddress(a) || !strings.HasPrefix(a, "0x") {
		return "", hokusai.FieldErrorf(field, "%s must be a 0x-prefixed 20-byte hex address, got %q.", field, a)
	}
	return common.HexToAddress(a).Hex(), nil
}

// maxCachedAddresses bounds the address cache; past it the cache starts
// again empty.
const maxCachedAddresses = 100_000

// addrCache remembers checksummed addresses (a checksum is a keccak hash,
// a noticeable part of a charge's CPU time).
type addrCache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *addrCache) normalize(field, a string) (string, error) {
	c.mu.Lock()
	n, ok := c.m[a]
	c.mu.Unlock()
	if ok {
		return n, nil
	}
	n, err := NormalizeAddress(field, a)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxCachedAddresses {
		c.m = map[string]string{}
	}
	c.m[a] = n
	c.mu.Unlock()
	return n, nil
}
