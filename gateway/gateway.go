// Package gateway is Hokusai's metered model API (F19–F22): API keys and
// their scopes (as the hokusai.AccessService the REST server calls), per-key
// rate limits, licence rules, prices read from the
// chain with the Basic and Batch tiers, the call handlers (predict,
// batch_predict, estimate_cost, OpenAI-compatible chat completions),
// a cache that serves each model's head version, and Prometheus metrics.
//
// Every paid call is validated and run before it is charged, and charged
// (durably, by the hokusai.LedgerService) before its response is written,
// so a rejected call is never charged and an answered one always is.
package gateway

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"

	"github.com/hokusai-protocol/hokusai"
)

// Config holds what a Gateway needs. Keys, Whitelist, Ledger, Models,
// Serving and Prices are required.
type Config struct {
	Keys      hokusai.KeyService
	Whitelist hokusai.WhitelistService
	Ledger    hokusai.LedgerService
	Models    hokusai.ModelService
	Serving   Serving
	Prices    PriceSource
	// Terms, when set, gives each model's DAO-governed Batch discount and
	// Enterprise prices (F20); nil charges BatchDiscountBps and no
	// Enterprise price.
	Terms TermsSource

	// Dev makes new keys hk_dev_ keys (the dev chain); otherwise hk_live_.
	Dev    bool
	Logger *slog.Logger

	RateLimit        float64       // default calls per second per key; default 100
	Burst            int           // default burst per key; default 2×RateLimit
	BatchDiscountBps int64         // Batch tier discount in basis points; default 2500 (25%); negative means none
	MaxRows          int           // rows per call; default 1000
	MaxBody          int64         // request body bytes; default 4 MiB
	KeyCacheTTL      time.Duration // how long a looked-up key is trusted; default 2s
	ModelCacheTTL    time.Duration // how long a looked-up model record is reused; default 5s
	HTTPClient       *http.Client  // for chat completions upstream; default a client with no overall timeout
	// Registerer receives the gateway's metrics; default a new registry.
	Registerer prometheus.Registerer
	Now        func() time.Time
}

// Gateway serves the metered API. Create it with New and add its routes to
// a server with Register.
type Gateway struct {
	cfg     Config
	log     *slog.Logger
	metrics *metrics

	keyMu    sync.RWMutex
	keyCache map[[sha256.Size]byte]cachedKey // secret sha256 → key

	limMu    sync.Mutex
	limiters map[string]*rate.Limiter // key id → limiter

	modelMu sync.RWMutex
	models  map[string]cachedModel // path reference ("1", "VOTE") → record
}

type cachedModel struct {
	m       *hokusai.Model
	fetched time.Time
}

type cachedKey struct {
	key     *hokusai.APIKey
	fetched time.Time
}

