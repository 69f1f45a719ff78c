package agent

import (
	"math/big"
	"slices"

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
	rewards     chain.RewardParams
	fork        uint64
	description string
}

// proposalFields are the request's kind-specific fields, in the order a
// refusal names them, with the kinds that take each.
var proposalFields = []struct {
	name  string
	kinds []string
	set   func(oapi.ProposalRequest) bool
}{
	{"price_per_call_micros", []string{chain.KindPrice, chain.KindEnterprise}, func(r oapi.ProposalRequest) bool { return r.PricePerCallMicros != nil }},
	{"tier", []string{chain.KindTierDiscount}, func(r oapi.ProposalRequest) bool { return r.Tier != nil }},
	{"discount_bps", []string{chain.KindTierDiscount}, func(r oapi.ProposalRequest) bool { return r.DiscountBps != nil }},
	{"consumer", []string{chain.KindEnterprise}, func(r oapi.ProposalRequest) bool { return r.Consumer != nil }},
	{"tokens_per_delta_one", []string{chain.KindRewards}, func(r oapi.ProposalRequest) bool { return r.TokensPerDeltaOne != nil }},
	{"max_reward", []string{chain.KindRewards}, func(r oapi.ProposalRequest) bool { return r.MaxReward != nil }},
	{"mint_threshold", []string{chain.KindRewards}, func(r oapi.ProposalRequest) bool { return r.MintThreshold != nil }},
	{"contributor_bps", []string{chain.KindRewards}, func(r oapi.ProposalRequest) bool { return r.ContributorBps != nil }},
	{"fork_id", []string{chain.KindRoyalty}, func(r oapi.ProposalRequest) bool { return r.ForkId != nil }},
	{"royalty_bps", []string{chain.KindRoyalty}, func(r oapi.ProposalRequest) bool { return r.RoyaltyBps != nil }},
}

// unwantedField refuses the first field req sets that kind does not take.
func unwantedField(kind string, req oapi.ProposalRequest) error {
	for _, f := range proposalFields {
		takes := false
		for _, k := range f.kinds {
			takes = takes || k == kind
		}
		if !takes && f.set(req) {
			return hokusai.FieldErrorf(f.name, "A %s proposal takes no %s; leave it out.", kind, f.name)
		}
	}
	return nil
}

// weiField parses a decimal amount below 2^bits; absent is nil when
// optional, else refused.
func weiField(field string, v *string, bits uint, optional bool, what string) (*big.Int, error) {
	if v == nil && optional {
		return nil, nil
	}
	var n *big.Int
	if v != nil {
		n, _ = new(big.Int).SetString(*v, 10)
	}
	if n == nil || n.Sign() < 0 || n.BitLen() > int(bits) || (!optional && n.Sign() == 0) {
		return nil, hokusai.FieldErrorf(field, "A rewards proposal needs %s: %s, a decimal integer from %d to 2^%d − 1.", field, what, map[bool]int{true: 0, false: 1}[optional], bits)
	}
	return n, nil
}

// parseProposal checks a proposal request's fields for its kind; each
// refusal names the field.
func parseProposal(req oapi.ProposalRequest) (proposalSpec, error) {
	s := proposalSpec{kind: chain.KindPrice, description: req.Description}
	if req.Kind != nil {
		s.kind = string(*req.Kind)
	}
	// An unknown kind is refused below, naming kind rather than a field.
	if err := unwantedField(s.kind, req); err != nil && slices.Contains([]string{chain.KindPrice, chain.KindTierDiscount, chain.KindEnterprise, chain.KindRewards, chain.KindRoyalty}, s.kind) {
		return s, err
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
	case chain.KindRewards:
		r := &s.rewards
		if r.TokensPerDeltaOne, err = weiField("tokens_per_delta_one", req.TokensPerDeltaOne, 128, false, "token wei per whole DeltaOne"); err != nil {
			return s, err
		}
		if r.MaxReward, err = weiField("max_reward", req.MaxReward, 128, false, "the cap per improvement in token wei"); err != nil {
			return s, err
		}
		if r.MintThreshold, err = weiField("mint_threshold", req.MintThreshold, 96, true, "DeltaOnes in wad (10^18 = one), 0 for one DeltaOne"); err != nil {
			return s, err
		}
		if req.ContributorBps != nil {
			if *req.ContributorBps < 0 || *req.ContributorBps > 10_000 {
				return s, hokusai.FieldErrorf("contributor_bps", "contributor_bps is the contributors' share from 0 (meaning 7000) to 10000 basis points, not %d.", *req.ContributorBps)
			}
			r.ContributorBps = uint16(*req.ContributorBps)
		}
	case chain.KindRoyalty:
		if req.ForkId == nil || *req.ForkId < 1 || *req.ForkId > 1<<32-1 {
			return s, hokusai.FieldErrorf("fork_id", "A royalty proposal needs fork_id, the id of a fork of this model.")
		}
		if req.RoyaltyBps == nil || *req.RoyaltyBps < 0 || *req.RoyaltyBps > 2000 {
			return s, hokusai.FieldErrorf("royalty_bps", "A royalty proposal needs royalty_bps from 0 to 2000 (500 = 5%%).")
		}
		s.fork, s.bps = uint64(*req.ForkId), uint16(*req.RoyaltyBps)
	default:
		return s, hokusai.FieldErrorf("kind", "kind is price, tier_discount, enterprise, rewards or royalty, not %q.", hokusai.Excerpt(s.kind))
	}
	return s, err
}

// build is the proposal's calls on the model's TokenManager or Agent, or
// the fee router.
func (s proposalSpec) build(manager, agent, router common.Address, modelID uint64) chain.Proposal {
	switch s.kind {
	case chain.KindRewards:
		return chain.RewardsProposal(manager, modelID, s.rewards, s.description)
	case chain.KindRoyalty:
		return chain.RoyaltyProposal(router, s.fork, s.bps, s.description)
	case chain.KindTierDiscount:
		return chain.TierDiscountProposal(agent, s.tier, s.bps, s.description)
	case chain.KindEnterprise:
		return chain.EnterprisePriceProposal(agent, s.consumer, s.price, s.description)
	}
	return chain.PriceProposal(manager, modelID, s.price, s.description)
}
