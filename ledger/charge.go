package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// The charge path. A call's charge is checked against the consumer's
// spendable credit and written (its usage row and the debit of the
// consumer's running total) in one transaction, durable before the call is
// answered. Concurrent charges share a transaction and a disk sync (group
// commit), and the next group's transaction runs while the previous one
// waits for the disk (see sqlite.WALSync).
//
// Inside the write lock the service keeps the accounts it has read, so a
// charge costs one INSERT and, per consumer per group, one UPDATE. The
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
	lead chan struct{} // closed when this op must lead the next group
}

// Charge implements hokusai.LedgerService. Errors: EINVALID (a malformed
// charge), ECREDITS, ECONFLICT.
func (s *Service) Charge(ctx context.Context, c hokusai.Charge) (*hokusai.ChargeResult, error) {
	var err error
	if c.Consumer, err = s.addrs.normalize("consumer", c.Consumer); err != nil {
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

	seq := s.commitCharges(ctx, group)

	s.qmu.Lock()
	if len(s.queue) > 0 {
		close(s.queue[0].lead)
	} else {
		s.leading = false
	}
	s.qmu.Unlock()

	// The next group's transaction runs while this one waits for the disk;
	// no charge is answered before its commit is durable.
	err = nil
	if seq > 0 {
		err = s.sync(seq)
	}
	for _, op := range group {
		if err != nil && op.err == nil {
			op.res, op.err = nil, err
		}
		close(op.done)
	}
	return op.res, op.err
}

// commitCharges writes a group of charges in one transaction and returns
// the commit's sequence number for s.sync (0 when nothing committed). When
// the transaction fails, each charge is retried alone, so one bad charge
// fails only itself.
func (s *Service) commitCharges(ctx context.Context, group []*chargeOp) uint64 {
	var added int64
	seq, err := s.commit(ctx, true, func(ctx context.Context, q querier) error {
		added = 0
		if err := s.checkDataVersion(ctx, q); err != nil {
			return err
		}
		debits := make(map[string]int64, len(group))
		for _, op := range group {
			op.res, op.err = s.chargeOne(ctx, q, op.c)
			if op.err != nil && hokusai.ErrorCode(op.err) == hokusai.EINTERNAL {
				return op.err
			}
			if op.err == nil && !op.res.Replayed && op.c.Amount > 0 {
				added += op.c.Amount
				debits[op.c.Consumer] += op.c.Amount
			}
		}
		for consumer, amount := range debits {
			if _, err := q.ExecContext(ctx, `INSERT INTO ledger_accounts (consumer, unsettled) VALUES (?, ?)
				ON CONFLICT (consumer) DO UPDATE SET unsettled = unsettled + excluded.unsettled`, consumer, amount); err != nil {
				return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not debit %s: %v.", consumer, err)
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
	s.noteUnbatched(added)
	return seq
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

// checkDataVersion drops the account cache when another connection has
// committed since this one last looked. Runs under the write lock.
func (s *Service) checkDataVersion(ctx context.Context, q querier) error {
	var v int64
	if err := q.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The ledger could not read the database's data version: %v.", err)
	}
	if v != s.dataVersion {
		clear(s.accounts)
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

// cachedAccount returns the consumer's account, read once per cache life.
// Runs under the write lock.
func (s *Service) cachedAccount(ctx context.Context, q querier, consumer string) (account, error) {
	if a, ok := s.accounts[consumer]; ok {
		return a, nil
	}
	a, err := readAccount(ctx, q, consumer)
	if err != nil {
		return account{}, err
	}
	if len(s.accounts) >= maxCachedAccounts {
		clear(s.accounts)
	}
	s.accounts[consumer] = a
	return a, nil
}

// maxCachedAccounts bounds the account cache; past it the cache starts
// again empty.
const maxCachedAccounts = 100_000

// chargeOne checks and records one charge inside the caller's transaction;
// the caller debits the consumer's running total once per group. Store
// failures are returned as EINTERNAL so the group rolls back.
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
	a, err := s.cachedAccount(ctx, q, c.Consumer)
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
	left := spendable - c.Amount
	if c.IdempotencyKey != "" {
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_idempotency (consumer, idem_key, request_hash, usage_id, response, spendable, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Consumer, c.IdempotencyKey, c.RequestHash, id, c.Response, left, now); err != nil {
			return nil, internal("record the idempotency key", err)
		}
	}
	a.unsettled += c.Amount
	s.accounts[c.Consumer] = a
	return &hokusai.ChargeResult{UsageID: id, Spendable: left, CreatedAt: time.Unix(0, now).UTC()}, nil
}
