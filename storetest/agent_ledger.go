package storetest

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// TestAgentLedgerService checks a hokusai.AgentLedgerService against a
// model: random sequences of Agent events (joins, share growth, ratings
// that change, settlements on random days), recorded in random batches,
// some twice, and reorganisations, sum to the same ledger and members as
// a fold over the events still on the chain.
func TestAgentLedgerService(t *testing.T, open Opener[hokusai.AgentLedgerService]) {
	ctx := context.Background()
	t.Run("Refusals", func(t *testing.T) {
		s := open(t)()
		if _, _, err := s.AgentMembers(ctx, 1, 0, 0); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("limit 0: %v", err)
		}
		if err := s.RecordAgentEvents(ctx, []hokusai.AgentEvent{{ModelID: 1, Kind: "bogus", Account: "0x1"}}); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("unknown kind: %v", err)
		}
		l, err := s.AgentLedger(ctx, 9, 20000)
		if err != nil || l.Members != 0 || l.TotalShares.Sign() != 0 || l.Calls != 0 {
			t.Fatalf("empty ledger: %+v %v", l, err)
		}
	})
	t.Run("MatchesFold", func(t *testing.T) {
		s := open(t)()
		model := uint64(0)
		rapid.Check(t, func(rt *rapid.T) {
			model++ // a fresh model per run: one database serves every run
			accounts := []string{"0x0000000000000000000000000000000000000001", "0x0000000000000000000000000000000000000002", "0x0000000000000000000000000000000000000003"}
			var chain []hokusai.AgentEvent // what the chain holds, in order
			block, today := uint64(10), int64(20_000)
			joined := map[string]bool{}
			for step := rapid.IntRange(1, 40).Draw(rt, "steps"); step > 0; step-- {
				block += rapid.Uint64Range(0, 2).Draw(rt, "gap")
				acct := rapid.SampledFrom(accounts).Draw(rt, "account")
				e := hokusai.AgentEvent{ModelID: model, Block: block, LogIndex: uint64(len(chain))}
				switch rapid.IntRange(0, 4).Draw(rt, "kind") {
				case 0:
					if joined[acct] {
						continue
					}
					joined[acct] = true
					e.Kind, e.Account, e.N1 = hokusai.AgentMemberJoined, acct, rapid.Int64Range(0, 2).Draw(rt, "reason")
				case 1:
					e.Kind, e.Account = hokusai.AgentSharesGrown, acct
					e.Shares = new(big.Int).Mul(big.NewInt(rapid.Int64Range(0, 1e9).Draw(rt, "shares")), big.NewInt(1e18))
				case 2:
					e.Kind, e.Account, e.N1 = hokusai.AgentRated, acct, rapid.Int64Range(1, 5).Draw(rt, "stars")
				case 3, 4:
					e.Kind, e.N1 = hokusai.AgentUsage, today-rapid.Int64Range(0, 60).Draw(rt, "daysAgo")
					e.N2, e.N3, e.N4 = rapid.Int64Range(1, 100).Draw(rt, "calls"), rapid.Int64Range(0, 1e6).Draw(rt, "fees"), rapid.Int64Range(0, 3).Draw(rt, "users")
				}
				chain = append(chain, e)
			}
			// Record in batches, the first batch twice (a replayed range).
			for i := 0; i < len(chain); {
				n := rapid.IntRange(1, 10).Draw(rt, "batch")
				batch := chain[i:min(i+n, len(chain))]
				if err := s.RecordAgentEvents(ctx, batch); err != nil {
					rt.Fatal(err)
				}
				if i == 0 {
					if err := s.RecordAgentEvents(ctx, batch); err != nil {
						rt.Fatal(err)
					}
				}
				i += n
			}
			check := func(what string) {
				want := foldAgent(chain, model, today)
				got, err := s.AgentLedger(ctx, model, today)
				if err != nil {
					rt.Fatal(err)
				}
				if fmt.Sprint(*got) != fmt.Sprint(want.ledger) {
					rt.Fatalf("%s: ledger %+v, want %+v", what, *got, want.ledger)
				}
				ins, err := s.AgentScoreInputs(ctx, today)
				if err != nil {
					rt.Fatal(err)
				}
				var in hokusai.ScoreInput
				for _, x := range ins {
					if x.ModelID == model {
						in = x
					}
				}
				w := want.ledger
				if in.Calls30d != w.Calls30d || in.Users != w.Users || in.Ratings != w.Ratings || in.RatingSum != w.RatingSum {
					rt.Fatalf("%s: score inputs %+v, want the ledger's %+v", what, in, w)
				}
				members, total, err := s.AgentMembers(ctx, model, 500, 0)
				if err != nil || total != int64(len(want.members)) || fmt.Sprint(members) != fmt.Sprint(want.members) {
					rt.Fatalf("%s: members %+v (%d, %v), want %+v", what, members, total, err, want.members)
				}
			}
			check("recorded")
			// A reorganisation above a random block drops the later events.
			cut := rapid.Uint64Range(9, block).Draw(rt, "cut")
			if _, err := s.DeleteAgentEventsAfter(ctx, cut); err != nil {
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

type agentFold struct {
	ledger  hokusai.AgentLedger
	members []hokusai.AgentMember
}

// foldAgent is the model of a ledger: events applied in chain order.
func foldAgent(events []hokusai.AgentEvent, model uint64, today int64) agentFold {
	l := hokusai.AgentLedger{ModelID: model, TotalShares: new(big.Int)}
	shares, stars := map[string]*big.Int{}, map[string]int64{}
	var order []hokusai.AgentMember
	for _, e := range events {
		switch e.Kind {
		case hokusai.AgentMemberJoined:
			order = append(order, hokusai.AgentMember{Account: e.Account, Reason: e.N1})
		case hokusai.AgentSharesGrown:
			shares[e.Account] = e.Shares
		case hokusai.AgentRated:
			stars[e.Account] = e.N1
		case hokusai.AgentUsage:
			l.Calls, l.Fees, l.Users = l.Calls+e.N2, l.Fees+e.N3, l.Users+e.N4
			if e.N1 > today-30 {
				l.Calls30d += e.N2
			}
		}
	}
	l.Members = int64(len(order))
	for _, v := range shares {
		l.TotalShares.Add(l.TotalShares, v)
	}
	for _, v := range stars {
		l.Ratings++
		l.RatingSum += v
	}
	members := []hokusai.AgentMember{}
	for _, m := range order {
		m.Shares, m.Stars = new(big.Int), stars[m.Account]
		if v := shares[m.Account]; v != nil {
			m.Shares = v
		}
		members = append(members, m)
	}
	return agentFold{l, members}
}
