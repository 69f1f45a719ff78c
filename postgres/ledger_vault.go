package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// vaultSQL is the account update of each vault event kind ($1 account,
// $2 amount).
var vaultSQL = map[string]string{
	hokusai.VaultDeposit: `INSERT INTO ledger_accounts (consumer, deposited) VALUES ($1, $2)
		ON CONFLICT (consumer) DO UPDATE SET deposited = ledger_accounts.deposited + excluded.deposited`,
	hokusai.VaultRequest: `INSERT INTO ledger_accounts (consumer, pending_withdrawal) VALUES ($1, $2)
		ON CONFLICT (consumer) DO UPDATE SET pending_withdrawal = excluded.pending_withdrawal`,
	hokusai.VaultCancel: `INSERT INTO ledger_accounts (consumer) VALUES ($1)
		ON CONFLICT (consumer) DO UPDATE SET pending_withdrawal = 0`,
	hokusai.VaultWithdraw: `INSERT INTO ledger_accounts (consumer, withdrawn) VALUES ($1, $2)
		ON CONFLICT (consumer) DO UPDATE SET withdrawn = ledger_accounts.withdrawn + excluded.withdrawn, pending_withdrawal = 0`,
}

// ApplyVaultEvents implements hokusai.LedgerStore. Two replicas applying
// the same events at once apply each once: the second insert of an event
// waits for the first transaction and then skips it.
func (s *LedgerStore) ApplyVaultEvents(ctx context.Context, cursor string, block uint64, hash string, events []hokusai.VaultEvent) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.sweepIdempotency(ctx, tx); err != nil {
			return err
		}
		for _, ev := range events {
			stmt, ok := vaultSQL[ev.Kind]
			if !ok {
				return fmt.Errorf("vault event: unknown kind %q", ev.Kind)
			}
			var one int
			err := tx.QueryRowContext(ctx, `INSERT INTO ledger_vault_events (block, log_index, tx_hash, kind, account, amount)
				VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING 1`,
				int64(ev.Block), int64(ev.Index), ev.TxHash, ev.Kind, ev.Account, ev.Amount).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				continue // applied before
			}
			if err != nil {
				return fmt.Errorf("vault event: %w", err)
			}
			args := []any{ev.Account, ev.Amount}
			if ev.Kind == hokusai.VaultCancel {
				args = args[:1]
			}
			if _, err := tx.ExecContext(ctx, stmt, args...); err != nil {
				return fmt.Errorf("vault %s %s: %w", ev.Kind, ev.Account, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO ledger_cursors (name, block, hash) VALUES ($1, $2, $3)
			ON CONFLICT (name) DO UPDATE SET block = excluded.block, hash = excluded.hash`, cursor, int64(block), hash); err != nil {
			return fmt.Errorf("vault cursor: %w", err)
		}
		return nil
	})
}

// RewindVault implements hokusai.LedgerStore: deposits and withdrawals
// are subtracted again and each affected consumer's pending withdrawal is
// what their latest remaining request, cancel or withdrawal says.
func (s *LedgerStore) RewindVault(ctx context.Context, cursor string, block int64) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `DELETE FROM ledger_vault_events WHERE block > $1 RETURNING account, kind, amount`, block)
		if err != nil {
			return fmt.Errorf("rewind vault: %w", err)
		}
		type undo struct{ deposit, withdrawal int64 }
		undos := map[string]*undo{}
		var order []string
		for rows.Next() {
			var account, kind string
			var amount int64
			if err := rows.Scan(&account, &kind, &amount); err != nil {
				rows.Close()
				return fmt.Errorf("rewind vault: %w", err)
			}
			u := undos[account]
			if u == nil {
				u = &undo{}
				undos[account] = u
				order = append(order, account)
			}
			switch kind {
			case hokusai.VaultDeposit:
				u.deposit += amount
			case hokusai.VaultWithdraw:
				u.withdrawal += amount
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("rewind vault: %w", err)
		}
		for _, account := range order {
			u := undos[account]
			if _, err := tx.ExecContext(ctx, `UPDATE ledger_accounts SET deposited = deposited - $1, withdrawn = withdrawn - $2,
				pending_withdrawal = COALESCE((SELECT CASE kind WHEN 'request' THEN amount ELSE 0 END FROM ledger_vault_events
					WHERE account = $3 AND kind IN ('request', 'cancel', 'withdraw') ORDER BY block DESC, log_index DESC LIMIT 1), 0)
				WHERE consumer = $3`, u.deposit, u.withdrawal, account); err != nil {
				return fmt.Errorf("rewind vault %s: %w", account, err)
			}
		}
		if block < 0 {
			_, err = tx.ExecContext(ctx, `DELETE FROM ledger_cursors WHERE name = $1`, cursor)
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE ledger_cursors SET block = $1, hash = '' WHERE name = $2`, block, cursor)
		}
		if err != nil {
			return fmt.Errorf("rewind vault cursor: %w", err)
		}
		return nil
	})
}

// VaultCursor implements hokusai.LedgerStore.
func (s *LedgerStore) VaultCursor(ctx context.Context, name string) (uint64, string, bool, error) {
	var b int64
	var h string
	err := s.db.QueryRowContext(ctx, `SELECT block, hash FROM ledger_cursors WHERE name = $1`, name).Scan(&b, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", false, nil
	}
	if err != nil {
		return 0, "", false, fmt.Errorf("cursor %s: %w", name, err)
	}
	return uint64(b), h, true, nil
}

// CountVaultEvents implements hokusai.LedgerStore.
func (s *LedgerStore) CountVaultEvents(ctx context.Context, kind string, toBlock uint64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_vault_events WHERE kind = $1 AND block <= $2`, kind, int64(toBlock)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count vault events: %w", err)
	}
	return n, nil
}

// BindContracts implements hokusai.LedgerStore; the first replica to bind
// records its contracts, the others read them.
func (s *LedgerStore) BindContracts(ctx context.Context, contracts string) (string, error) {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO ledger_meta (name, value) VALUES ('contracts', $1) ON CONFLICT DO NOTHING`, contracts); err != nil {
		return "", fmt.Errorf("ledger bind: %w", err)
	}
	var have string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM ledger_meta WHERE name = 'contracts'`).Scan(&have); err != nil {
		return "", fmt.Errorf("ledger bind: %w", err)
	}
	return have, nil
}
