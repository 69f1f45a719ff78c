package ledger

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

var vaultB = bindings.NewCreditVault()

// VaultEvent is one CreditVault event as the ledger applies it.
type VaultEvent struct {
	Block   uint64
	Index   uint
	TxHash  common.Hash
	Kind    string // deposit, request, cancel, withdraw
	Account common.Address
	Amount  int64 // micro-USDC; the new request's amount for "request"
}

// DecodeVaultEvent decodes a CreditVault log the ledger cares about; ok is
// false for other events.
func DecodeVaultEvent(l *types.Log) (ev VaultEvent, ok bool, err error) {
	ev = VaultEvent{Block: l.BlockNumber, Index: l.Index, TxHash: l.TxHash}
	if len(l.Topics) == 0 {
		return ev, false, nil
	}
	if e, err := vaultABI.EventByID(l.Topics[0]); err == nil {
		indexed := 0
		for _, in := range e.Inputs {
			if in.Indexed {
				indexed++
			}
		}
		if len(l.Topics) != 1+indexed {
			return ev, true, fmt.Errorf("vault event %s in tx %s: %d topics, want %d", e.Name, l.TxHash.Hex(), len(l.Topics), 1+indexed)
		}
	}
	amount := func(v *big.Int) (int64, error) {
		if v == nil {
			return 0, fmt.Errorf("vault event in tx %s: no amount", l.TxHash.Hex())
		}
		if !v.IsInt64() {
			return 0, fmt.Errorf("vault event in tx %s: amount %s exceeds int64", l.TxHash.Hex(), v)
		}
		return v.Int64(), nil
	}
	if d, e := vaultB.UnpackDepositedEvent(l); e == nil {
		ev.Kind, ev.Account = "deposit", d.Account
		ev.Amount, err = amount(d.Amount)
		return ev, true, err
	}
	if d, e := vaultB.UnpackWithdrawalRequestedEvent(l); e == nil {
		ev.Kind, ev.Account = "request", d.Account
		ev.Amount, err = amount(d.Amount)
		return ev, true, err
	}
	if d, e := vaultB.UnpackWithdrawalCancelledEvent(l); e == nil {
		ev.Kind, ev.Account = "cancel", d.Account
		return ev, true, nil
	}
	if d, e := vaultB.UnpackWithdrawnEvent(l); e == nil {
		ev.Kind, ev.Account = "withdraw", d.Account
		ev.Amount, err = amount(d.Amount)
		return ev, true, err
	}
	return ev, false, nil
}

// ApplyVaultEvents applies events to the consumers' totals and moves the
// named cursor to block, in one transaction; an event already applied
// (same block and log index) is skipped.
func (s *Service) ApplyVaultEvents(ctx context.Context, cursor string, block uint64, events []VaultEvent) error {
	return s.applyVault(ctx, cursor, block, common.Hash{}, events)
}

