// Package market keeps the marketplace's figures current: the Refresher
// gathers each model's head, runtime, DeltaOnes, pool price and reserve
// and usage from the stores and the chain, and writes them to the market
// index, so a market page reads the index only.
package market

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// Pool reads a model's pool: its token's spot price in micro-USDC per
// whole token and its USDC reserve in micro-USDC.
type Pool func(ctx context.Context, pool string) (price, reserve int64, err error)

// Usage returns metered calls per model in [from, to) over every consumer.
type Usage func(ctx context.Context, from, to time.Time) ([]hokusai.UsageStats, error)

// Refresher writes every indexed model's market figures.
type Refresher struct {
	Models   hokusai.ModelService
	Registry hokusai.RegistryService
	Market   hokusai.MarketService
	// Contributions gives minted DeltaOnes; nil leaves them at zero.
	Contributions hokusai.ContributionService
	// Pool reads price and reserve; nil leaves them at zero.
	Pool Pool
	// Usage gives calls per model; nil leaves them at zero.
	Usage Usage
	// Interval between refreshes in Run; zero means one minute.
	Interval time.Duration
	// Lease, when set, makes Run refresh only while Holder holds the
	// "market-refresher" lease, so of replicas sharing an index one
	// refreshes at a time.
	Lease  hokusai.LeaseService
	Holder string
	// Now is the clock; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
}

// Run refreshes at once and then every Interval until ctx ends.
func (r *Refresher) Run(ctx context.Context) error {
	interval := r.Interval
	if interval <= 0 {
		interval = time.Minute
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		held := true
		if r.Lease != nil {
			var err error
			if held, err = r.Lease.AcquireLease(ctx, "market-refresher", r.Holder, 2*interval); err != nil && ctx.Err() == nil {
				r.logger().Warn("market refresher lease", "err", err)
			}
		}
		if held {
			if err := r.RefreshAll(ctx); err != nil && ctx.Err() == nil {
				r.logger().Warn("market refresh", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (r *Refresher) now() time.Time {
	if r.Now == nil {
		return time.Now().UTC()
	}
	return r.Now().UTC()
}

func (r *Refresher) logger() *slog.Logger {
	if r.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return r.Logger
}

// RefreshAll writes the figures of every indexed model. A model whose
// figures cannot be read keeps its previous ones; the errors are joined.
func (r *Refresher) RefreshAll(ctx context.Context) error {
	now := r.now()
	calls7d, callsPrev, err := r.calls(ctx, now)
	if err != nil {
		return err
	}
	var errs []error
	const page = 500
	for offset := 0; ; offset += page {
		models, _, err := r.Models.FindModels(ctx, hokusai.ModelFilter{Offset: offset, Limit: page})
		if err != nil {
			return errors.Join(append(errs, err)...)
		}
		for _, m := range models {
			st, err := r.stats(ctx, m, now)
			if err == nil {
				st.Calls7d, st.CallsPrev7d = calls7d[m.ID], callsPrev[m.ID]
				err = r.Market.UpsertMarketStats(ctx, st)
			}
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				errs = append(errs, fmt.Errorf("model %d: %w", m.ID, err))
			}
		}
		if len(models) < page {
			return errors.Join(errs...)
		}
	}
}

// calls returns calls per model in the last 7 days and the 7 before.
func (r *Refresher) calls(ctx context.Context, now time.Time) (last, prev map[uint64]int64, err error) {
	last, prev = map[uint64]int64{}, map[uint64]int64{}
	if r.Usage == nil {
		return last, prev, nil
	}
	week := 7 * 24 * time.Hour
	for _, w := range []struct {
		into     map[uint64]int64
		from, to time.Time
	}{{last, now.Add(-week), now}, {prev, now.Add(-2 * week), now.Add(-week)}} {
		stats, err := r.Usage(ctx, w.from, w.to)
		if err != nil {
			return nil, nil, fmt.Errorf("usage: %w", err)
		}
		for _, s := range stats {
			w.into[s.ModelID] = int64(min(s.Calls, 1<<62))
		}
	}
	return last, prev, nil
}

// stats gathers one model's figures other than its calls.
func (r *Refresher) stats(ctx context.Context, m *hokusai.Model, now time.Time) (*hokusai.MarketStats, error) {
	st := &hokusai.MarketStats{ModelID: m.ID, UpdatedAt: now}
	if h, err := r.Registry.FindHead(ctx, m.ID); err == nil {
		v, err := r.Registry.FindVersion(ctx, m.ID, h.Version)
		if err != nil {
			return nil, fmt.Errorf("head version: %w", err)
		}
		if v.Manifest != nil {
			st.Runtime = v.Manifest.Runtime.Kind
		}
	} else if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		return nil, fmt.Errorf("head: %w", err)
	}
	if r.Contributions != nil {
		d, err := r.deltaOnes(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		st.DeltaOnesMilli = d
	}
	if r.Pool != nil && m.Pool != "" {
		price, reserve, err := r.Pool(ctx, m.Pool)
		if err != nil {
			return nil, fmt.Errorf("pool %s: %w", m.Pool, err)
		}
		st.Price, st.Reserve = price, reserve
	}
	return st, nil
}

// deltaOnes sums the model's minted DeltaOnes, in thousandths.
func (r *Refresher) deltaOnes(ctx context.Context, modelID uint64) (int64, error) {
	cs, err := r.Contributions.AcceptedContributions(ctx, modelID)
	if err != nil {
		return 0, fmt.Errorf("contributions: %w", err)
	}
	return MintedDeltaOnes(cs)
}

// MintedDeltaOnes sums, in thousandths rounded down, the DeltaOnes of
// every minted improvement among accepted contributions: once per
// evaluation, however many contributions shared it.
func MintedDeltaOnes(cs []*hokusai.Contribution) (int64, error) {
	seen := map[int64]bool{}
	total := new(big.Rat)
	for _, c := range cs {
		if c.MintTx == "" || c.DeltaOnes == "" || seen[c.EvaluationID] {
			continue
		}
		seen[c.EvaluationID] = true
		d, ok := new(big.Rat).SetString(c.DeltaOnes)
		if !ok || d.Sign() < 0 {
			return 0, fmt.Errorf("contribution %d: DeltaOnes %q is not a decimal ≥ 0", c.ID, c.DeltaOnes)
		}
		total.Add(total, d)
	}
	milli := new(big.Int).Quo(new(big.Int).Mul(total.Num(), big.NewInt(1000)), total.Denom())
	if !milli.IsInt64() {
		return 0, errors.New("DeltaOnes overflow")
	}
	return milli.Int64(), nil
}

// SpotPrice converts a pool's spot price (micro-USDC per token × 10^18)
// into micro-USDC per whole token, rounding down, and saturates at the
// largest int64.
func SpotPrice(v *big.Int) int64 {
	if v == nil || v.Sign() <= 0 {
		return 0
	}
	p := new(big.Int).Quo(v, hokusai.WAD)
	if !p.IsInt64() {
		return 1<<63 - 1
	}
	return p.Int64()
}