// New returns a gateway for cfg, with defaults filled in.
func New(cfg Config) *Gateway {
	if cfg.RateLimit <= 0 {
		cfg.RateLimit = 100
	}
	if cfg.Burst <= 0 {
		cfg.Burst = int(2 * cfg.RateLimit)
		if cfg.Burst < 1 {
			cfg.Burst = 1
		}
	}
	if cfg.BatchDiscountBps == 0 {
		cfg.BatchDiscountBps = 2500
	}
	if cfg.BatchDiscountBps < 0 {
		cfg.BatchDiscountBps = 0
	}
	if cfg.BatchDiscountBps > 10000 {
		cfg.BatchDiscountBps = 10000
	}
	if cfg.MaxRows <= 0 {
		cfg.MaxRows = 1000
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 4 << 20
	}
	if cfg.KeyCacheTTL == 0 {
		cfg.KeyCacheTTL = 2 * time.Second
	}
	if cfg.ModelCacheTTL == 0 {
		cfg.ModelCacheTTL = 5 * time.Second
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Registerer == nil {
		cfg.Registerer = prometheus.NewRegistry()
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Gateway{
		cfg:      cfg,
		log:      log.With("part", "gateway"),
		metrics:  newMetrics(cfg.Registerer),
		keyCache: map[[sha256.Size]byte]cachedKey{},
		limiters: map[string]*rate.Limiter{},
		models:   map[string]cachedModel{},
	}
}

// Mux is where routes go: *http.ServeMux, or the REST server
// (hokusai/http.Server.Handle).
type Mux interface {
	Handle(pattern string, h http.Handler)
}

// Routes lists the patterns Register adds, for the OpenAPI agreement test.
var Routes = []string{
	"POST /v1/models/{id}/predict",
	"POST /v1/models/{id}/batch_predict",
	"POST /v1/models/{id}/estimate_cost",
	"POST /v1/chat/completions",
	"POST /v1/models/{id}/integration_test",
	"POST /v1/playground",
}

// Register adds the gateway's routes to m.
func (g *Gateway) Register(m Mux) {
	h := map[string]http.HandlerFunc{
		"POST /v1/models/{id}/predict":          g.handlePredict(TierBasic),
		"POST /v1/models/{id}/batch_predict":    g.handlePredict(TierBatch),
		"POST /v1/models/{id}/estimate_cost":    g.handleEstimateCost,
		"POST /v1/chat/completions":             g.handleChat,
		"POST /v1/models/{id}/integration_test": g.handleIntegrationTest,
		"POST /v1/playground":                   g.handlePlayground,
	}
	for _, p := range Routes {
		m.Handle(p, h[p])
	}
	// The server's own refusals of a chat request (no key, a body over its
	// limit) are written in OpenAI's error shape like the handler's.
	if em, ok := m.(interface {
		HandleErrors(string, func(http.ResponseWriter, *http.Request, error))
	}); ok {
		em.HandleErrors("POST /v1/chat/completions", func(w http.ResponseWriter, r *http.Request, err error) {
			g.chatFail(w, r, unknownModel, err)
		})
	}
}

// Handler returns the gateway's routes on a mux of their own (tests,
// benchmarks, a gateway-only listener).
func (g *Gateway) Handler() http.Handler {
	mux := http.NewServeMux()
	g.Register(mux)
	return mux
}

// keyPrefix is the prefix new keys get.
func (g *Gateway) keyPrefix() string {
	if g.cfg.Dev {
		return PrefixDev
	}
	return PrefixLive
}

// bearer returns the API key the request carries: "Authorization: Bearer
// hk_…" or "X-API-Key: hk_…"; "" when none.
func bearer(r *http.Request) string {
	if a := r.Header.Get("Authorization"); a != "" {
		if len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
			return strings.TrimSpace(a[7:])
		}
		return ""
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

// authenticate finds the key with secret and checks that it is active and
// grants scope: EUNAUTHORIZED (401) for a missing, malformed, unknown,
// revoked or expired key, EFORBIDDEN (403) for a missing scope.
func (g *Gateway) authenticate(ctx context.Context, secret string, scope hokusai.Scope) (*hokusai.APIKey, error) {
	if secret == "" {
		return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "This endpoint needs an API key: send \"Authorization: Bearer hk_…\". Create one with `hokusai keys create`.")
	}
	if err := CheckSecret(secret); err != nil {
		return nil, err
	}
	sum := secretSum(secret)
	now := g.cfg.Now()
	g.keyMu.RLock()
	c, ok := g.keyCache[sum]
	g.keyMu.RUnlock()
	if !ok || now.Sub(c.fetched) > g.cfg.KeyCacheTTL {
		k, err := g.cfg.Keys.FindKeyByHash(ctx, hex.EncodeToString(sum[:]))
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "The API key is not known to this server; create one with `hokusai keys create`.")
		}
		if err != nil {
			return nil, err
		}
		c = cachedKey{key: k, fetched: now}
		g.keyMu.Lock()
		g.keyCache[sum] = c
		g.keyMu.Unlock()
	}
	k := c.key
	if !k.RevokedAt.IsZero() && !now.Before(k.RevokedAt) {
		return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "API key %s was revoked at %s; create a new key with `hokusai keys create`.", k.ID, k.RevokedAt.Format(time.RFC3339))
	}
	if !k.ExpiresAt.IsZero() && !now.Before(k.ExpiresAt) {
		return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "API key %s expired at %s; create a new key with `hokusai keys create`.", k.ID, k.ExpiresAt.Format(time.RFC3339))
	}
	if !k.HasScope(scope) {
		return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "API key %s lacks the %q scope this endpoint needs; create a key with --scopes %s.", k.ID, scope, scope)
	}
	return k, nil
}

// forgetKeys drops cached keys after a revoke or rotation, so the change
// holds at once in this process.
func (g *Gateway) forgetKeys() {
	g.keyMu.Lock()
	g.keyCache = map[[sha256.Size]byte]cachedKey{}
	g.keyMu.Unlock()
}

