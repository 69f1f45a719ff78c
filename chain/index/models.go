package index

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

var registryB = bindings.NewModelRegistry()

// Models copies the registry's models into a hokusai.ModelService: each
// ModelCreated event's model is read with getModel and upserted
// (idempotent) with the event's owner; a reorganisation deletes the models
// created after the common ancestor. Sales are the Owners handler's.
type Models struct {
	Client   *chain.Client
	Protocol *chain.Protocol
	Models   hokusai.ModelService
	Logger   *slog.Logger
}

var _ Handler = (*Models)(nil)

// Name is "models".
func (h *Models) Name() string { return "models" }

// Filter is the registry's ModelCreated events.
func (h *Models) Filter() Filter {
	return Filter{Addresses: []common.Address{h.Protocol.Registry}, Topics: []common.Hash{registryB.GetABI().Events["ModelCreated"].ID}}
}

// Apply upserts the model each ModelCreated event in the block names.
func (h *Models) Apply(ctx context.Context, block hokusai.Block, logs []types.Log) error {
	s := &chain.Session{Client: h.Client, Protocol: h.Protocol}
	for i := range logs {
		l := &logs[i]
		ev, err := registryB.UnpackModelCreatedEvent(l)
		if err != nil {
			return fmt.Errorf("model event in tx %s: %w", l.TxHash.Hex(), err)
		}
		m, err := s.GetModel(ctx, ev.Id.Uint64())
		if err != nil {
			return fmt.Errorf("model %v: %w", ev.Id, err)
		}
		// The owner as of the creating block: a later sale is the Owners
		// handler's, and a reorganisation that drops it re-reads from here.
		m.Owner = ev.Owner.Hex()
		meta := chain.ParseModelMetadata(ev.Metadata)
		m.Description, m.Category, m.Tags = meta.Description, meta.Category, meta.Tags
		m.TxHash, m.BlockNumber = l.TxHash.Hex(), l.BlockNumber
		if err := h.Models.UpsertModel(ctx, m); err != nil {
			return fmt.Errorf("upsert model %d: %w", m.ID, err)
		}
	}
	return nil
}

// Rewind deletes the models created after block.
func (h *Models) Rewind(ctx context.Context, after uint64) error {
	n, err := h.Models.DeleteModelsAfter(ctx, after)
	if err != nil {
		return err
	}
	if n > 0 && h.Logger != nil {
		h.Logger.Warn("models removed: the chain no longer has them", "count", n, "after_block", after)
	}
	return nil
}
