package ledger

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"
)

// Stats is the ledger's state for metrics.
type Stats struct {
	Unsettled       int64     // micro-USDC charged, not yet settled
	OldestUnsettled time.Time // when the oldest unsettled usage was charged; zero when none
	PendingBatches  int64     // journaled, not yet confirmed
	SettledBatches  int64
	SettledAmount   int64 // micro-USDC settled on-chain, all time
}

// Lag is how long the oldest unsettled usage has waited, at now.
func (st Stats) Lag(now time.Time) time.Duration {
	if st.OldestUnsettled.IsZero() {
		return 0
	}
	return now.Sub(st.OldestUnsettled)
}

// Stats reads the ledger's totals.
func (s *Service) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var oldest sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COALESCE(SUM(unsettled), 0) FROM ledger_accounts) +
			(SELECT COALESCE(SUM(amount), 0) FROM ledger_usage WHERE `+tailSQL+`),
		MIN(
			COALESCE((SELECT created_at FROM ledger_usage
				WHERE id > (SELECT CAST(value AS INTEGER) FROM ledger_meta WHERE name = 'journal_cursor')
				AND batch IS NULL AND settled = 0 ORDER BY id LIMIT 1), 9223372036854775807),
			COALESCE((SELECT MIN(created_at) FROM ledger_usage
				WHERE batch IN (SELECT id FROM ledger_batches WHERE status = 'pending') AND settled = 0), 9223372036854775807)),
		(SELECT COUNT(*) FROM ledger_batches WHERE status = 'pending'),
		(SELECT COUNT(*) FROM ledger_batches WHERE status = 'settled'),
		(SELECT COALESCE(SUM(total), 0) FROM ledger_batches WHERE status = 'settled')`).
		Scan(&st.Unsettled, &oldest, &st.PendingBatches, &st.SettledBatches, &st.SettledAmount)
	if err != nil {
		return Stats{}, fmt.Errorf("ledger stats: %w", err)
	}
	if oldest.Valid && oldest.Int64 != math.MaxInt64 {
		st.OldestUnsettled = time.Unix(0, oldest.Int64).UTC()
	}
	return st, nil
}
