package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Listing is a model for sale (F28): its seller (the owner who listed it)
// and its price in micro-USDC; a zero Seller means not for sale.
type Listing struct {
	Seller common.Address
	Price  *big.Int
}

func (s *Session) market() (common.Address, error) {
	if s.Protocol.Market == (common.Address{}) {
		return common.Address{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "This chain's protocol has no model market; models cannot be sold here.")
	}
	return s.Protocol.Market, nil
}

// Listing reads model id's listing; a lapsed one (the owner changed) is zero.
func (s *Session) Listing(ctx context.Context, id uint64) (*Listing, error) {
	m, err := s.market()
	if err != nil {
		return nil, err
	}
	out, err := s.Client.callHexs(ctx, m, marketBinding.PackListing(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, fmt.Errorf("listing: %w", err)
	}
	l, err := marketBinding.UnpackListing(out)
	if err != nil {
		return nil, fmt.Errorf("listing: %w", err)
	}
	return &Listing{Seller: l.Seller, Price: l.Price}, nil
}

// ListModel puts model id up for sale at price micro-USDC; key is the owner's.
func (s *Session) ListModel(ctx context.Context, key *ecdsa.PrivateKey, id uint64, price *big.Int) (*types.Receipt, error) {
	m, err := s.market()
	if err != nil {
		return nil, err
	}
	if price.Sign() <= 0 || price.BitLen() > 96 {
		return nil, hokusai.FieldErrorf("usdc", "The price must be above 0 and below 2^96 micro-USDC.")
	}
	return s.Client.Send(ctx, key, Tx{To: &m, Data: marketBinding.PackList(new(big.Int).SetUint64(id), price), ABIs: hexsABIs})
}

// CancelListing withdraws model id from sale; key is the seller's.
func (s *Session) CancelListing(ctx context.Context, key *ecdsa.PrivateKey, id uint64) (*types.Receipt, error) {
	m, err := s.market()
	if err != nil {
		return nil, err
	}
	return s.Client.Send(ctx, key, Tx{To: &m, Data: marketBinding.PackCancel(new(big.Int).SetUint64(id)), ABIs: hexsABIs})
}

// BuyModel buys model id for at most maxPrice micro-USDC: it approves the
// market for the listed price when needed, then buys, which moves every
// owner right (registry owner, Agent membership, owner share, vesting) to
// key's account in one transaction.
func (s *Session) BuyModel(ctx context.Context, key *ecdsa.PrivateKey, id uint64, maxPrice *big.Int) (*types.Receipt, error) {
	m, err := s.market()
	if err != nil {
		return nil, err
	}
	l, err := s.Listing(ctx, id)
	if err != nil {
		return nil, err
	}
	if l.Seller == (common.Address{}) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d is not for sale.", id)
	}
	if l.Price.Cmp(maxPrice) > 0 {
		return nil, hokusai.FieldErrorf("max_usdc", "Model %d costs %s micro-USDC, above your maximum of %s.", id, l.Price, maxPrice)
	}
	usdc := s.Protocol.USDC
	if _, err := s.Client.Send(ctx, key, Tx{To: &usdc, Data: usdcB.PackApprove(m, l.Price), ABIs: protocolABIs}); err != nil {
		return nil, fmt.Errorf("approve usdc: %w", err)
	}
	return s.Client.Send(ctx, key, Tx{To: &m, Data: marketBinding.PackBuy(new(big.Int).SetUint64(id), maxPrice), ABIs: hexsABIs})
}

// MaxSalePrice bounds a listing's price: 10^15 micro-USDC (a billion USDC).
const MaxSalePrice = 1_000_000_000_000_000

// SaleStep is one transaction of a sale that the user's wallet signs and
// sends itself: the market checks the sender (the owner lists and
// cancels, the buyer pays), so the platform cannot relay them.
type SaleStep struct {
	To          common.Address
	Data        []byte
	Description string
}

