package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain"
)

// Reward parameters and a fork's royalty (the fee share per model) change only through a DAO:
// the model's timelock sets the rewards (TokenManager.setRewardParameters, price and budget
// untouched), the parent's timelock a fork's royalty; the owners alone are refused.
func TestGovernedRewardsAndRoyalty(t *testing.T) {
	e := newHexsEnv(t)
	owner, forker := e.users[0], e.users[1]
	d := e.newModel(owner, "KRWD")
	e.releaseLaunchTokens(d)
	e.must(forker, e.factory, facABI.PackCreateFork(defaultParams("KRWF"), d.m.id.Uint64(), 1))
	fork := e.daoOf(e.createdModel("KRWF", forker))
	ms := []*model{d.m, fork.m}

	rewards := chain.RewardParams{TokensPerDeltaOne: tokensWei(9), MaxReward: tokensWei(90), MintThreshold: big.NewInt(5e17), ContributorBps: 6000}
	setRewards := func(r chain.RewardParams) []byte {
		return chain.RewardsProposal(e.tm.Address(), d.m.id.Uint64(), r, "").Calldatas[0]
	}
	// The owner alone, the admin and the fork's owner are refused; so is the parent's owner
	// setting the fork's royalty, and the fork's own timelock is not the parent's.
	for _, a := range []actor{owner, e.admin, forker} {
		e.reverts(a, e.tm, setRewards(rewards), ms, "Unauthorized", a.addr)
	}
	royalty := chain.RoyaltyProposal(e.router.Address(), fork.m.id.Uint64(), 1200, "fork pays 12%")
	for _, a := range []actor{owner, forker} {
		e.reverts(a, e.router, royalty.Calldatas[0], ms, "Unauthorized", a.addr)
	}
	before := call(t, e.tm, tmABI.PackRewardConfig(d.m.id), tmABI.UnpackRewardConfig)
	price := e.price(d.m.id)

	id, _ := e.propose(d, owner, e.tm.Address(), setRewards(rewards), "rewards 9 per DeltaOne")
	e.pass(d, id, nil)
	c := call(t, e.tm, tmABI.PackRewardConfig(d.m.id), tmABI.UnpackRewardConfig)
	if c.TokensPerDeltaOne.Cmp(tokensWei(9)) != 0 || c.MaxReward.Cmp(tokensWei(90)) != 0 || c.MintThreshold.Cmp(big.NewInt(5e17)) != 0 ||
		c.ContributorBps != 6000 || c.Budget.Cmp(before.Budget) != 0 || e.price(d.m.id).Cmp(price) != 0 {
		t.Fatalf("after the rewards proposal: %+v (budget before %v), price %v", c, before.Budget, e.price(d.m.id))
	}
	// Out-of-range parameters pass the vote but the execution reverts, changing nothing.
	bad, _ := e.propose(d, owner, e.tm.Address(), setRewards(chain.RewardParams{TokensPerDeltaOne: tokensWei(1), MaxReward: tokensWei(1), ContributorBps: 10_001}), "bad share")
	e.passUntilExecute(d, bad, owner)
	e.reverts(owner, d.governor, e.executeData(bad), ms, "BadSetting", "contributorBps", big.NewInt(10_001))

	if got := call(t, e.router, routerABI.PackRoyaltyBpsOf(fork.m.id), routerABI.UnpackRoyaltyBpsOf); got.Int64() != 500 {
		t.Fatalf("default royalty %v", got)
	}
	// The fork's own DAO cannot set what it pays its parent: its timelock is refused.
	e.must(e.admin, fork.m.vesting, vestABI.PackRelease())
	e.advance(time.Hour)
	fid, _ := e.propose(fork, forker, royalty.Targets[0], royalty.Calldatas[0], royalty.Description)
	e.passUntilExecute(fork, fid, forker)
	e.reverts(forker, fork.governor, e.executeData(fid), ms, "Unauthorized", fork.timelock.Address())
	// The parent's DAO can.
	id, _ = e.propose(d, owner, royalty.Targets[0], royalty.Calldatas[0], royalty.Description)
	e.pass(d, id, nil)
	if got := call(t, e.router, routerABI.PackRoyaltyBpsOf(fork.m.id), routerABI.UnpackRoyaltyBpsOf); got.Int64() != 1200 {
		t.Fatalf("royalty after the parent's proposal %v, want 1200", got)
	}
}

// passUntilExecute votes For with voter, waits out the voting period, queues and waits out the
// timelock's delay: the proposal is ready to execute.
func (e *hexsEnv) passUntilExecute(d *dao, id *big.Int, voter actor) {
	e.t.Helper()
	e.advance(2 * time.Hour)
	e.must(voter, d.governor, govABI.PackCastVote(id, chain.VoteFor))
	e.advance(169 * time.Hour)
	e.must(voter, d.governor, e.queueData(id))
	e.advance(25 * time.Hour)
}
