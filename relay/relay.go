// Package relay sends the transactions the platform relays — signed
// off-chain by members and owners, paid for by the platform's key — within
// limits every replica shares through the database: per signer (or model)
// and route in fixed windows, and a platform-wide gas budget per hour. A
// limit is checked before any transaction is sent; a refusal is 429 with
// Retry-After.
package relay

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// Relayed routes: the bucket prefixes and metric labels.
const (
	RouteRate    = "rate"
	RouteVote    = "vote"
	RoutePropose = "propose"
	RouteQueue   = "queue"
	RouteExecute = "execute"
	RouteRelease = "release"
	RouteSetup   = "setup"
)

// Limits bounds what the platform relays. Counts are per signer and
// model for signed routes, per model for the routes anyone may call.
type Limits struct {
	// RatingsPerDay bounds a member's relayed ratings of one model per UTC day.
	RatingsPerDay int64
	// VotesPerDay bounds a voter's relayed votes in one model's DAO per UTC day
	// (the Governor also refuses a second vote on a proposal).
	VotesPerDay int64
	// ProposalsPerDay bounds a member's proposals to one model's DAO per UTC day.
	ProposalsPerDay int64
	// AdvancesPerHour bounds one model's relayed queue and execute
	// transactions, each, per hour (the Governor refuses a repeat).
	AdvancesPerHour int64
	// ReleasesPerDay bounds one model's relayed vesting releases per UTC day.
	ReleasesPerDay int64
	// SetupsPerDay bounds one model's benchmark commits per UTC day: each
	// setup that changes the benchmark or the measured head commits again.
	SetupsPerDay int64
	// GasPerHour is the platform-wide relay gas budget per hour, shared
	// by every route and replica.
	GasPerHour int64
}

// DefaultLimits are the limits `hokusai serve` starts with.
var DefaultLimits = Limits{
	RatingsPerDay: 3, VotesPerDay: 20, ProposalsPerDay: 5, AdvancesPerHour: 10, ReleasesPerDay: 24, SetupsPerDay: 5,
	GasPerHour: 30_000_000,
}

// relayRule is one route's limit: how many per period, and the setting
// that changes it (named in refusals).
type relayRule struct {
	limit   int64
	period  time.Duration
	setting string
	what    string // "ratings", for sentences
}

func (l Limits) rule(route string) relayRule {
	const day = 24 * time.Hour
	switch route {
	case RouteRate:
		return relayRule{l.RatingsPerDay, day, "relay-ratings-per-day", "ratings"}
	case RouteVote:
		return relayRule{l.VotesPerDay, day, "relay-votes-per-day", "votes"}
	case RoutePropose:
		return relayRule{l.ProposalsPerDay, day, "relay-proposals-per-day", "proposals"}
	case RouteQueue, RouteExecute:
		return relayRule{l.AdvancesPerHour, time.Hour, "relay-advances-per-hour", route + " transactions"}
	case RouteRelease:
		return relayRule{l.ReleasesPerDay, day, "relay-releases-per-day", "vesting releases"}
	case RouteSetup:
		return relayRule{l.SetupsPerDay, day, "relay-setups-per-day", "benchmark commits"}
	}
	panic("relay: no rule for " + route)
}

// relaySweepEvery is how often a process forgets windows past, and
// relayKeep how long they are kept (longer than any window).
const (
	relaySweepEvery = time.Hour
	relayKeep       = 48 * time.Hour
)

// Relay sends the transactions the platform relays within Limits. Make
// one with New; a nil *Relay sends without limits.
type Relay struct {
	Store  hokusai.RelayLimitService
	Limits Limits
	// Now is the clock windows are measured by; nil is time.Now.
	Now func() time.Time
	Log *slog.Logger

	metrics   relayMetrics
	mu        sync.Mutex
	lastSweep time.Time
}

// relayMetrics counts what was relayed, its gas and what was refused, by
// route (a fixed set) and limit (signer, model or budget).
type relayMetrics struct {
	sent, gas, refused *prometheus.CounterVec
}

// New returns a Relay over store whose metrics reg receives (nil: none).
func New(store hokusai.RelayLimitService, limits Limits, reg prometheus.Registerer, log *slog.Logger) (*Relay, error) {
	r := &Relay{Store: store, Limits: limits, Log: log}
	r.metrics = relayMetrics{
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hokusai_relay_transactions_total", Help: "Transactions the platform relayed and paid the gas of, by route."}, []string{"route"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hokusai_relay_gas_total", Help: "Gas the platform's relayed transactions used, by route."}, []string{"route"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hokusai_relay_refused_total", Help: "Relays refused by a limit (429), by route and limit: signer, model or budget."}, []string{"route", "limit"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{r.metrics.sent, r.metrics.gas, r.metrics.refused} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("relay metrics: %w", err)
			}
		}
	}
	return r, nil
}

