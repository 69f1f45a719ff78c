package hokusai

import (
	"context"
	"time"
)

// Charge is one metered call (or one batch_predict of Calls rows) to be
// paid from a consumer's prepaid credits.
type Charge struct {
	Consumer string // 0x address of the paying account (checksummed)
	ModelID  uint64
	KeyID    string // the API key's public id, for usage statistics
	Calls    uint64 // rows served; ≥ 1
	Amount   int64  // micro-USDC; 0 for free (Open Source) calls
	// IdempotencyKey makes retries safe: the same consumer and key with the
	// same RequestHash returns the first result and charges nothing more;
	// with another RequestHash it is ECONFLICT.
	IdempotencyKey string
	RequestHash    string // sha256 of the canonical request
	// Response is stored with the charge so a retried call with the same
	// idempotency key gets the same answer (JSON body).
	Response []byte
}

// ChargeResult is what the ledger recorded.
type ChargeResult struct {
	UsageID   int64
	Replayed  bool   // an earlier charge with the same idempotency key
	Response  []byte // the stored response when Replayed
	Spendable int64  // micro-USDC left after this charge
	CreatedAt time.Time
}

// Credits is a consumer's prepaid balance in micro-USDC.
type Credits struct {
	Consumer          string
	Deposited         int64 // all vault deposits seen on-chain (after confirmations)
	Withdrawn         int64 // all vault withdrawals seen on-chain
	PendingWithdrawal int64 // requested, not yet withdrawn
	Settled           int64 // usage debited on-chain by settlement
	Unsettled         int64 // usage charged here but not yet settled on-chain
	Spendable         int64 // Deposited − Withdrawn − Settled − Unsettled − PendingWithdrawal
}

// UsageStats aggregates usage over a time range.
type UsageStats struct {
	ModelID uint64 `json:"model_id"`
	Calls   uint64 `json:"calls"`
	Amount  int64  `json:"amount"` // micro-USDC
}

// UsageFilter selects usage for statistics.
//
// Usage statistics are kept per hour: a call counts in the hour it was
// charged in, and a range is widened to whole hours (see Hourly).
type UsageFilter struct {
	Consumer string
	ModelID  *uint64
	From, To time.Time // [From, To); zero means unbounded
}

// Hourly widens the range to whole hours (From down, To up), in UTC: the
// range the statistics answer for.
func (f UsageFilter) Hourly() UsageFilter {
	if !f.From.IsZero() {
		f.From = f.From.UTC().Truncate(time.Hour)
	}
	if !f.To.IsZero() {
		if t := f.To.UTC().Truncate(time.Hour); t.Before(f.To) {
			f.To = t.Add(time.Hour)
		} else {
			f.To = t
		}
	}
	return f
}

// LedgerService is the durable record of credits and metered usage. Every
// charge is written, with its usage record, in one durable transaction
// before the response is sent; a consumer's spendable balance never goes
// negative, also under concurrent calls.
type LedgerService interface {
	// Charge debits c.Amount from the consumer's spendable credits and records
	// the usage. It returns ECREDITS (and records nothing) when spendable <
	// c.Amount, ECONFLICT when the idempotency key was used for another
	// request, and the first result with Replayed set for a retry.
	Charge(ctx context.Context, c Charge) (*ChargeResult, error)
	// Credits returns the consumer's balance; an unknown consumer has zeros.
	Credits(ctx context.Context, consumer string) (*Credits, error)
	// Usage returns usage per model for the filter, ordered by model id.
	Usage(ctx context.Context, f UsageFilter) ([]UsageStats, error)
}

// SpendableOf is what c's consumer may still spend: Deposited − Withdrawn −
// Settled − Unsettled − PendingWithdrawal.
func SpendableOf(c *Credits) int64 {
	return c.Deposited - c.Withdrawn - c.Settled - c.Unsettled - c.PendingWithdrawal
}
