package chain_test

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// The reward and royalty proposal builders decode back to their kind and parameters, and only
// when the call goes to the contract the kind belongs to.
func TestDecodeRewardsAndRoyalty(t *testing.T) {
	manager, agent, router := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	wei, _ := new(big.Int).SetString("123456789012345678901234", 10)
	calls := func(p chain.Proposal) []hokusai.ProposalCall {
		return []hokusai.ProposalCall{{Target: p.Targets[0].Hex(), Value: p.Values[0], Data: p.Calldatas[0]}}
	}
	r := chain.RewardsProposal(manager, 7, chain.RewardParams{TokensPerDeltaOne: wei, MaxReward: big.NewInt(5), ContributorBps: 8000}, "d")
	kind, params := chain.DecodeProposal(calls(r), manager, agent)
	want := map[string]any{"model_id": uint64(7), "tokens_per_delta_one": wei.String(), "max_reward": "5", "mint_threshold": "0", "contributor_bps": uint16(8000)}
	if kind != chain.KindRewards || !reflect.DeepEqual(params, want) {
		t.Fatalf("decoded %s %v, want rewards %v", kind, params, want)
	}
	if kind, _ := chain.DecodeProposal(calls(r), agent, agent); kind != chain.KindOther {
		t.Fatalf("a rewards call to another contract decoded as %s", kind)
	}
	y := chain.RoyaltyProposal(router, 9, 1200, "d")
	if p, ok := chain.DecodeRoyalty(calls(y), router); !ok || !reflect.DeepEqual(p, map[string]any{"fork_id": uint64(9), "royalty_bps": uint16(1200)}) {
		t.Fatalf("royalty decoded %v %v", p, ok)
	}
	if _, ok := chain.DecodeRoyalty(calls(y), manager); ok {
		t.Fatal("a royalty call to another contract decoded")
	}
	if _, ok := chain.DecodeRoyalty(calls(r), manager); ok {
		t.Fatal("a rewards call decoded as a royalty")
	}
}
