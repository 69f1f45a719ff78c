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
		_, err := q.ExecContext(ctx, `INSERT INTO ledger_cursors (name, block) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET block = excluded.block`, cursor, int64(block))
		if err != nil {
			return fmt.Errorf("vault cursor: %w", err)
		}
		return nil
	})
}

// Cursor returns the last block applied under name, and whether there is one.
func (s *Service) Cursor(ctx context.Context, name string) (uint64, bool, error) {
	var b int64
	err := s.db.QueryRowContext(ctx, `SELECT block FROM ledger_cursors WHERE name = ?`, name).Scan(&b)
	if isNoRows(err) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("cursor %s: %w", name, err)
	}
	return uint64(b), true, nil
}

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
	last, ok, err := ix.Ledger.Cursor(ctx, ix.cursorName())
	if err != nil {
		return err
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
		if err := ix.Ledger.ApplyVaultEvents(ctx, ix.cursorName(), to, events); err != nil {
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
