package gateway

import (
	"context"
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

	mu sync.Mutex
	m  map[uint64]cachedPrice
}

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
