package hokusai

import (
	"context"
	"math/big"
)

// Kinds of Agent ledger events (F24, F25), as the indexer records them.
const (
	AgentMemberJoined = "member" // Account joined; N1 the reason (0 owner, 1 contributor, 2 consumer)
	AgentSharesGrown  = "shares" // Account's training shares are now Shares (token wei)
	AgentRated        = "rated"  // Account rated N1 stars (1–5), replacing N2 (0: first rating)
	AgentUsage        = "usage"  // a settlement: N1 the day (days since the epoch), N2 calls, N3 fees (micro-USDC), N4 new users
)

// AgentEvent is one event of a model's Agent, at its place in the chain.
type AgentEvent struct {
	ModelID  uint64
	Block    uint64
	LogIndex uint64
	Kind     string // AgentMemberJoined, AgentSharesGrown, AgentRated or AgentUsage
	Account  string // 0x address; "" for AgentUsage
	Shares   *big.Int
	N1, N2   int64
	N3, N4   int64
}

// AgentLedger is a model's ledger as indexed from its Agent's events.
type AgentLedger struct {
	ModelID     uint64
	Members     int64
	TotalShares *big.Int // token wei, the sum of every contributor's shares
	Ratings     int64    // members who rated
	RatingSum   int64    // the sum of their current ratings
	Calls, Fees int64    // settled calls and their fees (micro-USDC), all time
	Users       int64    // distinct consumers with a settled call
	// Calls30d are the settled calls in the 30 days up to and including
	// the day asked for.
	Calls30d int64
}

// AgentMember is a member of a model with their training shares and
// current rating (0: none).
type AgentMember struct {
	Account string
	Reason  int64 // 0 owner, 1 contributor, 2 consumer
	Shares  *big.Int
	Stars   int64
}

// AgentLedgerService keeps the Agents' ledger events the indexer reads.
type AgentLedgerService interface {
	// RecordAgentEvents stores events; one already stored (same model,
	// block and log index) is left as it is.
	RecordAgentEvents(ctx context.Context, events []AgentEvent) error
	// DeleteAgentEventsAfter deletes the events of blocks above block (a
	// reorganisation) and returns how many it deleted.
	DeleteAgentEventsAfter(ctx context.Context, block uint64) (int64, error)
	// AgentLedger sums model's events; day is today in days since the
	// epoch, for Calls30d. A model with no events has a zero ledger.
	AgentLedger(ctx context.Context, modelID uint64, day int64) (*AgentLedger, error)
	// AgentMembers lists model's members in joining order, a page at a
	// time, and how many there are. EINVALID for a limit outside 1–500 or
	// a negative offset.
	AgentMembers(ctx context.Context, modelID uint64, limit, offset int) ([]AgentMember, int64, error)
	// AgentScoreInputs returns the training score's inputs (F26) of every
	// model with Agent events, by model id; day is today, as in AgentLedger.
	AgentScoreInputs(ctx context.Context, day int64) ([]ScoreInput, error)
}

// CheckAgentEvent reports what is wrong with e, as EINVALID.
func CheckAgentEvent(e AgentEvent) error {
	switch e.Kind {
	case AgentMemberJoined, AgentRated:
	case AgentSharesGrown:
		if e.Shares == nil || e.Shares.Sign() < 0 {
			return Errorf(EINVALID, "A shares event needs the account's shares (0 or more).")
		}
	case AgentUsage:
		return nil
	default:
		return Errorf(EINVALID, "Unknown Agent event kind %q.", e.Kind)
	}
	if e.Account == "" {
		return Errorf(EINVALID, "A %s event needs its account.", e.Kind)
	}
	return nil
}
