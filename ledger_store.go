package hokusai

import (
	"context"
	"time"
)

// DefaultIdempotencyTTL is how long an idempotency key answers retries
// with the first answer (as Stripe); older keys are free again.
const DefaultIdempotencyTTL = 24 * time.Hour

// Usage batch statuses.
const (
	BatchPending   = "pending"
	BatchSettled   = "settled"
	BatchAbandoned = "abandoned"
)

// Vault event kinds, as the CreditVault emits them.
const (
	VaultDeposit  = "deposit"
	VaultRequest  = "request" // a withdrawal requested; Amount is the new request
	VaultCancel   = "cancel"  // a withdrawal request cancelled
	VaultWithdraw = "withdraw"
)

// UsageEntry is one (consumer, model) line of a settlement batch: the sum
// of that consumer's usage of that model in the batch.
type UsageEntry struct {
	Consumer string // checksummed 0x address
	ModelID  uint64
	Amount   uint64 // micro-USDC
	Calls    uint64
}

// UsageBatch is a journaled settlement batch: usage put aside, under an id
// the router records, before anything is sent on-chain.
type UsageBatch struct {
	ID      int64  // row id, 1, 2, … in journal order
	BatchID string // 0x-hex 32-byte id the router records
	Status  string // BatchPending, BatchSettled or BatchAbandoned
	Entries []UsageEntry
	Calls   int64
	Total   int64 // micro-USDC
	TxHash  string
	Block   int64
	GasUsed int64
}

// BatchSettlement is what the chain says about a settled batch.
type BatchSettlement struct {
	TxHash  string // 0x-hex; "" when unknown
	Block   uint64
	GasUsed uint64
}

// BatchIDFunc computes a batch's id from its row id (seq), its entries
// and, per entry, the highest usage id it covers, so that the store can
// write the id in the same transaction that takes the usage.
type BatchIDFunc func(seq int64, entries []UsageEntry, lastUsage []int64) string

// VaultEvent is one CreditVault event as the ledger applies it.
type VaultEvent struct {
	Block   uint64
	Index   uint   // log index in the block
	TxHash  string // 0x-hex
	Kind    string // VaultDeposit, VaultRequest, VaultCancel or VaultWithdraw
	Account string // checksummed 0x address
	Amount  int64  // micro-USDC
}

// LedgerStats is the ledger's state for metrics.
type LedgerStats struct {
	Unsettled       int64     // micro-USDC charged, not yet settled
	OldestUnsettled time.Time // when the oldest unsettled usage was charged; zero when none
	PendingBatches  int64     // journaled, not yet confirmed
	SettledBatches  int64
	SettledAmount   int64 // micro-USDC settled on-chain, all time
}

// Lag is how long the oldest unsettled usage has waited, at now.
func (st LedgerStats) Lag(now time.Time) time.Duration {
	if st.OldestUnsettled.IsZero() {
		return 0
	}
	return now.Sub(st.OldestUnsettled)
}

// AccountAudit is one consumer's running totals beside the sums of their
// usage rows, for reconciliation with the chain.
type AccountAudit struct {
	Credits
	UsageSettled  int64 // micro-USDC of usage rows marked settled
	UsageOpen     int64 // micro-USDC of usage rows not settled (nor written off)
	UsageInFlight int64 // of UsageOpen, what is in pending batches
}

