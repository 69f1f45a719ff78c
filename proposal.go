package hokusai

import (
	"context"
	"math/big"
)

// Kinds of DAO proposal events (F27), as the indexer records them from
// each model's Governor.
const (
	ProposalCreated  = "created"  // ProposalCreated: the proposal, its calls and voting window
	ProposalVoted    = "vote"     // VoteCast or VoteCastWithParams
	ProposalQueued   = "queued"   // ProposalQueued, with its ETA
	ProposalExecuted = "executed" // ProposalExecuted
	ProposalCanceled = "canceled" // ProposalCanceled
)

// Proposal states, as the Governor names them.
const (
	ProposalStatePending   = "pending"
	ProposalStateActive    = "active"
	ProposalStateCanceled  = "canceled"
	ProposalStateDefeated  = "defeated"
	ProposalStateSucceeded = "succeeded"
	ProposalStateQueued    = "queued"
	ProposalStateExpired   = "expired"
	ProposalStateExecuted  = "executed"
)

// ProposalStates lists every state a filter may name.
var ProposalStates = []string{ProposalStatePending, ProposalStateActive, ProposalStateCanceled, ProposalStateDefeated,
	ProposalStateSucceeded, ProposalStateQueued, ProposalStateExpired, ProposalStateExecuted}

// ProposalCall is one call the timelock makes when a proposal executes.
type ProposalCall struct {
	Target string   `json:"target"` // 0x address
	Value  *big.Int `json:"value"`  // wei sent with the call
	Data   []byte   `json:"data"`   // calldata
}

// ProposalEvent is one event of a model's Governor, at its place in the
// chain. Which fields are set depends on Kind.
type ProposalEvent struct {
	ModelID    uint64
	Block      uint64
	LogIndex   uint64
	Kind       string   // ProposalCreated … ProposalCanceled
	ProposalID *big.Int // the Governor's id (uint256)

	// ProposalCreated
	Governor    string
	Proposer    string
	Calls       []ProposalCall
	Description string
	// VoteStart (the snapshot) and VoteEnd (the deadline) are on the
	// token's clock (hours since the epoch).
	VoteStart, VoteEnd uint64

	// ProposalVoted: Support is 0 against, 1 for, 2 abstain; Weight token
	// wei; Quorum the votes the proposal needs (for plus abstain), read at
	// its snapshot when the vote was indexed.
	Voter   string
	Support uint8
	Weight  *big.Int
	Quorum  *big.Int

	// ProposalQueued: Unix seconds from which it may execute.
	ETA uint64
}

// IndexedProposal is a proposal as indexed from its Governor's events.
type IndexedProposal struct {
	ModelID            uint64
	ID                 *big.Int
	Governor, Proposer string
	Calls              []ProposalCall
	Description        string
	VoteStart, VoteEnd uint64
	Block, LogIndex    uint64 // where it was created
	// For, Against and Abstain are the votes cast (token wei); Quorum is
	// nil until a vote was indexed or RecordProposalQuorum recorded it
	// (with no vote a proposal cannot pass).
	For, Against, Abstain, Quorum *big.Int
	Voters                        int64
	Queued, Executed, Canceled    bool
	ETA                           uint64
}

// Passing reports whether p's votes meet the quorum and more are for than
// against (the Governor's simple counting).
func (p *IndexedProposal) Passing() bool {
	if p.Quorum == nil || p.For == nil || p.Against == nil || p.Abstain == nil {
		return false
	}
	return new(big.Int).Add(p.For, p.Abstain).Cmp(p.Quorum) >= 0 && p.For.Cmp(p.Against) > 0
}

// State is p's state when the token's clock reads clock (hours since the
// epoch), by the Governor's rules: executed and canceled first, pending
// up to and including the snapshot, active up to and including the
// deadline, then queued, succeeded or defeated.
func (p *IndexedProposal) State(clock uint64) string {
	switch {
	case p.Executed:
		return ProposalStateExecuted
	case p.Canceled:
		return ProposalStateCanceled
	case clock <= p.VoteStart:
		return ProposalStatePending
	case clock <= p.VoteEnd:
		return ProposalStateActive
	case !p.Passing():
		return ProposalStateDefeated
	case p.Queued:
		return ProposalStateQueued
	}
	return ProposalStateSucceeded
}

