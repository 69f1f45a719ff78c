package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// The credits ledger on SQLite: tables ledger_*, their own migrations
// (migrations/ledger, version table ledger_goose_version) on the shared
// database file. See ledger/README.md for the money flow and what always
// holds.

//go:embed migrations/ledger/*.sql
var ledgerMigrationsFS embed.FS

func (s *LedgerStore) idempotencyTTL() time.Duration {
	return cmp.Or(s.IdempotencyTTL, hokusai.DefaultIdempotencyTTL)
}

// LedgerVersionTable is the goose version table of the ledger's
// migrations; existing data directories keep theirs.
const LedgerVersionTable = "ledger_goose_version"

// LedgerStore is the SQLite hokusai.LedgerStore. Every write runs in one
// BEGIN IMMEDIATE transaction, so the spendable check and the insert of a
// charge cannot interleave with another writer (in this process or
// another one sharing the file). Concurrent charges are group-committed:
// one transaction and one disk sync for all the charges queued at that
// moment, the sync made outside the write lock (ledger_charge.go).
type LedgerStore struct {
	db  *sql.DB
	sdb *DB // for its clock

	wmu   sync.Mutex // one writer transaction at a time in this process
	wal   *WALSync
	wconn *sql.Conn // the write connection, held between writes
	stmts map[string]*sql.Stmt
	// accounts caches the running totals read under wmu, each with its
	// consumer's unfolded debit in tail (see ledger_charge.go and ledger_fold.go); nil
	// tail means not read yet. unfolded counts charges since the last
	// fold; dataVersion is the database's data_version when the cache
	// was filled.
	accounts map[string]account
	tail     map[string]int64
	// hours sums the tail for the hourly statistics and tailLast is its
	// last usage id, both kept while every row of the tail was written
	// under this cache; nil hours means unknown (fold reads the tail).
	hours       map[hourKey]hourSums
	tailLast    int64
	unfolded    int
	dataVersion int64
	// nextID numbers the next usage row (0: read it again); rows holds a
	// group's usage rows until they are inserted together.
	nextID int64
	rows   []any

	pipe pipeline // the charge path (ledger_charge.go)

	// IdempotencyTTL is how long an idempotency key answers retries with
	// the first answer; 0 means DefaultIdempotencyTTL. Older keys are free
	// again and are swept when the ledger folds.
	IdempotencyTTL time.Duration

	// FoldEvery is how many charges this process makes before it folds the
	// usage tail inside a charge group; 0 means 16384.
	FoldEvery int
}

var _ hokusai.LedgerStore = (*LedgerStore)(nil)

// NewLedgerStore migrates the ledger's tables in db (already open) and
// returns the store.
func NewLedgerStore(ctx context.Context, db *DB) (*LedgerStore, error) {
	sub, err := fs.Sub(ledgerMigrationsFS, "migrations/ledger")
	if err != nil {
		return nil, fmt.Errorf("ledger migrate: %w", err)
	}
	if err := db.Migrate(ctx, LedgerVersionTable, sub); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	return &LedgerStore{db: db.SQL(), sdb: db, wal: db.WALSync(), accounts: map[string]account{}}, nil
}

// LedgerMigrations returns the ledger's migrations, for tests that build
// an older schema.
func LedgerMigrations() fs.FS {
	sub, err := fs.Sub(ledgerMigrationsFS, "migrations/ledger")
	if err != nil {
		panic(err) // the directory is embedded
	}
	return sub
}

func (s *LedgerStore) nowNanos() int64 {
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

// write runs fn in one BEGIN IMMEDIATE transaction, commits it and
// returns once the commit is on disk.
func (s *LedgerStore) write(ctx context.Context, fn func(ctx context.Context, q querier) error) error {
	seq, err := s.commit(ctx, false, fn)
	if err != nil {
		return err
	}
	return s.sync(seq)
}

// sync waits until the commit numbered seq is durable.
func (s *LedgerStore) sync(seq uint64) error {
	if err := s.wal.Sync(seq); err != nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not make its writes durable: %v.", err)
	}
	return nil
}

// commit runs fn in one BEGIN IMMEDIATE transaction and commits it without
// waiting for the disk (the write connection runs with
// synchronous=NORMAL); the caller must sync the returned sequence number
// before telling anyone the write happened. The transaction is not tied
// to ctx's cancellation: a caller that goes away must not abort a commit
// shared with others. Writes use one connection held for the service's
// life, with its statements prepared once. Only charge groups keep the
// account cache; any other write, and any transaction that fails, drops
// it.
func (s *LedgerStore) commit(ctx context.Context, charges bool, fn func(ctx context.Context, q querier) error) (seq uint64, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer func() {
		if err != nil || !charges {
			s.dropCache()
		}
	}()
	ctx = context.WithoutCancel(ctx)
	if s.wconn == nil {
		if err := s.openConn(ctx); err != nil {
			return 0, err
		}
	}
	q := &stmtCache{conn: s.wconn, stmts: s.stmts}
	if _, err := q.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		s.dropConn()
		return 0, fmt.Errorf("ledger begin: %w", err)
	}
	if !charges {
		// Every other write sees exact running totals.
		if err := s.fold(ctx, q); err != nil {
			s.rollback(ctx)
			return 0, err
		}
	}
	if err := fn(ctx, q); err != nil {
		s.rollback(ctx)
		return 0, err
	}
	if _, err := q.ExecContext(ctx, "COMMIT"); err != nil {
		s.rollback(ctx)
		return 0, fmt.Errorf("ledger commit: %w", err)
	}
	return s.wal.Committed(), nil
}

