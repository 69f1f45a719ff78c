package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
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