// ProposalFilter selects a model's indexed proposals, newest first.
type ProposalFilter struct {
	ModelID uint64
	// State, when set, keeps the proposals in that state at Clock (the
	// token's clock, hours since the epoch).
	State string
	Clock uint64
	// Limit is 1–100; Offset 0 or more.
	Limit, Offset int
}

// ProposalService keeps the DAO proposals the indexer reads from every
// model's Governor.
type ProposalService interface {
	// RecordProposalEvents applies events in order; one already applied
	// (same model, block and log index) is skipped, and an event of a
	// proposal not indexed is ignored. EINVALID for a malformed event.
	RecordProposalEvents(ctx context.Context, events []ProposalEvent) error
	// RecordProposalQuorum records the quorum of an indexed proposal whose
	// quorum is not known yet (read from the chain once its snapshot has
	// passed, when it never changes again); a proposal that already has one,
	// or is not indexed, is left as it is. EINVALID for a nil id or a nil or
	// negative quorum.
	RecordProposalQuorum(ctx context.Context, modelID uint64, id, quorum *big.Int) error
	// DeleteProposalEventsAfter undoes the events of blocks above block (a
	// reorganisation) and returns how many it undid.
	DeleteProposalEventsAfter(ctx context.Context, block uint64) (int64, error)
	// FindProposal returns one of model's proposals; ENOTFOUND when it is
	// not indexed.
	FindProposal(ctx context.Context, modelID uint64, id *big.Int) (*IndexedProposal, error)
	// FindProposals lists a model's proposals newest first, a page at a
	// time, and how many match. EINVALID for a limit outside 1–100, a
	// negative offset or an unknown state.
	FindProposals(ctx context.Context, f ProposalFilter) ([]*IndexedProposal, int64, error)
	// OpenProposals counts, per model, the proposals pending or active at
	// clock; models with none are absent.
	OpenProposals(ctx context.Context, clock uint64) (map[uint64]int64, error)
}

// CheckProposalEvent reports what is wrong with e, as EINVALID.
func CheckProposalEvent(e ProposalEvent) error {
	if e.ProposalID == nil || e.ProposalID.Sign() < 0 || e.ProposalID.BitLen() > 256 {
		return Errorf(EINVALID, "A proposal event needs its proposal id (a uint256).")
	}
	switch e.Kind {
	case ProposalCreated:
		if e.Governor == "" || e.Proposer == "" {
			return Errorf(EINVALID, "A created proposal needs its Governor and proposer.")
		}
		for _, c := range e.Calls {
			if c.Target == "" || c.Value == nil || c.Value.Sign() < 0 {
				return Errorf(EINVALID, "Each call of a proposal needs its target and a value of 0 or more.")
			}
		}
	case ProposalVoted:
		if e.Voter == "" || e.Support > 2 || e.Weight == nil || e.Weight.Sign() < 0 || (e.Quorum != nil && e.Quorum.Sign() < 0) {
			return Errorf(EINVALID, "A vote needs its voter, a support of 0–2 and a weight of 0 or more.")
		}
	case ProposalQueued, ProposalExecuted, ProposalCanceled:
	default:
		return Errorf(EINVALID, "Unknown proposal event kind %q.", e.Kind)
	}
	return nil
}

// CheckProposalQuorum reports what is wrong with a quorum to record for
// proposal id, as EINVALID.
func CheckProposalQuorum(id, quorum *big.Int) error {
	if id == nil || id.Sign() < 0 || id.BitLen() > 256 {
		return Errorf(EINVALID, "A proposal's quorum needs its proposal id (a uint256).")
	}
	if quorum == nil || quorum.Sign() < 0 {
		return Errorf(EINVALID, "A proposal's quorum is 0 or more token wei, as the Governor's quorum(snapshot) returns it.")
	}
	return nil
}

// CheckProposalFilter reports what is wrong with f, as EINVALID.
func CheckProposalFilter(f ProposalFilter) error {
	if f.Limit < 1 || f.Limit > 100 {
		return FieldErrorf("limit", "limit must lie between 1 and 100, got %d.", f.Limit)
	}
	if f.Offset < 0 {
		return FieldErrorf("offset", "offset must not be negative, got %d.", f.Offset)
	}
	if f.State != "" {
		for _, s := range ProposalStates {
			if s == f.State {
				return nil
			}
		}
		return FieldErrorf("state", "state is one of pending, active, canceled, defeated, succeeded, queued, expired or executed, not %q.", Excerpt(f.State))
	}
	return nil
}
