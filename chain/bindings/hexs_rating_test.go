package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/chain"
)

// A member rates by a signature anyone relays: same effects and event as rate; the signature is
// bound to the chain, the Agent, the stars, the member, their nonce and a deadline, and usable once.
func TestRateBySig(t *testing.T) {
	e := newHexsEnv(t)
	owner, c, outsider := e.users[0], e.users[1], e.users[2]
	d := e.newModel(owner, "RSIG")
	other := e.newModel(owner, "RSIH")
	e.credit(c, usd(10))
	e.settle(chain.UsageEntry{Consumer: c.addr, ModelID: d.m.id.Uint64(), Amount: 2000, Calls: 1})
	ms := []*model{d.m}
	deadline := e.now() + 3600
	nonce := func(a common.Address) *big.Int {
		return call(t, d.agent, agentABI.PackNonces(a), agentABI.UnpackNonces)
	}
	sign := func(signer actor, agent common.Address, chainID uint64, stars uint8, n *big.Int, dl uint64) []byte {
		sig, err := chain.SignRating(signer.key, chainID, agent, stars, n, dl)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	relay := func(stars uint8, member common.Address, dl uint64, sig []byte) []byte {
		return agentABI.PackRateBySig(stars, member, new(big.Int).SetUint64(dl), sig)
	}

	// The consumer, a member with no ETH needed, signs 4 stars; a stranger relays it.
	sig := sign(c, d.agent.Address(), 1337, 4, nonce(c.addr), deadline)
	r := e.must(outsider, d.agent, relay(4, c.addr, deadline, sig))
	ev, err := agentABI.UnpackRatedEvent(r.Logs[0])
	if err != nil || ev.Member != c.addr || ev.Stars != 4 || ev.Previous != 0 || ev.Ratings.Int64() != 1 || ev.RatingSum.Int64() != 4 {
		t.Fatalf("Rated %+v %v", ev, err)
	}
	if m := e.member(d, c.addr); m.Rating != 4 || m.Nonce != 1 {
		t.Fatalf("member %+v, want rating 4 nonce 1", m)
	}
	// Replay: the nonce moved, so the same signature no longer recovers the member.
	e.reverts(outsider, d.agent, relay(4, c.addr, deadline, sig), ms, "RatingSignatureInvalid", c.addr)
	// A changed rating by signature replaces the first one, like rate.
	sig2 := sign(c, d.agent.Address(), 1337, 2, nonce(c.addr), deadline)
	r = e.must(e.admin, d.agent, relay(2, c.addr, deadline, sig2))
	if ev, err = agentABI.UnpackRatedEvent(r.Logs[0]); err != nil || ev.Stars != 2 || ev.Previous != 4 || ev.Ratings.Int64() != 1 || ev.RatingSum.Int64() != 2 {
		t.Fatalf("Rated %+v %v", ev, err)
	}

	// Wrong signer: the outsider signs for the consumer; or the relayer alters the stars or the deadline.
	n := nonce(c.addr)
	e.reverts(outsider, d.agent, relay(5, c.addr, deadline, sign(outsider, d.agent.Address(), 1337, 5, n, deadline)), ms, "RatingSignatureInvalid", c.addr)
	good := sign(c, d.agent.Address(), 1337, 5, n, deadline)
	e.reverts(outsider, d.agent, relay(1, c.addr, deadline, good), ms, "RatingSignatureInvalid", c.addr)
	e.reverts(outsider, d.agent, relay(5, c.addr, deadline+1, good), ms, "RatingSignatureInvalid", c.addr)
	// Bound to the Agent and the chain: signed for another model's Agent, or another chain id.
	e.reverts(outsider, d.agent, relay(5, c.addr, deadline, sign(c, other.agent.Address(), 1337, 5, n, deadline)), ms, "RatingSignatureInvalid", c.addr)
	e.reverts(outsider, d.agent, relay(5, c.addr, deadline, sign(c, d.agent.Address(), 1, 5, n, deadline)), ms, "RatingSignatureInvalid", c.addr)
	// Not a signature at all, and the zero address (which malformed signatures can recover to).
	e.reverts(outsider, d.agent, relay(5, c.addr, deadline, make([]byte, 65)), ms, "RatingSignatureInvalid", c.addr)
	e.reverts(outsider, d.agent, relay(5, common.Address{}, deadline, make([]byte, 65)), ms, "RatingSignatureInvalid", common.Address{})
	// A direct rating uses the nonce up too, so an older signed one cannot overwrite it later.
	e.must(c, d.agent, agentABI.PackRate(3))
	e.reverts(outsider, d.agent, relay(5, c.addr, deadline, good), ms, "RatingSignatureInvalid", c.addr)

	// Non-member: a valid signature of an address that is not a member.
	e.reverts(owner, d.agent, relay(3, outsider.addr, deadline, sign(outsider, d.agent.Address(), 1337, 3, nonce(outsider.addr), deadline)), ms, "NotMember", outsider.addr)
	// Stars out of range, validly signed.
	n = nonce(owner.addr)
	e.reverts(outsider, d.agent, relay(0, owner.addr, deadline, sign(owner, d.agent.Address(), 1337, 0, n, deadline)), ms, "RatingOutOfRange", uint8(0))
	e.reverts(outsider, d.agent, relay(6, owner.addr, deadline, sign(owner, d.agent.Address(), 1337, 6, n, deadline)), ms, "RatingOutOfRange", uint8(6))
	// Expired: the deadline passed before it was relayed.
	late := sign(owner, d.agent.Address(), 1337, 5, n, deadline)
	e.advance(2 * time.Hour)
	e.reverts(outsider, d.agent, relay(5, owner.addr, deadline, late), ms, "RatingSignatureExpired", new(big.Int).SetUint64(deadline))
	s := e.stats(d)
	if s.Ratings != 1 || s.RatingSum != 3 {
		t.Fatalf("ratings %d sum %d, want 1 and 3", s.Ratings, s.RatingSum)
	}
}
