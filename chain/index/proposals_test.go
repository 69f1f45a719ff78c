package index_test

import (
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/index"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// TestIndexProposalsThroughAReorg runs a model's DAO on the simulated
// chain: a price proposal is indexed with its calls (decoded as a price),
// its owner's vote is tallied with the quorum at the snapshot, and when
// the chain reorganises to a branch without the vote the tallies go back
// to none while the proposal stays; a reorganisation to before the
// proposal removes it.
func TestIndexProposalsThroughAReorg(t *testing.T) {
	e := newEnv(t)
	props, m, d, ix := e.daoIndex(t, "GOVX")
	beforeProposal := e.head().Number.Uint64()
	p := chain.PriceProposal(e.p.Mint.TokenManager, m.ID, 3000, "Half again.")
	id, _, err := e.c.Propose(e.ctx, devchain.DevKey(1), d.Governor, p)
	if err != nil {
		t.Fatal(err)
	}
	e.sync(ix)
	got, err := props.FindProposal(e.ctx, m.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	if kind, params := chain.DecodeProposal(got.Calls, e.p.Mint.TokenManager, d.Agent); kind != chain.KindPrice || params["price_per_call_micros"] != uint64(3000) ||
		got.Description != "Half again." || got.Governor != d.Governor.Hex() || got.Voters != 0 || got.Quorum != nil {
		t.Fatalf("indexed proposal %+v (%s %v)", got, kind, params)
	}
	forkAt := e.head().Number.Uint64()

	// Branch A: two hours on, the owner votes for it.
	if err := e.sim.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.CastVote(e.ctx, devchain.DevKey(1), d.Governor, id, chain.VoteFor); err != nil {
		t.Fatal(err)
	}
	e.sync(ix)
	info, err := e.c.ProposalInfo(e.ctx, d.Governor, id)
	if err != nil {
		t.Fatal(err)
	}
	if got, err = props.FindProposal(e.ctx, m.ID, id); err != nil {
		t.Fatal(err)
	}
	if got.Voters != 1 || got.For.Cmp(info.For) != 0 || info.For.Sign() == 0 || got.Quorum == nil || got.Quorum.Cmp(info.Quorum) != 0 {
		t.Fatalf("after the vote: indexed %+v, the chain's %+v", got, info)
	}
	if st := got.State(info.Deadline + 1); st != hokusai.ProposalStateSucceeded {
		t.Fatalf("after the deadline the index says %s, want succeeded (the owner's votes meet the quorum)", st)
	}
	headA := e.head().Number.Uint64()

	// Branch B, longer, without the vote.
	e.fork(forkAt)
	for e.head().Number.Uint64() <= headA+1 {
		e.sim.Backend.Commit()
	}
	e.sync(ix)
	if got, err = props.FindProposal(e.ctx, m.ID, id); err != nil {
		t.Fatalf("the proposal is gone after a reorganisation that kept it: %v", err)
	}
	if got.Voters != 0 || got.For.Sign() != 0 || got.State(got.VoteEnd+1) != hokusai.ProposalStateDefeated {
		t.Fatalf("after the reorganisation dropped the vote: %+v", got)
	}

	// A deeper reorganisation, to before the proposal, removes it.
	e.fork(beforeProposal)
	for e.head().Number.Uint64() <= headA+3 {
		e.sim.Backend.Commit()
	}
	e.sync(ix)
	if _, err := props.FindProposal(e.ctx, m.ID, id); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("a proposal the chain no longer has: %v", err)
	}
	if ps, n, err := props.FindProposals(e.ctx, hokusai.ProposalFilter{ModelID: m.ID, Limit: 10}); err != nil || n != 0 || len(ps) != 0 {
		t.Fatalf("proposals left: %d %v", n, err)
	}
}

// daoIndex creates a model (ticker) owned by dev account 1, releases its
// launch tokens to the owner — its votes, as every holder votes with its
// own — and returns a SQLite proposal store with an indexer over the
// models and their DAOs, and the model's DAO addresses.
func (e *env) daoIndex(t *testing.T, ticker string) (*sqlite.ProposalService, *chain.CreatedModel, *chain.ModelDAO, *index.Indexer) {
	t.Helper()
	db := sqlite.NewDB(t.TempDir() + "/proposals.db")
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	props := sqlite.NewProposalService(db)
	m := e.createModel(e.c, 1, ticker)
	ix := &index.Indexer{
		Chain: e.c.Backend, Blocks: e.blocks, Name: "chain:" + e.p.Registry.Hex(), FromBlock: e.p.DeployBlock,
		Handlers: []index.Handler{&index.Models{Client: e.c, Protocol: e.p, Models: e.models},
			&index.Proposals{Client: e.c, Registry: e.p.Registry, Proposals: props}},
	}
	if _, err := e.c.ReleaseVesting(e.ctx, devchain.DevKey(1), m.Vesting, ""); err != nil {
		t.Fatal(err)
	}
	d, err := e.c.ModelDAO(e.ctx, e.p.Registry, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	return props, m, d, ix
}
