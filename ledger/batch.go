package ledger

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
)

// Batch is a journaled settlement batch.
type Batch struct {
	ID      int64       // row id
	BatchID common.Hash // the id the router records
	Status  string      // pending, settled or abandoned
	Entries []chain.UsageEntry
	Calls   int64
	Total   int64 // micro-USDC
	TxHash  string
	Block   int64
	GasUsed int64
}

// Batch statuses.
const (
	StatusPending   = "pending"
	StatusSettled   = "settled"
	StatusAbandoned = "abandoned"
)

// batchDomain separates Hokusai batch ids from any other keccak input.
var batchDomain = []byte("hokusai.settlement.batch.v1")

// BatchID is the deterministic id of a batch: keccak256 of a domain tag,
// the chain id, the router, the batch's place in the journal (seq, its row
// id) and, per entry in (consumer, model) order, the consumer, model,
// amount, calls and the highest usage id it covers. seq makes the id of
// usage journaled again after its batch was abandoned differ from the
// abandoned one's.
func BatchID(chainID uint64, router common.Address, seq int64, entries []chain.UsageEntry, lastUsage []int64) common.Hash {
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		ea, eb := entries[idx[a]], entries[idx[b]]
		if c := ea.Consumer.Cmp(eb.Consumer); c != 0 {
			return c < 0
		}
		return ea.ModelID < eb.ModelID
	})
	buf := make([]byte, 0, len(batchDomain)+36+len(entries)*52)
	buf = append(buf, batchDomain...)
	buf = binary.BigEndian.AppendUint64(buf, chainID)
	buf = append(buf, router[:]...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(seq))
	for _, i := range idx {
		e := entries[i]
		buf = append(buf, e.Consumer[:]...)
		buf = binary.BigEndian.AppendUint64(buf, e.ModelID)
		buf = binary.BigEndian.AppendUint64(buf, e.Amount)
		buf = binary.BigEndian.AppendUint64(buf, e.Calls)
		buf = binary.BigEndian.AppendUint64(buf, uint64(lastUsage[i]))
	}
	return crypto.Keccak256Hash(buf)
}

// Journal takes up to maxEntries (consumer, model) groups of usage not yet
// in a batch, writes the batch row with its deterministic id and assigns
// the usage to it, all in one transaction: the batch is on record before
// anything is sent. It returns nil when there is nothing to settle.
//
// Unbatched usage is the usage after the journal cursor (every row at or
// below it is in a batch or needs none), so charges write no index for it.
// Groups are taken in order of their oldest row; when more than maxEntries
// are waiting, the cursor stops before the first row left out.
func (s *Service) Journal(ctx context.Context, chainID uint64, router common.Address, maxEntries int) (*Batch, error) {
	if maxEntries <= 0 {
		maxEntries = DefaultMaxEntries
	}
	var b *Batch
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
		id := BatchID(chainID, router, rowID, t.entries, t.last)
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at)
			VALUES (?, ?, 'pending', ?, ?, ?, ?)`, rowID, id.Hex(), len(t.entries), t.calls, t.total, s.nowNanos()); err != nil {
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
		b = &Batch{ID: rowID, BatchID: id, Status: StatusPending, Entries: t.entries, Calls: t.calls, Total: t.total}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if b != nil {
		s.unbatched.Store(0)
	}
	return b, nil
}

// unbatched is what scanUnbatched found: the entries of the next batch,
// the highest usage id in each, the new journal cursor, and the usage ids
// past the cursor that belong to the batch.
type unbatched struct {
	entries      []chain.UsageEntry
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
			t.entries = append(t.entries, chain.UsageEntry{Consumer: common.HexToAddress(consumer), ModelID: uint64(model)})
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
func batchEntries(ctx context.Context, q querier, rowID int64) ([]chain.UsageEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT consumer, model_id, SUM(amount), SUM(calls) FROM ledger_usage
		WHERE batch = ? GROUP BY consumer, model_id ORDER BY MIN(id)`, rowID)
	if err != nil {
		return nil, fmt.Errorf("batch entries: %w", err)
	}
	defer rows.Close()
	var out []chain.UsageEntry
	for rows.Next() {
		var (
			consumer      string
			model, amt, n int64
		)
		if err := rows.Scan(&consumer, &model, &amt, &n); err != nil {
			return nil, fmt.Errorf("batch entries: %w", err)
		}
		out = append(out, chain.UsageEntry{Consumer: common.HexToAddress(consumer), ModelID: uint64(model), Amount: uint64(amt), Calls: uint64(n)})
	}
	return out, rows.Err()
}

