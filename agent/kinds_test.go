package agent

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// TestParseProposal: each kind takes its own fields, refuses the others'
// and out-of-range values naming the field, and builds calls that decode
// back to the same kind and parameters.
func TestParseProposal(t *testing.T) {
	i := func(v int64) *int64 { return &v }
	str := func(v string) *string { return &v }
	kind := func(k oapi.ProposalRequestKind) *oapi.ProposalRequestKind { return &k }
	tier := func(k oapi.ProposalRequestTier) *oapi.ProposalRequestTier { return &k }
	consumer := "0x00000000000000000000000000000000000000A4"
	manager, agent := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	for _, c := range []struct {
		name   string
		req    oapi.ProposalRequest
		field  string // refused on this field; "" accepted
		kind   string
		params string
	}{
		{"price", oapi.ProposalRequest{PricePerCallMicros: i(6000)}, "", chain.KindPrice, "map[model_id:7 price_per_call_micros:6000]"},
		{"price zero", oapi.ProposalRequest{PricePerCallMicros: i(0)}, "price_per_call_micros", "", ""},
		{"price missing", oapi.ProposalRequest{}, "price_per_call_micros", "", ""},
		{"price with tier", oapi.ProposalRequest{PricePerCallMicros: i(1), Tier: tier("batch")}, "tier", "", ""},
		{"tier", oapi.ProposalRequest{Kind: kind("tier_discount"), Tier: tier("batch"), DiscountBps: i(4000)}, "", chain.KindTierDiscount, "map[discount_bps:4000 tier:batch]"},
		{"tier too deep", oapi.ProposalRequest{Kind: kind("tier_discount"), Tier: tier("batch"), DiscountBps: i(9001)}, "discount_bps", "", ""},
		{"tier unknown", oapi.ProposalRequest{Kind: kind("tier_discount"), Tier: tier("gold"), DiscountBps: i(1)}, "tier", "", ""},
		{"tier with price", oapi.ProposalRequest{Kind: kind("tier_discount"), Tier: tier("basic"), DiscountBps: i(1), PricePerCallMicros: i(5)}, "price_per_call_micros", "", ""},
		{"enterprise", oapi.ProposalRequest{Kind: kind("enterprise"), Consumer: str(consumer), PricePerCallMicros: i(1500)}, "", chain.KindEnterprise, "map[consumer:" + common.HexToAddress(consumer).Hex() + " price_per_call_micros:1500]"},
		{"enterprise removed", oapi.ProposalRequest{Kind: kind("enterprise"), Consumer: str(consumer), PricePerCallMicros: i(0)}, "", chain.KindEnterprise, "map[consumer:" + common.HexToAddress(consumer).Hex() + " price_per_call_micros:0]"},
		{"enterprise no consumer", oapi.ProposalRequest{Kind: kind("enterprise"), PricePerCallMicros: i(1)}, "consumer", "", ""},
		{"enterprise bad consumer", oapi.ProposalRequest{Kind: kind("enterprise"), Consumer: str("0x12"), PricePerCallMicros: i(1)}, "consumer", "", ""},
		{"unknown kind", oapi.ProposalRequest{Kind: kind("reward")}, "kind", "", ""},
	} {
		c.req.Description = "why"
		s, err := parseProposal(c.req)
		if c.field != "" {
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field {
				t.Errorf("%s: %v, want a refusal of %s", c.name, err, c.field)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		ip := sentProposal(s.build(manager, agent, common.Address{}, 7), nil)
		k, params := chain.DecodeProposal(ip.Calls, manager, agent)
		if k != c.kind || fmtParams(params) != c.params {
			t.Errorf("%s: decoded %s %s, want %s %s", c.name, k, fmtParams(params), c.kind, c.params)
		}
		// The same calls at another contract are not this platform's kind.
		if k, _ := chain.DecodeProposal(ip.Calls, agent, manager); k != chain.KindOther {
			t.Errorf("%s: calls at the wrong contract decode as %s", c.name, k)
		}
	}
}

func fmtParams(p map[string]any) string { return fmt.Sprint(p) }

// TestWithIndexDecodesEveryKind: the API names the rewards and royalty
// kinds too, and only at their own contracts.
func TestWithIndexDecodesEveryKind(t *testing.T) {
	manager, agent, router := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	a := &API{Manager: manager, Router: router}
	for _, c := range []struct {
		p    chain.Proposal
		kind string
	}{
		{chain.RewardsProposal(manager, 7, chain.RewardParams{TokensPerDeltaOne: big.NewInt(5), MaxReward: big.NewInt(9), ContributorBps: 8000}, "r"), chain.KindRewards},
		{chain.RoyaltyProposal(router, 8, 700, "f"), chain.KindRoyalty},
		{chain.RoyaltyProposal(manager, 8, 700, "f"), chain.KindOther},
	} {
		var out oapi.Proposal
		a.withIndex(&out, sentProposal(c.p, nil), agent)
		if out.Kind == nil || string(*out.Kind) != c.kind {
			t.Errorf("%x: kind %v, want %s", c.p.Calldatas[0][:4], out.Kind, c.kind)
		}
	}
}