// rateLimitError is ERATELIMIT with the time after which a retry may pass.
type rateLimitError struct {
	err   *hokusai.Error
	after time.Duration
}

func (e *rateLimitError) Error() string             { return e.err.Error() }
func (e *rateLimitError) Unwrap() error             { return e.err }
func (e *rateLimitError) RetryAfter() time.Duration { return e.after }

// allow spends one token of the key's rate limit, or returns ERATELIMIT
// saying when to retry.
func (g *Gateway) allow(k *hokusai.APIKey) error {
	g.limMu.Lock()
	lim := g.limiters[k.ID]
	if lim == nil {
		r, b := g.cfg.RateLimit, g.cfg.Burst
		if k.RateLimit > 0 {
			r, b = k.RateLimit, max(1, int(2*k.RateLimit))
		}
		lim = rate.NewLimiter(rate.Limit(r), b)
		g.limiters[k.ID] = lim
	}
	g.limMu.Unlock()
	now := g.cfg.Now()
	res := lim.ReserveN(now, 1)
	if !res.OK() {
		return &rateLimitError{hokusai.Errorf(hokusai.ERATELIMIT, "API key %s is over its rate limit; retry later.", k.ID), time.Second}
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return &rateLimitError{hokusai.Errorf(hokusai.ERATELIMIT, "API key %s is over its rate limit of %s calls per second; retry after %s.", k.ID, strconv.FormatFloat(float64(lim.Limit()), 'f', -1, 64), d.Round(time.Millisecond)), d}
	}
	return nil
}

// resolveModel finds a model by id ("7") or ticker ("HVOTE"). Records are
// reused for ModelCacheTTL: a model's licence and owner change rarely, and
// a database read per call would be most of the gateway's own cost.
func (g *Gateway) resolveModel(ctx context.Context, ref string) (*hokusai.Model, error) {
	now := time.Now()
	g.modelMu.RLock()
	c, ok := g.models[ref]
	g.modelMu.RUnlock()
	if ok && now.Sub(c.fetched) < g.cfg.ModelCacheTTL {
		return c.m, nil
	}
	return g.fetchModel(ctx, ref, now)
}

// fetchModel reads model ref from the index and caches it as of now.
func (g *Gateway) fetchModel(ctx context.Context, ref string, now time.Time) (*hokusai.Model, error) {
	var m *hokusai.Model
	var err error
	if id, perr := strconv.ParseUint(ref, 10, 64); perr == nil {
		m, err = g.cfg.Models.FindModelByID(ctx, id)
	} else {
		t, terr := hokusai.NormalizeTicker(ref)
		if terr != nil {
			return nil, hokusai.FieldErrorf("model", "Model %q is neither a model id nor a ticker.", hokusai.Excerpt(ref))
		}
		m, err = g.cfg.Models.FindModelByTicker(ctx, t)
	}
	if err != nil {
		return nil, err
	}
	g.modelMu.Lock()
	if len(g.models) > 10000 { // bound the cache against many distinct references
		g.models = map[string]cachedModel{}
	}
	g.models[ref] = cachedModel{m, now}
	g.modelMu.Unlock()
	return m, nil
}

// checkLicense applies the model's licence to the consumer: Proprietary
// models serve their owner and whitelisted consumers only; it reports
// whether calls are free (Open Source).
func (g *Gateway) checkLicense(ctx context.Context, m *hokusai.Model, consumer string) (free bool, err error) {
	switch m.License {
	case hokusai.LicenseOpenSource:
		return true, nil
	case hokusai.LicenseDecentralized:
		return false, nil
	case hokusai.LicenseProprietary:
		if strings.EqualFold(m.Owner, consumer) {
			return false, nil
		}
		ok, err := g.cfg.Whitelist.Whitelisted(ctx, m.ID, consumer)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, hokusai.Errorf(hokusai.EWHITELIST, "Model %s is proprietary and %s is not on its whitelist; ask the owner %s to add you (hokusai keys whitelist add).", m.Ticker, consumer, m.Owner)
		}
		return false, nil
	}
	return false, hokusai.Errorf(hokusai.ELICENSE, "Model %s has a licence this server does not know (%d), so it serves no calls.", m.Ticker, m.License)
}
