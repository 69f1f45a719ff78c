package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// The charge path. A call's charge is checked against the consumer's
// spendable credit and written in one transaction, durable before the call
// is answered. Concurrent charges share a transaction and a disk sync
// (group commit), and the next group's transaction runs while the previous
// one waits for the disk (see WALSync).
//
// A charge writes one row: its usage. The debit is that row until fold
// (ledger_fold.go) adds it, with the rest of the tail, to the consumer's running
// total. Inside the write lock the service keeps the accounts it has read
// (running total plus tail), so the spendable check reads nothing. The
// cache is dropped whenever anything else writes: another transaction of
// this service (deposits, settlement), a group that rolls back, or any
// other connection, in this process or another (SQLite's data_version).

// maxGroup bounds how many charges share one commit.
const maxGroup = 256

// chargeOp is one charge waiting for a group commit.
type chargeOp struct {
	c    hokusai.Charge
	res  *hokusai.ChargeResult
	err  error
	done chan struct{} // closed when res/err are set
}

// committed is a group written but not yet on disk.
type committed struct {
	seq   uint64 // 0 when nothing was committed
	group []*chargeOp
}

// pipeline runs the charge path: one goroutine commits the queued charges
// group after group, with no hand-off between callers, while a second one
// syncs what it committed and answers the callers. The hand-over between
// the two is unbuffered: one group is synced while the next is committed,
// and the committer waits rather than run further ahead, so the queue
// grows while the disk works and the busier the ledger, the larger its
// groups.
type pipeline struct {
	mu      sync.Mutex
	queue   []*chargeOp
	closed  bool
	started bool
	wake    chan struct{}  // a charge was queued
	synced  chan committed // committed groups, in commit order
	stopped chan struct{}  // closed when both goroutines have returned

	groups, charges, syncs atomic.Uint64 // for CommitStats
}

// CommitStats says how the charge path has grouped its work since the
// service started: the charges it took up (refused ones included), the
// transactions (groups) it took them up in, and the disk syncs that made
// the groups durable.
func (s *LedgerStore) CommitStats() (charges, groups, syncs uint64) {
	return s.pipe.charges.Load(), s.pipe.groups.Load(), s.pipe.syncs.Load()
}

// Charge implements hokusai.LedgerStore; c is validated and its consumer
// checksummed. Errors: ECREDITS, ECONFLICT, EUNAVAILABLE (the store is
// closed).
func (s *LedgerStore) Charge(ctx context.Context, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	op := &chargeOp{c: c, done: make(chan struct{})}
	p := &s.pipe
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The ledger is shut down; the call was not charged.")
	}
	if !p.started {
		p.started = true
		p.wake = make(chan struct{}, 1)
		p.synced = make(chan committed)
		p.stopped = make(chan struct{})
		go s.commitLoop()
	}
	p.queue = append(p.queue, op)
	select {
	case p.wake <- struct{}{}:
	default: // the committer is already awake
	}
	p.mu.Unlock()
	// The charge is answered once durable, even if the caller has gone:
	// it may already be committed.
	<-op.done
	return op.res, op.err
}

// commitLoop commits queued charges, up to maxGroup per transaction, and
// hands each committed group to syncLoop.
func (s *LedgerStore) commitLoop() {
	p := &s.pipe
	syncDone := make(chan struct{})
	go func() {
		s.syncLoop()
		close(syncDone)
	}()
	defer func() {
		close(p.synced)
		<-syncDone
		close(p.stopped)
	}()
	ctx := context.Background()
	for range p.wake {
		for {
			p.mu.Lock()
			n := min(len(p.queue), maxGroup)
			group := p.queue[:n:n]
			p.queue = p.queue[n:]
			closed := p.closed
			p.mu.Unlock()
			if n == 0 {
				if closed {
					return
				}
				break
			}
			p.groups.Add(1)
			p.charges.Add(uint64(n))
			p.synced <- committed{seq: s.commitCharges(ctx, group), group: group}
			if len(group) > 1 {
				// Others are calling: let the callers already running
				// reach the queue, so the next group is larger (a
				// commit_delay that costs nothing when the CPU is idle).
				runtime.Gosched()
			}
		}
	}
}

