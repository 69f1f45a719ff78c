package bindings_test

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"pgregory.net/rapid"
)

// votesModel is a Go reference of ModelToken's votes: balances, where each account's votes go
// (itself by default; nowhere for the vesting), and the state at the end of every hour.
type votesModel struct {
	bal      map[common.Address]*big.Int
	delegate map[common.Address]common.Address // absent: itself
	supply   *big.Int
	hours    []uint64 // hours with a change, ascending
	at       map[uint64]votesState
}

type votesState struct {
	votes  map[common.Address]*big.Int
	supply *big.Int
}

func (m *votesModel) get(a common.Address) *big.Int {
	if m.bal[a] == nil {
		m.bal[a] = new(big.Int)
	}
	return m.bal[a]
}

func (m *votesModel) delegatee(a common.Address) common.Address {
	if d, ok := m.delegate[a]; ok {
		return d
	}
	return a
}

// votes now, for every account the model knows.
func (m *votesModel) votes() map[common.Address]*big.Int {
	v := map[common.Address]*big.Int{}
	for a := range m.bal {
		if v[a] == nil {
			v[a] = new(big.Int)
		}
	}
	for a, b := range m.bal {
		d := m.delegatee(a)
		if d == (common.Address{}) {
			continue
		}
		if v[d] == nil {
			v[d] = new(big.Int)
		}
		v[d].Add(v[d], b)
	}
	return v
}

// record stores the state after a change in hour h (the latest change of the hour wins).
func (m *votesModel) record(h uint64) {
	if len(m.hours) == 0 || m.hours[len(m.hours)-1] != h {
		m.hours = append(m.hours, h)
	}
	m.at[h] = votesState{votes: m.votes(), supply: new(big.Int).Set(m.supply)}
}

