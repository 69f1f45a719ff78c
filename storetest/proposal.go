package storetest

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// TestProposalService checks a hokusai.ProposalService against a model:
// random sequences of Governor events (proposals created, votes with
// random weights, queueing, execution, cancellation, events of proposals
// never indexed), recorded in random batches, some twice, and
// reorganisations, list and find the same proposals, tallies and states
// (at random clocks) as a fold over the events still on the chain.
func TestProposalService(t *testing.T, open Opener[hokusai.ProposalService]) {
	ctx := context.Background()
	t.Run("Refusals", func(t *testing.T) {
		s := open(t)()
		for _, f := range []hokusai.ProposalFilter{{ModelID: 1, Limit: 0}, {ModelID: 1, Limit: 101}, {ModelID: 1, Limit: 5, Offset: -1}, {ModelID: 1, Limit: 5, State: "open"}} {
			if _, _, err := s.FindProposals(ctx, f); hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("filter %+v: %v", f, err)
			}
		}
		bad := []hokusai.ProposalEvent{
			{ModelID: 1, Kind: "bogus", ProposalID: big.NewInt(1)},
			{ModelID: 1, Kind: hokusai.ProposalQueued},
			{ModelID: 1, Kind: hokusai.ProposalVoted, ProposalID: big.NewInt(1), Voter: "0x1", Support: 3, Weight: big.NewInt(1)},
			{ModelID: 1, Kind: hokusai.ProposalCreated, ProposalID: big.NewInt(1)},
		}
		for _, e := range bad {
			if err := s.RecordProposalEvents(ctx, []hokusai.ProposalEvent{e}); hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("event %+v: %v", e, err)
			}
		}
		if _, err := s.FindProposal(ctx, 1, big.NewInt(7)); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown proposal: %v", err)
		}
		ps, total, err := s.FindProposals(ctx, hokusai.ProposalFilter{ModelID: 1, Limit: 10})
		if err != nil || total != 0 || len(ps) != 0 {
			t.Fatalf("empty list: %v %d %v", ps, total, err)
		}
	})
	t.Run("RecordQuorum", func(t *testing.T) {
		s := open(t)()
		id, other := new(big.Int).Lsh(big.NewInt(5), 200), new(big.Int).Lsh(big.NewInt(6), 200)
		created := func(id *big.Int, block uint64) hokusai.ProposalEvent {
			return hokusai.ProposalEvent{ModelID: 1, Block: block, Kind: hokusai.ProposalCreated, ProposalID: id,
				Governor: "0x00000000000000000000000000000000000000g0", Proposer: "0x00000000000000000000000000000000000000a1", VoteStart: 100, VoteEnd: 110}
		}
		// other has a vote indexed without its quorum: it cannot pass until one is recorded.
		vote := hokusai.ProposalEvent{ModelID: 1, Block: 12, Kind: hokusai.ProposalVoted, ProposalID: other, Voter: "0x00000000000000000000000000000000000000a1", Support: 1, Weight: big.NewInt(50)}
		if err := s.RecordProposalEvents(ctx, []hokusai.ProposalEvent{created(id, 10), created(other, 11), vote}); err != nil {
			t.Fatal(err)
		}
		quorumOf := func(id *big.Int) *big.Int {
			t.Helper()
			p, err := s.FindProposal(ctx, 1, id)
			if err != nil {
				t.Fatal(err)
			}
			return p.Quorum
		}
		if q := quorumOf(id); q != nil {
			t.Fatalf("quorum %v before any was recorded, want none", q)
		}
		for _, bad := range [][2]*big.Int{{nil, big.NewInt(1)}, {id, nil}, {id, big.NewInt(-1)}} {
			if err := s.RecordProposalQuorum(ctx, 1, bad[0], bad[1]); hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("quorum %v of %v: %v, want EINVALID", bad[1], bad[0], err)
			}
		}
		if err := s.RecordProposalQuorum(ctx, 1, id, big.NewInt(40)); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordProposalQuorum(ctx, 1, id, big.NewInt(41)); err != nil { // known already: kept
			t.Fatal(err)
		}
		if q := quorumOf(id); q == nil || q.Int64() != 40 {
			t.Fatalf("recorded quorum %v, want 40 (the first one recorded)", q)
		}
		if err := s.RecordProposalQuorum(ctx, 1, big.NewInt(3), big.NewInt(40)); err != nil { // not indexed: ignored
			t.Fatal(err)
		}
		if _, err := s.FindProposal(ctx, 1, big.NewInt(3)); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("a quorum created proposal 3: %v", err)
		}
		succeeded := func() int64 {
			t.Helper()
			_, n, err := s.FindProposals(ctx, hokusai.ProposalFilter{ModelID: 1, State: hokusai.ProposalStateSucceeded, Clock: 111, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := succeeded(); n != 0 {
			t.Fatalf("%d succeeded before the quorum of the voted proposal was known, want 0", n)
		}
		if err := s.RecordProposalQuorum(ctx, 1, other, big.NewInt(50)); err != nil {
			t.Fatal(err)
		}
		if n := succeeded(); n != 1 {
			t.Fatalf("%d succeeded once its quorum (50, met by 50 for) was recorded, want 1", n)
		}
	})
	t.Run("MatchesFold", func(t *testing.T) {
		s := open(t)()
		model := uint64(0)
		rapid.Check(t, func(rt *rapid.T) {
			model++ // a fresh model per run: one database serves every run
			var chain []hokusai.ProposalEvent
			block := uint64(10)
			var ids []*big.Int
			quorum := map[string]*big.Int{}
			voted := map[string]bool{}
			voters := []string{"0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000a2", "0x00000000000000000000000000000000000000a3"}
			for step := rapid.IntRange(1, 40).Draw(rt, "steps"); step > 0; step-- {
				block += rapid.Uint64Range(0, 2).Draw(rt, "gap")
				e := hokusai.ProposalEvent{ModelID: model, Block: block, LogIndex: uint64(len(chain))}
				kind := rapid.IntRange(0, 5).Draw(rt, "kind")
				if len(ids) == 0 || (kind == 0 && len(ids) < 5) {
					id := new(big.Int).Lsh(big.NewInt(rapid.Int64Range(1, 1e9).Draw(rt, "id")), 200) // ids are uint256 hashes
					if quorum[id.String()] != nil {
						continue
					}
					start := rapid.Uint64Range(100, 110).Draw(rt, "start")
					e.Kind, e.ProposalID, e.Governor, e.Proposer = hokusai.ProposalCreated, id, "0x00000000000000000000000000000000000000g0", voters[0]
					e.VoteStart, e.VoteEnd = start, start+rapid.Uint64Range(0, 10).Draw(rt, "period")
					e.Description = rapid.StringMatching(`[a-z ]{0,20}`).Draw(rt, "description")
					for range rapid.IntRange(0, 2).Draw(rt, "calls") {
						e.Calls = append(e.Calls, hokusai.ProposalCall{Target: "0x00000000000000000000000000000000000000c1",
							Value: big.NewInt(rapid.Int64Range(0, 5).Draw(rt, "value")), Data: rapid.SliceOfN(rapid.Byte(), 0, 40).Draw(rt, "data")})
					}
					ids = append(ids, id)
					quorum[id.String()] = new(big.Int).Mul(big.NewInt(rapid.Int64Range(0, 100).Draw(rt, "quorum")), big.NewInt(1e18))
					chain = append(chain, e)
					continue
				}
				e.ProposalID = rapid.SampledFrom(ids).Draw(rt, "proposal")
				if rapid.IntRange(0, 9).Draw(rt, "unknown") == 0 {
					e.ProposalID = big.NewInt(3) // never created: ignored
				}
				switch kind {
				case 0, 1, 2:
					e.Kind, e.Voter = hokusai.ProposalVoted, rapid.SampledFrom(voters).Draw(rt, "voter")
					if voted[e.ProposalID.String()+e.Voter] {
						continue // the Governor takes one vote per voter
					}
					voted[e.ProposalID.String()+e.Voter] = true
					e.Support = uint8(rapid.IntRange(0, 2).Draw(rt, "support"))
					e.Weight = new(big.Int).Mul(big.NewInt(rapid.Int64Range(0, 60).Draw(rt, "weight")), big.NewInt(1e18))
					e.Quorum = quorum[e.ProposalID.String()]
				case 3, 4, 5:
					if voted[e.ProposalID.String()+fmt.Sprint(kind)] {
						continue // the Governor queues, executes or cancels a proposal once
					}
					voted[e.ProposalID.String()+fmt.Sprint(kind)] = true
				}
				switch kind {
				case 3:
					e.Kind, e.ETA = hokusai.ProposalQueued, rapid.Uint64Range(1, 1<<40).Draw(rt, "eta")
				case 4:
					e.Kind = hokusai.ProposalExecuted
				case 5:
					e.Kind = hokusai.ProposalCanceled
				}
				chain = append(chain, e)
			}
			for i := 0; i < len(chain); {
				n := rapid.IntRange(1, 10).Draw(rt, "batch")
				batch := chain[i:min(i+n, len(chain))]
				if err := s.RecordProposalEvents(ctx, batch); err != nil {
					rt.Fatal(err)
				}
				if i == 0 { // a replayed range changes nothing
					if err := s.RecordProposalEvents(ctx, batch); err != nil {
						rt.Fatal(err)
					}
				}
				i += n
			}
			check := func(what string) {
				want := foldProposals(chain)
				for _, id := range ids {
					got, err := s.FindProposal(ctx, model, id)
					w := want[id.String()]
					if w == nil {
						if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
							rt.Fatalf("%s: proposal %s found (%v), want none", what, id, err)
						}
						continue
					}
					if err != nil {
						rt.Fatalf("%s: proposal %s: %v", what, id, err)
					}
					if a, b := proposalText(got), proposalText(w); a != b {
						rt.Fatalf("%s: proposal\n got %s\nwant %s", what, a, b)
					}
				}
				all := make([]*hokusai.IndexedProposal, 0, len(want))
				for _, p := range want {
					all = append(all, p)
				}
				slices.SortFunc(all, func(a, b *hokusai.IndexedProposal) int {
					return cmp.Or(cmp.Compare(b.Block, a.Block), cmp.Compare(b.LogIndex, a.LogIndex))
				})
				clock := rapid.Uint64Range(95, 125).Draw(rt, "clock")
				for _, state := range append([]string{""}, hokusai.ProposalStates...) {
					var match []*hokusai.IndexedProposal
					for _, p := range all {
						if state == "" || p.State(clock) == state {
							match = append(match, p)
						}
					}
					limit := rapid.IntRange(1, 3).Draw(rt, "limit")
					for offset := 0; offset <= len(match); offset += limit {
						got, total, err := s.FindProposals(ctx, hokusai.ProposalFilter{ModelID: model, State: state, Clock: clock, Limit: limit, Offset: offset})
						if err != nil || total != int64(len(match)) {
							rt.Fatalf("%s: state %q at %d: total %d (%v), want %d", what, state, clock, total, err, len(match))
						}
						page := match[offset:min(offset+limit, len(match))]
						if len(got) != len(page) {
							rt.Fatalf("%s: state %q page at %d: %d proposals, want %d", what, state, offset, len(got), len(page))
						}
						for i := range got {
							if a, b := proposalText(got[i]), proposalText(page[i]); a != b {
								rt.Fatalf("%s: state %q at %d: item %d\n got %s\nwant %s", what, state, clock, offset+i, a, b)
							}
						}
					}
				}
				open, err := s.OpenProposals(ctx, clock)
				if err != nil {
					rt.Fatal(err)
				}
				var n int64
				for _, p := range all {
					if st := p.State(clock); st == hokusai.ProposalStatePending || st == hokusai.ProposalStateActive {
						n++
					}
				}
				if open[model] != n {
					rt.Fatalf("%s: %d open proposals at %d, want %d", what, open[model], clock, n)
				}
			}
			check("recorded")
			cut := rapid.Uint64Range(9, block).Draw(rt, "cut")
			if _, err := s.DeleteProposalEventsAfter(ctx, cut); err != nil {
				rt.Fatal(err)
			}
			kept := chain[:0:0]
			for _, e := range chain {
				if e.Block <= cut {
					kept = append(kept, e)
				}
			}
			chain = kept
			check("after the reorganisation")
		})
	})
}