// syncLoop makes committed groups durable (one disk sync for all the
// groups waiting) and answers their callers.
func (s *LedgerStore) syncLoop() {
	p := &s.pipe
	var waiting []committed
	for first := range p.synced {
		waiting = append(waiting[:0], first)
	drain:
		for {
			select {
			case c, ok := <-p.synced:
				if !ok {
					break drain
				}
				waiting = append(waiting, c)
			default:
				break drain
			}
		}
		var seq uint64
		for _, c := range waiting {
			seq = max(seq, c.seq)
		}
		var err error
		if seq > 0 {
			p.syncs.Add(1)
			err = s.sync(seq)
		}
		for _, c := range waiting {
			for _, op := range c.group {
				if err != nil && op.err == nil {
					op.res, op.err = nil, err
				}
				close(op.done)
			}
		}
	}
}

// stopPipeline lets queued charges finish and stops the charge goroutines.
func (s *LedgerStore) stopPipeline() {
	p := &s.pipe
	p.mu.Lock()
	already := p.closed
	p.closed = true
	started := p.started
	if started && !already {
		close(p.wake) // commitLoop drains the queue, then returns
	}
	p.mu.Unlock()
	if started {
		<-p.stopped
	}
}

// commitCharges writes a group of charges in one transaction and returns
// the commit's sequence number for s.sync (0 when nothing committed). When
// the transaction fails, each charge is retried alone, so one bad charge
// fails only itself.
func (s *LedgerStore) commitCharges(ctx context.Context, group []*chargeOp) uint64 {
	seq, err := s.commit(ctx, true, func(ctx context.Context, q querier) error {
		if err := s.checkDataVersion(ctx, q); err != nil {
			return err
		}
		s.rows = s.rows[:0]
		for _, op := range group {
			op.res, op.err = s.chargeOne(ctx, q, op.c)
			if op.err != nil && hokusai.ErrorCode(op.err) == hokusai.EINTERNAL {
				return op.err
			}
			if op.err == nil && !op.res.Replayed {
				s.unfolded++
			}
		}
		if err := s.insertUsage(ctx, q); err != nil {
			return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not record the usage: %v.", err)
		}
		if s.unfolded >= cmp.Or(s.FoldEvery, foldEvery) {
			if err := s.fold(ctx, q); err != nil {
				return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not fold its usage: %v.", err)
			}
		}
		return nil
	})
	if err != nil && len(group) > 1 {
		for _, op := range group {
			seq = max(seq, s.commitCharges(ctx, []*chargeOp{op}))
		}
		return seq
	}
	if err != nil {
		group[0].res, group[0].err = nil, err
		return 0
	}
	return seq
}

// checkDataVersion drops the account cache when another connection has
// committed since this one last looked. Runs under the write lock.
func (s *LedgerStore) checkDataVersion(ctx context.Context, q querier) error {
	var v int64
	if err := q.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not read the database's data version: %v.", err)
	}
	if v != s.dataVersion {
		s.dropCache()
		s.dataVersion = v
	}
	return nil
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

// cachedAccount returns the consumer's account, its unfolded debit
// included, read once per cache life. Runs under the write lock.
func (s *LedgerStore) cachedAccount(ctx context.Context, q querier, consumer string) (account, error) {
	if a, ok := s.accounts[consumer]; ok {
		return a, nil
	}
	if s.tail == nil {
		if err := s.loadTail(ctx, q); err != nil {
			return account{}, err
		}
	}
	a, err := readAccount(ctx, q, consumer)
	if err != nil {
		return account{}, err
	}
	a.unsettled += s.tail[consumer]
	if len(s.accounts) >= maxCachedAccounts {
		clear(s.accounts) // the tail stays: it is exact on its own
	}
	s.accounts[consumer] = a
	return a, nil
}

