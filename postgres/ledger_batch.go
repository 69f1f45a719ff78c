package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// JournalBatch implements hokusai.LedgerStore. Under a transaction-scoped
// advisory lock (one journaling transaction at a time across replicas) it
// reads the unbatched paid usage in id order, takes the first maxEntries
// (consumer, model) groups whole, numbers the batch and assigns the rows.
// A usage row that commits while this runs simply waits for the next batch.
func (s *LedgerStore) JournalBatch(ctx context.Context, maxEntries int, batchID hokusai.BatchIDFunc) (*hokusai.UsageBatch, error) {
	if maxEntries <= 0 {
		return nil, fmt.Errorf("journal: maxEntries must be positive, got %d", maxEntries)
	}
	var b *hokusai.UsageBatch
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		b = nil
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, journalLock); err != nil {
			return fmt.Errorf("journal lock: %w", err)
		}
		if err := s.sweepIdempotency(ctx, tx); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, consumer, model_id, amount, calls FROM ledger_usage
			WHERE batch IS NULL AND settled = 0 ORDER BY id`)
		if err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		type key struct {
			consumer string
			model    int64
		}
		groups := map[key]int{}
		var (
			entries      []hokusai.UsageEntry
			last, ids    []int64
			total, calls int64
		)
		for rows.Next() {
			var (
				id, model, amt, n int64
				consumer          string
			)
			if err := rows.Scan(&id, &consumer, &model, &amt, &n); err != nil {
				rows.Close()
				return fmt.Errorf("journal: %w", err)
			}
			k := key{consumer, model}
			i, ok := groups[k]
			if !ok {
				if len(entries) == maxEntries {
					continue
				}
				i = len(entries)
				groups[k] = i
				entries = append(entries, hokusai.UsageEntry{Consumer: consumer, ModelID: uint64(model)})
				last = append(last, 0)
			}
			entries[i].Amount += uint64(amt)
			entries[i].Calls += uint64(n)
			last[i] = id
			total += amt
			calls += n
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		if len(entries) == 0 {
			return nil
		}
		var rowID int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_batches`).Scan(&rowID); err != nil {
			return fmt.Errorf("journal batch: %w", err)
		}
		id := batchID(rowID, entries, last)
		if _, err := tx.ExecContext(ctx, `INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at)
			VALUES ($1, $2, 'pending', $3, $4, $5, $6)`, rowID, id, len(entries), calls, total, s.nowNanos()); err != nil {
			return fmt.Errorf("journal batch: %w", err)
		}
		res, err := tx.ExecContext(ctx, `UPDATE ledger_usage SET batch = $1 WHERE id = ANY($2) AND batch IS NULL AND settled = 0`, rowID, ids)
		if err != nil {
			return fmt.Errorf("journal usage: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n != int64(len(ids)) {
			return fmt.Errorf("journal usage: %d of %d rows assigned (%v)", n, len(ids), err)
		}
		b = &hokusai.UsageBatch{ID: rowID, BatchID: id, Status: hokusai.BatchPending, Entries: entries, Calls: calls, Total: total}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// ImportSettledBatch implements hokusai.LedgerStore; the usage counts as
// unsettled until MarkBatchSettled moves it.
func (s *LedgerStore) ImportSettledBatch(ctx context.Context, batchID string, entries []hokusai.UsageEntry) (int64, error) {
	var rowID int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rowID = 0
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, journalLock); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_batches WHERE batch_id = $1`, batchID).Scan(&n); err != nil || n > 0 {
			return err
		}
		var id int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_batches`).Scan(&id); err != nil {
			return err
		}
		var calls, total int64
		for _, e := range entries {
			calls += int64(e.Calls)
			total += int64(e.Amount)
		}
		now := s.nowNanos()
		if _, err := tx.ExecContext(ctx, `INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at, note)
			VALUES ($1, $2, 'pending', $3, $4, $5, $6, 'rebuilt from the chain')`, id, batchID, len(entries), calls, total, now); err != nil {
			return err
		}
		for _, e := range entries {
			if _, err := tx.ExecContext(ctx, `INSERT INTO ledger_usage (consumer, model_id, key_id, calls, amount, created_at, batch, settled)
				VALUES ($1, $2, '', $3, $4, $5, $6, 0)`, e.Consumer, int64(e.ModelID), int64(max(e.Calls, 1)), int64(e.Amount), now, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO ledger_accounts (consumer, unsettled) VALUES ($1, $2)
				ON CONFLICT (consumer) DO UPDATE SET unsettled = ledger_accounts.unsettled + excluded.unsettled`, e.Consumer, int64(e.Amount)); err != nil {
				return err
			}
		}
		rowID = id
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("import batch %s: %w", batchID, err)
	}
	return rowID, nil
}

// batchEntries sums a batch's usage rows per (consumer, model).
func batchEntries(ctx context.Context, db *sql.DB, rowID int64) ([]hokusai.UsageEntry, error) {
	rows, err := db.QueryContext(ctx, `SELECT consumer, model_id, SUM(amount), SUM(calls) FROM ledger_usage
		WHERE batch = $1 GROUP BY consumer, model_id ORDER BY MIN(id)`, rowID)
	if err != nil {
		return nil, fmt.Errorf("batch entries: %w", err)
	}
	defer rows.Close()
	var out []hokusai.UsageEntry
	for rows.Next() {
		var (
			e             hokusai.UsageEntry
			model, amt, n int64
		)
		if err := rows.Scan(&e.Consumer, &model, &amt, &n); err != nil {
			return nil, fmt.Errorf("batch entries: %w", err)
		}
		e.ModelID, e.Amount, e.Calls = uint64(model), uint64(amt), uint64(n)
		out = append(out, e)
	}
	return out, rows.Err()
}

const batchColumns = `id, batch_id, status, calls, total, COALESCE(tx_hash, ''), COALESCE(block, 0), COALESCE(gas_used, 0)`

func scanBatches(rows *sql.Rows) ([]*hokusai.UsageBatch, error) {
	defer rows.Close()
	var out []*hokusai.UsageBatch
	for rows.Next() {
		b := &hokusai.UsageBatch{}
		if err := rows.Scan(&b.ID, &b.BatchID, &b.Status, &b.Calls, &b.Total, &b.TxHash, &b.Block, &b.GasUsed); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// Batches implements hokusai.LedgerStore.
func (s *LedgerStore) Batches(ctx context.Context, status string) ([]*hokusai.UsageBatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+batchColumns+` FROM ledger_batches WHERE ($1 = '' OR status = $1) ORDER BY id`, status)
	if err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	out, err := scanBatches(rows)
	if err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	for _, b := range out {
		if b.Entries, err = batchEntries(ctx, s.db, b.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SettledBatchesAfter implements hokusai.LedgerStore.
func (s *LedgerStore) SettledBatchesAfter(ctx context.Context, block int64) ([]*hokusai.UsageBatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+batchColumns+` FROM ledger_batches
		WHERE status = 'settled' AND (block IS NULL OR block > $1) ORDER BY id`, block)
	if err != nil {
		return nil, fmt.Errorf("settled batches: %w", err)
	}
	out, err := scanBatches(rows)
	if err != nil {
		return nil, fmt.Errorf("settled batches: %w", err)
	}
	return out, nil
}

// lockBatch locks a batch's row for the rest of tx and returns its status.
func lockBatch(ctx context.Context, tx *sql.Tx, rowID int64) (string, error) {
	var status string
	err := tx.QueryRowContext(ctx, `SELECT status FROM ledger_batches WHERE id = $1 FOR UPDATE`, rowID).Scan(&status)
	return status, err
}

// moveBatchUsage moves a batch's usage between unsettled and settled: its
// rows' flag, and each consumer's running totals by the same amount.
func moveBatchUsage(ctx context.Context, tx *sql.Tx, rowID int64, toSettled bool) error {
	from, to, sign := 0, 1, int64(1)
	if !toSettled {
		from, to, sign = 1, 0, -1
	}
	if _, err := tx.ExecContext(ctx, `UPDATE ledger_accounts a SET unsettled = a.unsettled - $3 * u.amount, settled = a.settled + $3 * u.amount
		FROM (SELECT consumer, SUM(amount) AS amount FROM ledger_usage WHERE batch = $1 AND settled = $2 GROUP BY consumer) u
		WHERE a.consumer = u.consumer`, rowID, from, sign); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE ledger_usage SET settled = $3 WHERE batch = $1 AND settled = $2`, rowID, from, to)
	return err
}

