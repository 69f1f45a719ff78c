package chain_test

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/zk"
)

// zkMintGasProposalLive measures a later zk mint while a DAO proposal is
// live, on a model of its own: a first mint (zkHead → zkMid), then the
// model's owner proposes, so the proposal's snapshot covers the hour of the
// contributor's, the owner's and the supply's last change; the chain moves
// into an hour after the snapshot and a second mint (zkMid → zkUseful) to the
// same contributor archives all three heads in the token's history. It checks
// that the votes at the snapshot are still the values before that mint and
// returns the mint's gas.
func (e *mintEnv) zkMintGasProposalLive(k *zk.Keys) uint64 {
	e.t.Helper()
	model, token := e.zkModel(k)
	r1, p1 := e.zkRequest(k, model, zkHead, zkMid, "live first")
	if _, err := e.c.SubmitZkMint(e.ctx, e.admin, e.m.Verifier, r1, p1.Words); err != nil {
		e.t.Fatal(err)
	}
	owner, _, _ := e.accounts(bindings.NewModelRegistry(), model)
	contributor := devchain.DevAddress(7)
	tok := bindings.NewModelToken()
	votes := func(who common.Address) *big.Int {
		v, err := tok.UnpackGetVotes(e.callRaw(token, tok.PackGetVotes(who)))
		if err != nil {
			e.t.Fatal(err)
		}
		return v
	}
	before := []*big.Int{votes(contributor), votes(owner), e.totalSupply(token)}
	if before[0].Sign() == 0 || before[1].Sign() == 0 {
		e.t.Fatalf("contributor votes %s, owner votes %s after the first mint: want both > 0", before[0], before[1])
	}

	// An hour later (a proposer's votes must not have changed this hour), the
	// owner proposes; the snapshot is the Governor's voting delay ahead.
	e.advance(time.Hour)
	dao, err := e.c.ModelDAO(e.ctx, e.d.Registry, model)
	if err != nil {
		e.t.Fatal(err)
	}
	p := chain.PriceProposal(e.m.TokenManager, model, 7, "price while minting")
	if _, _, err := e.c.Propose(e.ctx, e.owner, dao.Governor, p); err != nil {
		e.t.Fatal(err)
	}
	snap, err := tok.UnpackMaxSnapshot(e.callRaw(token, tok.PackMaxSnapshot()))
	if err != nil {
		e.t.Fatal(err)
	}
	// Into the hour after the snapshot: the proposal is active, and the heads
	// (last changed before the snapshot) must be archived when they change.
	if h := e.now() / 3600; h <= snap.Uint64() {
		e.advance(time.Duration(snap.Uint64()+1-h) * time.Hour)
	}

	r2, p2 := e.zkRequest(k, model, zkMid, zkUseful, "live second")
	rc, err := e.c.SubmitZkMint(e.ctx, e.admin, e.m.Verifier, r2, p2.Words)
	if err != nil {
		e.t.Fatal(err)
	}
	if votes(contributor).Cmp(before[0]) <= 0 {
		e.t.Fatalf("contributor votes %s after the second mint, want more than %s", votes(contributor), before[0])
	}
	s := new(big.Int).SetUint64(snap.Uint64())
	got := make([]*big.Int, 3)
	for i, who := range []common.Address{contributor, owner} {
		if got[i], err = tok.UnpackGetPastVotes(e.callRaw(token, tok.PackGetPastVotes(who, s))); err != nil {
			e.t.Fatal(err)
		}
	}
	if got[2], err = tok.UnpackGetPastTotalSupply(e.callRaw(token, tok.PackGetPastTotalSupply(s))); err != nil {
		e.t.Fatal(err)
	}
	for i, name := range []string{"contributor's votes", "owner's votes", "supply"} {
		if got[i].Cmp(before[i]) != 0 {
			e.t.Fatalf("%s at the snapshot %s: %s, want %s (the value before the mint)", name, snap, got[i], before[i])
		}
	}
	return rc.Receipt.GasUsed
}
