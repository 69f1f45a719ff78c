// Package ledger keeps consumers' prepaid credits and metered usage in the
// shared SQLite file and settles the usage on-chain exactly once: the
// Service charges calls (hokusai.LedgerService), the VaultIndexer copies
// CreditVault deposits and withdrawals in, the Settler journals usage into
// batches with deterministic ids and sends them to the UsageFeeRouter, and
// Reconcile compares what the database says was settled with the chain.
package ledger

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

// VersionTable is the goose version table of the ledger's migrations.
const VersionTable = "ledger_goose_version"

// maxGroup bounds how many charges share one commit.
const maxGroup = 256

// Service is the SQLite hokusai.LedgerService. Every write runs in one
// BEGIN IMMEDIATE transaction, so the spendable check and the insert of a
// charge cannot interleave with another writer (in this process or
// another one sharing the file). Concurrent charges are group-committed:
// one transaction, one fsync, for all the charges waiting at that moment.
type Service struct {
	db  *sql.DB
	sdb *sqlite.DB // for its clock

	wmu   sync.Mutex // one writer transaction at a time in this process
	wconn *sql.Conn  // the write connection, held between writes
	stmts map[string]*sql.Stmt

	qmu     sync.Mutex
	queue   []*chargeOp
	leading bool

	// unbatched is micro-USDC charged since the settler last journaled.
	unbatched atomic.Int64
	// KickAbove wakes the settler early when unbatched usage exceeds it;
	// 0 leaves settling to the timer.
	KickAbove int64
	kick      chan struct{}
}

var _ hokusai.LedgerService = (*Service)(nil)

// NewService migrates the ledger's tables in db (already open) and returns
// the service.
func NewService(ctx context.Context, db *sqlite.DB) (*Service, error) {
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("ledger migrate: %w", err)
	}
	if err := db.Migrate(ctx, VersionTable, sub); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	return &Service{db: db.SQL(), sdb: db, kick: make(chan struct{}, 1)}, nil
}

func (s *Service) nowNanos() int64 {
	if s.sdb == nil || s.sdb.Now == nil {
		return time.Now().UnixNano()
	}
	return s.sdb.Now().UnixNano()
}

// querier is what *sql.DB and *sql.Conn share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// write runs fn in one BEGIN IMMEDIATE transaction and commits it. The
// transaction is not tied to ctx's cancellation: a caller that goes away
// must not abort a commit shared with others. Writes use one connection
// held for the service's life, with its statements prepared once.
func (s *Service) write(ctx context.Context, fn func(ctx context.Context, q querier) error) (err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	ctx = context.WithoutCancel(ctx)
	if s.wconn == nil {
		if s.wconn, err = s.db.Conn(ctx); err != nil {
			s.wconn = nil
			return fmt.Errorf("ledger conn: %w", err)
		}
		s.stmts = map[string]*sql.Stmt{}
	}
	q := &stmtCache{conn: s.wconn, stmts: s.stmts}
	if _, err := s.wconn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		s.dropConn()
		return fmt.Errorf("ledger begin: %w", err)
	}
	if err := fn(ctx, q); err != nil {
		if _, rerr := s.wconn.ExecContext(ctx, "ROLLBACK"); rerr != nil {
			s.dropConn()
		}
		return err
	}
	if _, err := s.wconn.ExecContext(ctx, "COMMIT"); err != nil {
		if _, rerr := s.wconn.ExecContext(ctx, "ROLLBACK"); rerr != nil {
			s.dropConn()
		}
		return fmt.Errorf("ledger commit: %w", err)
	}
	return nil
}

// dropConn forgets the write connection (after it failed) so the next
// write opens a fresh one.
func (s *Service) dropConn() {
	for _, st := range s.stmts {
		_ = st.Close()
	}
	if s.wconn != nil {
		_ = s.wconn.Close()
	}
	s.wconn, s.stmts = nil, nil
}

// Close releases the write connection; the database itself stays open.
func (s *Service) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.dropConn()
	return nil
}

// stmtCache runs queries on the write connection through statements
// prepared once (parsing SQL was most of a charge's CPU time).
type stmtCache struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
}

func (c *stmtCache) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	st, err := c.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts[query] = st
	return st, nil
}