func nullString(v string) any {
	if v == "" {
		return nil
	}
	return v
}

// MarkBatchSettled implements hokusai.LedgerStore.
func (s *LedgerStore) MarkBatchSettled(ctx context.Context, rowID int64, st hokusai.BatchSettlement) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		status, err := lockBatch(ctx, tx, rowID)
		if err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		if status != hokusai.BatchPending {
			return nil
		}
		if err := moveBatchUsage(ctx, tx, rowID, true); err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ledger_batches SET status = 'settled', settled_at = $1, tx_hash = $2, block = $3, gas_used = $4 WHERE id = $5`,
			s.nowNanos(), nullString(st.TxHash), int64(st.Block), int64(st.GasUsed), rowID); err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		return nil
	})
}

// UnsettleBatch implements hokusai.LedgerStore.
func (s *LedgerStore) UnsettleBatch(ctx context.Context, rowID int64) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		status, err := lockBatch(ctx, tx, rowID)
		if err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		if status != hokusai.BatchSettled {
			return nil
		}
		if err := moveBatchUsage(ctx, tx, rowID, false); err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ledger_batches SET status = 'pending', settled_at = NULL, tx_hash = NULL, block = NULL, gas_used = NULL,
			note = 'the chain lost its settlement; sent again' WHERE id = $1`, rowID); err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		return nil
	})
}

