package bindings_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"
)

// TestVotesHistorySearch archives one head per hour for several hours in a row, each at a
// snapshotted hour (a proposal every hour, a mint in each snapshot hour), and reads the votes and
// the supply back at every one of those hours: all but the newest go through the history's binary
// search, and each must return the entry of exactly that hour (not its neighbour's).
func TestVotesHistorySearch(t *testing.T) {
	e := newHexsEnv(t)
	e.must(e.admin, e.registry, regABI.PackSetMinter(e.admin.addr, true))
	owner, holder := e.users[0], e.users[1]
	d := e.newModel(owner, "HIST")
	tok := d.m.token
	clock := func() uint64 { return call(t, tok, tokABI.PackClock(), tokABI.UnpackClock).Uint64() }
	type point struct {
		hour          uint64
		votes, supply *big.Int
	}
	var points []point
	for i := range 9 {
		id, _ := e.propose(d, owner, tok.Address(), tokABI.PackName(), fmt.Sprintf("history search %d", i))
		s := call(t, d.governor, govABI.PackProposalSnapshot(id), govABI.UnpackProposalSnapshot).Uint64()
		e.advance(time.Hour)
		if c := clock(); c != s {
			t.Fatalf("clock %d, want the snapshot hour %d", c, s)
		}
		e.must(e.admin, tok, tokABI.PackMint(holder.addr, tokensWei(int64(i+1))))
		points = append(points, point{s,
			call(t, tok, tokABI.PackGetVotes(holder.addr), tokABI.UnpackGetVotes),
			call(t, tok, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply)})
	}
	// A change two hours later archives the last snapshot hour's head too.
	e.advance(2 * time.Hour)
	e.must(e.admin, tok, tokABI.PackMint(holder.addr, tokensWei(100)))
	e.advance(time.Hour)
	for _, p := range points {
		h := new(big.Int).SetUint64(p.hour)
		if v := call(t, tok, tokABI.PackGetPastVotes(holder.addr, h), tokABI.UnpackGetPastVotes); v.Cmp(p.votes) != 0 {
			t.Fatalf("getPastVotes(holder, %d) = %s, want %s", p.hour, v, p.votes)
		}
		if v := call(t, tok, tokABI.PackGetPastTotalSupply(h), tokABI.UnpackGetPastTotalSupply); v.Cmp(p.supply) != 0 {
			t.Fatalf("getPastTotalSupply(%d) = %s, want %s", p.hour, v, p.supply)
		}
	}
	before := new(big.Int).SetUint64(points[0].hour - 1)
	if v := call(t, tok, tokABI.PackGetPastVotes(holder.addr, before), tokABI.UnpackGetPastVotes); v.Sign() != 0 {
		t.Fatalf("getPastVotes(holder, %s) before its first tokens = %s, want 0", before, v)
	}
	t.Logf("%d archived hours read back exactly (hours %d..%d)", len(points), points[0].hour, points[len(points)-1].hour)
}
