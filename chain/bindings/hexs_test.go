package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// createModel makes the Agent, Governor and timelock in the same transaction, wired to each
// other and to the token, with the owner as the only member and F20's DAO settings.
func TestAgentCreatedWithModel(t *testing.T) {
	e := newHexsEnv(t)
	owner, stranger := e.users[0], e.users[3]
	d := e.newModel(owner, "AGNT")
	if got := call(t, d.agent, agentABI.PackModelId(), agentABI.UnpackModelId); got.Cmp(d.m.id) != 0 {
		t.Fatalf("agent model id %v", got)
	}
	if got := call(t, d.agent, agentABI.PackToken(), agentABI.UnpackToken); got != d.m.token.Address() {
		t.Fatalf("agent token %v", got)
	}
	if got := call(t, d.agent, agentABI.PackOwner(), agentABI.UnpackOwner); got != owner.addr {
		t.Fatalf("agent owner %v", got)
	}
	if !call(t, d.agent, agentABI.PackIsMember(owner.addr), agentABI.UnpackIsMember) || e.stats(d).Members != 1 {
		t.Fatal("the owner is not the only member")
	}
	if got := call(t, d.governor, govABI.PackToken(), govABI.UnpackToken); got != d.m.token.Address() {
		t.Fatalf("governor token %v", got)
	}
	if got := call(t, d.governor, govABI.PackTimelock(), govABI.UnpackTimelock); got != d.timelock.Address() {
		t.Fatalf("governor timelock %v", got)
	}
	if got := call(t, d.timelock, tlABI.PackGovernor(), tlABI.UnpackGovernor); got != d.governor.Address() {
		t.Fatalf("timelock governor %v", got)
	}
	gm := call(t, d.governor, govABI.PackCLOCKMODE(), govABI.UnpackCLOCKMODE)
	tm := call(t, d.m.token, tokABI.PackCLOCKMODE(), tokABI.UnpackCLOCKMODE)
	if gm != tm || gm != "mode=timestamp&from=default&unit=3600" {
		t.Fatalf("governor CLOCK_MODE %q, token %q", gm, tm)
	}
	if gc, tc := call(t, d.governor, govABI.PackClock(), govABI.UnpackClock), call(t, d.m.token, tokABI.PackClock(), tokABI.UnpackClock); gc.Cmp(tc) != 0 {
		t.Fatalf("governor clock %d, token clock %d", gc, tc)
	}
	for name, c := range map[string]struct{ got, want int64 }{
		"votingDelay":  {call(t, d.governor, govABI.PackVotingDelay(), govABI.UnpackVotingDelay).Int64(), 1},
		"votingPeriod": {call(t, d.governor, govABI.PackVotingPeriod(), govABI.UnpackVotingPeriod).Int64(), 168},
		"quorum %":     {call(t, d.governor, govABI.PackQuorumNumerator0(), govABI.UnpackQuorumNumerator0).Int64(), 10},
		"threshold":    {call(t, d.governor, govABI.PackProposalThreshold(), govABI.UnpackProposalThreshold).Int64(), 0},
		"minDelay":     {call(t, d.timelock, tlABI.PackGetMinDelay(), tlABI.UnpackGetMinDelay).Int64(), 86400},
		"batch bps":    {int64(call(t, d.agent, agentABI.PackTierDiscountBps(1), agentABI.UnpackTierDiscountBps)), 2500},
		"basic bps":    {int64(call(t, d.agent, agentABI.PackTierDiscountBps(0), agentABI.UnpackTierDiscountBps)), 0},
	} {
		if c.got != c.want {
			t.Fatalf("%s = %d, want %d", name, c.got, c.want)
		}
	}
	if n := call(t, d.governor, govABI.PackName(), govABI.UnpackName); n != "Hokusai model DAO" {
		t.Fatalf("governor name %q", n)
	}
	l := call(t, e.registry, regABI.PackLinksOf(d.m.id), regABI.UnpackLinksOf)
	if l.ParentId != 0 || l.ParentVersion != 0 {
		t.Fatalf("a new model has a parent: %+v", l)
	}

	// Access: nobody re-initialises, records, or sets what only the DAO sets.
	ms := []*model{d.m}
	e.reverts(stranger, d.agent, agentABI.PackInitialize(stranger.addr), ms, "Unauthorized", stranger.addr)
	e.reverts(stranger, agentABI.Instance(e.client, e.dep.AgentImpl), agentABI.PackInitialize(stranger.addr), ms, "Unauthorized", stranger.addr)
	e.reverts(stranger, d.timelock, tlABI.PackInitialize(big.NewInt(0), nil, nil, stranger.addr), ms, "InitializeDisabled")
	e.reverts(stranger, d.agent, agentABI.PackRecordMint([]common.Address{stranger.addr}, []*big.Int{big.NewInt(1)}), ms, "Unauthorized", stranger.addr)
	e.reverts(stranger, d.agent, agentABI.PackRecordUsage(big.NewInt(1), big.NewInt(1), []common.Address{stranger.addr}), ms, "Unauthorized", stranger.addr)
	e.reverts(stranger, d.agent, agentABI.PackOwnerChanged(stranger.addr), ms, "Unauthorized", stranger.addr)
	for _, who := range []actor{owner, stranger, e.admin} {
		e.reverts(who, d.agent, agentABI.PackSetTierDiscount(1, 1000), ms, "Unauthorized", who.addr)
		e.reverts(who, d.agent, agentABI.PackSetEnterprisePrice(stranger.addr, 1), ms, "Unauthorized", who.addr)
		e.reverts(who, e.tm, tmABI.PackSetPricePerCall(d.m.id, 4000), ms, "Unauthorized", who.addr)
		e.reverts(who, d.timelock, tlABI.PackUpdateDelay(big.NewInt(1)), ms, "TimelockUnauthorizedCaller", who.addr)
		e.reverts(who, d.governor, govABI.PackSetVotingPeriod(1), ms, "GovernorOnlyExecutor", who.addr)
	}
	// Rewards: the owner or admin set them up until the first mint, never the price; then only the DAO.
	cfg := func(fee uint64) []byte {
		return tmABI.PackConfigureTokenManager(d.m.id, bindings.TokenManagerManagerConfig{MintThreshold: new(big.Int), TokensPerDeltaOne: tokensWei(7), MaxReward: tokensWei(70), ApiFeeRate: fee})
	}
	e.reverts(stranger, e.tm, cfg(0), ms, "Unauthorized", stranger.addr)
	e.must(owner, e.tm, cfg(4000)) // the launch price, once
	e.reverts(owner, e.tm, cfg(5000), ms, "PriceGovernedByDao", d.m.id)
	e.reverts(e.admin, e.tm, cfg(5000), ms, "PriceGovernedByDao", d.m.id)
	e.must(owner, e.tm, cfg(4000)) // the same price is no change
	e.must(e.admin, e.tm, cfg(0))
	e.mint(d, wad, stranger.addr)
	e.reverts(owner, e.tm, cfg(0), ms, "RewardsGovernedByDao", d.m.id)
	e.reverts(e.admin, e.tm, cfg(0), ms, "RewardsGovernedByDao", d.m.id)
	e.reverts(stranger, e.registry, regABI.PackLink(d.m.id, stranger.addr, 0, 0), ms, "NotFactory", stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackTransferModel(d.m.id, stranger.addr), ms, "NotMarket", stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackSetUsageRecorder(stranger.addr, true), ms, "OwnableUnauthorizedAccount", stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackSetMarket(stranger.addr), ms, "OwnableUnauthorizedAccount", stranger.addr)
	e.reverts(e.admin, e.registry, regABI.PackSetMarket(common.Address{}), ms, "ZeroAddress")
	e.reverts(e.admin, e.registry, regABI.PackSetUsageRecorder(common.Address{}, true), ms, "ZeroAddress")
	e.reverts(stranger, e.router, routerABI.PackSetRoyalty(d.m.id, 100), ms, "UnknownModel", d.m.id)
	// Ratings: members only, 1–5.
	outsider := e.users[2]
	e.reverts(outsider, d.agent, agentABI.PackRate(3), ms, "NotMember", outsider.addr)
	e.reverts(owner, d.agent, agentABI.PackRate(0), ms, "RatingOutOfRange", uint8(0))
	e.reverts(owner, d.agent, agentABI.PackRate(6), ms, "RatingOutOfRange", uint8(6))
	if err := callErr(e.env, d.agent, agentABI.PackTierDiscountBps(3)); err == nil {
		t.Fatal("tier 3 has a discount")
	}
}

