package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
)

// The lean timelock control: the Governor stores no calls, ETA or timelock id. Queue and execute
// take the calls (wrong calls are an unknown proposal); the timelock names the Governor's operation
// by the proposal id, so proposalEta is the timelock's timestamp; only the Governor proposes,
// cancels and executes in the timelock; a pending proposal is cancelled by its proposer only.
func TestLeanTimelockControl(t *testing.T) {
	e := newHexsEnv(t)
	owner, stranger := e.users[0], e.users[1]
	d := e.newModel(owner, "LEAN")
	e.releaseLaunchTokens(d)
	ms := []*model{d.m}
	if got := call(t, d.governor, govABI.PackTIMELOCKIMPLEMENTATION(), govABI.UnpackTIMELOCKIMPLEMENTATION); got != e.dep.TimelockImpl {
		t.Fatalf("timelock implementation %v, want %v", got, e.dep.TimelockImpl)
	}
	if !call(t, d.governor, govABI.PackProposalNeedsQueuing(big.NewInt(1)), govABI.UnpackProposalNeedsQueuing) {
		t.Fatal("proposals do not need queuing")
	}

	id, _ := e.propose(d, owner, e.tm.Address(), tmABI.PackSetPricePerCall(d.m.id, 2500), "lean price")
	p := e.proposals[id.String()]
	desc := crypto.Keccak256Hash([]byte(p.Description))
	// The timelock's id of the Governor's operation is the proposal id.
	if h := call(t, d.timelock, tlABI.PackHashOperationBatch(p.Targets, p.Values, p.Calldatas, [32]byte{}, desc), tlABI.UnpackHashOperationBatch); common.BytesToHash(h[:]).Big().Cmp(id) != 0 {
		t.Fatalf("timelock id %x, proposal id %x", h, id)
	}
	// With a predecessor the id is OpenZeppelin's (five fields), never a proposal id.
	if h := call(t, d.timelock, tlABI.PackHashOperationBatch(p.Targets, p.Values, p.Calldatas, [32]byte{1}, desc), tlABI.UnpackHashOperationBatch); common.BytesToHash(h[:]).Big().Cmp(id) == 0 {
		t.Fatal("an operation with a predecessor has the proposal's id")
	}
	e.advance(2 * time.Hour)
	e.must(owner, d.governor, govABI.PackCastVote(id, chain.VoteFor))
	e.advance(169 * time.Hour)
	eta := func() int64 { return call(t, d.governor, govABI.PackProposalEta(id), govABI.UnpackProposalEta).Int64() }
	if eta() != 0 {
		t.Fatalf("eta %d before queueing", eta())
	}
	// Other calls, or another description, are another (unknown) proposal.
	other := govABI.PackQueue(p.Targets, p.Values, [][]byte{tmABI.PackSetPricePerCall(d.m.id, 9999)}, desc)
	e.reverts(stranger, d.governor, other, ms, "GovernorNonexistentProposal")
	e.reverts(stranger, d.governor, govABI.PackQueue(p.Targets, p.Values, p.Calldatas, common.Hash{1}), ms, "GovernorNonexistentProposal")
	// Nobody but the Governor schedules, cancels or executes in the timelock.
	role := func(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
	e.reverts(stranger, d.timelock, tlABI.PackScheduleBatch(p.Targets, p.Values, p.Calldatas, [32]byte{}, desc, big.NewInt(86400)), ms,
		"AccessControlUnauthorizedAccount", stranger.addr, role("PROPOSER_ROLE"))
	r := e.must(stranger, d.governor, e.queueData(id))
	queuedAt := e.now()
	if eta() != int64(queuedAt)+86400 || e.state(d, id) != chain.ProposalQueued {
		t.Fatalf("eta %d (queued at %d), state %d", eta(), queuedAt, e.state(d, id))
	}
	if ev, err := govABI.UnpackProposalQueuedEvent(r.Logs[len(r.Logs)-1]); err != nil || ev.ProposalId.Cmp(id) != 0 || ev.EtaSeconds.Int64() != eta() {
		t.Fatalf("ProposalQueued %+v %v", ev, err)
	}
	e.reverts(stranger, d.governor, e.queueData(id), ms, "GovernorUnexpectedProposalState")
	e.reverts(stranger, d.timelock, tlABI.PackCancel(common.BigToHash(id)), ms, "AccessControlUnauthorizedAccount", stranger.addr, role("CANCELLER_ROLE"))
	e.advance(25 * time.Hour)
	e.reverts(stranger, d.timelock, tlABI.PackExecuteBatch(p.Targets, p.Values, p.Calldatas, [32]byte{}, desc), ms,
		"AccessControlUnauthorizedAccount", stranger.addr, role("EXECUTOR_ROLE"))
	e.must(stranger, d.governor, e.executeData(id))
	if eta() != 0 || e.state(d, id) != chain.ProposalExecuted {
		t.Fatalf("after execution: eta %d, state %d", eta(), e.state(d, id))
	}
	e.reverts(stranger, d.governor, e.executeData(id), ms, "GovernorUnexpectedProposalState")

	// A pending proposal: its proposer alone cancels it; then it can never be voted or queued.
	id2, _ := e.propose(d, owner, d.agent.Address(), agentABI.PackSetTierDiscount(1, 100), "lean cancel")
	p2 := e.proposals[id2.String()]
	cancel := govABI.PackCancel(p2.Targets, p2.Values, p2.Calldatas, crypto.Keccak256Hash([]byte(p2.Description)))
	e.reverts(stranger, d.governor, cancel, ms, "GovernorUnableToCancel", id2, stranger.addr)
	e.must(owner, d.governor, cancel)
	if s := e.state(d, id2); s != chain.ProposalCanceled {
		t.Fatalf("state %d, want canceled", s)
	}
	e.advance(2 * time.Hour)
	e.reverts(owner, d.governor, govABI.PackCastVote(id2, chain.VoteFor), ms, "GovernorUnexpectedProposalState")
}
