package bindings_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/chain"
)

// ownerRights is every right that belongs to a model's owner.
type ownerRights struct {
	registryOwner common.Address
	agentOwner    common.Address
	vestingBenef  common.Address
	buyerMember   bool
	listed        bool
}

func (e *hexsEnv) rights(d *dao, buyer common.Address) ownerRights {
	l := call(e.t, e.market, marketABI.PackListing(d.m.id), marketABI.UnpackListing)
	return ownerRights{
		registryOwner: e.owner(d.m.id),
		agentOwner:    call(e.t, d.agent, agentABI.PackOwner(), agentABI.UnpackOwner),
		vestingBenef:  call(e.t, d.m.vesting, vestABI.PackBeneficiary(), vestABI.UnpackBeneficiary),
		buyerMember:   call(e.t, d.agent, agentABI.PackIsMember(buyer), agentABI.UnpackIsMember),
		listed:        l.Seller != (common.Address{}),
	}
}

// A sale moves the registry owner, the Agent's owner membership, the vesting's beneficiary and
// the owner's part of later rewards to the buyer and pays the seller, in one transaction.
func TestSale(t *testing.T) {
	e := newHexsEnv(t)
	seller, buyer, stranger := e.users[0], e.users[1], e.users[2]
	d := e.newModel(seller, "SALE")
	ms := []*model{d.m}
	e.reverts(stranger, e.market, marketABI.PackList(d.m.id, usd(10)), ms, "NotOwner", d.m.id, stranger.addr)
	e.reverts(seller, e.market, marketABI.PackList(d.m.id, big.NewInt(0)), ms, "ZeroPrice")
	e.reverts(buyer, e.market, marketABI.PackBuy(d.m.id, usd(10)), ms, "NotListed", d.m.id)
	e.reverts(seller, e.market, marketABI.PackCancel(d.m.id), ms, "NotListed", d.m.id)
	e.must(seller, e.market, marketABI.PackList(d.m.id, usd(10)))
	e.reverts(stranger, e.market, marketABI.PackCancel(d.m.id), ms, "NotOwner", d.m.id, stranger.addr)
	e.must(seller, e.market, marketABI.PackCancel(d.m.id))
	e.reverts(buyer, e.market, marketABI.PackBuy(d.m.id, usd(10)), ms, "NotListed", d.m.id)
	e.must(seller, e.market, marketABI.PackList(d.m.id, usd(250)))
	e.reverts(seller, e.market, marketABI.PackBuy(d.m.id, usd(250)), ms, "SelfPurchase", d.m.id)
	e.fund(buyer, usd(1000), e.market.Address())
	e.reverts(buyer, e.market, marketABI.PackBuy(d.m.id, usd(249)), ms, "PriceAboveMax", usd(250), usd(249))

	sellerUSDC := e.usdcBalance(seller.addr)
	e.advance(30 * 24 * time.Hour)
	gas := e.must(buyer, e.market, marketABI.PackBuy(d.m.id, usd(250))).GasUsed
	t.Logf("ModelMarket.buy gas %d", gas)
	got := e.rights(d, buyer.addr)
	if got != (ownerRights{buyer.addr, buyer.addr, buyer.addr, true, false}) {
		t.Fatalf("after the sale: %+v", got)
	}
	if diff := new(big.Int).Sub(e.usdcBalance(seller.addr), sellerUSDC); diff.Cmp(usd(250)) != 0 {
		t.Fatalf("seller received %v", diff)
	}
	// Vested tokens go to the buyer; so does the owner's part of the next reward.
	before := e.tokenBalance(d.m, buyer.addr)
	e.must(stranger, d.m.vesting, vestABI.PackRelease())
	if e.tokenBalance(d.m, buyer.addr).Cmp(before) <= 0 {
		t.Fatal("the release did not pay the buyer")
	}
	sellerTokens := e.tokenBalance(d.m, seller.addr)
	before = e.tokenBalance(d.m, buyer.addr)
	e.mint(d, wad, stranger.addr)
	if e.tokenBalance(d.m, buyer.addr).Cmp(before) <= 0 || e.tokenBalance(d.m, seller.addr).Cmp(sellerTokens) != 0 {
		t.Fatal("the owner's reward part did not go to the buyer")
	}
	// The seller can no longer list; the buyer can.
	e.reverts(seller, e.market, marketABI.PackList(d.m.id, usd(1)), ms, "NotOwner", d.m.id, seller.addr)
	e.must(buyer, e.market, marketABI.PackList(d.m.id, usd(1)))
	// The seller stays a member (members are never removed).
	if !call(t, d.agent, agentABI.PackIsMember(seller.addr), agentABI.UnpackIsMember) {
		t.Fatal("the seller lost membership")
	}
}