// A fork records its parent and version for good; a parent must exist.
func TestForkLineage(t *testing.T) {
	e := newHexsEnv(t)
	parent := e.newModel(e.users[0], "PRNT")
	e.must(e.users[1], e.factory, facABI.PackCreateFork(defaultParams("FORK"), parent.m.id.Uint64(), 7))
	id := call(t, e.registry, regABI.PackModelIdByTicker("FORK"), regABI.UnpackModelIdByTicker)
	l := call(t, e.registry, regABI.PackLinksOf(id), regABI.UnpackLinksOf)
	if l.ParentId != parent.m.id.Uint64() || l.ParentVersion != 7 || l.Agent == (common.Address{}) {
		t.Fatalf("fork links %+v", l)
	}
	if p := call(t, e.router, routerABI.PackParentOf(id), routerABI.UnpackParentOf); p.Cmp(parent.m.id) != 0 {
		t.Fatalf("router parentOf %v", p)
	}
	_, err := e.send(e.users[1], e.factory, facABI.PackCreateFork(defaultParams("BADP"), 99, 1))
	wantRevert(t, err, "ParentInvalid", big.NewInt(99), big.NewInt(1))
	_, err = e.send(e.users[1], e.factory, facABI.PackCreateFork(defaultParams("BADV"), 0, 1))
	wantRevert(t, err, "ParentInvalid", big.NewInt(0), big.NewInt(1))
	if n := call(t, e.registry, regABI.PackModelCount(), regABI.UnpackModelCount); n.Int64() != 2 {
		t.Fatalf("%d models after failed forks", n)
	}
}

