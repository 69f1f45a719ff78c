package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// TxStore is the PostgreSQL implementation of hokusai.TxStore. Nonces are
// given out under a transaction-scoped advisory lock on the sender, which
// holds across every replica sharing the database.
type TxStore struct {
	db *DB
}

// NewTxStore returns a TxStore over db.
func NewTxStore(db *DB) *TxStore { return &TxStore{db: db} }

var _ hokusai.TxStore = (*TxStore)(nil)

const txColumns = `id, idempotency_key, chain_id, from_address, to_address, data, value, gas_limit, state, nonce, error,
	receipt_hash, receipt_block, receipt_block_hash, receipt_status, receipt_gas_used, created_at, updated_at`

// CreateTx implements hokusai.TxStore.
func (s *TxStore) CreateTx(ctx context.Context, tx *hokusai.Tx) (*hokusai.Tx, bool, error) {
	if err := tx.Validate(); err != nil {
		return nil, false, err
	}
	value := tx.Value
	if value == nil {
		value = new(big.Int)
	}
	now := s.db.now().UnixNano()
	res, err := s.db.db.ExecContext(ctx, `INSERT INTO txs (idempotency_key, chain_id, from_address, to_address, data, value, gas_limit, state, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, 'unstarted', $8, $9) ON CONFLICT (chain_id, from_address, idempotency_key) DO NOTHING`,
		tx.IdempotencyKey, int64(tx.ChainID), tx.From, tx.To, storecodec.NonNil(tx.Data), value.String(), int64(tx.GasLimit), now, now)
	if err != nil {
		return nil, false, fmt.Errorf("create tx: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return nil, false, fmt.Errorf("create tx: %w", err)
	}
	stored, err := s.FindTxByKey(ctx, tx.ChainID, tx.From, tx.IdempotencyKey)
	if err != nil {
		return nil, false, err
	}
	return stored, n == 1, nil
}

// FindTxByID implements hokusai.TxStore.
func (s *TxStore) FindTxByID(ctx context.Context, id int64) (*hokusai.Tx, error) {
	tx, err := storecodec.ScanTx(s.db.db.QueryRowContext(ctx, `SELECT `+txColumns+` FROM txs WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No transaction has id %d.", id)
	}
	return tx, err
}

// FindTxByKey implements hokusai.TxStore.
func (s *TxStore) FindTxByKey(ctx context.Context, chainID uint64, from, key string) (*hokusai.Tx, error) {
	tx, err := storecodec.ScanTx(s.db.db.QueryRowContext(ctx, `SELECT `+txColumns+` FROM txs WHERE chain_id = $1 AND from_address = $2 AND idempotency_key = $3`, int64(chainID), from, key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Sender %s has no transaction with idempotency key %q on chain %d.", from, key, chainID)
	}
	return tx, err
}

// StartTx implements hokusai.TxStore.
func (s *TxStore) StartTx(ctx context.Context, id int64, floor func() (uint64, error), sign func(nonce uint64) (*hokusai.TxAttempt, error)) (*hokusai.Tx, error) {
	err := s.immediate(ctx, func(conn *sql.Tx) error {
		if err := lockSenderOf(ctx, conn, id); err != nil {
			return err
		}
		tx, err := storecodec.ScanTx(conn.QueryRowContext(ctx, `SELECT `+txColumns+` FROM txs WHERE id = $1 FOR UPDATE`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return hokusai.Errorf(hokusai.ENOTFOUND, "No transaction has id %d.", id)
		}
		if err != nil {
			return err
		}
		if tx.State != hokusai.TxUnstarted {
			return nil
		}
		var top sql.NullInt64
		if err := conn.QueryRowContext(ctx, `SELECT MAX(nonce) FROM txs WHERE chain_id = $1 AND from_address = $2 AND state IN ('in_progress', 'unconfirmed')`, int64(tx.ChainID), tx.From).Scan(&top); err != nil {
			return fmt.Errorf("next nonce: %w", err)
		}
		nonce, err := floor()
		if err != nil {
			return err
		}
		if top.Valid && uint64(top.Int64)+1 > nonce {
			nonce = uint64(top.Int64) + 1
		}
		a, err := sign(nonce)
		if err != nil {
			return err
		}
		now := s.db.now().UnixNano()
		if _, err := conn.ExecContext(ctx, `UPDATE txs SET nonce = $1, state = 'in_progress', updated_at = $2 WHERE id = $3`, int64(nonce), now, id); err != nil {
			return fmt.Errorf("assign nonce: %w", err)
		}
		a.TxID = id
		return insertAttempt(ctx, conn, a, now)
	})
	if err != nil {
		return nil, err
	}
	return s.FindTxByID(ctx, id)
}

// CreateTxAttempt implements hokusai.TxStore.
func (s *TxStore) CreateTxAttempt(ctx context.Context, a *hokusai.TxAttempt) error {
	return insertAttempt(ctx, s.db.db, a, s.db.now().UnixNano())
}

// MarkTxAttemptBroadcast implements hokusai.TxStore.
func (s *TxStore) MarkTxAttemptBroadcast(ctx context.Context, attemptID int64, block uint64) error {
	return s.immediate(ctx, func(conn *sql.Tx) error {
		var txID int64
		err := conn.QueryRowContext(ctx, `UPDATE tx_attempts SET state = 'broadcast', broadcast_block = $1 WHERE id = $2 RETURNING tx_id`, int64(block), attemptID).Scan(&txID)
		if errors.Is(err, sql.ErrNoRows) {
			return hokusai.Errorf(hokusai.ENOTFOUND, "No transaction attempt has id %d.", attemptID)
		}
		if err != nil {
			return fmt.Errorf("mark attempt broadcast: %w", err)
		}
		_, err = conn.ExecContext(ctx, `UPDATE txs SET state = 'unconfirmed', updated_at = $1 WHERE id = $2 AND state = 'in_progress'`, s.db.now().UnixNano(), txID)
		if err != nil {
			return fmt.Errorf("mark tx unconfirmed: %w", err)
		}
		return nil
	})
}

// TxAttempts implements hokusai.TxStore.
func (s *TxStore) TxAttempts(ctx context.Context, txID int64) ([]*hokusai.TxAttempt, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT id, tx_id, hash, gas_tip_cap, gas_fee_cap, raw, state, broadcast_block, created_at
		FROM tx_attempts WHERE tx_id = $1 ORDER BY id`, txID)
	if err != nil {
		return nil, fmt.Errorf("tx attempts: %w", err)
	}
	return storecodec.ScanTxAttempts(rows)
}

// ConfirmTx implements hokusai.TxStore.
func (s *TxStore) ConfirmTx(ctx context.Context, id int64, r hokusai.TxReceipt) error {
	state, msg := hokusai.TxConfirmed, ""
	if r.Status != 1 {
		state, msg = hokusai.TxFatalError, "reverted"
	}
	_, err := s.db.db.ExecContext(ctx, `UPDATE txs SET state = $1, error = $2, receipt_hash = $3, receipt_block = $4, receipt_block_hash = $5,
		receipt_status = $6, receipt_gas_used = $7, updated_at = $8 WHERE id = $9 AND state NOT IN ('confirmed', 'fatal_error')`,
		string(state), msg, r.Hash, int64(r.BlockNumber), r.BlockHash, int64(r.Status), int64(r.GasUsed), s.db.now().UnixNano(), id)
	if err != nil {
		return fmt.Errorf("confirm tx %d: %w", id, err)
	}
	return nil
}

// FailTx implements hokusai.TxStore.
func (s *TxStore) FailTx(ctx context.Context, id int64, msg string) error {
	return s.immediate(ctx, func(conn *sql.Tx) error {
		if err := lockSenderOf(ctx, conn, id); err != nil {
			return err
		}
		now := s.db.now().UnixNano()
		// The nonce goes back only when nothing used it: no attempt of
		// this transaction reached a node and no later nonce was given.
		_, err := conn.ExecContext(ctx, `UPDATE txs SET nonce = NULL, updated_at = $1 WHERE id = $2 AND nonce IS NOT NULL
			AND state IN ('unstarted', 'in_progress')
			AND NOT EXISTS (SELECT 1 FROM tx_attempts a WHERE a.tx_id = txs.id AND a.state = 'broadcast')
			AND NOT EXISTS (SELECT 1 FROM txs later WHERE later.chain_id = txs.chain_id AND later.from_address = txs.from_address AND later.nonce > txs.nonce)`, now, id)
		if err != nil {
			return fmt.Errorf("fail tx %d: %w", id, err)
		}
		_, err = conn.ExecContext(ctx, `UPDATE txs SET state = 'fatal_error', error = $1, updated_at = $2 WHERE id = $3 AND state NOT IN ('confirmed', 'fatal_error')`, msg, now, id)
		if err != nil {
			return fmt.Errorf("fail tx %d: %w", id, err)
		}
		return nil
	})
}

// RestartTx implements hokusai.TxStore.
func (s *TxStore) RestartTx(ctx context.Context, id int64) error {
	return s.immediate(ctx, func(conn *sql.Tx) error {
		res, err := conn.ExecContext(ctx, `UPDATE txs SET nonce = NULL, state = 'unstarted', updated_at = $1 WHERE id = $2 AND state = 'in_progress'
			AND NOT EXISTS (SELECT 1 FROM tx_attempts a WHERE a.tx_id = txs.id AND a.state = 'broadcast')`, s.db.now().UnixNano(), id)
		if err != nil {
			return fmt.Errorf("restart tx %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		if _, err := conn.ExecContext(ctx, `DELETE FROM tx_attempts WHERE tx_id = $1`, id); err != nil {
			return fmt.Errorf("restart tx %d: %w", id, err)
		}
		return nil
	})
}

// UnfinishedTxs implements hokusai.TxStore.
func (s *TxStore) UnfinishedTxs(ctx context.Context, chainID uint64) ([]*hokusai.Tx, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+txColumns+` FROM txs WHERE chain_id = $1 AND state IN ('unstarted', 'in_progress', 'unconfirmed')
		ORDER BY from_address, nonce NULLS LAST, id`, int64(chainID))
	if err != nil {
		return nil, fmt.Errorf("unfinished txs: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.Tx
	for rows.Next() {
		tx, err := storecodec.ScanTx(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, tx)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("unfinished txs: %w", err)
	}
	return out, nil
}

// immediate runs fn in one transaction and commits it.
func (s *TxStore) immediate(ctx context.Context, fn func(conn *sql.Tx) error) error {
	conn, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("tx store begin: %w", err)
	}
	if err := fn(conn); err != nil {
		conn.Rollback()
		return err
	}
	if err := conn.Commit(); err != nil {
		return fmt.Errorf("tx store commit: %w", err)
	}
	return nil
}

// lockSenderOf takes the transaction-scoped advisory lock of the sender
// of transaction id on its chain: every process that gives out or gives
// back that sender's nonces queues on it until its transaction ends. A
// missing transaction takes no lock (the caller reports it).
func lockSenderOf(ctx context.Context, conn *sql.Tx, id int64) error {
	var chainID int64
	var from string
	err := conn.QueryRowContext(ctx, `SELECT chain_id, from_address FROM txs WHERE id = $1`, id).Scan(&chainID, &from)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sender of tx %d: %w", id, err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, fmt.Sprintf("hokusai tx sender %d %s", chainID, strings.ToLower(from))); err != nil {
		return fmt.Errorf("lock sender %s: %w", from, err)
	}
	return nil
}

// isUniqueViolation reports PostgreSQL's unique_violation (23505).
func isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func insertAttempt(ctx context.Context, q rowQuerier, a *hokusai.TxAttempt, now int64) error {
	if a.GasTipCap == nil || a.GasFeeCap == nil || a.Hash == "" || len(a.Raw) == 0 {
		return hokusai.Errorf(hokusai.EINVALID, "A transaction attempt needs its hash, fee caps and signed bytes.")
	}
	state := a.State
	if state == "" {
		state = hokusai.TxAttemptInProgress
	}
	err := q.QueryRowContext(ctx, `INSERT INTO tx_attempts (tx_id, hash, gas_tip_cap, gas_fee_cap, raw, state, broadcast_block, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, a.TxID, a.Hash, a.GasTipCap.String(), a.GasFeeCap.String(), a.Raw, string(state), int64(a.BroadcastBlock), now).Scan(&a.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return hokusai.Errorf(hokusai.ECONFLICT, "Transaction attempt %s is already stored.", a.Hash)
		}
		return fmt.Errorf("create tx attempt: %w", err)
	}
	a.State = state
	a.CreatedAt = time.Unix(0, now).UTC()
	return nil
}
