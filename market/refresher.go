// Package market keeps the marketplace's figures current: the Refresher
// gathers each model's head, runtime, DeltaOnes, pool price and reserve
// and usage from the stores and the chain, and writes them to the market
// index, so a market page reads the index only.
package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
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
	// Agents gives each model's ratings and its distributed training
	// score (F26) from the Agents' indexed ledgers; nil leaves them at
	// zero.
	Agents hokusai.AgentLedgerService
	// Proposals gives each model's DAO proposals open for votes (pending
	// or active) from the index of its Governor's events; nil leaves them
	// at zero.
	Proposals hokusai.ProposalService
	// ProposalClock is the token clock the proposals' states are read at
	// (hours since the epoch, the chain's time); nil means Now's.
	ProposalClock func(ctx context.Context) uint64
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

	// heads caches each model's measured head by its setup's digest, so a
	// refresh reads a setup's data (the whole benchmark) only when it
	// changed. RefreshAll runs on one goroutine.
	heads map[uint64]measured
}

// measured is what a setup says of its head, and the setup's digest.
type measured struct {
	digest    string
	low, high *big.Int
	hash      string
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
	agents, err := r.agentFigures(ctx, now)
	if err != nil {
		return err
	}
	open, err := r.openProposals(ctx, now)
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
				a := agents[m.ID]
				st.Ratings, st.RatingCenti, st.TrainingScoreBps = a.ratings, a.ratingCenti, a.score
				st.OpenProposals = open[m.ID]
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

// openProposals counts each model's proposals open for votes.
func (r *Refresher) openProposals(ctx context.Context, now time.Time) (map[uint64]int64, error) {
	if r.Proposals == nil {
		return map[uint64]int64{}, nil
	}
	clock := uint64(now.Unix()) / 3600
	if r.ProposalClock != nil {
		clock = r.ProposalClock(ctx)
	}
	open, err := r.Proposals.OpenProposals(ctx, clock)
	if err != nil {
		return nil, fmt.Errorf("open proposals: %w", err)
	}
	return open, nil
}

// agentFigure is what the market shows of a model's Agent ledger.
type agentFigure struct {
	ratings, ratingCenti, score int64
}

// agentFigures reads every model's ratings and computes the training
// scores (F26), normalised across the models with an Agent ledger.
func (r *Refresher) agentFigures(ctx context.Context, now time.Time) (map[uint64]agentFigure, error) {
	out := map[uint64]agentFigure{}
	if r.Agents == nil {
		return out, nil
	}
	in, err := r.Agents.AgentScoreInputs(ctx, now.Unix()/86400) // the Agent's day
	if err != nil {
		return nil, fmt.Errorf("agent ledgers: %w", err)
	}
	scores := hokusai.TrainingScores(in)
	for _, m := range in {
		f := agentFigure{score: scores[m.ModelID]}
		if m.Ratings > 0 {
			f.ratings, f.ratingCenti = m.Ratings, m.RatingSum*100/m.Ratings
		}
		out[m.ModelID] = f
	}
	return out, nil
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
	if r.Contributions != nil {
		if err := r.measuredHead(ctx, m.ID, st); err != nil {
			return nil, err
		}
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

// measuredHead copies the head's measured 95% interval and the committed
// benchmark hash from the model's contribution setup, when it has one.
func (r *Refresher) measuredHead(ctx context.Context, modelID uint64, st *hokusai.MarketStats) error {
	digest, err := r.Contributions.FindSetupDigest(ctx, modelID)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		delete(r.heads, modelID)
		return nil
	}
	if err != nil {
		return fmt.Errorf("setup: %w", err)
	}
	c, ok := r.heads[modelID]
	if !ok || digest == "" || c.digest != digest {
		setup, err := r.Contributions.FindSetup(ctx, modelID)
		if err != nil {
			return fmt.Errorf("setup: %w", err)
		}
		c.digest = digest
		if c.low, c.high, c.hash, err = MeasuredHead(setup.Settings); err != nil {
			return fmt.Errorf("setup: %w", err)
		}
		if r.heads == nil {
			r.heads = map[uint64]measured{}
		}
		r.heads[modelID] = c
	}
	st.ScoreLow, st.ScoreHigh, st.BenchmarkHash = c.low, c.high, c.hash
	return nil
}

// MeasuredHead reads, from a contribution setup's settings JSON, the
// measured head's 95% interval (wad) and the benchmark hash committed with
// it; all zero when the setup has no measured head.
func MeasuredHead(settings []byte) (low, high *big.Int, benchmarkHash string, err error) {
	var s struct {
		Head *struct {
			Low95         string `json:"low95"`
			High95        string `json:"high95"`
			BenchmarkHash string `json:"benchmark_hash"`
		} `json:"head"`
	}
	if err := json.Unmarshal(settings, &s); err != nil {
		return nil, nil, "", err
	}
	if s.Head == nil {
		return nil, nil, "", nil
	}
	benchmarkHash = strings.ToLower(s.Head.BenchmarkHash)
	if s.Head.Low95 == "" || s.Head.High95 == "" {
		return nil, nil, benchmarkHash, nil
	}
	if low, err = hokusai.ParseWad("low95", s.Head.Low95); err != nil {
		return nil, nil, "", err
	}
	if high, err = hokusai.ParseWad("high95", s.Head.High95); err != nil {
		return nil, nil, "", err
	}
	return low, high, benchmarkHash, nil
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
