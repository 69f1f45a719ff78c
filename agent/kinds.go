package agent

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// proposalSpec is a checked proposal request: what to propose, before the
// model's contracts are known.
type proposalSpec struct {
	kind        string
	price       uint64
	tier        uint8
	bps         uint16
	consumer    common.Address
	description string
}

// parseProposal checks a proposal request's fields for its kind; each
// refusal names the field.
func parseProposal(req oapi.ProposalRequest) (proposalSpec, error) {
	s := proposalSpec{kind: chain.KindPrice, description: req.Description}
	if req.Kind != nil {
		s.kind = string(*req.Kind)
	}
	unwanted := func(field string, set bool) error {
		if set {
			return hokusai.FieldErrorf(field, "A %s proposal takes no %s; leave it out.", s.kind, field)
		}
		return nil
	}
	price := int64(-1)
	if req.PricePerCallMicros != nil {
		price = *req.PricePerCallMicros
	}
	var err error
	switch s.kind {
	case chain.KindPrice:
		if price < 1 || price > 1_000_000_000 {
			return s, hokusai.FieldErrorf("price_per_call_micros", "A price proposal needs price_per_call_micros between 1 and 1,000,000,000 micro-USDC (0.000001 to 1,000 USDC), got %d.", price)
		}
		s.price = uint64(price)
		if err = unwanted("tier", req.Tier != nil); err == nil {
			if err = unwanted("discount_bps", req.DiscountBps != nil); err == nil {
				err = unwanted("consumer", req.Consumer != nil)
			}
		}
	case chain.KindTierDiscount:
		tier := -1
		if req.Tier != nil {
			for i, n := range chain.TierNames {
				if n == string(*req.Tier) {
					tier = i
				}
			}
		}
		if tier < 0 {
			return s, hokusai.FieldErrorf("tier", "A tier_discount proposal needs tier: basic, batch or enterprise.")
		}
		if req.DiscountBps == nil || *req.DiscountBps < 0 || *req.DiscountBps > 9000 {
			return s, hokusai.FieldErrorf("discount_bps", "A tier_discount proposal needs discount_bps from 0 to 9000 (2500 = 25%%).")
		}
		s.tier, s.bps = uint8(tier), uint16(*req.DiscountBps)
		if err = unwanted("price_per_call_micros", req.PricePerCallMicros != nil); err == nil {
			err = unwanted("consumer", req.Consumer != nil)
		}
	case chain.KindEnterprise:
		if price < 0 || price > 1_000_000_000 {
			return s, hokusai.FieldErrorf("price_per_call_micros", "An enterprise proposal needs the consumer's price_per_call_micros, 0 (removes it) to 1,000,000,000 micro-USDC.")
		}
		if req.Consumer == nil {
			return s, hokusai.FieldErrorf("consumer", "An enterprise proposal needs consumer, the address that owns the consumer's API keys.")
		}
		if s.consumer, err = parseAddress("consumer", *req.Consumer); err != nil {
			return s, err
		}
		s.price = uint64(price)
		if err = unwanted("tier", req.Tier != nil); err == nil {
			err = unwanted("discount_bps", req.DiscountBps != nil)
		}
	default:
		return s, hokusai.FieldErrorf("kind", "kind is price, tier_discount or enterprise, not %q.", hokusai.Excerpt(s.kind))
	}
	return s, err
}

// build is the proposal's calls on the model's TokenManager or Agent.
func (s proposalSpec) build(manager, agent common.Address, modelID uint64) chain.Proposal {
	switch s.kind {
	case chain.KindTierDiscount:
		return chain.TierDiscountProposal(agent, s.tier, s.bps, s.description)
	case chain.KindEnterprise:
		return chain.EnterprisePriceProposal(agent, s.consumer, s.price, s.description)
	}
	return chain.PriceProposal(manager, modelID, s.price, s.description)
}
