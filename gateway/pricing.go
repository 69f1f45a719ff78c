package gateway

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// Tier is a pricing tier (F20).
type Tier string

// Tiers the gateway serves; Enterprise is negotiated off-platform.
const (
	TierBasic Tier = "basic" // predict and chat completions: the price per call
	TierBatch Tier = "batch" // batch_predict: the price per row less the batch discount
)

// ParseTier accepts basic or batch; "" is basic.
func ParseTier(s string) (Tier, error) {
	switch Tier(s) {
	case "", TierBasic:
		return TierBasic, nil
	case TierBatch:
		return TierBatch, nil
	}
	return "", hokusai.FieldErrorf("tier", "Unknown tier %q; use basic or batch.", s)
}

// PriceSource gives a model's current price per call in micro-USDC.
type PriceSource interface {
	// PricePerCall returns EUNAVAILABLE when the chain cannot be read.
	PricePerCall(ctx context.Context, modelID uint64) (int64, error)
}

// FixedPrice charges the same price for every model (tests, benchmarks,
// a server with no TokenManager).
type FixedPrice int64

// PricePerCall implements PriceSource.
func (p FixedPrice) PricePerCall(context.Context, uint64) (int64, error) { return int64(p), nil }

// ChainPrices reads TokenManager.pricePerCall (which follows DAO-approved
// ramps) and keeps each answer for TTL, so a call costs no chain read.
type ChainPrices struct {
	Client  *chain.Client
	Manager common.Address
	TTL     time.Duration // default 10s

	// Registry finds each model's Agent, which holds its tier terms.
	Registry common.Address

	mu     sync.Mutex
	m      map[uint64]cachedPrice
	agents map[uint64]common.Address // immutable: a model's Agent never changes
	terms  map[string]cachedPrice    // "model/batch" and "model/consumer", at most maxTerms
}

// maxTerms bounds the cached tier terms; the cache empties when full.
const maxTerms = 100_000

var _ TermsSource = (*ChainPrices)(nil)

type cachedPrice struct {
	price int64
	at    time.Time
}

// PricePerCall implements PriceSource.
func (c *ChainPrices) PricePerCall(ctx context.Context, modelID uint64) (int64, error) {
	ttl := c.TTL
	if ttl == 0 {
		ttl = 10 * time.Second
	}
	c.mu.Lock()
	p, ok := c.m[modelID]
	c.mu.Unlock()
	if ok && time.Since(p.at) < ttl {
		return p.price, nil
	}
	v, err := c.Client.PricePerCall(ctx, c.Manager, modelID)
	if err != nil {
		if ok { // a stale price beats refusing calls while the node blinks
			return p.price, nil
		}
		return 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "The price per call of model %d cannot be read from the chain now; retry shortly.", modelID)
	}
	if !v.IsInt64() || v.Sign() < 0 {
		return 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d's price per call on the chain (%s) is out of range.", modelID, v)
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[uint64]cachedPrice{}
	}
	c.m[modelID] = cachedPrice{v.Int64(), time.Now()}
	c.mu.Unlock()
	return v.Int64(), nil
}

// TermsSource gives a model's tier terms its DAO governs (F20): the Batch
// discount and an Enterprise consumer's own price per call.
type TermsSource interface {
	// BatchDiscountBps is the model's Batch discount in basis points.
	BatchDiscountBps(ctx context.Context, modelID uint64) (int64, error)
	// EnterprisePrice is consumer's own price per call for the model in
	// micro-USDC; 0 when the DAO gave it none.
	EnterprisePrice(ctx context.Context, modelID uint64, consumer string) (int64, error)
}

// terms is the price per call consumer pays for model's calls in tier and
// the Batch discount on it: an Enterprise consumer pays its own price
// (no further discount); Batch calls get the model's discount.
func (g *Gateway) terms(ctx context.Context, modelID uint64, consumer string, tier Tier) (price, discountBps int64, err error) {
	if t := g.cfg.Terms; t != nil {
		own, err := t.EnterprisePrice(ctx, modelID, consumer)
		if err != nil {
			return 0, 0, err
		}
		if own > 0 {
			return own, 0, nil
		}
	}
	if price, err = g.cfg.Prices.PricePerCall(ctx, modelID); err != nil || tier != TierBatch {
		return price, 0, err
	}
	if g.cfg.Terms == nil {
		return price, g.cfg.BatchDiscountBps, nil
	}
	d, err := g.cfg.Terms.BatchDiscountBps(ctx, modelID)
	return price, min(max(d, 0), 10000), err
}