// LedgerStore is everything the credits ledger persists: accounts and
// charges (with idempotency), usage statistics, settlement batches and
// their attempts, vault events with their cursor, and the contracts the
// ledger belongs to. Implementations: sqlite.LedgerStore (one process)
// and postgres.LedgerStore (any number of replicas on one database); both
// pass storetest.TestLedgerStore. Callers pass checksummed addresses and
// validated charges (package ledger does).
type LedgerStore interface {
	// Charge debits c.Amount from the consumer's spendable credits and
	// records the usage in one durable transaction: ECREDITS (nothing
	// recorded) when spendable < c.Amount, ECONFLICT when the idempotency
	// key was used for another request within its window, the first
	// result with Replayed set for a retry. Spendable never goes negative
	// through charges, also when several processes charge at once.
	Charge(ctx context.Context, c Charge) (*ChargeResult, error)
	// Credits returns the consumer's balance; an unknown consumer has zeros.
	Credits(ctx context.Context, consumer string) (*Credits, error)
	// Usage returns calls and fees per model for the filter widened to
	// whole hours (UsageFilter.Hourly), ordered by model id. Errors:
	// EINVALID for an empty range.
	Usage(ctx context.Context, f UsageFilter) ([]UsageStats, error)

	// JournalBatch takes up to maxEntries (consumer, model) groups of paid
	// usage not yet in a batch, in order of their oldest row, writes the
	// batch with the id that id computes, and assigns the usage to it, in
	// one transaction; no usage row is ever in two batches, also when
	// several processes journal at once. It returns nil when there is
	// nothing to settle.
	JournalBatch(ctx context.Context, maxEntries int, id BatchIDFunc) (*UsageBatch, error)
	// ImportSettledBatch records a batch the router settled that the store
	// does not know (a ledger rebuilt from the chain): a pending batch with
	// one keyless usage row per entry. It returns the new row id, or 0 when
	// a batch with batchID is already recorded; MarkBatchSettled follows.
	ImportSettledBatch(ctx context.Context, batchID string, entries []UsageEntry) (int64, error)
	// Batches lists batches with the given status ("" for all), oldest
	// first, with their entries summed from their usage rows.
	Batches(ctx context.Context, status string) ([]*UsageBatch, error)
	// SettledBatchesAfter lists the settled batches whose block is after
	// block or unknown, oldest first, without their entries (the ones a
	// reorganisation may have undone).
	SettledBatchesAfter(ctx context.Context, block int64) ([]*UsageBatch, error)
	// MarkBatchSettled marks a pending batch settled and moves its usage
	// from unsettled to settled in one transaction; a batch that is not
	// pending is left as it is.
	MarkBatchSettled(ctx context.Context, id int64, s BatchSettlement) error
	// UnsettleBatch returns a settled batch to pending (the chain lost its
	// settlement), moving its usage back to unsettled in one transaction.
	UnsettleBatch(ctx context.Context, id int64) error
	// AbandonBatch releases a pending batch: its usage is batched again,
	// except the usage of the consumers in drop, which is written off
	// (kept, never settled, and out of their unsettled total).
	AbandonBatch(ctx context.Context, id int64, reason string, drop []string) error

	// ApplyVaultEvents applies events to the consumers' totals and moves
	// the named cursor to block (with that block's hash, "" if unknown),
	// in one transaction; an event already applied (same block and log
	// index) is skipped.
	ApplyVaultEvents(ctx context.Context, cursor string, block uint64, hash string, events []VaultEvent) error
	// RewindVault undoes every vault event after block and moves the
	// cursor back to it (with no hash); block < 0 removes the cursor.
	RewindVault(ctx context.Context, cursor string, block int64) error
	// VaultCursor returns the named cursor's block and hash, and whether
	// it is set.
	VaultCursor(ctx context.Context, name string) (block uint64, hash string, ok bool, err error)
	// CountVaultEvents counts the applied vault events of kind up to toBlock.
	CountVaultEvents(ctx context.Context, kind string, toBlock uint64) (int, error)

	// BindContracts records which contracts (an opaque description) the
	// ledger's credits belong to, on first use, and returns the recorded
	// description: contracts itself, or an earlier, maybe different, one.
	BindContracts(ctx context.Context, contracts string) (recorded string, err error)
	// AuditAccounts returns every consumer's totals and usage sums, by
	// consumer address.
	AuditAccounts(ctx context.Context) ([]AccountAudit, error)
	// LedgerStats reads the totals for metrics.
	LedgerStats(ctx context.Context) (LedgerStats, error)
	// Close finishes the charges in flight and releases what the store
	// holds; the database itself stays open.
	Close() error
}