// A fork's settled calls pay exactly its royalty (5%, rounded down) into the parent's reserve,
// and the fork's reserve gets the rest.
func TestForkRoyaltyIntoParentReserve(t *testing.T) {
	e := newHexsEnv(t)
	parent := e.newModel(e.users[0], "ROYA")
	e.must(e.users[1], e.factory, facABI.PackCreateFork(defaultParams("ROYB"), parent.m.id.Uint64(), 1))
	fork := e.daoOf(e.createdModel("ROYB", e.users[1]))
	consumer := e.users[2]
	e.credit(consumer, usd(100))
	poolReserve := func(m *model) *big.Int { return call(t, m.pool, poolABI.PackReserve(), poolABI.UnpackReserve) }
	pr0, fr0 := poolReserve(parent.m), poolReserve(fork.m)
	for _, amount := range []uint64{1_000_019, 333, 7_777_777} {
		e.settle(chain.UsageEntry{Consumer: consumer.addr, ModelID: fork.m.id.Uint64(), Amount: amount, Calls: 3})
		royalty := new(big.Int).SetUint64(amount * 500 / 10_000)
		pr1, fr1 := poolReserve(parent.m), poolReserve(fork.m)
		if got := new(big.Int).Sub(pr1, pr0); got.Cmp(royalty) != 0 {
			t.Fatalf("parent reserve grew %v for %d, want %v", got, amount, royalty)
		}
		if got := new(big.Int).Sub(fr1, fr0); got.Cmp(new(big.Int).Sub(new(big.Int).SetUint64(amount), royalty)) != 0 {
			t.Fatalf("fork reserve grew %v for %d", got, amount)
		}
		pr0, fr0 = pr1, fr1
	}
}

// createdModel finds a model created outside e.createModel.
func (e *env) createdModel(ticker string, owner actor) *model {
	id := call(e.t, e.registry, regABI.PackModelIdByTicker(ticker), regABI.UnpackModelIdByTicker)
	m := call(e.t, e.registry, regABI.PackGetModel(id), regABI.UnpackGetModel)
	return &model{id: id, owner: owner, token: tokABI.Instance(e.client, m.Token), pool: poolABI.Instance(e.client, m.Pool), vesting: vestABI.Instance(e.client, m.Vesting)}
}

// Members rate once and may change their rating; the count and mean follow.
func TestRatings(t *testing.T) {
	e := newHexsEnv(t)
	owner, c := e.users[0], e.users[1]
	d := e.newModel(owner, "RATE")
	e.credit(c, usd(10))
	e.settle(chain.UsageEntry{Consumer: c.addr, ModelID: d.m.id.Uint64(), Amount: 2000, Calls: 1})
	r := e.must(owner, d.agent, agentABI.PackRate(5))
	ev, err := agentABI.UnpackRatedEvent(r.Logs[0])
	if err != nil || ev.Stars != 5 || ev.Previous != 0 || ev.Ratings.Int64() != 1 || ev.RatingSum.Int64() != 5 {
		t.Fatalf("Rated %+v %v", ev, err)
	}
	e.must(c, d.agent, agentABI.PackRate(2))
	e.must(owner, d.agent, agentABI.PackRate(3))
	s := e.stats(d)
	if s.Ratings != 2 || s.RatingSum != 5 {
		t.Fatalf("ratings %d sum %d, want 2 and 5", s.Ratings, s.RatingSum)
	}
	if mean := call(t, d.agent, agentABI.PackRatingMean(), agentABI.UnpackRatingMean); mean.Cmp(big.NewInt(25e17)) != 0 {
		t.Fatalf("mean %v, want 2.5", mean)
	}
	if m := e.member(d, owner.addr); m.Rating != 3 {
		t.Fatalf("owner's rating %d", m.Rating)
	}
}