// foldProposals is the model of the index: events applied in chain order.
func foldProposals(events []hokusai.ProposalEvent) map[string]*hokusai.IndexedProposal {
	out := map[string]*hokusai.IndexedProposal{}
	for _, e := range events {
		id := e.ProposalID.String()
		if e.Kind == hokusai.ProposalCreated {
			if out[id] == nil {
				out[id] = &hokusai.IndexedProposal{ModelID: e.ModelID, ID: e.ProposalID, Governor: e.Governor, Proposer: e.Proposer,
					Calls: e.Calls, Description: e.Description, VoteStart: e.VoteStart, VoteEnd: e.VoteEnd, Block: e.Block, LogIndex: e.LogIndex,
					For: new(big.Int), Against: new(big.Int), Abstain: new(big.Int)}
			}
			continue
		}
		p := out[id]
		if p == nil {
			continue
		}
		switch e.Kind {
		case hokusai.ProposalVoted:
			tally := []*big.Int{p.Against, p.For, p.Abstain}[e.Support]
			tally.Add(tally, e.Weight)
			p.Voters++
			p.Quorum = e.Quorum
		case hokusai.ProposalQueued:
			p.Queued, p.ETA = true, e.ETA
		case hokusai.ProposalExecuted:
			p.Executed = true
		case hokusai.ProposalCanceled:
			p.Canceled = true
		}
	}
	return out
}

// proposalText prints what a store must keep of p; the quorum only counts
// once a vote is indexed.
func proposalText(p *hokusai.IndexedProposal) string {
	q := "-"
	if p.Voters > 0 && p.Quorum != nil {
		q = p.Quorum.String()
	}
	calls := ""
	for _, c := range p.Calls {
		calls += fmt.Sprintf("[%s %s %x]", c.Target, c.Value, c.Data)
	}
	return fmt.Sprintf("model %d id %s gov %s by %s calls %s desc %q window %d–%d at %d/%d votes %s/%s/%s quorum %s voters %d queued %v eta %d executed %v canceled %v",
		p.ModelID, p.ID, p.Governor, p.Proposer, calls, p.Description, p.VoteStart, p.VoteEnd, p.Block, p.LogIndex,
		p.For, p.Against, p.Abstain, q, p.Voters, p.Queued, p.ETA, p.Executed, p.Canceled)
}