// Property: whatever the listing, price bound, allowance and balance, a purchase moves every
// owner right to the buyer and pays the seller exactly the price, or changes nothing.
func TestSaleAllOrNothingProperty(t *testing.T) {
	e := newHexsEnv(t)
	seller, buyer := e.users[0], e.users[1]
	n := 0
	rapid.Check(t, func(rt *rapid.T) {
		n++
		d := e.newModel(seller, "SL"+string(rune('A'+n/26%26))+string(rune('A'+n%26)))
		price := rapid.Int64Range(1, 1_000_000).Draw(rt, "price")
		listed := rapid.Bool().Draw(rt, "listed")
		maxPrice := rapid.Int64Range(0, 2_000_000).Draw(rt, "maxPrice")
		allowance := rapid.Int64Range(0, 2_000_000).Draw(rt, "allowance")
		balance := rapid.Int64Range(0, 2_000_000).Draw(rt, "balance")
		if listed {
			e.must(seller, e.market, marketABI.PackList(d.m.id, big.NewInt(price)))
		}
		have := e.usdcBalance(buyer.addr).Int64()
		if have < balance {
			e.must(buyer, e.usdc, usdcABI.PackMint(buyer.addr, big.NewInt(balance-have)))
		} else if have > balance {
			e.must(buyer, e.usdc, usdcABI.PackTransfer(e.admin.addr, big.NewInt(have-balance)))
		}
		e.must(buyer, e.usdc, usdcABI.PackApprove(e.market.Address(), big.NewInt(allowance)))
		before, sellerUSDC := e.rights(d, buyer.addr), e.usdcBalance(seller.addr)
		_, err := e.send(buyer, e.market, marketABI.PackBuy(d.m.id, big.NewInt(maxPrice)))
		after := e.rights(d, buyer.addr)
		paid := new(big.Int).Sub(e.usdcBalance(seller.addr), sellerUSDC)
		ok := listed && price <= maxPrice && price <= allowance && price <= balance
		if ok != (err == nil) {
			rt.Fatalf("buy succeeded=%v, want %v (%v)", err == nil, ok, err)
		}
		if ok {
			if after != (ownerRights{buyer.addr, buyer.addr, buyer.addr, true, false}) || paid.Int64() != price {
				rt.Fatalf("sale moved %+v and paid %v", after, paid)
			}
		} else if after != before || paid.Sign() != 0 {
			rt.Fatalf("failed sale changed %+v → %+v, paid %v", before, after, paid)
		}
	})
}