// Every holder votes with its balance by default: buyers, rewarded contributors, the owner
// and transfer recipients vote without delegating; locked vesting tokens do not vote.
func TestVotesWithoutDelegating(t *testing.T) {
	e := newHexsEnv(t)
	owner, buyer, c := e.users[0], e.users[1], e.users[2]
	d := e.newModel(owner, "VOTE")
	e.fund(buyer, usd(100), d.m.pool.Address())
	e.must(buyer, d.m.pool, poolABI.PackBuy(usd(50), big.NewInt(0), farOff))
	bal := e.tokenBalance(d.m, buyer.addr)
	if v := call(t, d.m.token, tokABI.PackGetVotes(buyer.addr), tokABI.UnpackGetVotes); v.Cmp(bal) != 0 || bal.Sign() == 0 {
		t.Fatalf("buyer votes %v, balance %v", v, bal)
	}
	if del := call(t, d.m.token, tokABI.PackDelegates(buyer.addr), tokABI.UnpackDelegates); del != buyer.addr {
		t.Fatalf("buyer delegates to %v", del)
	}
	// The owner's released tokens vote at once.
	e.must(c, d.m.vesting, vestABI.PackRelease())
	if v, b := call(t, d.m.token, tokABI.PackGetVotes(owner.addr), tokABI.UnpackGetVotes), e.tokenBalance(d.m, owner.addr); v.Cmp(b) != 0 || b.Sign() == 0 {
		t.Fatalf("owner votes %v, balance %v", v, b)
	}
	e.mint(d, wad, c.addr)
	if v, b := call(t, d.m.token, tokABI.PackGetVotes(c.addr), tokABI.UnpackGetVotes), e.tokenBalance(d.m, c.addr); v.Cmp(b) != 0 || b.Sign() == 0 {
		t.Fatalf("contributor votes %v, balance %v", v, b)
	}
	if del := call(t, d.m.token, tokABI.PackDelegates(d.m.vesting.Address()), tokABI.UnpackDelegates); del != (common.Address{}) {
		t.Fatalf("vesting delegates to %v", del)
	}
	// A newcomer who receives a transfer votes with it at once.
	newcomer := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	e.must(buyer, d.m.token, tokABI.PackTransfer(newcomer, big.NewInt(1000)))
	if v := call(t, d.m.token, tokABI.PackGetVotes(newcomer), tokABI.UnpackGetVotes); v.Int64() != 1000 {
		t.Fatalf("newcomer votes %v", v)
	}
}

// A consumer's first settled call makes them a member and a user; later calls only add usage,
// in total and in the day's period.
func TestUsageAndMembership(t *testing.T) {
	e := newHexsEnv(t)
	owner, c1, c2 := e.users[0], e.users[1], e.users[2]
	d := e.newModel(owner, "USEA")
	e.credit(c1, usd(100))
	e.credit(c2, usd(100))
	id := d.m.id.Uint64()
	e.settle(chain.UsageEntry{Consumer: c1.addr, ModelID: id, Amount: 4000, Calls: 2}, chain.UsageEntry{Consumer: c1.addr, ModelID: id, Amount: 2000, Calls: 1})
	e.settle(chain.UsageEntry{Consumer: c1.addr, ModelID: id, Amount: 2000, Calls: 1}, chain.UsageEntry{Consumer: c2.addr, ModelID: id, Amount: 6000, Calls: 3})
	s := e.stats(d)
	if s.Members != 3 || s.Users != 2 || s.Calls != 7 || s.Fees != 14000 {
		t.Fatalf("stats %+v", s)
	}
	for _, c := range []actor{c1, c2} {
		if m := e.member(d, c.addr); !m.Member || !m.User || m.Shares.Sign() != 0 {
			t.Fatalf("consumer %v: %+v", c.addr, m)
		}
	}
	day := new(big.Int).SetUint64(e.now() / 86400)
	p := call(t, d.agent, agentABI.PackUsageIn(day), agentABI.UnpackUsageIn)
	if p.Calls != 7 || p.Fees != 14000 || p.NewUsers != 2 {
		t.Fatalf("period usage %+v", p)
	}
	if m := e.member(d, owner.addr); m.User {
		t.Fatal("the owner counts as a user without a settled call")
	}
	// Once calls were settled, the owner cannot set even a first price.
	_, err := e.send(owner, e.tm, tmABI.PackConfigureTokenManager(d.m.id, bindings.TokenManagerManagerConfig{MintThreshold: new(big.Int), TokensPerDeltaOne: tokensWei(7), MaxReward: tokensWei(70), ApiFeeRate: 3000}))
	wantRevert(t, err, "PriceGovernedByDao", d.m.id)
}

