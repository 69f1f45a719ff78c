package index_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/hokusai-protocol/hokusai/agent"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// TestProposalListShowsQuorumBeforeAnyVote lists, through the API, a
// proposal nobody votes on: while pending its quorum is empty (not known
// yet); once the chain's clock is past its snapshot the list shows 10% of
// the token supply at the snapshot, read from the Governor, and the index
// keeps it for the next read. Reading one proposal from the chain past its
// snapshot records its quorum as well.
func TestProposalListShowsQuorumBeforeAnyVote(t *testing.T) {
	e := newEnv(t)
	props, m, d, ix := e.daoIndex(t, "QRMX")
	id, _, err := e.c.Propose(e.ctx, devchain.DevKey(1), d.Governor, chain.PriceProposal(e.p.Mint.TokenManager, m.ID, 3000, "Half again."))
	if err != nil {
		t.Fatal(err)
	}
	// A second proposal, read on its own after the snapshot.
	id2, _, err := e.c.Propose(e.ctx, devchain.DevKey(1), d.Governor, chain.PriceProposal(e.p.Mint.TokenManager, m.ID, 4000, "Twice the price."))
	if err != nil {
		t.Fatal(err)
	}
	e.sync(ix)

	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0"})
	(&agent.API{Models: e.models, Client: e.c, Registry: e.p.Registry, Manager: e.p.Mint.TokenManager, Proposals: props}).Register(s)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	listed := func() oapi.Proposal {
		t.Helper()
		resp, err := http.Get(fmt.Sprintf("%s/v1/models/%d/proposals", srv.URL, m.ID))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out oapi.ProposalList
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("list: %d %v", resp.StatusCode, err)
		}
		if len(out.Data) != 2 || out.Data[1].Id != id.String() || out.Data[0].Id != id2.String() {
			t.Fatalf("listed %+v, want proposals %s and %s (newest first)", out.Data, id2, id)
		}
		return out.Data[1]
	}

	if p := listed(); p.State != "pending" || p.Votes.Quorum != "" {
		t.Fatalf("before the snapshot: state %s quorum %q, want pending and no quorum (not known yet)", p.State, p.Votes.Quorum)
	}
	if err := e.sim.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.sync(ix)
	resp, err := http.Get(fmt.Sprintf("%s/v1/models/%d/proposals/%s", srv.URL, m.ID, id2))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("get proposal %s: %d", id2, resp.StatusCode)
	}
	one, err := props.FindProposal(e.ctx, m.ID, id2)
	if err != nil {
		t.Fatal(err)
	}
	p := listed()
	// 10% of the supply at the snapshot, as the token keeps it.
	token := bindings.NewModelToken()
	out, err := e.c.Backend.CallContract(e.ctx, ethereum.CallMsg{To: &m.Token, Data: token.PackGetPastTotalSupply(big.NewInt(p.Snapshot))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	supply, err := token.UnpackGetPastTotalSupply(out)
	if err != nil || supply.Sign() == 0 {
		t.Fatalf("supply at the snapshot: %v %v", supply, err)
	}
	want := new(big.Int).Div(new(big.Int).Mul(supply, big.NewInt(10)), big.NewInt(100))
	if p.State != "active" || p.Votes.For != "0" || p.Votes.Quorum != want.String() {
		t.Fatalf("after the snapshot, no vote: state %s for %s quorum %q, want active, 0 and %s (10%% of %s)", p.State, p.Votes.For, p.Votes.Quorum, want, supply)
	}
	stored, err := props.FindProposal(e.ctx, m.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Voters != 0 || stored.Quorum == nil || stored.Quorum.Cmp(want) != 0 {
		t.Fatalf("the index keeps %d voters and quorum %v, want 0 and %s (read once)", stored.Voters, stored.Quorum, want)
	}
	if one.Quorum == nil || one.Quorum.Cmp(want) != 0 {
		t.Fatalf("reading proposal %s on its own recorded quorum %v, want %s", id2, one.Quorum, want)
	}
	if p := listed(); p.Votes.Quorum != want.String() {
		t.Fatalf("listed again: quorum %q, want %s", p.Votes.Quorum, want)
	}
}