// dropCache forgets the cached accounts, tail and next usage id; the next
// charge reads them again.
func (s *LedgerStore) dropCache() {
	clear(s.accounts)
	s.tail, s.hours = nil, nil
	s.nextID = 0
}

// usageCols is how many values one usage row takes in s.rows.
const usageCols = 8

// insertChunks are the row counts of the prepared multi-row INSERTs a
// group's usage is written with, largest first.
var insertChunks = []int{64, 16, 4, 1}

// insertSQL holds the multi-row INSERT for each chunk size.
var insertSQL = func() map[int]string {
	m := map[int]string{}
	for _, n := range insertChunks {
		m[n] = `INSERT INTO ledger_usage (id, consumer, model_id, key_id, calls, amount, created_at, settled) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?), ", n), ", ")
	}
	return m
}()

// insertUsage writes the group's usage rows (s.rows), a few statements for
// the whole group rather than one per charge.
func (s *LedgerStore) insertUsage(ctx context.Context, q querier) error {
	rows := s.rows
	for len(rows) > 0 {
		n := len(rows) / usageCols
		for _, c := range insertChunks {
			if c <= n {
				n = c
				break
			}
		}
		if _, err := q.ExecContext(ctx, insertSQL[n], rows[:n*usageCols]...); err != nil {
			return err
		}
		rows = rows[n*usageCols:]
	}
	return nil
}

// maxCachedAccounts bounds the account cache; past it the cache starts
// again empty.
const maxCachedAccounts = 100_000

// chargeOne checks and records one charge inside the caller's transaction.
// Store failures are returned as EINTERNAL so the group rolls back.
func (s *LedgerStore) chargeOne(ctx context.Context, q querier, c hokusai.Charge) (*hokusai.ChargeResult, error) {
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
		case err == nil && created < s.nowNanos()-int64(s.idempotencyTTL()):
			// The window has passed: the key is free again.
			if _, err := q.ExecContext(ctx, `DELETE FROM ledger_idempotency WHERE consumer = ? AND idem_key = ?`, c.Consumer, c.IdempotencyKey); err != nil {
				return nil, internal("release an expired idempotency key", err)
			}
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
	a, err := s.cachedAccount(ctx, q, c.Consumer)
	if err != nil {
		return nil, internal("read the balance", err)
	}
	spendable := a.spendable()
	if c.Amount > 0 && spendable < c.Amount {
		return nil, hokusai.Errorf(hokusai.ECREDITS, "%s has %s USDC of spendable credit and this call costs %s USDC; deposit more with `hokusai credits deposit --usdc N`.",
			c.Consumer, hokusai.FormatUnits(big.NewInt(max(spendable, 0)), 6), hokusai.FormatUnits(big.NewInt(c.Amount), 6))
	}
	now := s.nowNanos()
	settled := 0
	if c.Amount == 0 {
		settled = 1 // nothing to pay
	}
	if s.nextID == 0 {
		if err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_usage`).Scan(&s.nextID); err != nil {
			return nil, internal("number the usage", err)
		}
	}
	id := s.nextID
	s.nextID++
	s.rows = append(s.rows, id, c.Consumer, int64(c.ModelID), c.KeyID, int64(c.Calls), c.Amount, now, settled)
	left := spendable - c.Amount
	if c.IdempotencyKey != "" {
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_idempotency (consumer, idem_key, request_hash, usage_id, response, spendable, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Consumer, c.IdempotencyKey, c.RequestHash, id, c.Response, left, now); err != nil {
			return nil, internal("record the idempotency key", err)
		}
	}
	a.unsettled += c.Amount
	s.accounts[c.Consumer] = a
	s.noteTail(id, now, c)
	return &hokusai.ChargeResult{UsageID: id, Spendable: left, CreatedAt: time.Unix(0, now).UTC()}, nil
}