// Property: whatever the votes and whatever the kind (price, tier discount, Enterprise price,
// reward parameters, a fork's royalty), a proposal that is defeated (quorum missed or no
// majority), or succeeded but never queued and executed, leaves the governed value unchanged;
// one that passes and is executed sets it (a price starts a ramp: the price does not jump).
// With timelock control a Governor has no "expired" state: an unexecuted success is the case.
func TestDefeatedProposalChangesNothingProperty(t *testing.T) {
	e := newHexsEnv(t)
	owner, a, b := e.users[0], e.users[1], e.users[2]
	d := e.newModel(owner, "DEFT")
	e.releaseLaunchTokens(d)
	launch := e.tokenBalance(d.m, owner.addr) // about 10% of the supply: the quorum
	e.must(a, e.factory, facABI.PackCreateFork(defaultParams("DEFF"), d.m.id.Uint64(), 1))
	fork := e.createdModel("DEFF", a)
	// Each kind: its call for round n, the governed value now, and the value the call sets.
	rampTo := func() uint64 { return call(e.t, e.tm, tmABI.PackPriceRamp(d.m.id), tmABI.UnpackPriceRamp).To }
	kinds := []struct {
		name   string
		target common.Address
		data   func(n int) []byte
		read   func() string
		want   func(n int) string
	}{
		{"price", e.tm.Address(), func(n int) []byte { return tmABI.PackSetPricePerCall(d.m.id, uint64(1000+n)) },
			func() string { return fmt.Sprint(rampTo()) }, func(n int) string { return fmt.Sprint(1000 + n) }},
		{"tier", d.agent.Address(), func(n int) []byte { return agentABI.PackSetTierDiscount(1, uint16(n)) },
			func() string {
				return fmt.Sprint(call(e.t, d.agent, agentABI.PackTierDiscountBps(1), agentABI.UnpackTierDiscountBps))
			},
			func(n int) string { return fmt.Sprint(n) }},
		{"enterprise", d.agent.Address(), func(n int) []byte { return agentABI.PackSetEnterprisePrice(b.addr, uint64(n)) },
			func() string {
				return fmt.Sprint(call(e.t, d.agent, agentABI.PackEnterprisePrice(b.addr), agentABI.UnpackEnterprisePrice))
			},
			func(n int) string { return fmt.Sprint(n) }},
		{"rewards", e.tm.Address(), func(n int) []byte {
			return chain.RewardsProposal(e.tm.Address(), d.m.id.Uint64(), chain.RewardParams{TokensPerDeltaOne: big.NewInt(int64(n)), MaxReward: big.NewInt(int64(10 * n)), ContributorBps: uint16(n)}, "").Calldatas[0]
		}, func() string {
			c := call(e.t, e.tm, tmABI.PackRewardConfig(d.m.id), tmABI.UnpackRewardConfig)
			return fmt.Sprint(c.TokensPerDeltaOne, c.MaxReward, c.ContributorBps)
		}, func(n int) string { return fmt.Sprint(n, 10*n, n) }},
		{"royalty", e.router.Address(), func(n int) []byte { return routerABI.PackSetRoyalty(fork.id, uint16(n)) },
			func() string {
				return fmt.Sprint(call(e.t, e.router, routerABI.PackRoyaltyBpsOf(fork.id), routerABI.UnpackRoyaltyBpsOf))
			},
			func(n int) string { return fmt.Sprint(n) }},
	}
	n := 0
	rapid.Check(t, func(rt *rapid.T) {
		n++
		// Spread the launch tokens over three voters.
		for _, x := range []actor{a, b} {
			if bal := e.tokenBalance(d.m, x.addr); bal.Sign() > 0 {
				e.must(x, d.m.token, tokABI.PackTransfer(owner.addr, bal))
			}
		}
		pa := rapid.Int64Range(0, 100).Draw(rt, "a%")
		pb := rapid.Int64Range(0, 100-pa).Draw(rt, "b%")
		share := func(p int64) *big.Int {
			return new(big.Int).Div(new(big.Int).Mul(launch, big.NewInt(p)), big.NewInt(100))
		}
		e.must(owner, d.m.token, tokABI.PackTransfer(a.addr, share(pa)))
		e.must(owner, d.m.token, tokABI.PackTransfer(b.addr, share(pb)))
		e.advance(time.Hour)
		k := kinds[rapid.IntRange(0, len(kinds)-1).Draw(rt, "kind")]
		price, value := e.price(d.m.id), k.read()
		id, _ := e.propose(d, owner, k.target, k.data(n), k.name+" try "+fmt.Sprint(n))
		e.advance(2 * time.Hour)
		var forV, againstV, abstainV big.Int
		for _, x := range []actor{owner, a, b} {
			choice := rapid.IntRange(-1, 2).Draw(rt, "vote")
			if choice < 0 {
				continue
			}
			w := call(e.t, d.m.token, tokABI.PackGetVotes(x.addr), tokABI.UnpackGetVotes)
			e.must(x, d.governor, govABI.PackCastVote(id, uint8(choice)))
			[]*big.Int{&againstV, &forV, &abstainV}[choice].Add([]*big.Int{&againstV, &forV, &abstainV}[choice], w)
		}
		execute := rapid.Bool().Draw(rt, "execute")
		e.advance(169 * time.Hour)
		snap := call(e.t, d.governor, govABI.PackProposalSnapshot(id), govABI.UnpackProposalSnapshot)
		quorum := call(e.t, d.governor, govABI.PackQuorum(snap), govABI.UnpackQuorum)
		if supply := call(e.t, d.m.token, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply); quorum.Cmp(new(big.Int).Div(supply, big.NewInt(10))) != 0 {
			rt.Fatalf("quorum %v of supply %v, want 10%%", quorum, supply)
		}
		quorumMet := new(big.Int).Add(&forV, &abstainV).Cmp(quorum) >= 0
		passes := quorumMet && forV.Cmp(&againstV) > 0
		st := e.state(d, id)
		if passes != (st == chain.ProposalSucceeded) || (!passes && st != chain.ProposalDefeated) {
			rt.Fatalf("for %v against %v abstain %v quorum %v: state %d", &forV, &againstV, &abstainV, quorum, st)
		}
		if !passes {
			_, err := e.send(owner, d.governor, e.queueData(id))
			wantRevert(rt, err, "GovernorUnexpectedProposalState")
		} else if execute {
			e.must(owner, d.governor, e.queueData(id))
			e.advance(25 * time.Hour)
			e.must(owner, d.governor, e.executeData(id))
		}
		after, afterValue := e.price(d.m.id), k.read()
		if after.Cmp(price) != 0 {
			rt.Fatalf("the price moved at once: %v → %v", price, after)
		}
		if changed := afterValue != value; changed != (passes && execute) || (changed && afterValue != k.want(n)) {
			rt.Fatalf("%s: passes=%v execute=%v: %s → %s", k.name, passes, execute, value, afterValue)
		}
		// Let any ramp finish so the next round starts from a settled price.
		e.advance(31 * 24 * time.Hour)
	})
}