func (c *stmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c *stmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (c *stmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		// A *sql.Row cannot carry an error built here; run it unprepared so
		// the same error comes back from Scan.
		return c.conn.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// Kick is signalled when unbatched usage passes KickAbove.
func (s *Service) Kick() <-chan struct{} { return s.kick }

// NormalizeAddress checks a 0x address and returns it checksummed.
func NormalizeAddress(field, a string) (string, error) {
	a = strings.TrimSpace(a)
	if !common.IsHexAddress(a) || !strings.HasPrefix(a, "0x") {
		return "", hokusai.FieldErrorf(field, "%s must be a 0x-prefixed 20-byte hex address, got %q.", field, a)
	}
	return common.HexToAddress(a).Hex(), nil
}

// chargeOp is one charge waiting for a group commit.
type chargeOp struct {
	c    hokusai.Charge
	res  *hokusai.ChargeResult
	err  error
	done chan struct{} // closed when res/err are set
	lead chan struct{} // closed when this op must lead the next group
}

// Charge implements hokusai.LedgerService. Errors: EINVALID (a malformed
// charge), ECREDITS, ECONFLICT.
func (s *Service) Charge(ctx context.Context, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	var err error
	if c.Consumer, err = NormalizeAddress("consumer", c.Consumer); err != nil {
		return nil, err
	}
	switch {
	case c.ModelID == 0 || c.ModelID > chain.MaxEntryModelID:
		return nil, hokusai.FieldErrorf("model_id", "model_id must be between 1 and %d; got %d.", chain.MaxEntryModelID, c.ModelID)
	case c.Calls == 0 || c.Calls > 1<<40:
		return nil, hokusai.FieldErrorf("calls", "A charge covers between 1 and 2^40 calls; got %d.", c.Calls)
	case c.Amount < 0:
		return nil, hokusai.FieldErrorf("amount", "The amount charged cannot be negative; got %d micro-USDC.", c.Amount)
	case c.IdempotencyKey != "" && c.RequestHash == "":
		return nil, hokusai.FieldErrorf("request_hash", "A charge with an idempotency key needs the request's hash.")
	}
	op := &chargeOp{c: c, done: make(chan struct{}), lead: make(chan struct{})}
	s.qmu.Lock()
	s.queue = append(s.queue, op)
	if s.leading {
		s.qmu.Unlock()
		select {
		case <-op.done:
			return op.res, op.err
		case <-op.lead:
		}
		s.qmu.Lock()
	}
	s.leading = true
	// Lead one group (which holds op), then hand leadership to the oldest
	// waiter, so no caller serves others indefinitely.
	n := min(len(s.queue), maxGroup)
	group := s.queue[:n:n]
	s.queue = s.queue[n:]
	s.qmu.Unlock()

	s.commitCharges(ctx, group)

	s.qmu.Lock()
	if len(s.queue) > 0 {
		close(s.queue[0].lead)
	} else {
		s.leading = false
	}
	s.qmu.Unlock()
	<-op.done
	return op.res, op.err
}

// commitCharges writes a group of charges in one transaction. When the
// transaction fails, each charge is retried alone, so one bad charge fails
// only itself.
func (s *Service) commitCharges(ctx context.Context, group []*chargeOp) {
	var added int64
	err := s.write(ctx, func(ctx context.Context, q querier) error {
		added = 0
		for _, op := range group {
			op.res, op.err = s.chargeOne(ctx, q, op.c)
			if op.err != nil && hokusai.ErrorCode(op.err) == hokusai.EINTERNAL {
				return op.err
			}
			if op.err == nil && !op.res.Replayed {
				added += op.c.Amount
			}
		}
		return nil
	})
	if err != nil && len(group) > 1 {
		for _, op := range group {
			s.commitCharges(ctx, []*chargeOp{op})
		}
		return
	}
	if err != nil {
		group[0].res, group[0].err = nil, err
	} else {
		s.noteUnbatched(added)
	}
	for _, op := range group {
		close(op.done)
	}
}

func (s *Service) noteUnbatched(added int64) {
	if added == 0 {
		return
	}
	if v := s.unbatched.Add(added); s.KickAbove > 0 && v >= s.KickAbove {
		select {
		case s.kick <- struct{}{}:
		default:
		}
	}
}

// account is a consumer's running totals.
type account struct {
	deposited, withdrawn, pending, settled, unsettled int64
}

func (a account) spendable() int64 {
	return a.deposited - a.withdrawn - a.settled - a.unsettled - a.pending
}

func readAccount(ctx context.Context, q querier, consumer string) (account, error) {
	var a account
	err := q.QueryRowContext(ctx, `SELECT deposited, withdrawn, pending_withdrawal, settled, unsettled
		FROM ledger_accounts WHERE consumer = ?`, consumer).Scan(&a.deposited, &a.withdrawn, &a.pending, &a.settled, &a.unsettled)
	if errors.Is(err, sql.ErrNoRows) {
		return account{}, nil
	}
	if err != nil {
		return account{}, fmt.Errorf("read account: %w", err)
	}
	return a, nil
}

// chargeOne checks and records one charge inside the caller's transaction.
// Store failures are returned as EINTERNAL so the group rolls back.
func (s *Service) chargeOne(ctx context.Context, q querier, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	internal := func(what string, err error) error {
		return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not %s: %v.", what, err)
	}
	if c.IdempotencyKey != "" {
		var (
			hash      string
			usageID   sql.NullInt64
			response  []byte
			spendable int64
			created   int64
		)
		err := q.QueryRowContext(ctx, `SELECT request_hash, usage_id, response, spendable, created_at
			FROM ledger_idempotency WHERE consumer = ? AND idem_key = ?`, c.Consumer, c.IdempotencyKey).
			Scan(&hash, &usageID, &response, &spendable, &created)
		switch {
		case err == nil:
			if hash != c.RequestHash {
				return nil, &hokusai.Error{Code: hokusai.ECONFLICT, Field: "idempotency_key",
					Message: fmt.Sprintf("The idempotency key %q was already used for a different request; use a new key for a new request.", c.IdempotencyKey)}
			}
			return &hokusai.ChargeResult{UsageID: usageID.Int64, Replayed: true, Response: response, Spendable: spendable, CreatedAt: time.Unix(0, created).UTC()}, nil
		case !errors.Is(err, sql.ErrNoRows):
			return nil, internal("read the idempotency key", err)
		}
	}
	a, err := readAccount(ctx, q, c.Consumer)
	if err != nil {
		return nil, internal("read the balance", err)
	}
	spendable := a.spendable()
	if c.Amount > 0 && spendable < c.Amount {
		return nil, hokusai.Errorf(hokusai.ECREDITS, "%s has %s USDC of spendable credit and this call costs %s USDC; deposit more with `hokusai credits deposit --usdc N`.",
			c.Consumer, hokusai.FormatUnits(bigOf(max(spendable, 0)), 6), hokusai.FormatUnits(bigOf(c.Amount), 6))
	}
	now := s.nowNanos()
	settled := 0
	if c.Amount == 0 {
		settled = 1 // nothing to pay
	}
	res, err := q.ExecContext(ctx, `INSERT INTO ledger_usage (consumer, model_id, key_id, calls, amount, created_at, settled)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Consumer, int64(c.ModelID), c.KeyID, int64(c.Calls), c.Amount, now, settled)
	if err != nil {
		return nil, internal("record the usage", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return nil, internal("record the usage", err)
	}
	if c.Amount > 0 {
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_accounts (consumer, unsettled) VALUES (?, ?)
			ON CONFLICT (consumer) DO UPDATE SET unsettled = unsettled + excluded.unsettled`, c.Consumer, c.Amount); err != nil {
			return nil, internal("debit the balance", err)
		}
	}
	left := spendable - c.Amount
	if c.IdempotencyKey != "" {
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_idempotency (consumer, idem_key, request_hash, usage_id, response, spendable, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Consumer, c.IdempotencyKey, c.RequestHash, id, c.Response, left, now); err != nil {
			return nil, internal("record the idempotency key", err)
		}
	}
	return &hokusai.ChargeResult{UsageID: id, Spendable: left, CreatedAt: time.Unix(0, now).UTC()}, nil
}

// Credits implements hokusai.LedgerService. Errors: EINVALID.
func (s *Service) Credits(ctx context.Context, consumer string) (*hokusai.Credits, error) {
	consumer, err := NormalizeAddress("consumer", consumer)
	if err != nil {
		return nil, err
	}
	a, err := readAccount(ctx, s.db, consumer)
	if err != nil {
		return nil, fmt.Errorf("credits: %w", err)
	}
	return &hokusai.Credits{
		Consumer: consumer, Deposited: a.deposited, Withdrawn: a.withdrawn, PendingWithdrawal: a.pending,
		Settled: a.settled, Unsettled: a.unsettled, Spendable: a.spendable(),
	}, nil
}

// Usage implements hokusai.LedgerService. Errors: EINVALID.
func (s *Service) Usage(ctx context.Context, f hokusai.UsageFilter) ([]hokusai.UsageStats, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.Consumer != "" {
		c, err := NormalizeAddress("consumer", f.Consumer)
		if err != nil {
			return nil, err
		}
		where, args = append(where, "consumer = ?"), append(args, c)
	}
	if f.ModelID != nil {
		where, args = append(where, "model_id = ?"), append(args, int64(*f.ModelID))
	}
	if !f.From.IsZero() {
		where, args = append(where, "created_at >= ?"), append(args, f.From.UnixNano())
	}
	if !f.To.IsZero() {
		where, args = append(where, "created_at < ?"), append(args, f.To.UnixNano())
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return nil, hokusai.FieldErrorf("to", "The time range is empty: `to` (%s) must be after `from` (%s).", f.To.Format(time.RFC3339), f.From.Format(time.RFC3339))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT model_id, SUM(calls), SUM(amount) FROM ledger_usage WHERE `+
		strings.Join(where, " AND ")+` GROUP BY model_id ORDER BY model_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("usage: %w", err)
	}
	defer rows.Close()
	out := []hokusai.UsageStats{}
	for rows.Next() {
		var m, calls, amount int64
		if err := rows.Scan(&m, &calls, &amount); err != nil {
			return nil, fmt.Errorf("usage: %w", err)
		}
		out = append(out, hokusai.UsageStats{ModelID: uint64(m), Calls: uint64(calls), Amount: amount})
	}
	return out, rows.Err()
}