// SalePlan checks what action (list, cancel or buy) from would do to model
// id and returns the transactions from's wallet sends, in order. price is
// the listing's price (list) or the most from pays (buy), in micro-USDC.
// Refusals: EFORBIDDEN when from does not own (list) or did not list
// (cancel) the model; ENOTFOUND when it is not for sale (cancel, buy);
// EINVALID on price when the listing costs more than price; ECONFLICT
// when from is the seller or holds too little USDC.
func (s *Session) SalePlan(ctx context.Context, action string, id uint64, from common.Address, price *big.Int) ([]SaleStep, error) {
	m, err := s.market()
	if err != nil {
		return nil, err
	}
	mid := new(big.Int).SetUint64(id)
	l, err := s.Listing(ctx, id)
	if err != nil {
		return nil, err
	}
	switch action {
	case "list":
		if price == nil || price.Sign() <= 0 || price.Cmp(big.NewInt(MaxSalePrice)) > 0 {
			return nil, hokusai.FieldErrorf("price_micros", "A listing's price is 1 to 10^15 micro-USDC.")
		}
		reg := bindings.NewModelRegistry()
		out, err := s.Client.call(ctx, s.Protocol.Registry, reg.PackModelAccounts(mid))
		if err != nil {
			return nil, fmt.Errorf("model owner: %w", err)
		}
		acc, err := reg.UnpackModelAccounts(out)
		if err != nil {
			return nil, fmt.Errorf("model owner: %w", err)
		}
		if acc.Owner != from {
			return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "%s does not own model %d (%s does); only its owner lists it.", from.Hex(), id, acc.Owner.Hex())
		}
		return []SaleStep{{To: m, Data: marketBinding.PackList(mid, price), Description: fmt.Sprintf("list model %d for %s micro-USDC", id, price)}}, nil
	case "cancel":
		if l.Seller == (common.Address{}) {
			return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d is not for sale.", id)
		}
		if l.Seller != from {
			return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "Model %d was listed by %s; only its seller cancels the listing.", id, l.Seller.Hex())
		}
		return []SaleStep{{To: m, Data: marketBinding.PackCancel(mid), Description: fmt.Sprintf("cancel model %d's listing", id)}}, nil
	case "buy":
		if l.Seller == (common.Address{}) {
			return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d is not for sale.", id)
		}
		if price == nil || l.Price.Cmp(price) > 0 {
			return nil, hokusai.FieldErrorf("max_price_micros", "Model %d costs %s micro-USDC, above your maximum of %v.", id, l.Price, price)
		}
		if l.Seller == from {
			return nil, hokusai.Errorf(hokusai.ECONFLICT, "%s listed model %d; a seller cannot buy its own model (cancel the listing instead).", from.Hex(), id)
		}
		usdc := s.Protocol.USDC
		read := func(data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
			out, err := s.Client.call(ctx, usdc, data)
			if err != nil {
				return nil, fmt.Errorf("usdc: %w", err)
			}
			return unpack(out)
		}
		bal, err := read(usdcB.PackBalanceOf(from), usdcB.UnpackBalanceOf)
		if err != nil {
			return nil, err
		}
		if bal.Cmp(l.Price) < 0 {
			return nil, hokusai.Errorf(hokusai.ECONFLICT, "%s holds %s micro-USDC; model %d costs %s.", from.Hex(), bal, id, l.Price)
		}
		allowance, err := read(usdcB.PackAllowance(from, m), usdcB.UnpackAllowance)
		if err != nil {
			return nil, err
		}
		var steps []SaleStep
		if allowance.Cmp(l.Price) < 0 {
			steps = append(steps, SaleStep{To: usdc, Data: usdcB.PackApprove(m, l.Price), Description: fmt.Sprintf("let the market take %s micro-USDC", l.Price)})
		}
		return append(steps, SaleStep{To: m, Data: marketBinding.PackBuy(mid, price), Description: fmt.Sprintf("buy model %d for %s micro-USDC (at most %s)", id, l.Price, price)}), nil
	}
	return nil, hokusai.FieldErrorf("action", "action is list, cancel or buy, not %q.", hokusai.Excerpt(action))
}
