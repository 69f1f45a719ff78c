package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/chain"
)

// Property: over random sequences of mints, settlements, ratings and time jumps on a fresh
// model, training shares sum to what contributors were minted (per address and in total); the
// members are exactly owner ∪ contributors ∪ consumers with a settled call; users, calls, fees
// and the rating count and sum match a model of the ledger.
func TestLedgerProperty(t *testing.T) {
	e := newHexsEnv(t)
	owner := e.users[0]
	pool := []actor{e.users[1], e.users[2], e.users[3], e.admin}
	for _, c := range pool {
		e.credit(c, usd(1_000_000))
	}
	n := 0
	rapid.Check(t, func(rt *rapid.T) {
		n++
		d := e.newModel(owner, "LG"+string(rune('A'+n/26%26))+string(rune('A'+n%26)))
		id := d.m.id.Uint64()
		shares := map[common.Address]*big.Int{}
		members := map[common.Address]bool{owner.addr: true}
		users := map[common.Address]bool{}
		ratings := map[common.Address]uint8{}
		minted := new(big.Int)
		var calls, fees uint64
		steps := rapid.IntRange(1, 12).Draw(rt, "steps")
		for i := 0; i < steps; i++ {
			switch rapid.IntRange(0, 3).Draw(rt, "op") {
			case 0: // a mint to 1–3 distinct contributors
				k := rapid.IntRange(1, 3).Draw(rt, "k")
				perm := rapid.Permutation([]int{0, 1, 2, 3}).Draw(rt, "who")
				var cs []common.Address
				for _, j := range perm[:k] {
					cs = append(cs, pool[j].addr)
				}
				do := new(big.Int).Mul(big.NewInt(rapid.Int64Range(1, 50).Draw(rt, "deltaOnes/10")), big.NewInt(1e17))
				if do.Cmp(wad) < 0 {
					do = new(big.Int).Set(wad)
				}
				paid := e.mint(d, do, cs...)
				minted.Add(minted, paid)
				for _, a := range cs {
					members[a] = true
					if shares[a] == nil {
						shares[a] = new(big.Int)
					}
				}
				// Per-address parts: read them back from the Agent and check they add up.
				sum := new(big.Int)
				for a := range shares {
					sum.Add(sum, e.member(d, a).Shares)
				}
				if sum.Cmp(minted) != 0 {
					rt.Fatalf("shares sum %v, contributors minted %v", sum, minted)
				}
			case 1: // a settlement of 1–4 entries
				k := rapid.IntRange(1, 4).Draw(rt, "entries")
				var es []chain.UsageEntry
				for j := 0; j < k; j++ {
					c := pool[rapid.IntRange(0, 3).Draw(rt, "consumer")]
					cl := uint64(rapid.IntRange(1, 20).Draw(rt, "calls"))
					es = append(es, chain.UsageEntry{Consumer: c.addr, ModelID: id, Amount: cl * 2000, Calls: cl})
					users[c.addr], members[c.addr] = true, true
					calls += cl
					fees += cl * 2000
				}
				e.settle(es...)
			case 2: // a rating by a member or a refused one by a non-member
				all := append([]actor{owner}, pool...)
				r := all[rapid.IntRange(0, len(all)-1).Draw(rt, "rater")]
				stars := uint8(rapid.IntRange(1, 5).Draw(rt, "stars"))
				_, err := e.send(r, d.agent, agentABI.PackRate(stars))
				if members[r.addr] != (err == nil) {
					rt.Fatalf("rating by %v (member %v): %v", r.addr, members[r.addr], err)
				}
				if err == nil {
					ratings[r.addr] = stars
				}
			case 3:
				e.advance(time.Duration(rapid.IntRange(1, 72).Draw(rt, "hours")) * time.Hour)
			}
		}
		s := e.stats(d)
		var sum uint32
		for _, v := range ratings {
			sum += uint32(v)
		}
		if int(s.Members) != len(members) || int(s.Users) != len(users) || s.Calls != calls || s.Fees != fees ||
			int(s.Ratings) != len(ratings) || s.RatingSum != sum {
			rt.Fatalf("stats %+v; want members %d users %d calls %d fees %d ratings %d sum %d", s, len(members), len(users), calls, fees, len(ratings), sum)
		}
		for _, a := range append([]actor{owner}, pool...) {
			if got := call(e.t, d.agent, agentABI.PackIsMember(a.addr), agentABI.UnpackIsMember); got != members[a.addr] {
				rt.Fatalf("isMember(%v) = %v, want %v", a.addr, got, members[a.addr])
			}
		}
		if ts := call(e.t, d.agent, agentABI.PackTotalShares(), agentABI.UnpackTotalShares); ts.Cmp(minted) != 0 {
			rt.Fatalf("total shares %v, contributors minted %v", ts, minted)
		}
	})
}

// Property: the price ramp is linear — priceAt(t) = from + (to − from)·(t − start)/span rounded
// toward from — monotone, and exact at both ends, for ramps up and down.
func TestPriceRampProperty(t *testing.T) {
	e := newHexsEnv(t)
	owner := e.users[0]
	d := e.newModel(owner, "RAMP")
	e.releaseLaunchTokens(d)
	for _, target := range []uint64{9_999, 1_234} {
		id, _ := e.propose(d, owner, e.tm.Address(), tmABI.PackSetPricePerCall(d.m.id, target), "ramp to "+big.NewInt(int64(target)).String())
		e.pass(d, id, nil)
		r := call(t, e.tm, tmABI.PackPriceRamp(d.m.id), tmABI.UnpackPriceRamp)
		from, to := int64(r.From), int64(r.To)
		start, end := r.Start.Int64(), r.End.Int64()
		at := func(t0 int64) int64 {
			return call(e.t, e.tm, tmABI.PackPriceAt(d.m.id, big.NewInt(t0)), tmABI.UnpackPriceAt).Int64()
		}
		if at(start) != from || at(end) != to || at(start-1) != from || at(end+1) != to || to != int64(target) {
			t.Fatalf("ends: from %d→%d at start, to %d→%d at end", from, at(start), to, at(end))
		}
		rapid.Check(t, func(rt *rapid.T) {
			t1 := rapid.Int64Range(start, end).Draw(rt, "t1")
			t2 := rapid.Int64Range(t1, end).Draw(rt, "t2")
			span := end - start
			want := func(x int64) int64 {
				if to >= from {
					return from + (to-from)*(x-start)/span
				}
				return from - (from-to)*(x-start)/span
			}
			p1, p2 := at(t1), at(t2)
			if p1 != want(t1) || p2 != want(t2) {
				rt.Fatalf("priceAt(%d)=%d want %d; priceAt(%d)=%d want %d", t1, p1, want(t1), t2, p2, want(t2))
			}
			if (to >= from && p2 < p1) || (to < from && p2 > p1) {
				rt.Fatalf("not monotone: %d then %d", p1, p2)
			}
		})
		e.advance(31 * 24 * time.Hour)
	}
}