// rollback ends the open transaction; a connection that cannot roll back
// is dropped.
func (s *LedgerStore) rollback(ctx context.Context) {
	if _, err := s.wconn.ExecContext(ctx, "ROLLBACK"); err != nil {
		s.dropConn()
	}
}

// openConn takes the write connection from the pool and sets it to
// synchronous=NORMAL: its commits are made durable by s.wal, outside the
// write lock. Only this connection runs so; dropConn discards it rather
// than hand it back to the pool.
func (s *LedgerStore) openConn(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("ledger conn: %w", err)
	}
	s.wconn, s.stmts = conn, map[string]*sql.Stmt{}
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous = NORMAL"); err != nil {
		s.dropConn()
		return fmt.Errorf("ledger conn: %w", err)
	}
	return nil
}

// dropConn forgets the write connection (after it failed) so the next
// write opens a fresh one.
func (s *LedgerStore) dropConn() {
	for _, st := range s.stmts {
		_ = st.Close()
	}
	if s.wconn != nil {
		// Discard the connection (it runs synchronous=NORMAL) instead of
		// returning it to the pool.
		_ = s.wconn.Raw(func(any) error { return driver.ErrBadConn })
		_ = s.wconn.Close()
	}
	s.wconn, s.stmts = nil, nil
}

// Close finishes the charges already queued, refuses new ones and releases
// the write connection; the database itself stays open.
func (s *LedgerStore) Close() error {
	s.stopPipeline()
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.dropConn()
	return s.wal.Close()
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

// Credits implements hokusai.LedgerStore.
func (s *LedgerStore) Credits(ctx context.Context, consumer string) (*hokusai.Credits, error) {
	// The running total plus the unfolded tail, in one statement.
	var a account
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(a.deposited, 0), COALESCE(a.withdrawn, 0), COALESCE(a.pending_withdrawal, 0),
			COALESCE(a.settled, 0), COALESCE(a.unsettled, 0) + t.amount
		FROM (SELECT COALESCE(SUM(amount), 0) AS amount FROM ledger_usage WHERE `+tailSQL+` AND consumer = ?1) t
		LEFT JOIN ledger_accounts a ON a.consumer = ?1`, consumer).
		Scan(&a.deposited, &a.withdrawn, &a.pending, &a.settled, &a.unsettled)
	if err != nil {
		return nil, fmt.Errorf("credits: %w", err)
	}
	return &hokusai.Credits{
		Consumer: consumer, Deposited: a.deposited, Withdrawn: a.withdrawn, PendingWithdrawal: a.pending,
		Settled: a.settled, Unsettled: a.unsettled, Spendable: a.spendable(),
	}, nil
}

// Usage implements hokusai.LedgerStore: calls and fees per model, from
// the hourly statistics plus the unfolded tail, with the range widened to
// whole hours (UsageFilter.Hourly). Errors: EINVALID.
func (s *LedgerStore) Usage(ctx context.Context, f hokusai.UsageFilter) ([]hokusai.UsageStats, error) {
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return nil, hokusai.FieldErrorf("to", "The time range is empty: `to` (%s) must be after `from` (%s).", f.To.Format(time.RFC3339), f.From.Format(time.RFC3339))
	}
	f = f.Hourly()
	// Conditions on the hourly table (h) and on the tail (u), with the
	// same arguments.
	var hw, uw []string
	var hargs, uargs []any
	if f.Consumer != "" {
		c := f.Consumer
		hw, uw = append(hw, "consumer = ?"), append(uw, "consumer = ?")
		hargs, uargs = append(hargs, c), append(uargs, c)
	}
	if f.ModelID != nil {
		hw, uw = append(hw, "model_id = ?"), append(uw, "model_id = ?")
		hargs, uargs = append(hargs, int64(*f.ModelID)), append(uargs, int64(*f.ModelID))
	}
	if !f.From.IsZero() {
		hw, uw = append(hw, "hour >= ?"), append(uw, "created_at >= ?")
		hargs, uargs = append(hargs, f.From.UnixNano()/hourNanos), append(uargs, f.From.UnixNano())
	}
	if !f.To.IsZero() {
		hw, uw = append(hw, "hour < ?"), append(uw, "created_at < ?")
		hargs, uargs = append(hargs, f.To.UnixNano()/hourNanos), append(uargs, f.To.UnixNano())
	}
	where := func(conds []string) string {
		if len(conds) == 0 {
			return ""
		}
		return " AND " + strings.Join(conds, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT model_id, SUM(calls), SUM(amount) FROM (
			SELECT model_id, calls, amount FROM ledger_usage_hourly WHERE 1 = 1`+where(hw)+`
			UNION ALL
			SELECT model_id, calls, amount FROM ledger_usage WHERE `+tailSQL+where(uw)+`)
		GROUP BY model_id ORDER BY model_id`, append(hargs, uargs...)...)
	if err != nil {
		return nil, fmt.Errorf("usage: %w", err)
	}
	return storecodec.ScanUsageStats(rows)
}