// Training shares grow by the contributors' part of each mint, never the owner's.
func TestTrainingShares(t *testing.T) {
	e := newHexsEnv(t)
	owner, a, b := e.users[0], e.users[1], e.users[2]
	d := e.newModel(owner, "SHAR")
	paid := e.mint(d, wad, a.addr, b.addr)
	paid2 := e.mint(d, new(big.Int).Mul(wad, big.NewInt(2)), a.addr)
	total := new(big.Int).Add(paid, paid2)
	sa, sb := e.member(d, a.addr).Shares, e.member(d, b.addr).Shares
	if new(big.Int).Add(sa, sb).Cmp(total) != 0 {
		t.Fatalf("shares %v + %v, minted to contributors %v", sa, sb, total)
	}
	if ts := call(t, d.agent, agentABI.PackTotalShares(), agentABI.UnpackTotalShares); ts.Cmp(total) != 0 {
		t.Fatalf("total shares %v, want %v", ts, total)
	}
	if e.member(d, owner.addr).Shares.Sign() != 0 {
		t.Fatal("the owner's reward part became training shares")
	}
	if s := e.stats(d); s.Members != 3 {
		t.Fatalf("%d members, want 3", s.Members)
	}
}

// The DAO alone changes the price (ramped over 30 days, exact at both ends), the tier discounts,
// an Enterprise price and the reward parameters; a member without ETH votes by signature.
func TestGovernedSettings(t *testing.T) {
	e := newHexsEnv(t)
	owner := e.users[0]
	d := e.newModel(owner, "GOVN")
	e.releaseLaunchTokens(d)

	// A price proposal, voted by signature by a holder with no ETH, relayed by the admin.
	poor, _ := crypto.GenerateKey()
	poorAddr := crypto.PubkeyToAddress(poor.PublicKey)
	bal := e.tokenBalance(d.m, owner.addr)
	e.must(owner, d.m.token, tokABI.PackTransfer(poorAddr, bal))
	e.advance(time.Hour)
	id, _ := e.propose(d, owner, e.tm.Address(), tmABI.PackSetPricePerCall(d.m.id, 5000), "price to 0.005 USDC")
	e.advance(2 * time.Hour)
	sig, err := chain.SignBallot(poor, 1337, d.governor.Address(), id, chain.VoteFor, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	e.must(e.admin, d.governor, govABI.PackCastVoteBySig(id, chain.VoteFor, poorAddr, sig))
	if got := call(t, d.governor, govABI.PackHasVoted(id, poorAddr), govABI.UnpackHasVoted); !got {
		t.Fatal("the signed vote was not counted")
	}
	e.advance(169 * time.Hour)
	if s := e.state(d, id); s != chain.ProposalSucceeded {
		t.Fatalf("state %d, want succeeded", s)
	}
	_, err = e.send(e.users[3], d.governor, e.executeData(id))
	wantRevert(t, err, "GovernorUnexpectedProposalState")
	e.must(e.users[3], d.governor, e.queueData(id))
	e.advance(23 * time.Hour)
	_, err = e.send(e.users[3], d.governor, e.executeData(id))
	wantRevert(t, err, "TimelockUnexpectedOperationState")
	e.advance(2 * time.Hour)
	e.must(e.users[3], d.governor, e.executeData(id))
	start := e.now()
	ramp := call(t, e.tm, tmABI.PackPriceRamp(d.m.id), tmABI.UnpackPriceRamp)
	if ramp.From != 2000 || ramp.To != 5000 || uint64(ramp.Start.Int64()) != start || ramp.End.Int64()-ramp.Start.Int64() != 30*86400 {
		t.Fatalf("ramp %+v", ramp)
	}
	at := func(t0 uint64) int64 {
		return call(e.t, e.tm, tmABI.PackPriceAt(d.m.id, new(big.Int).SetUint64(t0)), tmABI.UnpackPriceAt).Int64()
	}
	if at(start) != 2000 || at(start+15*86400) != 3500 || at(start+30*86400) != 5000 || at(start+40*86400) != 5000 {
		t.Fatalf("priceAt: start %d, half %d, end %d, after %d", at(start), at(start+15*86400), at(start+30*86400), at(start+40*86400))
	}

	// Tier discount, Enterprise price and reward parameters, by proposals the same holder
	// passes with signed votes.
	for i, c := range []struct {
		target common.Address
		data   []byte
	}{
		{d.agent.Address(), agentABI.PackSetTierDiscount(1, 3000)},
		{d.agent.Address(), agentABI.PackSetEnterprisePrice(e.users[2].addr, 1500)},
		{e.tm.Address(), tmABI.PackConfigureTokenManager(d.m.id, bindings.TokenManagerManagerConfig{MintThreshold: new(big.Int), TokensPerDeltaOne: tokensWei(5), MaxReward: tokensWei(50), ContributorBps: 8000})},
	} {
		id, _ := e.propose(d, owner, c.target, c.data, "setting "+string(rune('a'+i)))
		e.pass(d, id, poor)
	}
	if got := call(t, d.agent, agentABI.PackTierDiscountBps(1), agentABI.UnpackTierDiscountBps); got != 3000 {
		t.Fatalf("batch discount %d", got)
	}
	if got := call(t, d.agent, agentABI.PackEnterprisePrice(e.users[2].addr), agentABI.UnpackEnterprisePrice); got != 1500 {
		t.Fatalf("enterprise price %d", got)
	}
	if c := call(t, e.tm, tmABI.PackRewardConfig(d.m.id), tmABI.UnpackRewardConfig); c.TokensPerDeltaOne.Cmp(tokensWei(5)) != 0 || c.ContributorBps != 8000 {
		t.Fatalf("reward config %+v", c)
	}
}

// With a proposal threshold set by the DAO, a proposer's votes count only if they did not
// change in the current hour: the token keeps votes exactly since their last change, so tokens
// moved in this hour (borrowed, or passed on to a second account) cannot pass the threshold.
func TestProposalThresholdCountsSettledVotes(t *testing.T) {
	e := newHexsEnv(t)
	owner := e.users[0]
	d := e.newModel(owner, "THRS")
	e.releaseLaunchTokens(d)
	e.advance(time.Hour)
	threshold := tokensWei(1_000)
	id, _ := e.propose(d, owner, d.governor.Address(), govABI.PackSetProposalThreshold(threshold), "threshold 1,000 tokens")
	e.pass(d, id, nil)
	if got := call(t, d.governor, govABI.PackProposalThreshold(), govABI.UnpackProposalThreshold); got.Cmp(threshold) != 0 {
		t.Fatalf("threshold %s, want %s", got, threshold)
	}

	// The owner's votes have not moved this hour: it proposes.
	e.advance(time.Hour)
	e.propose(d, owner, e.tm.Address(), tmABI.PackSetPricePerCall(d.m.id, 3000), "price to 0.003 USDC")

	// Tokens passed on in this hour: neither the receiver nor the sender (whose votes changed
	// too) may propose until the next hour; then the receiver, now holding them, may.
	mate := e.users[3]
	e.must(owner, d.m.token, tokABI.PackTransfer(mate.addr, tokensWei(2_000)))
	p := chain.Proposal{Targets: []common.Address{e.tm.Address()}, Values: []*big.Int{new(big.Int)}, Calldatas: [][]byte{tmABI.PackSetPricePerCall(d.m.id, 4000)}, Description: "price to 0.004 USDC"}
	for _, who := range []actor{mate, owner} {
		_, err := e.send(who, d.governor, govABI.PackPropose(p.Targets, p.Values, p.Calldatas, p.Description))
		wantRevert(t, err, "ProposerVotesChangedThisHour")
	}
	e.advance(time.Hour)
	e.propose(d, mate, p.Targets[0], p.Calldatas[0], p.Description)

	// Below the threshold, with settled votes: OpenZeppelin's own refusal.
	e.advance(time.Hour)
	_, err := e.send(e.users[2], d.governor, govABI.PackPropose(p.Targets, p.Values, p.Calldatas, "other"))
	wantRevert(t, err, "GovernorInsufficientProposerVotes")
}
