package postgres

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/hokusai-protocol/hokusai"
)

// The charge path. A charge is one statement: the conditional debit of
// the consumer's row and the insert of its usage row (chargeSQL). The row
// lock a debit takes is held until its transaction commits, so charges of
// one consumer are ordered by commits, across every replica. To make a
// commit (and its WAL flush) serve many charges, a process group-commits:
// callers queue, and a few committers each send up to maxGroup queued
// charges to the server at once (one pgx batch: one round trip, one
// implicit transaction, one commit), sorted by consumer so that groups
// from any process take their row locks in the same order and cannot
// deadlock. A group that fails is rolled back as a whole by the server,
// and its charges are then made one by one, so one bad charge fails only
// itself. Charges with an idempotency key run in their own transaction
// (ledger.go).

// maxGroup bounds how many charges share one transaction.
const maxGroup = 256

// defaultCommitters is how many groups a process has in flight at once.
const defaultCommitters = 4

// chargeSQL debits a consumer's spendable credit when it covers the
// amount and records the usage row, in one statement. It answers the new
// usage id and spendable credit, both NULL when the credit does not cover
// the amount, and the spendable credit before the statement.
const chargeSQL = `WITH d AS (
		UPDATE ledger_accounts SET unsettled = unsettled + $5
		WHERE consumer = $1 AND ` + spendableSQL + ` >= $5
		RETURNING ` + spendableSQL + ` AS rest),
	i AS (
		INSERT INTO ledger_usage (consumer, model_id, key_id, calls, amount, created_at, settled)
		SELECT $1, $2, $3, $4, $5, $6, 0 FROM d
		RETURNING id)
	SELECT (SELECT id FROM i), (SELECT rest FROM d),
		COALESCE((SELECT ` + spendableSQL + ` FROM ledger_accounts WHERE consumer = $1), 0)`

// freeSQL records a free call (nothing to debit or settle) and reads the
// consumer's spendable credit, locking nothing; same answer as chargeSQL.
const freeSQL = `WITH i AS (
		INSERT INTO ledger_usage (consumer, model_id, key_id, calls, amount, created_at, settled)
		VALUES ($1, $2, $3, $4, 0, $5, 1)
		RETURNING id),
	s AS (SELECT COALESCE((SELECT ` + spendableSQL + ` FROM ledger_accounts WHERE consumer = $1), 0) AS spendable)
	SELECT (SELECT id FROM i), (SELECT spendable FROM s), (SELECT spendable FROM s)`

// chargeArgs is the statement and arguments of a charge.
func chargeArgs(c hokusai.Charge, now int64) (string, []any) {
	if c.Amount == 0 {
		return freeSQL, []any{c.Consumer, int64(c.ModelID), c.KeyID, int64(c.Calls), now}
	}
	return chargeSQL, []any{c.Consumer, int64(c.ModelID), c.KeyID, int64(c.Calls), c.Amount, now}
}

// chargeAnswer is what chargeSQL and freeSQL answer.
type chargeAnswer struct {
	id, rest  *int64
	spendable int64
}

// result turns a statement's answer into the charge's result.
func (a chargeAnswer) result(c hokusai.Charge, now int64) (*hokusai.ChargeResult, error) {
	if a.id == nil || a.rest == nil {
		return nil, hokusai.Errorf(hokusai.ECREDITS, "%s has %s USDC of spendable credit and this call costs %s USDC; deposit more with `hokusai credits deposit --usdc N`.",
			c.Consumer, hokusai.FormatUnits(big.NewInt(max(a.spendable, 0)), 6), hokusai.FormatUnits(big.NewInt(c.Amount), 6))
	}
	return &hokusai.ChargeResult{UsageID: *a.id, Spendable: *a.rest, CreatedAt: time.Unix(0, now).UTC()}, nil
}

// queryRower is what *sql.DB and *sql.Tx share for single-row queries.
type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// debit makes one charge on q, alone.
func debit(ctx context.Context, q queryRower, c hokusai.Charge, now int64) (*hokusai.ChargeResult, error) {
	stmt, args := chargeArgs(c, now)
	var a chargeAnswer
	if err := q.QueryRowContext(ctx, stmt, args...).Scan(&a.id, &a.rest, &a.spendable); err != nil {
		return nil, fmt.Errorf("charge: %w", err)
	}
	return a.result(c, now)
}

// chargeOp is one charge waiting for a group commit.
type chargeOp struct {
	c    hokusai.Charge
	now  int64
	res  *hokusai.ChargeResult
	err  error
	done chan struct{} // closed when res/err are set
}

