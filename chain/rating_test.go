package chain_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// A member's signed rating is relayed through the transaction manager by the platform; a
// replay and an expired signature come back as sentences naming the field to fix.
func TestRateBySigRelayed(t *testing.T) {
	e := newMintEnv(t)
	dao, err := e.c.ModelDAO(e.ctx, e.d.Registry, e.model)
	if err != nil {
		t.Fatal(err)
	}
	member := crypto.PubkeyToAddress(e.owner.PublicKey)
	nonce, err := e.c.RatingNonce(e.ctx, dao.Agent, member)
	if err != nil || nonce.Sign() != 0 {
		t.Fatalf("nonce %v (%v), want 0", nonce, err)
	}
	deadline := e.now() + 600
	sig, err := chain.SignRating(e.owner, e.c.ChainID, dao.Agent, 4, nonce, deadline)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.RateBySig(e.ctx, e.admin, dao.Agent, 4, member, deadline, sig); err != nil {
		t.Fatal(err)
	}
	if nonce, err = e.c.RatingNonce(e.ctx, dao.Agent, member); err != nil || nonce.Int64() != 1 {
		t.Fatalf("nonce %v (%v), want 1", nonce, err)
	}
	_, err = e.c.RateBySig(e.ctx, e.admin, dao.Agent, 4, member, deadline, sig)
	wantErr(t, err, hokusai.EINVALID, "signature", member.Hex(), "nonce")
	sig, _ = chain.SignRating(e.owner, e.c.ChainID, dao.Agent, 5, nonce, e.now()-1)
	_, err = e.c.RateBySig(e.ctx, e.admin, dao.Agent, 5, member, e.now()-1, sig)
	wantErr(t, err, hokusai.EINVALID, "deadline", "expired")
	if _, err := e.c.Rate(e.ctx, e.owner, dao.Agent, 2); err != nil {
		t.Fatal(err)
	}
	_, err = e.c.Rate(e.ctx, e.admin, dao.Agent, 2)
	wantErr(t, err, hokusai.EFORBIDDEN, "", "not a member")
}