// Batches lists batches with the given status ("" for all), oldest first,
// with their entries.
func (s *Service) Batches(ctx context.Context, status string) ([]*Batch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, batch_id, status, calls, total, COALESCE(tx_hash, ''), COALESCE(block, 0), COALESCE(gas_used, 0)
		FROM ledger_batches WHERE (? = '' OR status = ?) ORDER BY id`, status, status)
	if err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	var out []*Batch
	for rows.Next() {
		b := &Batch{}
		var id string
		if err := rows.Scan(&b.ID, &id, &b.Status, &b.Calls, &b.Total, &b.TxHash, &b.Block, &b.GasUsed); err != nil {
			rows.Close()
			return nil, fmt.Errorf("batches: %w", err)
		}
		b.BatchID = common.HexToHash(id)
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

// recordAttempt journals a broadcast transaction of a batch.
func (s *Service) recordAttempt(ctx context.Context, rowID int64, txHash common.Hash, nonce uint64) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		_, err := q.ExecContext(ctx, `INSERT INTO ledger_attempts (batch, tx_hash, nonce, sent_at) VALUES (?, ?, ?, ?)`,
			rowID, txHash.Hex(), int64(nonce), s.nowNanos())
		if err != nil {
			return fmt.Errorf("record attempt: %w", err)
		}
		return nil
	})
}

// attempt is a recorded broadcast.
type attempt struct {
	hash  common.Hash
	nonce uint64
}

// lastAttempt returns the newest broadcast of a batch.
func (s *Service) lastAttempt(ctx context.Context, rowID int64) (attempt, bool, error) {
	var h string
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT tx_hash, nonce FROM ledger_attempts WHERE batch = ? ORDER BY id DESC LIMIT 1`, rowID).Scan(&h, &n)
	if isNoRows(err) {
		return attempt{}, false, nil
	}
	if err != nil {
		return attempt{}, false, fmt.Errorf("last attempt: %w", err)
	}
	return attempt{hash: common.HexToHash(h), nonce: uint64(n)}, true, nil
}

// Attempts returns how many transactions were broadcast for a batch.
func (s *Service) Attempts(ctx context.Context, rowID int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_attempts WHERE batch = ?`, rowID).Scan(&n)
	return n, err
}

// Settlement is what the chain says about a settled batch.
type Settlement struct {
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
}

// MarkSettled records that a batch is settled on-chain: in one transaction
// its usage rows become settled and each consumer's amount moves from
// unsettled to settled, so spendable never jumps in between. Marking a
// settled batch again changes nothing.
func (s *Service) MarkSettled(ctx context.Context, rowID int64, st Settlement) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		var status string
		if err := q.QueryRowContext(ctx, `SELECT status FROM ledger_batches WHERE id = ?`, rowID).Scan(&status); err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		if status != StatusPending {
			return nil
		}
		if err := moveBatchUsage(ctx, q, rowID, true); err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		_, err := q.ExecContext(ctx, `UPDATE ledger_batches SET status = 'settled', settled_at = ?, tx_hash = ?, block = ?, gas_used = ? WHERE id = ?`,
			s.nowNanos(), nullHash(st.TxHash), int64(st.Block), int64(st.GasUsed), rowID)
		if err != nil {
			return fmt.Errorf("mark settled: %w", err)
		}
		return nil
	})
}

// Unsettle returns a batch marked settled to pending (the chain lost the
// block that settled it), moving its usage back from settled to unsettled
// in one transaction; the settler then sends it again under the same id.
func (s *Service) Unsettle(ctx context.Context, rowID int64) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		var status string
		if err := q.QueryRowContext(ctx, `SELECT status FROM ledger_batches WHERE id = ?`, rowID).Scan(&status); err != nil {
			return fmt.Errorf("unsettle: %w", err)
		}
		if status != StatusSettled {
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

// Abandon releases a pending batch that the chain refused (and that the
// router confirms it never settled): its usage goes back to be batched
// again, except the usage of consumers in drop, which is written off (kept,
// marked settled = -1 and removed from their unsettled total) because their
// vault credit cannot pay it.
func (s *Service) Abandon(ctx context.Context, rowID int64, reason string, drop []common.Address) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		for _, c := range drop {
			var a sql.NullInt64
			if err := q.QueryRowContext(ctx, `SELECT SUM(amount) FROM ledger_usage WHERE batch = ? AND consumer = ? AND settled = 0`, rowID, c.Hex()).Scan(&a); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if _, err := q.ExecContext(ctx, `UPDATE ledger_usage SET settled = -1 WHERE batch = ? AND consumer = ? AND settled = 0`, rowID, c.Hex()); err != nil {
				return fmt.Errorf("abandon: %w", err)
			}
			if _, err := q.ExecContext(ctx, `UPDATE ledger_accounts SET unsettled = unsettled - ? WHERE consumer = ?`, a.Int64, c.Hex()); err != nil {
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

func nullHash(h common.Hash) any {
	if h == (common.Hash{}) {
		return nil
	}
	return h.Hex()
}

func bigOf(v int64) *big.Int { return big.NewInt(v) }

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
