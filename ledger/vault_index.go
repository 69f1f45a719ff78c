package ledger

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/index"
)

// VaultHandler is the chain indexer's handler for the CreditVault: it
// applies deposits, withdrawal requests, cancellations and withdrawals to
// the consumers' totals (events and the ledger's vault cursor in one
// transaction; an event applied twice counts once), and undoes them when
// the chain reorganises. It also holds what the start-up checks need to
// read the vault and the router.
type VaultHandler struct {
	Ledger *Service
	Client *chain.Client
	Vault  common.Address
	// FromBlock is the vault's deployment block.
	FromBlock uint64
}

var _ index.Handler = (*VaultHandler)(nil)

func (ix *VaultHandler) cursorName() string { return "vault:" + ix.Vault.Hex() }

// Name is "vault".
func (ix *VaultHandler) Name() string { return "vault" }

// Filter is the vault's deposit and withdrawal events.
func (ix *VaultHandler) Filter() index.Filter {
	f := index.Filter{Addresses: []common.Address{ix.Vault}}
	for _, name := range []string{"Deposited", "WithdrawalRequested", "WithdrawalCancelled", "Withdrawn"} {
		f.Topics = append(f.Topics, vaultABI.Events[name].ID)
	}
	return f
}

// Apply applies the block's vault events and moves the ledger's vault
// cursor to the block.
func (ix *VaultHandler) Apply(ctx context.Context, block hokusai.Block, logs []types.Log) error {
	var events []VaultEvent
	for i := range logs {
		ev, ok, err := DecodeVaultEvent(&logs[i])
		if err != nil {
			return err
		}
		if ok {
			events = append(events, ev)
		}
	}
	return ix.Ledger.ApplyVaultEvents(ctx, ix.cursorName(), block.Number, events)
}

// Rewind undoes the vault events after block.
func (ix *VaultHandler) Rewind(ctx context.Context, after uint64) error {
	back := int64(after)
	if after < ix.FromBlock {
		back = -1
	}
	return ix.Ledger.RewindVault(ctx, ix.cursorName(), back)
}
