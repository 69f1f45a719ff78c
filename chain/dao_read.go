package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// ProposalInfo is what a DAO knows of one proposal.
type ProposalInfo struct {
	State    uint8
	Proposer common.Address
	// Snapshot and Deadline are on the token's clock (hours since the epoch);
	// ETA is when a queued proposal may execute (seconds), 0 before queueing.
	Snapshot, Deadline, ETA uint64
	Against, For, Abstain   *big.Int
	Quorum                  *big.Int // votes needed (for + abstain) at the snapshot, or at the last full hour before it
	Clock                   uint64   // the Governor's clock when read: past Snapshot, Quorum is the fixed one
}

// ProposalInfo reads a proposal's state, votes and timepoints; a proposal
// the Governor does not know is a decoded GovernorNonexistentProposal error.
func (c *Client) ProposalInfo(ctx context.Context, governor common.Address, id *big.Int) (*ProposalInfo, error) {
	st, err := c.ProposalState(ctx, governor, id)
	if err != nil {
		return nil, err
	}
	p := &ProposalInfo{State: st}
	read := func(data []byte, unpack func([]byte) error) {
		if err != nil {
			return
		}
		var out []byte
		if out, err = c.callHexs(ctx, governor, data); err == nil {
			err = unpack(out)
		}
	}
	g := governorBinding
	read(g.PackProposalProposer(id), func(b []byte) (e error) { p.Proposer, e = g.UnpackProposalProposer(b); return })
	read(g.PackProposalSnapshot(id), func(b []byte) error { v, e := g.UnpackProposalSnapshot(b); p.Snapshot = v.Uint64(); return e })
	read(g.PackProposalDeadline(id), func(b []byte) error { v, e := g.UnpackProposalDeadline(b); p.Deadline = v.Uint64(); return e })
	read(g.PackProposalEta(id), func(b []byte) error { v, e := g.UnpackProposalEta(b); p.ETA = v.Uint64(); return e })
	read(g.PackProposalVotes(id), func(b []byte) error {
		v, e := g.UnpackProposalVotes(b)
		p.Against, p.For, p.Abstain = v.AgainstVotes, v.ForVotes, v.AbstainVotes
		return e
	})
	// The quorum is the one at the snapshot; before the snapshot has passed
	// (a pending proposal) the supply there is not known yet, so it is the
	// quorum of the last full hour.
	read(g.PackClock(), func(b []byte) error { v, e := g.UnpackClock(b); p.Clock = v.Uint64(); return e })
	at := p.Snapshot
	if err == nil && at >= p.Clock {
		at = p.Clock - 1
	}
	read(g.PackQuorum(new(big.Int).SetUint64(at)), func(b []byte) (e error) { p.Quorum, e = g.UnpackQuorum(b); return })
	if err != nil {
		return nil, fmt.Errorf("proposal: %w", err)
	}
	return p, nil
}

// QuorumAt reads the votes (for plus abstain) the Governor requires of a
// proposal whose snapshot is at (hours since the epoch): quorum(at), which
// the Governor refuses until its clock is past at, and which never changes
// after.
func (c *Client) QuorumAt(ctx context.Context, governor common.Address, at uint64) (*big.Int, error) {
	out, err := c.callHexs(ctx, governor, governorBinding.PackQuorum(new(big.Int).SetUint64(at)))
	if err != nil {
		return nil, fmt.Errorf("quorum at %d: %w", at, err)
	}
	q, err := governorBinding.UnpackQuorum(out)
	if err != nil {
		return nil, fmt.Errorf("quorum at %d: %w", at, err)
	}
	return q, nil
}

// IsMember reports whether account is a member of the Agent's ledger.
func (c *Client) IsMember(ctx context.Context, agent, account common.Address) (bool, error) {
	out, err := c.callHexs(ctx, agent, agentBinding.PackIsMember(account))
	if err != nil {
		return false, fmt.Errorf("is member: %w", err)
	}
	return agentBinding.UnpackIsMember(out)
}

// VestingInfo is an owner-vesting contract's state, in token wei.
type VestingInfo struct {
	Beneficiary                         common.Address
	Total, Released, Releasable, Locked *big.Int
}

var vestingBinding = bindings.NewOwnerVesting()

// Vesting reads an owner-vesting contract: who receives the tokens, what
// has been released and what may be released now.
func (c *Client) Vesting(ctx context.Context, vesting common.Address) (*VestingInfo, error) {
	v := &VestingInfo{}
	var err error
	read := func(data []byte, unpack func([]byte) error) {
		if err != nil {
			return
		}
		var out []byte
		if out, err = c.callHexs(ctx, vesting, data); err == nil {
			err = unpack(out)
		}
	}
	b := vestingBinding
	read(b.PackBeneficiary(), func(o []byte) (e error) { v.Beneficiary, e = b.UnpackBeneficiary(o); return })
	read(b.PackTotal(), func(o []byte) (e error) { v.Total, e = b.UnpackTotal(o); return })
	read(b.PackReleased(), func(o []byte) (e error) { v.Released, e = b.UnpackReleased(o); return })
	read(b.PackReleasable(), func(o []byte) (e error) { v.Releasable, e = b.UnpackReleasable(o); return })
	read(b.PackLocked(), func(o []byte) (e error) { v.Locked, e = b.UnpackLocked(o); return })
	if err != nil {
		return nil, fmt.Errorf("vesting: %w", err)
	}
	return v, nil
}

// ReleaseVesting releases what has vested to the beneficiary; anyone may
// send it (the platform relays it), the tokens go to the beneficiary.
func (c *Client) ReleaseVesting(ctx context.Context, key *ecdsa.PrivateKey, vesting common.Address, idempotencyKey string) (*types.Receipt, error) {
	tx := ReleaseVestingTx(vesting)
	tx.IdempotencyKey = idempotencyKey
	return c.Send(ctx, key, tx)
}

// ReleaseVestingTx is the transaction that releases what a vesting holds
// releasable to its beneficiary; anyone may send it.
func ReleaseVestingTx(vesting common.Address) Tx {
	return Tx{To: &vesting, Data: vestingBinding.PackRelease(), ABIs: hexsABIs}
}

// callHexs is a read of an Agent, DAO or vesting contract, its custom
// errors decoded.
func (c *Client) callHexs(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, DecodeError(err, hexsABIs...)
	}
	return out, nil
}