// AbandonBatch implements hokusai.LedgerStore: written-off usage is kept,
// marked settled = -1.
func (s *LedgerStore) AbandonBatch(ctx context.Context, rowID int64, reason string, drop []string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		status, err := lockBatch(ctx, tx, rowID)
		if err != nil {
			return fmt.Errorf("abandon: %w", err)
		}
		if status != hokusai.BatchPending {
			return nil
		}
		for _, c := range drop {
			var a sql.NullInt64
			if err := tx.QueryRowContext(ctx, `SELECT SUM(amount) FROM ledger_usage WHERE batch = $1 AND consumer = $2 AND settled = 0`, rowID, c).Scan(&a); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE ledger_usage SET settled = -1 WHERE batch = $1 AND consumer = $2 AND settled = 0`, rowID, c); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE ledger_accounts SET unsettled = unsettled - $1 WHERE consumer = $2`, a.Int64, c); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ledger_usage SET batch = NULL WHERE batch = $1 AND settled = 0`, rowID); err != nil {
			return fmt.Errorf("abandon: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ledger_batches SET status = 'abandoned', note = $1 WHERE id = $2`, reason, rowID); err != nil {
			return fmt.Errorf("abandon: %w", err)
		}
		return nil
	})
}

// LedgerStats implements hokusai.LedgerStore.
func (s *LedgerStore) LedgerStats(ctx context.Context) (hokusai.LedgerStats, error) {
	var st hokusai.LedgerStats
	var oldest int64
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COALESCE(SUM(unsettled), 0) FROM ledger_accounts),
		LEAST(
			COALESCE((SELECT MIN(created_at) FROM ledger_usage WHERE batch IS NULL AND settled = 0), 9223372036854775807),
			COALESCE((SELECT MIN(created_at) FROM ledger_usage
				WHERE batch IN (SELECT id FROM ledger_batches WHERE status = 'pending') AND settled = 0), 9223372036854775807)),
		(SELECT COUNT(*) FROM ledger_batches WHERE status = 'pending'),
		(SELECT COUNT(*) FROM ledger_batches WHERE status = 'settled'),
		(SELECT COALESCE(SUM(total), 0) FROM ledger_batches WHERE status = 'settled')`).
		Scan(&st.Unsettled, &oldest, &st.PendingBatches, &st.SettledBatches, &st.SettledAmount)
	if err != nil {
		return hokusai.LedgerStats{}, fmt.Errorf("ledger stats: %w", err)
	}
	if oldest != math.MaxInt64 {
		st.OldestUnsettled = time.Unix(0, oldest).UTC()
	}
	return st, nil
}

// AuditAccounts implements hokusai.LedgerStore.
func (s *LedgerStore) AuditAccounts(ctx context.Context) ([]hokusai.AccountAudit, error) {
	rows, err := s.db.QueryContext(ctx, `WITH u AS (
			SELECT consumer,
				SUM(CASE WHEN settled = 1 THEN amount ELSE 0 END) AS done,
				SUM(CASE WHEN settled = 0 THEN amount ELSE 0 END) AS open,
				SUM(CASE WHEN settled = 0 AND batch IN (SELECT id FROM ledger_batches WHERE status = 'pending') THEN amount ELSE 0 END) AS flight
			FROM ledger_usage GROUP BY consumer)
		SELECT a.consumer, a.deposited, a.withdrawn, a.pending_withdrawal, a.settled, a.unsettled,
			COALESCE(u.done, 0), COALESCE(u.open, 0), COALESCE(u.flight, 0)
		FROM ledger_accounts a LEFT JOIN u ON u.consumer = a.consumer ORDER BY a.consumer`)
	if err != nil {
		return nil, fmt.Errorf("audit accounts: %w", err)
	}
	return storecodec.ScanAccountAudits(rows)
}
