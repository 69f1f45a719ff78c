package sdk_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// TestProposeKindsCheckedLocally: rewards and royalty terms outside the
// API's bounds are refused before any request (the server is a closed
// port), naming the API's field.
func TestProposeKindsCheckedLocally(t *testing.T) {
	c := sdk.New("http://127.0.0.1:1")
	key, _ := crypto.GenerateKey()
	ctx := context.Background()
	one, neg := big.NewInt(1), big.NewInt(-1)
	over128 := new(big.Int).Lsh(one, 128)
	for _, tc := range []struct {
		r     sdk.RewardsProposal
		field string
	}{
		{sdk.RewardsProposal{MaxReward: one}, "tokens_per_delta_one"},
		{sdk.RewardsProposal{TokensPerDeltaOne: neg, MaxReward: one}, "tokens_per_delta_one"},
		{sdk.RewardsProposal{TokensPerDeltaOne: one, MaxReward: new(big.Int)}, "max_reward"},
		{sdk.RewardsProposal{TokensPerDeltaOne: one, MaxReward: over128}, "max_reward"},
		{sdk.RewardsProposal{TokensPerDeltaOne: one, MaxReward: one, MintThreshold: new(big.Int).Lsh(one, 96)}, "mint_threshold"},
		{sdk.RewardsProposal{TokensPerDeltaOne: one, MaxReward: one, MintThreshold: neg}, "mint_threshold"},
		{sdk.RewardsProposal{TokensPerDeltaOne: one, MaxReward: one, ContributorBps: 10_001}, "contributor_bps"},
		{sdk.RewardsProposal{TokensPerDeltaOne: one, MaxReward: one, ContributorBps: -1}, "contributor_bps"},
	} {
		_, err := c.ProposeRewards(ctx, "7", tc.r, "d", key)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%+v: %v; want invalid %s", tc.r, err, tc.field)
		}
	}
	for _, tc := range []struct {
		fork  uint64
		bps   int64
		field string
	}{{0, 500, "fork_id"}, {1 << 32, 500, "fork_id"}, {8, 2001, "royalty_bps"}, {8, 10_001, "royalty_bps"}, {8, -1, "royalty_bps"}} {
		_, err := c.ProposeRoyalty(ctx, "7", tc.fork, tc.bps, "d", key)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
			t.Errorf("royalty fork %d bps %d: %v; want invalid %s", tc.fork, tc.bps, err, tc.field)
		}
	}
}

// TestRewardsCheckBounds: Check accepts exactly the terms agent/kinds.go
// accepts — amounts 1 to 2^128 − 1, a threshold 0 to 2^96 − 1, a share 0
// to 10,000 bps.
func TestRewardsCheckBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		amount := func(name string) (*big.Int, int) {
			bits := rapid.IntRange(0, 130).Draw(t, name+"Bits")
			v := new(big.Int).Lsh(big.NewInt(1), uint(bits))
			v.Sub(v, big.NewInt(rapid.Int64Range(0, 1).Draw(t, name+"Less")))
			if rapid.Bool().Draw(t, name+"Neg") {
				v.Neg(v)
			}
			return v, bits
		}
		per, _ := amount("per")
		maxR, _ := amount("max")
		thr, _ := amount("threshold")
		bps := rapid.Int64Range(-5, 10_005).Draw(t, "bps")
		r := sdk.RewardsProposal{TokensPerDeltaOne: per, MaxReward: maxR, MintThreshold: thr, ContributorBps: bps}
		in := func(v *big.Int, lo int64, bits int) bool { return v.Cmp(big.NewInt(lo)) >= 0 && v.BitLen() <= bits }
		want := in(per, 1, 128) && in(maxR, 1, 128) && in(thr, 0, 96) && bps >= 0 && bps <= 10_000
		if err := r.Check(); (err == nil) != want {
			t.Fatalf("Check(%v, %v, %v, %d) = %v; want ok %v", per, maxR, thr, bps, err, want)
		}
	})
}