// stateAt is the state at the end of hour t.
func (m *votesModel) stateAt(t uint64) votesState {
	i := sort.Search(len(m.hours), func(i int) bool { return m.hours[i] > t })
	if i == 0 {
		return votesState{votes: map[common.Address]*big.Int{}, supply: new(big.Int)}
	}
	return m.at[m.hours[i-1]]
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// TestVotesProperty drives random mints (single and batched), pool buys and sells (burns),
// transfers, vesting releases, delegations (to self, another account, nowhere), proposals (the
// Governor's snapshot requests) and hour jumps, and checks the token against the Go model:
// getVotes now for every account, getPastVotes and getPastTotalSupply at every snapshotted
// hour already past, and that the votes add up to the supply less the balances voting nowhere.
func TestVotesProperty(t *testing.T) {
	e := newHexsEnv(t)
	e.must(e.admin, e.registry, regABI.PackSetMinter(e.admin.addr, true))
	owner := e.users[0]
	holders := e.users[:4]
	for _, h := range holders {
		e.must(h, e.usdc, usdcABI.PackMint(h.addr, usd(10_000_000))) // approved per model below
	}
	stranger := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	n := 0
	rapid.Check(t, func(rt *rapid.T) {
		n++
		d := e.newModel(owner, "VP"+string(rune('A'+n/26%26))+string(rune('A'+n%26)))
		tok := d.m.token
		for _, h := range holders {
			e.must(h, e.usdc, usdcABI.PackApprove(d.m.pool.Address(), new(big.Int).Lsh(big.NewInt(1), 255)))
		}
		clock := func() uint64 { return call(e.t, tok, tokABI.PackClock(), tokABI.UnpackClock).Uint64() }
		vesting := d.m.vesting.Address()
		m := &votesModel{bal: map[common.Address]*big.Int{}, delegate: map[common.Address]common.Address{vesting: {}}, supply: new(big.Int), at: map[uint64]votesState{}}
		m.get(stranger)
		for _, h := range holders {
			m.get(h.addr)
		}
		m.get(vesting).Set(e.tokenBalance(d.m, vesting))
		m.supply.Set(m.bal[vesting])
		m.record(clock())
		// transfers applies the receipt's Transfer events of this token to the model.
		transfers := func(r *types.Receipt) {
			for _, l := range r.Logs {
				if l.Address != tok.Address() {
					continue
				}
				ev, err := tokABI.UnpackTransferEvent(l)
				if err != nil {
					continue
				}
				if ev.From == (common.Address{}) {
					m.supply.Add(m.supply, ev.Value)
				} else {
					m.get(ev.From).Sub(m.get(ev.From), ev.Value)
				}
				if ev.To == (common.Address{}) {
					m.supply.Sub(m.supply, ev.Value)
				} else {
					m.get(ev.To).Add(m.get(ev.To), ev.Value)
				}
			}
			m.record(clock())
		}
		// try sends what a call on the latest block allows (a block later allows it too: the
		// vesting's releasable and the pool's redeemable supply only grow with time).
		try := func(from actor, c *bind.BoundContract, data []byte) {
			if _, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: from.addr, To: ptr(c.Address()), Data: data}, nil); err == nil {
				transfers(e.must(from, c, data))
			}
		}
		var snapshots []uint64
		var maxSnap uint64
		e.advance(7*24*time.Hour + time.Hour) // past the buy-only launch window: sells allowed
		steps := rapid.IntRange(1, 30).Draw(rt, "steps")
		for i := 0; i < steps; i++ {
			who := holders[rapid.IntRange(0, len(holders)-1).Draw(rt, "who")]
			switch rapid.IntRange(0, 8).Draw(rt, "op") {
			case 0: // mint
				to := holders[rapid.IntRange(0, len(holders)-1).Draw(rt, "to")].addr
				transfers(e.must(e.admin, tok, tokABI.PackMint(to, tokensWei(rapid.Int64Range(1, 1000).Draw(rt, "amount")))))
			case 1: // mintBatch, possibly with repeated recipients
				k := rapid.IntRange(1, 3).Draw(rt, "k")
				var to []common.Address
				var amounts []*big.Int
				for j := 0; j < k; j++ {
					to = append(to, holders[rapid.IntRange(0, len(holders)-1).Draw(rt, "to")].addr)
					amounts = append(amounts, tokensWei(rapid.Int64Range(0, 1000).Draw(rt, "amount")))
				}
				transfers(e.must(e.admin, tok, tokABI.PackMintBatch(to, amounts)))
			case 2: // pool buy
				transfers(e.must(who, d.m.pool, poolABI.PackBuy(usd(float64(rapid.IntRange(1, 200).Draw(rt, "usdc"))), big.NewInt(0), farOff)))
			case 3: // pool sell (a burn) of a share of the balance
				b := m.get(who.addr)
				amt := new(big.Int).Div(new(big.Int).Mul(b, big.NewInt(int64(rapid.IntRange(1, 100).Draw(rt, "pct")))), big.NewInt(100))
				if amt.Sign() == 0 {
					continue
				}
				// The pool may refuse (max trade, redeemable supply): then skip.
				try(who, d.m.pool, poolABI.PackSell(amt, big.NewInt(0), farOff))
			case 4: // transfer of a share of the balance, to a holder or a stranger
				to := stranger
				if j := rapid.IntRange(0, len(holders)).Draw(rt, "to"); j < len(holders) {
					to = holders[j].addr
				}
				b := m.get(who.addr)
				amt := new(big.Int).Div(new(big.Int).Mul(b, big.NewInt(int64(rapid.IntRange(0, 100).Draw(rt, "pct")))), big.NewInt(100))
				transfers(e.must(who, tok, tokABI.PackTransfer(to, amt)))
			case 5: // release vested tokens to the owner
				try(e.admin, d.m.vesting, vestABI.PackRelease())
			case 6: // delegate: to self, another holder, the stranger or nowhere
				var to common.Address
				switch rapid.IntRange(0, 3).Draw(rt, "delegate") {
				case 0:
					to = who.addr
				case 1:
					to = holders[rapid.IntRange(0, len(holders)-1).Draw(rt, "delegatee")].addr
				case 2:
					to = stranger
				}
				e.must(who, tok, tokABI.PackDelegate(to))
				if to == who.addr {
					delete(m.delegate, who.addr)
				} else {
					m.delegate[who.addr] = to
				}
				m.record(clock())
			case 7: // a proposal: the Governor asks the token for its snapshot
				id, _ := e.propose(d, who, tok.Address(), tokABI.PackName(), fmt.Sprintf("votes property %d step %d", n, i))
				s := call(e.t, d.governor, govABI.PackProposalSnapshot(id), govABI.UnpackProposalSnapshot).Uint64()
				if s != clock()+1 {
					rt.Fatalf("snapshot %d at clock %d", s, clock())
				}
				snapshots = append(snapshots, s)
				maxSnap = max(maxSnap, s)
			case 8: // time passes: mostly into the next hour or two (a snapshot hour), at times a day
				limit := 150
				if rapid.IntRange(0, 3).Draw(rt, "long") == 0 {
					limit = 24 * 60
				}
				e.advance(time.Duration(rapid.IntRange(1, limit).Draw(rt, "minutes")) * time.Minute)
			}
		}
		e.advance(2 * time.Hour) // every snapshot so far is in the past
		now := clock()
		if ms := call(e.t, tok, tokABI.PackMaxSnapshot(), tokABI.UnpackMaxSnapshot); ms.Uint64() != maxSnap {
			rt.Fatalf("maxSnapshot %d, want %d", ms, maxSnap)
		}
		cur := m.votes()
		sum, nowhere := new(big.Int), new(big.Int)
		for a := range m.bal {
			got := call(e.t, tok, tokABI.PackGetVotes(a), tokABI.UnpackGetVotes)
			if got.Cmp(orZero(cur[a])) != 0 {
				rt.Fatalf("getVotes(%s) = %s, model %s", a, got, orZero(cur[a]))
			}
			if b := e.tokenBalance(d.m, a); b.Cmp(m.bal[a]) != 0 {
				rt.Fatalf("balanceOf(%s) = %s, model %s", a, b, m.bal[a])
			}
			sum.Add(sum, got)
			if m.delegatee(a) == (common.Address{}) {
				nowhere.Add(nowhere, m.bal[a])
			}
		}
		supply := call(e.t, tok, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply)
		if supply.Cmp(m.supply) != 0 || new(big.Int).Add(sum, nowhere).Cmp(supply) != 0 {
			rt.Fatalf("votes %s + voting nowhere %s, supply %s (model %s)", sum, nowhere, supply, m.supply)
		}
		for _, s := range snapshots {
			if s >= now {
				rt.Fatalf("snapshot %d not past at %d", s, now)
			}
			want := m.stateAt(s)
			if got := call(e.t, tok, tokABI.PackGetPastTotalSupply(new(big.Int).SetUint64(s)), tokABI.UnpackGetPastTotalSupply); got.Cmp(want.supply) != 0 {
				rt.Fatalf("getPastTotalSupply(%d) = %s, model %s", s, got, want.supply)
			}
			for a := range m.bal {
				got := call(e.t, tok, tokABI.PackGetPastVotes(a, new(big.Int).SetUint64(s)), tokABI.UnpackGetPastVotes)
				if got.Cmp(orZero(want.votes[a])) != 0 {
					rt.Fatalf("getPastVotes(%s, %d) = %s, model %s", a, s, got, orZero(want.votes[a]))
				}
			}
		}
	})
}