func (r *Relay) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

func (r *Relay) logger() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.Default()
}

// limitError is ERATELIMIT with when the limit resets.
type limitError struct {
	err   *hokusai.Error
	after time.Duration
}

// Error implements error.
func (e *limitError) Error() string { return e.err.Error() }

// RetryAfter implements http.RetryAfterer.
func (e *limitError) RetryAfter() time.Duration { return e.after }

// Unwrap exposes the *hokusai.Error.
func (e *limitError) Unwrap() error { return e.err }

func refusal(setting string, now, end time.Time, format string, args ...any) error {
	after := end.Sub(now)
	msg := fmt.Sprintf(format, args...) + fmt.Sprintf(" It resets at %s (in %s); retry then. The server's --%s sets it.",
		end.UTC().Format(time.RFC3339), after.Round(time.Second), setting)
	return &limitError{err: &hokusai.Error{Code: hokusai.ERATELIMIT, Field: setting, Message: msg}, after: after}
}

// finder is the transaction manager's lookup of a transaction already
// written down under an idempotency key.
type finder interface {
	FindByKey(ctx context.Context, key *ecdsa.PrivateKey, idempotencyKey string) (*hokusai.Tx, error)
}

// Send relays tx for route on model, on behalf of who (the verified
// signer; empty for routes anyone may call), within the limits: it takes
// one from who's count, estimates the gas (a revert costs nothing and
// gives the count back), reserves the gas limit from the hour's budget,
// sends, and corrects the reservation to the gas used. A retry of a
// transaction already written down (its idempotency key) is neither
// counted nor charged again.
func (r *Relay) Send(ctx context.Context, c *chain.Client, key *ecdsa.PrivateKey, route string, model uint64, who string, tx chain.Tx) (*types.Receipt, error) {
	if r == nil {
		return c.Send(ctx, key, tx)
	}
	if f, ok := c.Txs.(finder); ok && tx.IdempotencyKey != "" {
		if old, err := f.FindByKey(ctx, key, tx.IdempotencyKey); err != nil {
			return nil, err
		} else if old != nil {
			return c.Send(ctx, key, tx)
		}
	}
	r.sweep(ctx)
	now := r.now()
	rule := r.Limits.rule(route)
	bucket, limitName := bucketOf(route, model, who)
	start, end := hokusai.RelayWindow(now, rule.period)
	took, used, err := r.Store.TakeRelay(ctx, bucket, start.Unix(), 1, rule.limit)
	if err != nil {
		return nil, err
	}
	if !took {
		r.metrics.refused.WithLabelValues(route, limitName).Inc()
		return nil, r.full(route, model, who, used, now, end)
	}
	giveBack := func() {
		if err := r.Store.AdjustRelay(context.WithoutCancel(ctx), bucket, start.Unix(), -1); err != nil {
			r.logger().Error("relay: give back a count", "bucket", bucket, "err", err)
		}
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	est, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: tx.To, Data: tx.Data, Value: tx.Value})
	if err != nil {
		giveBack() // nothing is sent: the platform paid nothing
		err = chain.DecodeCallError(err, tx.Data, tx.ABIs...)
		if hokusai.ErrorCode(err) == hokusai.EINTERNAL {
			return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The platform cannot relay this now: the chain did not estimate its gas (%v). Retry shortly.", err)
		}
		return nil, err
	}
	tx.Gas = chain.GasLimit(est)
	reserve := int64(tx.Gas)
	gasStart, gasEnd := hokusai.RelayWindow(now, time.Hour)
	took, used, err = r.Store.TakeRelay(ctx, "gas", gasStart.Unix(), reserve, r.Limits.GasPerHour)
	if err != nil {
		giveBack()
		return nil, err
	}
	if !took {
		giveBack()
		r.metrics.refused.WithLabelValues(route, "budget").Inc()
		return nil, r.spent(route, used, reserve, now, gasEnd)
	}
	rc, err := c.Send(ctx, key, tx)
	if err != nil {
		// The transaction may have reached the chain and spent gas: the
		// count and the reservation stand.
		return nil, err
	}
	if d := int64(rc.GasUsed) - reserve; d != 0 {
		if err := r.Store.AdjustRelay(context.WithoutCancel(ctx), "gas", gasStart.Unix(), d); err != nil {
			r.logger().Error("relay: correct the gas reservation", "err", err)
		}
	}
	r.metrics.sent.WithLabelValues(route).Inc()
	r.metrics.gas.WithLabelValues(route).Add(float64(rc.GasUsed))
	r.logger().Info("relayed", "route", route, "model", model, "for", who, "gas", rc.GasUsed, "tx", rc.TxHash.Hex())
	return rc, nil
}