// Fee is what rows calls cost at price per call in a tier, in micro-USDC,
// rounded down (in the consumer's favour). It returns EINVALID when the
// amount would not fit in an int64.
func Fee(price int64, rows int, tier Tier, discountBps int64) (int64, error) {
	f := new(big.Int).Mul(big.NewInt(price), big.NewInt(int64(rows)))
	if tier == TierBatch {
		f.Mul(f, big.NewInt(10000-discountBps))
		f.Quo(f, big.NewInt(10000))
	}
	if !f.IsInt64() {
		return 0, hokusai.FieldErrorf("inputs", "The fee for %d rows at %d micro-USDC each is too large; send fewer rows.", rows, price)
	}
	return f.Int64(), nil
}

// FormatUSDC formats micro-USDC as a decimal USDC string ("0.0015").
func FormatUSDC(micros int64) string { return hokusai.FormatInt64Units(micros, 6) }

// cached returns the value under key while fresh, else reads and keeps it;
// a failed read returns a stale value rather than refusing calls.
func (c *ChainPrices) cached(key string, read func() (int64, error)) (int64, error) {
	ttl := c.TTL
	if ttl == 0 {
		ttl = 10 * time.Second
	}
	c.mu.Lock()
	p, ok := c.terms[key]
	c.mu.Unlock()
	if ok && time.Since(p.at) < ttl {
		return p.price, nil
	}
	v, err := read()
	if err != nil {
		if ok {
			return p.price, nil
		}
		return 0, err
	}
	c.mu.Lock()
	if c.terms == nil || len(c.terms) >= maxTerms {
		c.terms = map[string]cachedPrice{}
	}
	c.terms[key] = cachedPrice{v, time.Now()}
	c.mu.Unlock()
	return v, nil
}

// agent is the model's Agent, read once.
func (c *ChainPrices) agent(ctx context.Context, modelID uint64) (common.Address, error) {
	c.mu.Lock()
	a, ok := c.agents[modelID]
	c.mu.Unlock()
	if ok {
		return a, nil
	}
	d, err := c.Client.ModelDAO(ctx, c.Registry, modelID)
	if err != nil {
		return common.Address{}, err
	}
	c.mu.Lock()
	if c.agents == nil || len(c.agents) >= maxTerms {
		c.agents = map[uint64]common.Address{}
	}
	c.agents[modelID] = d.Agent
	c.mu.Unlock()
	return d.Agent, nil
}

func termsUnavailable(modelID uint64, what string, err error) error {
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil // a model without an Agent has the default terms
	}
	return hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d's %s cannot be read from the chain now; retry shortly.", modelID, what)
}

// BatchDiscountBps implements TermsSource: the Agent's Batch discount.
func (c *ChainPrices) BatchDiscountBps(ctx context.Context, modelID uint64) (int64, error) {
	return c.cached(fmt.Sprintf("%d/batch", modelID), func() (int64, error) {
		a, err := c.agent(ctx, modelID)
		if err != nil {
			if err := termsUnavailable(modelID, "Batch discount", err); err != nil {
				return 0, err
			}
			return 2500, nil
		}
		d, err := c.Client.TierDiscountBps(ctx, a, chain.TierBatch)
		if err != nil {
			return 0, termsUnavailable(modelID, "Batch discount", err)
		}
		return int64(d), nil
	})
}

// EnterprisePrice implements TermsSource: consumer's price on the Agent.
func (c *ChainPrices) EnterprisePrice(ctx context.Context, modelID uint64, consumer string) (int64, error) {
	if !common.IsHexAddress(consumer) {
		return 0, nil
	}
	who := common.HexToAddress(consumer)
	return c.cached(fmt.Sprintf("%d/%s", modelID, who.Hex()), func() (int64, error) {
		a, err := c.agent(ctx, modelID)
		if err != nil {
			return 0, termsUnavailable(modelID, "Enterprise price", err)
		}
		p, err := c.Client.EnterprisePrice(ctx, a, who)
		if err != nil {
			return 0, termsUnavailable(modelID, "Enterprise price", err)
		}
		return int64(min(p, 1<<62)), nil
	})
}