// TestLazySnapshotVotes: only the model's Governor asks for snapshots, the timepoint is taken as
// the Governor passes it, and a vote counts the voter's votes at the snapshot even when they
// moved since.
func TestLazySnapshotVotes(t *testing.T) {
	e := newHexsEnv(t)
	owner, other := e.users[0], e.users[1]
	d := e.newModel(owner, "SNAP")
	tok := d.m.token
	if g := call(t, tok, tokABI.PackGovernor(), tokABI.UnpackGovernor); g != d.governor.Address() {
		t.Fatalf("token's governor %s, want %s", g, d.governor.Address())
	}
	_, err := e.send(owner, tok, tokABI.PackSnapshot(big.NewInt(1)))
	wantRevert(t, err, "NotGovernor", owner.addr)
	e.releaseLaunchTokens(d)
	votes := call(t, tok, tokABI.PackGetVotes(owner.addr), tokABI.UnpackGetVotes)
	e.advance(time.Hour)
	id, _ := e.propose(d, owner, tok.Address(), tokABI.PackName(), "snapshot test")
	snap := call(t, d.governor, govABI.PackProposalSnapshot(id), govABI.UnpackProposalSnapshot)
	if ms := call(t, tok, tokABI.PackMaxSnapshot(), tokABI.UnpackMaxSnapshot); ms.Cmp(snap) != 0 {
		t.Fatalf("maxSnapshot %s, want the proposal's snapshot %s", ms, snap)
	}
	// After the snapshot hour, the owner gives half away; the vote still weighs the snapshot's.
	e.advance(2 * time.Hour)
	half := new(big.Int).Rsh(votes, 1)
	e.must(owner, tok, tokABI.PackTransfer(other.addr, half))
	r := e.must(owner, d.governor, govABI.PackCastVote(id, 1))
	for _, l := range r.Logs {
		if ev, err := govABI.UnpackVoteCastEvent(l); err == nil && ev.Weight.Cmp(votes) != 0 {
			t.Fatalf("vote weight %s, want the snapshot's %s", ev.Weight, votes)
		}
	}
	if v := call(t, tok, tokABI.PackGetPastVotes(owner.addr, snap), tokABI.UnpackGetPastVotes); v.Cmp(votes) != 0 {
		t.Fatalf("past votes at the snapshot %s, want %s", v, votes)
	}
	if v := call(t, tok, tokABI.PackGetPastVotes(other.addr, snap), tokABI.UnpackGetPastVotes); v.Sign() != 0 {
		t.Fatalf("recipient's past votes at the snapshot %s, want 0", v)
	}
}