// chargeQueue holds the charges waiting for a committer.
type chargeQueue struct {
	mu      sync.Mutex
	queue   []*chargeOp
	closed  bool
	started bool
	wake    chan struct{} // a charge was queued
	running sync.WaitGroup
}

// groupCharge queues an unkeyed charge for a group commit and waits for
// its answer; the answer comes once the group is durable, even when the
// caller has gone (the charge may be committed).
func (s *LedgerStore) groupCharge(c hokusai.Charge, now int64) (*hokusai.ChargeResult, error) {
	op := &chargeOp{c: c, now: now, done: make(chan struct{})}
	q := &s.charges
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The ledger is shut down; the call was not charged.")
	}
	if !q.started {
		q.started = true
		n := cmp.Or(s.Committers, defaultCommitters)
		q.wake = make(chan struct{}, n)
		q.running.Add(n)
		for range n {
			go s.commitLoop()
		}
	}
	q.queue = append(q.queue, op)
	select {
	case q.wake <- struct{}{}:
	default: // committers are awake
	}
	q.mu.Unlock()
	<-op.done
	return op.res, op.err
}

// commitLoop commits queued charges, up to maxGroup per transaction,
// until the queue is closed and empty.
func (s *LedgerStore) commitLoop() {
	q := &s.charges
	defer q.running.Done()
	for range q.wake {
		for {
			q.mu.Lock()
			n := min(len(q.queue), maxGroup)
			group := q.queue[:n:n]
			q.queue = q.queue[n:]
			more := len(q.queue) > 0
			q.mu.Unlock()
			if n == 0 {
				break
			}
			if more {
				select {
				case q.wake <- struct{}{}: // another committer takes the rest
				default:
				}
			}
			s.commitGroup(group)
		}
	}
}

// commitGroup makes a group's charges in one transaction and answers them.
func (s *LedgerStore) commitGroup(group []*chargeOp) {
	ctx := context.Background()
	ops := slices.Clone(group)
	slices.SortStableFunc(ops, func(a, b *chargeOp) int { return cmp.Compare(a.c.Consumer, b.c.Consumer) })
	if err := s.sendGroup(ctx, ops); err != nil {
		var pe *pgconn.PgError
		for _, op := range ops {
			if errors.As(err, &pe) {
				// The server refused a statement and rolled the whole
				// group back: charge one by one.
				op.res, op.err = debit(ctx, s.db, op.c, op.now)
			} else {
				// The outcome is unknown (the connection failed): do not
				// charge again.
				op.res, op.err = nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The ledger's database did not confirm the charge (%v); the call may have been charged.", err)
			}
		}
	}
	for _, op := range ops {
		close(op.done)
	}
}

// sendGroup sends the charges as one pgx batch: the server runs them in
// one implicit transaction and commits it before the batch's answer ends.
func (s *LedgerStore) sendGroup(ctx context.Context, ops []*chargeOp) error {
	if len(ops) == 1 {
		op := ops[0]
		stmt, args := chargeArgs(op.c, op.now)
		var a chargeAnswer
		if err := s.db.QueryRowContext(ctx, stmt, args...).Scan(&a.id, &a.rest, &a.spendable); err != nil {
			return err
		}
		op.res, op.err = a.result(op.c, op.now)
		return nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	answers := make([]chargeAnswer, len(ops))
	err = conn.Raw(func(dc any) error {
		pc, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("charge group: the driver connection is a %T, not pgx", dc)
		}
		b := &pgx.Batch{}
		for _, op := range ops {
			stmt, args := chargeArgs(op.c, op.now)
			b.Queue(stmt, args...)
		}
		br := pc.Conn().SendBatch(ctx, b)
		for i := range ops {
			if err := br.QueryRow().Scan(&answers[i].id, &answers[i].rest, &answers[i].spendable); err != nil {
				br.Close()
				return err
			}
		}
		return br.Close()
	})
	if err != nil {
		return fmt.Errorf("charge group: %w", err)
	}
	for i, op := range ops {
		op.res, op.err = answers[i].result(op.c, op.now)
	}
	return nil
}

// stopCharges lets queued charges finish and stops the committers.
func (s *LedgerStore) stopCharges() {
	q := &s.charges
	q.mu.Lock()
	already := q.closed
	q.closed = true
	started := q.started
	if started && !already {
		close(q.wake) // committers drain the queue, then return
	}
	q.mu.Unlock()
	if started {
		q.running.Wait()
	}
}
