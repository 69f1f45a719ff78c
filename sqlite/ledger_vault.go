package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// ApplyVaultEvents implements hokusai.LedgerStore.
func (s *LedgerStore) ApplyVaultEvents(ctx context.Context, cursor string, block uint64, hash string, events []hokusai.VaultEvent) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		for _, ev := range events {
			res, err := q.ExecContext(ctx, `INSERT INTO ledger_vault_events (block, log_index, tx_hash, kind, account, amount)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, int64(ev.Block), int64(ev.Index), ev.TxHash, ev.Kind, ev.Account, ev.Amount)
			if err != nil {
				return fmt.Errorf("vault event: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				continue
			}
			var stmt string
			args := []any{ev.Account, ev.Amount}
			switch ev.Kind {
			case hokusai.VaultDeposit:
				stmt = `INSERT INTO ledger_accounts (consumer, deposited) VALUES (?1, ?2)
					ON CONFLICT (consumer) DO UPDATE SET deposited = deposited + ?2`
			case hokusai.VaultRequest:
				stmt = `INSERT INTO ledger_accounts (consumer, pending_withdrawal) VALUES (?1, ?2)
					ON CONFLICT (consumer) DO UPDATE SET pending_withdrawal = ?2`
			case hokusai.VaultCancel:
				stmt = `INSERT INTO ledger_accounts (consumer) VALUES (?1)
					ON CONFLICT (consumer) DO UPDATE SET pending_withdrawal = 0`
				args = args[:1]
			case hokusai.VaultWithdraw:
				stmt = `INSERT INTO ledger_accounts (consumer, withdrawn) VALUES (?1, ?2)
					ON CONFLICT (consumer) DO UPDATE SET withdrawn = withdrawn + ?2, pending_withdrawal = 0`
			default:
				return fmt.Errorf("vault event: unknown kind %q", ev.Kind)
			}
			if _, err := q.ExecContext(ctx, stmt, args...); err != nil {
				return fmt.Errorf("vault %s %s: %w", ev.Kind, ev.Account, err)
			}
		}
		_, err := q.ExecContext(ctx, `INSERT INTO ledger_cursors (name, block, hash) VALUES (?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET block = excluded.block, hash = excluded.hash`, cursor, int64(block), hash)
		if err != nil {
			return fmt.Errorf("vault cursor: %w", err)
		}
		return nil
	})
}

// RewindVault implements hokusai.LedgerStore: deposits and withdrawals
// are subtracted again and each affected consumer's pending withdrawal is
// what their latest remaining request, cancel or withdrawal says.
func (s *LedgerStore) RewindVault(ctx context.Context, cursor string, block int64) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		rows, err := q.QueryContext(ctx, `SELECT account,
			COALESCE(SUM(CASE kind WHEN 'deposit' THEN amount END), 0),
			COALESCE(SUM(CASE kind WHEN 'withdraw' THEN amount END), 0)
			FROM ledger_vault_events WHERE block > ? GROUP BY account`, block)
		if err != nil {
			return fmt.Errorf("rewind vault: %w", err)
		}
		type undo struct {
			account             string
			deposit, withdrawal int64
		}
		var undos []undo
		for rows.Next() {
			var u undo
			if err := rows.Scan(&u.account, &u.deposit, &u.withdrawal); err != nil {
				rows.Close()
				return fmt.Errorf("rewind vault: %w", err)
			}
			undos = append(undos, u)
		}
		rows.Close()
		if _, err := q.ExecContext(ctx, `DELETE FROM ledger_vault_events WHERE block > ?`, block); err != nil {
			return fmt.Errorf("rewind vault: %w", err)
		}
		for _, u := range undos {
			var kind string
			var amount int64
			err := q.QueryRowContext(ctx, `SELECT kind, amount FROM ledger_vault_events
				WHERE account = ? AND kind IN ('request', 'cancel', 'withdraw') ORDER BY block DESC, log_index DESC LIMIT 1`, u.account).Scan(&kind, &amount)
			pending := int64(0)
			switch {
			case err == nil && kind == "request":
				pending = amount
			case err != nil && !isNoRows(err):
				return fmt.Errorf("rewind vault: %w", err)
			}
			if _, err := q.ExecContext(ctx, `UPDATE ledger_accounts SET deposited = deposited - ?, withdrawn = withdrawn - ?, pending_withdrawal = ?
				WHERE consumer = ?`, u.deposit, u.withdrawal, pending, u.account); err != nil {
				return fmt.Errorf("rewind vault %s: %w", u.account, err)
			}
		}
		if block < 0 {
			_, err = q.ExecContext(ctx, `DELETE FROM ledger_cursors WHERE name = ?`, cursor)
		} else {
			_, err = q.ExecContext(ctx, `UPDATE ledger_cursors SET block = ?, hash = '' WHERE name = ?`, block, cursor)
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
	err := s.db.QueryRowContext(ctx, `SELECT block, hash FROM ledger_cursors WHERE name = ?`, name).Scan(&b, &h)
	if isNoRows(err) {
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
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_vault_events WHERE kind = ? AND block <= ?`, kind, int64(toBlock)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count vault events: %w", err)
	}
	return n, nil
}

// BindContracts implements hokusai.LedgerStore.
func (s *LedgerStore) BindContracts(ctx context.Context, contracts string) (string, error) {
	have := contracts
	err := s.write(ctx, func(ctx context.Context, q querier) error {
		err := q.QueryRowContext(ctx, `SELECT value FROM ledger_meta WHERE name = 'contracts'`).Scan(&have)
		if isNoRows(err) {
			have = contracts
			_, err = q.ExecContext(ctx, `INSERT INTO ledger_meta (name, value) VALUES ('contracts', ?)`, contracts)
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("ledger bind: %w", err)
	}
	return have, nil
}

// LedgerStats implements hokusai.LedgerStore.
func (s *LedgerStore) LedgerStats(ctx context.Context) (hokusai.LedgerStats, error) {
	var st hokusai.LedgerStats
	var oldest sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COALESCE(SUM(unsettled), 0) FROM ledger_accounts) +
			(SELECT COALESCE(SUM(amount), 0) FROM ledger_usage WHERE `+tailSQL+`),
		MIN(
			COALESCE((SELECT created_at FROM ledger_usage
				WHERE id > (SELECT CAST(value AS INTEGER) FROM ledger_meta WHERE name = 'journal_cursor')
				AND batch IS NULL AND settled = 0 ORDER BY id LIMIT 1), 9223372036854775807),
			COALESCE((SELECT MIN(created_at) FROM ledger_usage
				WHERE batch IN (SELECT id FROM ledger_batches WHERE status = 'pending') AND settled = 0), 9223372036854775807)),
		(SELECT COUNT(*) FROM ledger_batches WHERE status = 'pending'),
		(SELECT COUNT(*) FROM ledger_batches WHERE status = 'settled'),
		(SELECT COALESCE(SUM(total), 0) FROM ledger_batches WHERE status = 'settled')`).
		Scan(&st.Unsettled, &oldest, &st.PendingBatches, &st.SettledBatches, &st.SettledAmount)
	if err != nil {
		return hokusai.LedgerStats{}, fmt.Errorf("ledger stats: %w", err)
	}
	if oldest.Valid && oldest.Int64 != math.MaxInt64 {
		st.OldestUnsettled = time.Unix(0, oldest.Int64).UTC()
	}
	return st, nil
}

// AuditAccounts implements hokusai.LedgerStore: one pass over the usage
// (grouped by consumer) joined to the accounts, whose unsettled total
// gains the unfolded tail.
func (s *LedgerStore) AuditAccounts(ctx context.Context) ([]hokusai.AccountAudit, error) {
	rows, err := s.db.QueryContext(ctx, `WITH u AS (
			SELECT consumer,
				SUM(CASE WHEN settled = 1 THEN amount ELSE 0 END) AS done,
				SUM(CASE WHEN settled = 0 THEN amount ELSE 0 END) AS open,
				SUM(CASE WHEN settled = 0 AND batch IN (SELECT id FROM ledger_batches WHERE status = 'pending') THEN amount ELSE 0 END) AS flight
			FROM ledger_usage GROUP BY consumer),
		t AS (SELECT consumer, SUM(amount) AS amount FROM ledger_usage WHERE `+tailSQL+` GROUP BY consumer)
		SELECT a.consumer, a.deposited, a.withdrawn, a.pending_withdrawal, a.settled, a.unsettled + COALESCE(t.amount, 0),
			COALESCE(u.done, 0), COALESCE(u.open, 0), COALESCE(u.flight, 0)
		FROM ledger_accounts a LEFT JOIN u ON u.consumer = a.consumer LEFT JOIN t ON t.consumer = a.consumer ORDER BY a.consumer`)
	if err != nil {
		return nil, fmt.Errorf("audit accounts: %w", err)
	}
	return storecodec.ScanAccountAudits(rows)
}