func (s *Service) applyVault(ctx context.Context, cursor string, block uint64, hash common.Hash, events []VaultEvent) error {
	return s.write(ctx, func(ctx context.Context, q querier) error {
		for _, ev := range events {
			res, err := q.ExecContext(ctx, `INSERT INTO ledger_vault_events (block, log_index, tx_hash, kind, account, amount)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, int64(ev.Block), int64(ev.Index), ev.TxHash.Hex(), ev.Kind, ev.Account.Hex(), ev.Amount)
			if err != nil {
				return fmt.Errorf("vault event: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				continue
			}
			var stmt string
			args := []any{ev.Account.Hex(), ev.Amount}
			switch ev.Kind {
			case "deposit":
				stmt = `INSERT INTO ledger_accounts (consumer, deposited) VALUES (?1, ?2)
					ON CONFLICT (consumer) DO UPDATE SET deposited = deposited + ?2`
			case "request":
				stmt = `INSERT INTO ledger_accounts (consumer, pending_withdrawal) VALUES (?1, ?2)
					ON CONFLICT (consumer) DO UPDATE SET pending_withdrawal = ?2`
			case "cancel":
				stmt = `INSERT INTO ledger_accounts (consumer) VALUES (?1)
					ON CONFLICT (consumer) DO UPDATE SET pending_withdrawal = 0`
				args = args[:1]
			case "withdraw":
				stmt = `INSERT INTO ledger_accounts (consumer, withdrawn) VALUES (?1, ?2)
					ON CONFLICT (consumer) DO UPDATE SET withdrawn = withdrawn + ?2, pending_withdrawal = 0`
			default:
				return fmt.Errorf("vault event: unknown kind %q", ev.Kind)
			}
			if _, err := q.ExecContext(ctx, stmt, args...); err != nil {
				return fmt.Errorf("vault %s %s: %w", ev.Kind, ev.Account.Hex(), err)
			}
		}
		h := ""
		if hash != (common.Hash{}) {
			h = hash.Hex()
		}
		_, err := q.ExecContext(ctx, `INSERT INTO ledger_cursors (name, block, hash) VALUES (?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET block = excluded.block, hash = excluded.hash`, cursor, int64(block), h)
		if err != nil {
			return fmt.Errorf("vault cursor: %w", err)
		}
		return nil
	})
}

// RewindVault undoes every vault event after block (the chain rewound or
// reorganised past it) and moves the named cursor back to block; with
// block < 0 the cursor is removed, so indexing starts again at the vault's
// first block. Deposits and withdrawals are subtracted again and each
// affected consumer's pending withdrawal is what their latest remaining
// request, cancel or withdrawal says.
func (s *Service) RewindVault(ctx context.Context, cursor string, block int64) error {
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

// Cursor returns the last block applied under name, and whether there is one.
func (s *Service) Cursor(ctx context.Context, name string) (uint64, bool, error) {
	b, _, ok, err := s.cursor(ctx, name)
	return b, ok, err
}

func (s *Service) cursor(ctx context.Context, name string) (uint64, string, bool, error) {
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

// RewindDepth is how many blocks the vault indexer reads again when the
// chain changed under its cursor.
const RewindDepth = 64

// VaultIndexer copies CreditVault deposits, withdrawal requests and
// withdrawals into the ledger once they are Confirmations blocks deep.
type VaultIndexer struct {
	Ledger *Service
	Client *chain.Client
	Vault  common.Address
	// FromBlock is the vault's deployment block: indexing starts there.
	FromBlock uint64
	// Confirmations is how deep an event must be before it counts (0 on
	// the dev chain, where blocks are final).
	Confirmations uint64
	// Interval between polls; default 1 s.
	Interval time.Duration
	// Span bounds the blocks read per log query; default 2,000.
	Span   uint64
	Logger *slog.Logger
}

func (ix *VaultIndexer) cursorName() string { return "vault:" + ix.Vault.Hex() }

// SyncOnce applies every confirmed vault event not yet applied.
func (ix *VaultIndexer) SyncOnce(ctx context.Context) error {
	head, err := ix.Client.Backend.BlockNumber(ctx)
	if err != nil {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain did not answer with its head block: %v.", err)
	}
	if head < ix.Confirmations {
		return nil
	}
	target := head - ix.Confirmations
	last, lastHash, ok, err := ix.Ledger.cursor(ctx, ix.cursorName())
	if err != nil {
		return err
	}
	if ok && lastHash != "" {
		h, herr := ix.Client.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(last))
		if herr != nil || h == nil || h.Hash().Hex() != lastHash {
			// The block the cursor stands on is gone (a reorganisation, or a
			// dev chain that restarted behind): undo the recent events and
			// read them again from the chain as it is now.
			back := int64(-1)
			if last >= ix.FromBlock+RewindDepth {
				back = int64(last - RewindDepth)
			}
			if ix.Logger != nil {
				ix.Logger.Warn("vault indexer: the chain changed under the cursor; re-reading recent blocks", "cursor", last, "back_to", back)
			}
			if err := ix.Ledger.RewindVault(ctx, ix.cursorName(), back); err != nil {
				return err
			}
			ok = back >= 0
			last = uint64(max(back, 0))
		}
	}
	from := ix.FromBlock
	if ok {
		from = last + 1
	}
	span := ix.Span
	if span == 0 {
		span = 2000
	}
	for from <= target {
		to := min(from+span-1, target)
		logs, err := ix.Client.Backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{ix.Vault},
		})
		if err != nil {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading vault events in blocks %d–%d failed: %v.", from, to, err)
		}
		var events []VaultEvent
		for _, l := range logs {
			if l.Removed {
				continue
			}
			ev, ok, err := DecodeVaultEvent(&l)
			if err != nil {
				return err
			}
			if ok {
				events = append(events, ev)
			}
		}
		h, err := ix.Client.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading block %d failed: %v.", to, err)
		}
		if err := ix.Ledger.applyVault(ctx, ix.cursorName(), to, h.Hash(), events); err != nil {
			return err
		}
		if len(events) > 0 && ix.Logger != nil {
			ix.Logger.Debug("vault events applied", "events", len(events), "to_block", to)
		}
		from = to + 1
	}
	return nil
}

// Run syncs every Interval until ctx ends; errors are logged and retried.
func (ix *VaultIndexer) Run(ctx context.Context) error {
	every := ix.Interval
	if every <= 0 {
		every = time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := ix.SyncOnce(ctx); err != nil && ctx.Err() == nil && ix.Logger != nil {
			ix.Logger.Warn("vault indexer", "err", err)
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.Canceled) {
				return nil
			}
			return ctx.Err()
		case <-t.C:
		}
	}
}
