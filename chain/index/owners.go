package index

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// Owners follows each model's owner through sales: the registry's
// ModelTransferred events set the indexed owner (with the block, as of
// which it holds) and touch nothing else the creation recorded. A
// reorganisation back to block B re-reads, from the registry's state at B,
// the owner of every model whose owner was set above B; the new branch's
// sales then apply on top. List it after Models, so a model's creation is
// recorded before a sale of it and a reorganisation deletes the models it
// took before their owners are re-read.
type Owners struct {
	Client   *chain.Client
	Registry common.Address
	Models   hokusai.ModelService
	Logger   *slog.Logger
}

var _ Handler = (*Owners)(nil)

// Name is "owners".
func (h *Owners) Name() string { return "owners" }

// Filter is the registry's ModelTransferred events.
func (h *Owners) Filter() Filter {
	return Filter{Addresses: []common.Address{h.Registry}, Topics: []common.Hash{registryB.GetABI().Events["ModelTransferred"].ID}}
}

// Apply records the buyer of each sale in the block, in log order.
func (h *Owners) Apply(ctx context.Context, block hokusai.Block, logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		ev, err := registryB.UnpackModelTransferredEvent(l)
		if err != nil {
			return fmt.Errorf("transfer event in tx %s: %w", l.TxHash.Hex(), err)
		}
		if !ev.Id.IsUint64() {
			return fmt.Errorf("transfer event in tx %s: model id %s past 2^64", l.TxHash.Hex(), ev.Id)
		}
		if err := h.Models.SetModelOwner(ctx, ev.Id.Uint64(), ev.To.Hex(), l.BlockNumber); err != nil {
			return fmt.Errorf("owner of model %s from tx %s: %w", ev.Id, l.TxHash.Hex(), err)
		}
	}
	return nil
}

// Rewind sets the owner of every model whose owner was set above block
// after back to the registry's at after.
func (h *Owners) Rewind(ctx context.Context, after uint64) error {
	ids, err := h.Models.FindModelsOwnedAfter(ctx, after)
	if err != nil || len(ids) == 0 {
		return err
	}
	for _, id := range ids {
		owner, at, err := h.ownerAt(ctx, id, after)
		if err != nil {
			return err
		}
		if owner == (common.Address{}) {
			continue // not created by then: Models' Rewind removed it
		}
		if err := h.Models.SetModelOwner(ctx, id, owner.Hex(), at); err != nil {
			return fmt.Errorf("owner of model %d as of block %d: %w", id, at, err)
		}
	}
	if h.Logger != nil {
		h.Logger.Warn("model owners re-read: the chain no longer has their sales", "count", len(ids), "after_block", after)
	}
	return nil
}

// ownerAt reads model id's owner from the registry as of block n. A node
// that no longer keeps the state at n (a pruned node after a deep
// reorganisation) is asked at its head instead, and the owner is recorded
// as of the head: the sales between n and the head are applied again on
// top of it, and a later reorganisation below the head re-reads it again.
func (h *Owners) ownerAt(ctx context.Context, id, n uint64) (common.Address, uint64, error) {
	owner, err := h.callOwner(ctx, id, n)
	if err == nil {
		return owner, n, nil
	}
	head, herr := h.Client.Backend.HeaderByNumber(ctx, nil)
	if herr != nil {
		return common.Address{}, 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading model %d's owner at block %d failed (%v), and so did reading the head block: %v.", id, n, err, herr)
	}
	at := head.Number.Uint64()
	if at < n {
		return common.Address{}, 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading model %d's owner at block %d failed: %v.", id, n, err)
	}
	owner, herr = h.callOwner(ctx, id, at)
	if herr != nil {
		return common.Address{}, 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading model %d's owner at block %d failed (%v), and at the head block %d: %v.", id, n, err, at, herr)
	}
	if h.Logger != nil {
		h.Logger.Warn("model owner re-read at the head: the node has no state at the reorganisation's common block", "model", id, "block", n, "head", at, "err", err)
	}
	return owner, at, nil
}

func (h *Owners) callOwner(ctx context.Context, id, n uint64) (common.Address, error) {
	out, err := h.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &h.Registry, Data: registryB.PackModelAccounts(new(big.Int).SetUint64(id))}, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Address{}, err
	}
	acc, err := registryB.UnpackModelAccounts(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("model %d's accounts: %w", id, err)
	}
	return acc.Owner, nil
}
