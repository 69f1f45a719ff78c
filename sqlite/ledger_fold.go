package sqlite

import (
	"context"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// The usage tail. A charge writes only its usage row (see ledger_charge.go); the
// rows after the fold cursor — the tail — are added, in bulk, to each
// consumer's running total (ledger_accounts.unsettled) and to the hourly
// statistics (ledger_usage_hourly) by fold. Every other write folds first,
// so it sees exact totals; readers outside the write lock add the tail
// themselves, in the same statement.

// Cursor names in ledger_meta.
const (
	journalCursor = "journal_cursor" // every usage row at or below is in a batch or needs none
	foldCursor    = "fold_cursor"    // every usage row at or below is in the totals and statistics
)

// foldEvery is how many charges a process makes before it folds the tail
// inside a charge group (writes other than charges, such as the settler's,
// fold it too). Each fold costs two upserts per consumer and model seen, so
// folding less often is cheaper per call; the cost is a longer pause for
// the charges queued behind it.
const foldEvery = 16384

// hourNanos is one hour in the unit of created_at.
const hourNanos = 3_600_000_000_000

// tailSQL selects the usage rows after the fold cursor.
const tailSQL = `id > (SELECT CAST(value AS INTEGER) FROM ledger_meta WHERE name = '` + foldCursor + `')`

// hourKey is one row of the hourly statistics.
type hourKey struct {
	hour, model int64
	consumer    string
}

// hourSums is what a tail adds to one row of the hourly statistics.
type hourSums struct{ calls, amount int64 }

// fold adds the tail to the running totals and the hourly statistics and
// moves the fold cursor past it; being the ledger's periodic pass, it also
// sweeps expired idempotency keys. Runs under the write lock, inside the
// caller's transaction. When every row of the tail was written by this
// service since its last fold, with the cache alive throughout, the sums
// are already in memory (s.hours, s.tail) and nothing is read back.
func (s *LedgerStore) fold(ctx context.Context, q querier) error {
	cursor, err := readCursor(ctx, q, foldCursor)
	if err != nil {
		return err
	}
	hours, debits, last := s.hours, s.tail, s.tailLast
	if hours == nil || last < cursor {
		if hours, debits, last, err = readTail(ctx, q, cursor); err != nil {
			return err
		}
	}
	if err := s.sweepIdempotency(ctx, q); err != nil {
		return err
	}
	if last > cursor {
		for k, h := range hours {
			if _, err := q.ExecContext(ctx, `INSERT INTO ledger_usage_hourly (hour, consumer, model_id, calls, amount) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (hour, consumer, model_id) DO UPDATE SET calls = calls + excluded.calls, amount = amount + excluded.amount`,
				k.hour, k.consumer, k.model, h.calls, h.amount); err != nil {
				return fmt.Errorf("fold usage statistics: %w", err)
			}
		}
		for consumer, amt := range debits {
			if amt == 0 {
				continue
			}
			if _, err := q.ExecContext(ctx, `INSERT INTO ledger_accounts (consumer, unsettled) VALUES (?, ?)
			ON CONFLICT (consumer) DO UPDATE SET unsettled = unsettled + excluded.unsettled`, consumer, amt); err != nil {
				return fmt.Errorf("fold the debit of %s: %w", consumer, err)
			}
		}
		if err := setCursor(ctx, q, foldCursor, last); err != nil {
			return err
		}
	}
	// The tail is empty now. The cached accounts already count it; only
	// where it is kept changes.
	s.tail, s.hours, s.tailLast = map[string]int64{}, map[hourKey]hourSums{}, max(last, cursor)
	s.unfolded = 0
	return nil
}

// noteTail adds a charge's usage row to the in-memory tail sums. Runs
// under the write lock.
func (s *LedgerStore) noteTail(id, created int64, c hokusai.Charge) {
	s.tail[c.Consumer] += c.Amount
	if s.hours == nil {
		return // not known since the last fold: fold reads the tail back
	}
	k := hourKey{hour: created / hourNanos, model: int64(c.ModelID), consumer: c.Consumer}
	h := s.hours[k]
	h.calls += int64(c.Calls)
	h.amount += c.Amount
	s.hours[k] = h
	s.tailLast = id
}

// readTail reads the usage rows after cursor and sums them by hour,
// consumer and model (hours) and by consumer (debits); last is the last
// row's id, cursor when there is none. Reading in id order and summing
// here is cheaper than a GROUP BY, which sorts.
func readTail(ctx context.Context, q querier, cursor int64) (hours map[hourKey]hourSums, debits map[string]int64, last int64, err error) {
	rows, err := q.QueryContext(ctx, `SELECT id, consumer, model_id, created_at, calls, amount
		FROM ledger_usage WHERE id > ? ORDER BY id`, cursor)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("fold usage: %w", err)
	}
	defer rows.Close()
	hours, debits, last = map[hourKey]hourSums{}, map[string]int64{}, cursor
	for rows.Next() {
		var (
			k                   hourKey
			id, created, n, amt int64
		)
		if err := rows.Scan(&id, &k.consumer, &k.model, &created, &n, &amt); err != nil {
			return nil, nil, 0, fmt.Errorf("fold usage: %w", err)
		}
		k.hour = created / hourNanos
		h := hours[k]
		h.calls += n
		h.amount += amt
		hours[k] = h
		debits[k.consumer] += amt
		last = id
	}
	if err := rows.Err(); err != nil {
		return nil, nil, 0, fmt.Errorf("fold usage: %w", err)
	}
	return hours, debits, last, nil
}

// loadTail reads each consumer's unfolded debit. Runs under the write lock.
func (s *LedgerStore) loadTail(ctx context.Context, q querier) error {
	rows, err := q.QueryContext(ctx, `SELECT consumer, SUM(amount) FROM ledger_usage WHERE `+tailSQL+` GROUP BY consumer`)
	if err != nil {
		return fmt.Errorf("read the usage tail: %w", err)
	}
	defer rows.Close()
	tail := map[string]int64{}
	for rows.Next() {
		var c string
		var a int64
		if err := rows.Scan(&c, &a); err != nil {
			return fmt.Errorf("read the usage tail: %w", err)
		}
		tail[c] = a
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the usage tail: %w", err)
	}
	s.tail = tail
	return nil
}

// readCursor reads a cursor from ledger_meta (0 when unset).
func readCursor(ctx context.Context, q querier, name string) (int64, error) {
	var c int64
	err := q.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM ledger_meta WHERE name = ?`, name).Scan(&c)
	if isNoRows(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the %s: %w", name, err)
	}
	return c, nil
}

// setCursor stores a cursor in ledger_meta.
func setCursor(ctx context.Context, q querier, name string, c int64) error {
	_, err := q.ExecContext(ctx, `INSERT INTO ledger_meta (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, fmt.Sprint(c))
	if err != nil {
		return fmt.Errorf("set the %s: %w", name, err)
	}
	return nil
}

// sweepBatch bounds how many expired idempotency keys one fold deletes.
const sweepBatch = 1000

// sweepIdempotency deletes up to sweepBatch idempotency keys whose window
// has passed, oldest first.
func (s *LedgerStore) sweepIdempotency(ctx context.Context, q querier) error {
	_, err := q.ExecContext(ctx, `DELETE FROM ledger_idempotency WHERE rowid IN (
		SELECT rowid FROM ledger_idempotency WHERE created_at < ? ORDER BY created_at LIMIT ?)`,
		s.nowNanos()-int64(s.idempotencyTTL()), sweepBatch)
	if err != nil {
		return fmt.Errorf("sweep expired idempotency keys: %w", err)
	}
	return nil
}
