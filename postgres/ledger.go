package postgres

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// The credits ledger on PostgreSQL, for any number of replicas sharing
// the database. Nothing is cached in the process: a charge's spendable
// check and its debit are one conditional UPDATE of the consumer's row
// (the row lock orders concurrent charges from every replica), written
// with the usage row in a transaction that commits durably
// (synchronous_commit stays on) before the caller is answered; a process
// group-commits its charges (ledger_charge.go). Journaling takes a
// transaction-scoped advisory lock, so two replicas journaling at once
// never put a usage row in two batches.

// journalLock is the advisory lock key under which batches are numbered
// and usage is assigned to them.
const journalLock = 7266010300

// spendableSQL is a consumer's spendable credit in ledger_accounts.
const spendableSQL = `deposited - withdrawn - settled - unsettled - pending_withdrawal`

// LedgerStore is the PostgreSQL hokusai.LedgerStore.
type LedgerStore struct {
	db  *sql.DB
	pdb *DB // for its clock

	charges chargeQueue // the charge path (ledger_charge.go)

	// IdempotencyTTL is how long an idempotency key answers retries with
	// the first answer; 0 means hokusai.DefaultIdempotencyTTL. Older keys
	// are free again and are swept when vault events are applied and when
	// batches are journaled.
	IdempotencyTTL time.Duration
	// Committers is how many charge groups this process has in flight at
	// once; 0 means 4.
	Committers int
}

var _ hokusai.LedgerStore = (*LedgerStore)(nil)

// NewLedgerStore returns the ledger store on db (open: its tables are
// created by the migrations Open runs).
func NewLedgerStore(db *DB) *LedgerStore { return &LedgerStore{db: db.SQL(), pdb: db} }

// Close implements hokusai.LedgerStore: the charges already queued are
// made, new ones are refused; the database stays open.
func (s *LedgerStore) Close() error {
	s.stopCharges()
	return nil
}

func (s *LedgerStore) nowNanos() int64 { return s.pdb.now().UnixNano() }

func (s *LedgerStore) idempotencyTTL() time.Duration {
	return cmp.Or(s.IdempotencyTTL, hokusai.DefaultIdempotencyTTL)
}

// retryable reports whether a transaction failed only because it lost a
// race another transaction won (a deadlock or a serialization failure):
// running it again is correct.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// inTx runs fn in one transaction and commits it, again when it lost a
// race with another transaction.
func (s *LedgerStore) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	for try := 0; ; try++ {
		err := s.tryTx(ctx, fn)
		if err == nil || !retryable(err) || try == 8 {
			return err
		}
	}
}

