package chain_test

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// createFork creates a fork of parent (at version 3) owned by e.owner and returns its id and pool.
func (e *mintEnv) createFork(parent uint64) (uint64, common.Address) {
	e.t.Helper()
	e.tickers++
	ticker := string([]byte{'F', 'K', byte('A' + e.tickers/26), byte('A' + e.tickers%26)})
	f := bindings.NewModelFactory()
	data := f.PackCreateFork(bindings.ModelFactoryCreateModelParams{
		Name: "fork " + ticker, Ticker: ticker, Baseline: wad(90, 100), DeltaOne: new(big.Int),
		InitialSupply: tokens(1_000_000), TokensPerDeltaOne: tokens(100_000), ExpectedDeltaOnes: big.NewInt(5),
		Metadata: "{}",
	}, parent, 3)
	if _, err := e.c.Send(e.ctx, e.owner, chain.Tx{To: &e.d.Factory, Data: data, ABIs: chain.ProtocolABIs()}); err != nil {
		e.t.Fatal(err)
	}
	reg := bindings.NewModelRegistry()
	n, _ := reg.UnpackModelCount(e.callRaw(e.d.Registry, reg.PackModelCount()))
	acc, err := reg.UnpackModelAccounts(e.callRaw(e.d.Registry, reg.PackModelAccounts(n)))
	if err != nil {
		e.t.Fatal(err)
	}
	return n.Uint64(), acc.Pool
}

// governPrice has model's DAO set its price per call: the owner's launch
// tokens (10% of the supply, the quorum) are released, the admin proposes,
// the owner votes by a signature the admin relays, and after the voting
// period and the timelock's delay a third account executes. It returns when
// the new ramp has started.
func (e *mintEnv) governPrice(model uint64, price uint64) {
	e.t.Helper()
	dao, err := e.c.ModelDAO(e.ctx, e.d.Registry, model)
	if err != nil {
		e.t.Fatal(err)
	}
	reg := bindings.NewModelRegistry()
	m, err := reg.UnpackGetModel(e.callRaw(e.d.Registry, reg.PackGetModel(new(big.Int).SetUint64(model))))
	if err != nil {
		e.t.Fatal(err)
	}
	vest := bindings.NewOwnerVesting()
	if rel, _ := vest.UnpackReleasable(e.callRaw(m.Vesting, vest.PackReleasable())); rel.Sign() > 0 {
		if _, err := e.c.Send(e.ctx, e.admin, chain.Tx{To: &m.Vesting, Data: vest.PackRelease()}); err != nil {
			e.t.Fatal(err)
		}
	}
	e.advance(time.Hour)
	p := chain.PriceProposal(e.m.TokenManager, model, price, "price "+big.NewInt(int64(price)).String()+" at "+time.Now().String())
	id, _, err := e.c.Propose(e.ctx, e.admin, dao.Governor, p)
	if err != nil {
		e.t.Fatal(err)
	}
	e.advance(2 * time.Hour)
	voter := crypto.PubkeyToAddress(e.owner.PublicKey)
	nonce, err := e.c.VoteNonce(e.ctx, dao.Governor, voter)
	if err != nil {
		e.t.Fatal(err)
	}
	sig, err := chain.SignBallot(e.owner, e.c.ChainID, dao.Governor, id, chain.VoteFor, nonce)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.CastVoteBySig(e.ctx, e.admin, dao.Governor, id, chain.VoteFor, voter, sig); err != nil {
		e.t.Fatal(err)
	}
	e.advance(169 * time.Hour)
	// The Governor keeps no calls; its ProposalCreated event has them.
	if got, err := e.c.ProposalOnChain(e.ctx, dao.Governor, id); err != nil || got.ProposalID().Cmp(id) != 0 || got.Description != p.Description {
		e.t.Fatalf("proposal from the chain %+v, %v", got, err)
	}
	if _, err := e.c.QueueProposal(e.ctx, e.admin, dao.Governor, p); err != nil {
		e.t.Fatal(err)
	}
	e.advance(25 * time.Hour)
	if _, err := e.c.ExecuteProposal(e.ctx, devchain.DevKey(5), dao.Governor, p); err != nil {
		e.t.Fatal(err)
	}
	if st, err := e.c.ProposalState(e.ctx, dao.Governor, id); err != nil || st != chain.ProposalExecuted {
		e.t.Fatalf("proposal state %d (%v), want executed", st, err)
	}
}

func (e *mintEnv) accounts(reg *bindings.ModelRegistry, id uint64) (owner, token, pool common.Address) {
	e.t.Helper()
	acc, err := reg.UnpackModelAccounts(e.callRaw(e.d.Registry, reg.PackModelAccounts(new(big.Int).SetUint64(id))))
	if err != nil {
		e.t.Fatal(err)
	}
	return acc.Owner, acc.Token, acc.Pool
}