// Check refuses a relay whose count, or the hour's gas budget, is already
// full, before any chain work; it takes nothing (Send takes). who may be
// the signer a request claims before its signature is checked: a refusal
// costs that address nothing.
func (r *Relay) Check(ctx context.Context, route string, model uint64, who string) error {
	if r == nil {
		return nil
	}
	now := r.now()
	rule := r.Limits.rule(route)
	bucket, limitName := bucketOf(route, model, who)
	start, end := hokusai.RelayWindow(now, rule.period)
	used, err := r.Store.CountRelay(ctx, bucket, start.Unix())
	if err != nil {
		return err
	}
	if used >= rule.limit {
		r.metrics.refused.WithLabelValues(route, limitName).Inc()
		return r.full(route, model, who, used, now, end)
	}
	gasStart, gasEnd := hokusai.RelayWindow(now, time.Hour)
	if used, err = r.Store.CountRelay(ctx, "gas", gasStart.Unix()); err != nil {
		return err
	}
	if used >= r.Limits.GasPerHour {
		r.metrics.refused.WithLabelValues(route, "budget").Inc()
		return r.spent(route, used, 0, now, gasEnd)
	}
	return nil
}

// bucketOf names the count a relay takes from: the route's per signer and
// model, or per model when anyone may ask (who empty).
func bucketOf(route string, model uint64, who string) (bucket, limitName string) {
	bucket = fmt.Sprintf("%s:%d", route, model)
	if who == "" {
		return bucket, "model"
	}
	return bucket + ":" + strings.ToLower(who), "signer"
}

// full is the refusal of a relay whose count in its window is used up.
func (r *Relay) full(route string, model uint64, who string, used int64, now, end time.Time) error {
	rule := r.Limits.rule(route)
	per := map[time.Duration]string{time.Hour: "this hour", 24 * time.Hour: "today (UTC)"}[rule.period]
	if who != "" {
		return refusal(rule.setting, now, end, "%s has had %d %s of model %d relayed %s, the most the platform relays per signer and model.", who, used, rule.what, model, per)
	}
	return refusal(rule.setting, now, end, "Model %d has had %d %s relayed %s, the most the platform relays per model.", model, used, rule.what, per)
}

// spent is the refusal of a relay the hour's gas budget has no room for;
// need is its gas limit (0: not estimated yet).
func (r *Relay) spent(route string, used, need int64, now, end time.Time) error {
	msg := "The platform's relay gas budget for this hour is spent: %d of %d gas used"
	args := []any{used, r.Limits.GasPerHour}
	if need > 0 {
		msg += ", and this %s relay needs up to %d gas"
		args = append(args, route, need)
	}
	return refusal("relay-gas-per-hour", now, end, msg+". Every member's relays share it.", args...)
}

// sweep forgets old windows, at most once per relaySweepEvery per process.
func (r *Relay) sweep(ctx context.Context) {
	now := r.now()
	r.mu.Lock()
	due := now.Sub(r.lastSweep) >= relaySweepEvery
	if due {
		r.lastSweep = now
	}
	r.mu.Unlock()
	if due {
		if err := r.Store.SweepRelays(ctx, now.Add(-relayKeep).Unix()); err != nil {
			r.logger().Warn("relay: sweep old counts", "err", err)
		}
	}
}

// CheckLimits returns an EINVALID error naming the first limit out of
// range; field names the setting.
func CheckLimits(l Limits) error {
	for _, c := range []struct {
		setting string
		v, max  int64
	}{
		{"relay-ratings-per-day", l.RatingsPerDay, 1000}, {"relay-votes-per-day", l.VotesPerDay, 10_000},
		{"relay-proposals-per-day", l.ProposalsPerDay, 1000}, {"relay-advances-per-hour", l.AdvancesPerHour, 10_000},
		{"relay-releases-per-day", l.ReleasesPerDay, 10_000}, {"relay-setups-per-day", l.SetupsPerDay, 1000},
		{"relay-gas-per-hour", l.GasPerHour, 1 << 50},
	} {
		if c.v < 0 || c.v > c.max {
			return hokusai.FieldErrorf(c.setting, "--%s must be from 0 (relay none) to %d, got %d.", c.setting, c.max, c.v)
		}
	}
	return nil
}