func (s *LedgerStore) tryTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Charge implements hokusai.LedgerStore; c is validated and its consumer
// checksummed. A charge without an idempotency key is group-committed
// (ledger_charge.go); with one, the key is reserved first (a concurrent
// retry waits for this transaction, then replays its answer), all in one
// transaction. Errors: ECREDITS, ECONFLICT, EUNAVAILABLE (the store is
// closed).
func (s *LedgerStore) Charge(ctx context.Context, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	now := s.nowNanos()
	if c.IdempotencyKey == "" {
		return s.groupCharge(c, now)
	}
	var res *hokusai.ChargeResult
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res = nil
		var mine int
		err := tx.QueryRowContext(ctx, `INSERT INTO ledger_idempotency (consumer, idem_key, request_hash, spendable, created_at)
			VALUES ($1, $2, $3, 0, $4) ON CONFLICT DO NOTHING RETURNING 1`, c.Consumer, c.IdempotencyKey, c.RequestHash, now).Scan(&mine)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			// The key is taken: by a charge to replay, or one whose window
			// has passed (then this charge takes the key over).
			var (
				hash      string
				usageID   sql.NullInt64
				response  []byte
				spendable int64
				created   int64
			)
			if err := tx.QueryRowContext(ctx, `SELECT request_hash, usage_id, response, spendable, created_at
				FROM ledger_idempotency WHERE consumer = $1 AND idem_key = $2 FOR UPDATE`, c.Consumer, c.IdempotencyKey).
				Scan(&hash, &usageID, &response, &spendable, &created); err != nil {
				return fmt.Errorf("read the idempotency key: %w", err)
			}
			if created >= now-int64(s.idempotencyTTL()) {
				if hash != c.RequestHash {
					return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "idempotency_key",
						Message: fmt.Sprintf("The idempotency key %q was already used for a different request; use a new key for a new request.", c.IdempotencyKey)}
				}
				res = &hokusai.ChargeResult{UsageID: usageID.Int64, Replayed: true, Response: response, Spendable: spendable, CreatedAt: time.Unix(0, created).UTC()}
				return nil
			}
		case err != nil:
			return fmt.Errorf("reserve the idempotency key: %w", err)
		}
		r, err := debit(ctx, tx, c, now)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ledger_idempotency SET request_hash = $3, usage_id = $4, response = $5, spendable = $6, created_at = $7
			WHERE consumer = $1 AND idem_key = $2`, c.Consumer, c.IdempotencyKey, c.RequestHash, r.UsageID, c.Response, r.Spendable, now); err != nil {
			return fmt.Errorf("record the idempotency key: %w", err)
		}
		res = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// Credits implements hokusai.LedgerStore.
func (s *LedgerStore) Credits(ctx context.Context, consumer string) (*hokusai.Credits, error) {
	cr := &hokusai.Credits{Consumer: consumer}
	err := s.db.QueryRowContext(ctx, `SELECT deposited, withdrawn, pending_withdrawal, settled, unsettled
		FROM ledger_accounts WHERE consumer = $1`, consumer).
		Scan(&cr.Deposited, &cr.Withdrawn, &cr.PendingWithdrawal, &cr.Settled, &cr.Unsettled)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("credits: %w", err)
	}
	cr.Spendable = hokusai.SpendableOf(cr)
	return cr, nil
}

// Usage implements hokusai.LedgerStore, summing the usage rows of the
// range widened to whole hours.
func (s *LedgerStore) Usage(ctx context.Context, f hokusai.UsageFilter) ([]hokusai.UsageStats, error) {
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return nil, hokusai.FieldErrorf("to", "The time range is empty: `to` (%s) must be after `from` (%s).", f.To.Format(time.RFC3339), f.From.Format(time.RFC3339))
	}
	f = f.Hourly()
	var where []string
	var args []any
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, fmt.Sprintf(cond, len(args)))
	}
	if f.Consumer != "" {
		add("consumer = $%d", f.Consumer)
	}
	if f.ModelID != nil {
		add("model_id = $%d", int64(*f.ModelID))
	}
	if !f.From.IsZero() {
		add("created_at >= $%d", f.From.UnixNano())
	}
	if !f.To.IsZero() {
		add("created_at < $%d", f.To.UnixNano())
	}
	q := `SELECT model_id, SUM(calls), SUM(amount) FROM ledger_usage`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, q+` GROUP BY model_id ORDER BY model_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("usage: %w", err)
	}
	return storecodec.ScanUsageStats(rows)
}

// sweepBatch bounds how many expired idempotency keys one sweep deletes.
const sweepBatch = 1000

// sweepIdempotency deletes up to sweepBatch idempotency keys whose window
// has passed, oldest first.
func (s *LedgerStore) sweepIdempotency(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM ledger_idempotency WHERE (consumer, idem_key) IN (
		SELECT consumer, idem_key FROM ledger_idempotency WHERE created_at < $1 ORDER BY created_at LIMIT $2
		FOR UPDATE SKIP LOCKED)`, s.nowNanos()-int64(s.idempotencyTTL()), sweepBatch)
	if err != nil {
		return fmt.Errorf("sweep expired idempotency keys: %w", err)
	}
	return nil
}
