package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
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
	hev := make([]hokusai.VaultEvent, len(events))
	for i, ev := range events {
		hev[i] = hokusai.VaultEvent{Block: ev.Block, Index: ev.Index, TxHash: ev.TxHash.Hex(), Kind: ev.Kind, Account: ev.Account.Hex(), Amount: ev.Amount}
	}
	return s.store.ApplyVaultEvents(ctx, cursor, block, "", hev)
}

// RewindVault undoes every vault event after block (the chain rewound or
// reorganised past it) and moves the named cursor back to block; with
// block < 0 the cursor is removed, so indexing starts again at the vault's
// first block.
func (s *Service) RewindVault(ctx context.Context, cursor string, block int64) error {
	return s.store.RewindVault(ctx, cursor, block)
}

// Cursor returns the last block applied under name, and whether there is one.
func (s *Service) Cursor(ctx context.Context, name string) (uint64, bool, error) {
	b, _, ok, err := s.cursor(ctx, name)
	return b, ok, err
}

func (s *Service) cursor(ctx context.Context, name string) (uint64, string, bool, error) {
	return s.store.VaultCursor(ctx, name)
}
