package agent

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// TestParseRewardsAndRoyalty: the rewards and royalty kinds take their own fields, refuse the
// other kinds' and out-of-range values naming the field, and build calls that decode back to the
// same parameters at the TokenManager and the fee router.
func TestParseRewardsAndRoyalty(t *testing.T) {
	i := func(v int64) *int64 { return &v }
	str := func(v string) *string { return &v }
	kind := func(k oapi.ProposalRequestKind) *oapi.ProposalRequestKind { return &k }
	manager, agent, router := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	max128 := "340282366920938463463374607431768211455"
	for _, c := range []struct {
		name   string
		req    oapi.ProposalRequest
		field  string // refused on this field; "" accepted
		params string
	}{
		{"rewards", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("5000"), MaxReward: str(max128), ContributorBps: i(8000)},
			"", "map[contributor_bps:8000 max_reward:" + max128 + " mint_threshold:0 model_id:7 tokens_per_delta_one:5000]"},
		{"rewards threshold", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1"), MaxReward: str("1"), MintThreshold: str("500000000000000000")},
			"", "map[contributor_bps:0 max_reward:1 mint_threshold:500000000000000000 model_id:7 tokens_per_delta_one:1]"},
		{"rewards zero", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("0"), MaxReward: str("1")}, "tokens_per_delta_one", ""},
		{"rewards too big", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1"), MaxReward: str("340282366920938463463374607431768211456")}, "max_reward", ""},
		{"rewards missing cap", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1")}, "max_reward", ""},
		{"rewards threshold too big", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1"), MaxReward: str("1"), MintThreshold: str("79228162514264337593543950336")}, "mint_threshold", ""},
		{"rewards share", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1"), MaxReward: str("1"), ContributorBps: i(10_001)}, "contributor_bps", ""},
		{"rewards not a number", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1e3"), MaxReward: str("1")}, "tokens_per_delta_one", ""},
		{"rewards with price", oapi.ProposalRequest{Kind: kind("rewards"), TokensPerDeltaOne: str("1"), MaxReward: str("1"), PricePerCallMicros: i(5)}, "price_per_call_micros", ""},
		{"price with rewards", oapi.ProposalRequest{PricePerCallMicros: i(5), MaxReward: str("1")}, "max_reward", ""},
		{"royalty", oapi.ProposalRequest{Kind: kind("royalty"), ForkId: i(9), RoyaltyBps: i(1200)}, "", "map[fork_id:9 royalty_bps:1200]"},
		{"royalty too high", oapi.ProposalRequest{Kind: kind("royalty"), ForkId: i(9), RoyaltyBps: i(2001)}, "royalty_bps", ""},
		{"royalty no fork", oapi.ProposalRequest{Kind: kind("royalty"), RoyaltyBps: i(100)}, "fork_id", ""},
		{"royalty with tier discount", oapi.ProposalRequest{Kind: kind("royalty"), ForkId: i(9), RoyaltyBps: i(1), DiscountBps: i(1)}, "discount_bps", ""},
		{"tier with royalty", oapi.ProposalRequest{Kind: kind("tier_discount"), RoyaltyBps: i(1)}, "royalty_bps", ""},
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
		ip := sentProposal(s.build(manager, agent, router, 7), nil)
		var params map[string]any
		if s.kind == chain.KindRoyalty {
			params, _ = chain.DecodeRoyalty(ip.Calls, router)
		} else {
			var k string
			if k, params = chain.DecodeProposal(ip.Calls, manager, agent); k != s.kind {
				t.Errorf("%s: decoded as %s", c.name, k)
			}
		}
		if fmtParams(params) != c.params {
			t.Errorf("%s: decoded %s, want %s", c.name, fmtParams(params), c.params)
		}
	}
}
