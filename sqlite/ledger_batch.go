package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// JournalBatch implements hokusai.LedgerStore.
//
// Unbatched usage is the usage after the journal cursor (every row at or
// below it is in a batch or needs none), so charges write no index for it.
// Groups are taken in order of their oldest row; when more than maxEntries
// are waiting, the cursor stops before the first row left out.
func (s *LedgerStore) JournalBatch(ctx context.Context, maxEntries int, batchID hokusai.BatchIDFunc) (*hokusai.UsageBatch, error) {
	if maxEntries <= 0 {
		return nil, fmt.Errorf("journal: maxEntries must be positive, got %d", maxEntries)
	}
	var b *hokusai.UsageBatch
	err := s.write(ctx, func(ctx context.Context, q querier) error {
		b = nil
		cursor, err := readCursor(ctx, q, journalCursor)
		if err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		t, err := scanUnbatched(ctx, q, cursor, maxEntries)
		if err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		if len(t.entries) == 0 {
			return setCursor(ctx, q, journalCursor, t.cursor)
		}
		var rowID int64
		if err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_batches`).Scan(&rowID); err != nil {
			return fmt.Errorf("journal batch: %w", err)
		}
		id := batchID(rowID, t.entries, t.last)
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at)
			VALUES (?, ?, 'pending', ?, ?, ?, ?)`, rowID, id, len(t.entries), t.calls, t.total, s.nowNanos()); err != nil {
			return fmt.Errorf("journal batch: %w", err)
		}
		if _, err := q.ExecContext(ctx, `UPDATE ledger_usage SET batch = ?
			WHERE id > ? AND id <= ? AND batch IS NULL AND settled = 0`, rowID, cursor, t.cursor); err != nil {
			return fmt.Errorf("journal usage: %w", err)
		}
		for _, u := range t.beyond {
			if _, err := q.ExecContext(ctx, `UPDATE ledger_usage SET batch = ? WHERE id = ?`, rowID, u); err != nil {
				return fmt.Errorf("journal usage: %w", err)
			}
		}
		if err := setCursor(ctx, q, journalCursor, t.cursor); err != nil {
			return err
		}
		b = &hokusai.UsageBatch{ID: rowID, BatchID: id, Status: hokusai.BatchPending, Entries: t.entries, Calls: t.calls, Total: t.total}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// unbatched is what scanUnbatched found: the entries of the next batch,
// the highest usage id in each, the new journal cursor, and the usage ids
// past the cursor that belong to the batch.
type unbatched struct {
	entries      []hokusai.UsageEntry
	last         []int64
	total, calls int64
	cursor       int64
	beyond       []int64
}

// scanUnbatched reads the usage after cursor that is not in a batch, in id
// order, and groups it per (consumer, model), up to maxEntries groups.
func scanUnbatched(ctx context.Context, q querier, cursor int64, maxEntries int) (*unbatched, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, consumer, model_id, amount, calls FROM ledger_usage
		WHERE id > ? AND batch IS NULL AND settled = 0 ORDER BY id`, cursor)
	if err != nil {
		return nil, err
	}
	defer rows.Close() // closed early below; a second Close is harmless
	type key struct {
		consumer string
		model    int64
	}
	t := &unbatched{cursor: cursor}
	groups := map[key]int{}
	cut := false
	for rows.Next() {
		var (
			id, model, amt, n int64
			consumer          string
		)
		if err := rows.Scan(&id, &consumer, &model, &amt, &n); err != nil {
			return nil, err
		}
		k := key{consumer, model}
		i, ok := groups[k]
		if !ok {
			if len(t.entries) == maxEntries {
				cut = true
				continue
			}
			i = len(t.entries)
			groups[k] = i
			t.entries = append(t.entries, hokusai.UsageEntry{Consumer: consumer, ModelID: uint64(model)})
			t.last = append(t.last, 0)
		}
		t.entries[i].Amount += uint64(amt)
		t.entries[i].Calls += uint64(n)
		t.last[i] = id
		t.total += amt
		t.calls += n
		if cut {
			t.beyond = append(t.beyond, id)
		} else {
			t.cursor = id
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if !cut {
		// Everything written so far is now in a batch or needs none (free
		// calls): move the cursor past it, so they are not read again.
		var last sql.NullInt64
		if err := q.QueryRowContext(ctx, `SELECT MAX(id) FROM ledger_usage`).Scan(&last); err != nil {
			return nil, err
		}
		t.cursor = max(t.cursor, last.Int64)
	}
	return t, nil
}

// batchEntries sums a batch's usage rows per (consumer, model).
func batchEntries(ctx context.Context, q querier, rowID int64) ([]hokusai.UsageEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT consumer, model_id, SUM(amount), SUM(calls) FROM ledger_usage
		WHERE batch = ? GROUP BY consumer, model_id ORDER BY MIN(id)`, rowID)
	if err != nil {
		return nil, fmt.Errorf("batch entries: %w", err)
	}
	defer rows.Close()
	var out []hokusai.UsageEntry
	for rows.Next() {
		var (
			consumer      string
			model, amt, n int64
		)
		if err := rows.Scan(&consumer, &model, &amt, &n); err != nil {
			return nil, fmt.Errorf("batch entries: %w", err)
		}
		out = append(out, hokusai.UsageEntry{Consumer: consumer, ModelID: uint64(model), Amount: uint64(amt), Calls: uint64(n)})
	}
	return out, rows.Err()
}

// Batches implements hokusai.LedgerStore.
func (s *LedgerStore) Batches(ctx context.Context, status string) ([]*hokusai.UsageBatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, batch_id, status, calls, total, COALESCE(tx_hash, ''), COALESCE(block, 0), COALESCE(gas_used, 0)
		FROM ledger_batches WHERE (? = '' OR status = ?) ORDER BY id`, status, status)
	if err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	var out []*hokusai.UsageBatch
	for rows.Next() {
		b := &hokusai.UsageBatch{}
		if err := rows.Scan(&b.ID, &b.BatchID, &b.Status, &b.Calls, &b.Total, &b.TxHash, &b.Block, &b.GasUsed); err != nil {
			rows.Close()
			return nil, fmt.Errorf("batches: %w", err)
		}
		out = append(out, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	for _, b := range out {
		if b.Entries, err = batchEntries(ctx, s.db, b.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// MarkBatchSettled implements hokusai.LedgerStore: in one transaction the
// batch's usage rows become settled and each consumer's amount moves from
// unsettled to settled, so spendable never jumps in between.
func (s *LedgerStore) MarkBatchSettled(ctx context.Context, rowID int64, st hokusai.BatchSettlement) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		var status string
		if err := q.QueryRowContext(ctx, `SELECT status FROM ledger_batches WHERE id = ?`, rowID).Scan(&status); err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		if status != hokusai.BatchPending {
			return nil
		}
		if err := moveBatchUsage(ctx, q, rowID, true); err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		_, err := q.ExecContext(ctx, `UPDATE ledger_batches SET status = 'settled', settled_at = ?, tx_hash = ?, block = ?, gas_used = ? WHERE id = ?`,
			s.nowNanos(), nullString(st.TxHash), int64(st.Block), int64(st.GasUsed), rowID)
		if err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		return nil
	})
}

// UnsettleBatch implements hokusai.LedgerStore.
func (s *LedgerStore) UnsettleBatch(ctx context.Context, rowID int64) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		var status string
		if err := q.QueryRowContext(ctx, `SELECT status FROM ledger_batches WHERE id = ?`, rowID).Scan(&status); err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		if status != hokusai.BatchSettled {
			return nil
		}
		if err := moveBatchUsage(ctx, q, rowID, false); err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		_, err := q.ExecContext(ctx, `UPDATE ledger_batches SET status = 'pending', settled_at = NULL, tx_hash = NULL, block = NULL, gas_used = NULL,
			note = 'the chain lost its settlement; sent again' WHERE id = ?`, rowID)
		if err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		return nil
	})
}

// AbandonBatch implements hokusai.LedgerStore: written-off usage is kept,
// marked settled = -1.
func (s *LedgerStore) AbandonBatch(ctx context.Context, rowID int64, reason string, drop []string) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		for _, c := range drop {
			var a sql.NullInt64
			if err := q.QueryRowContext(ctx, `SELECT SUM(amount) FROM ledger_usage WHERE batch = ? AND consumer = ? AND settled = 0`, rowID, c).Scan(&a); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if _, err := q.ExecContext(ctx, `UPDATE ledger_usage SET settled = -1 WHERE batch = ? AND consumer = ? AND settled = 0`, rowID, c); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if _, err := q.ExecContext(ctx, `UPDATE ledger_accounts SET unsettled = unsettled - ? WHERE consumer = ?`, a.Int64, c); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
		}
		// The released usage is behind the journal cursor: move the cursor
		// back so the next batch takes it again.
		var first sql.NullInt64
		if err := q.QueryRowContext(ctx, `SELECT MIN(id) FROM ledger_usage WHERE batch = ? AND settled = 0`, rowID).Scan(&first); err != nil {
			return fmt.Errorf("abandon: %w", err)
		}
		if first.Valid {
			cursor, err := readCursor(ctx, q, journalCursor)
			if err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if err := setCursor(ctx, q, journalCursor, min(cursor, first.Int64-1)); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
		}
		if _, err := q.ExecContext(ctx, `UPDATE ledger_usage SET batch = NULL WHERE batch = ? AND settled = 0`, rowID); err != nil {
			return fmt.Errorf("abandon: %w", err)
		}
		_, err := q.ExecContext(ctx, `UPDATE ledger_batches SET status = 'abandoned', note = ? WHERE id = ? AND status = 'pending'`, reason, rowID)
		if err != nil {
			return fmt.Errorf("abandon: %w", err)
		}
		return nil
	})
}

func nullString(v string) any {
	if v == "" {
		return nil
	}
	return v
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// moveBatchUsage moves a batch's usage between unsettled and settled: its
// usage rows' flag, and each consumer's running totals by the same amount,
// inside the caller's transaction so spendable never jumps in between.
func moveBatchUsage(ctx context.Context, q querier, rowID int64, toSettled bool) error {
	from, to, sign := 0, 1, int64(1)
	if !toSettled {
		from, to, sign = 1, 0, -1
	}
	rows, err := q.QueryContext(ctx, `SELECT consumer, SUM(amount) FROM ledger_usage WHERE batch = ? AND settled = ? GROUP BY consumer`, rowID, from)
	if err != nil {
		return err
	}
	per := map[string]int64{}
	for rows.Next() {
		var c string
		var a int64
		if err := rows.Scan(&c, &a); err != nil {
			rows.Close()
			return err
		}
		per[c] = a
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for c, a := range per {
		if _, err := q.ExecContext(ctx, `UPDATE ledger_accounts SET unsettled = unsettled - ?, settled = settled + ? WHERE consumer = ?`, sign*a, sign*a, c); err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
	}
	_, err = q.ExecContext(ctx, `UPDATE ledger_usage SET settled = ? WHERE batch = ? AND settled = ?`, to, rowID, from)
	return err
}

// ImportSettledBatch implements hokusai.LedgerStore.
func (s *LedgerStore) ImportSettledBatch(ctx context.Context, batchID string, entries []hokusai.UsageEntry) (int64, error) {
	var rowID int64
	err := s.write(ctx, func(ctx context.Context, q querier) error {
		rowID = 0
		var n int
		if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_batches WHERE batch_id = ?`, batchID).Scan(&n); err != nil || n > 0 {
			return err
		}
		var id int64
		if err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_batches`).Scan(&id); err != nil {
			return err
		}
		var calls, total int64
		for _, e := range entries {
			calls += int64(e.Calls)
			total += int64(e.Amount)
		}
		now := s.nowNanos()
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at, note)
			VALUES (?, ?, 'pending', ?, ?, ?, ?, 'rebuilt from the chain')`, id, batchID, len(entries), calls, total, now); err != nil {
			return err
		}
		for _, e := range entries {
			if _, err := q.ExecContext(ctx, `INSERT INTO ledger_usage (consumer, model_id, key_id, calls, amount, created_at, batch, settled)
				VALUES (?, ?, '', ?, ?, ?, ?, 0)`, e.Consumer, int64(e.ModelID), int64(max(e.Calls, 1)), int64(e.Amount), now, id); err != nil {
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

// SettledBatchesAfter implements hokusai.LedgerStore.
func (s *LedgerStore) SettledBatchesAfter(ctx context.Context, block int64) ([]*hokusai.UsageBatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, batch_id, calls, total, COALESCE(tx_hash, ''), COALESCE(block, 0), COALESCE(gas_used, 0)
		FROM ledger_batches WHERE status = 'settled' AND (block IS NULL OR block > ?) ORDER BY id`, block)
	if err != nil {
		return nil, fmt.Errorf("settled batches: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.UsageBatch
	for rows.Next() {
		b := &hokusai.UsageBatch{Status: hokusai.BatchSettled}
		if err := rows.Scan(&b.ID, &b.BatchID, &b.Calls, &b.Total, &b.TxHash, &b.Block, &b.GasUsed); err != nil {
			return nil, fmt.Errorf("settled batches: %w", err)
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("settled batches: %w", err)
	}
	return out, nil
}
