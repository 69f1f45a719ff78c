package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// Indexer copies the registry's models into a hokusai.ModelService: it
// reads ModelCreated events from the last indexed block onwards, reads each
// model with getModel, and upserts it (idempotently, so a restart that
// re-reads a range does no harm).
type Indexer struct {
	Client   *Client
	Protocol *Protocol
	Models   hokusai.ModelService
	// Cursors remembers the last indexed block across restarts; nil keeps
	// it in memory (a restart re-reads from the deploy block).
	Cursors hokusai.CursorService
	Logger  *slog.Logger
	// Interval between polls in Run; 250 ms when 0.
	Interval time.Duration
	// Confirmations keeps this many newest blocks unindexed (reorg safety
	// on external chains); 0 on the dev chain.
	Confirmations uint64
	// BatchBlocks bounds one eth_getLogs range; 2,000 when 0. A range the
	// node refuses is halved until it passes.
	BatchBlocks uint64

	mu   sync.Mutex
	last uint64 // in-memory cursor when Cursors is nil
}

// BlockCursors is a hokusai.CursorService that also keeps the hash of the
// block a cursor stands on, so a restart can tell that the chain under it
// changed (another chain, or a reorganised history).
type BlockCursors interface {
	BlockCursor(ctx context.Context, name string) (block uint64, hash string, err error)
	SetBlockCursor(ctx context.Context, name string, block uint64, hash string) error
}

// CursorName is the cursor key the indexer uses: one per registry, so a
// redeployed protocol is indexed from its own deploy block.
func (ix *Indexer) CursorName() string {
	return "chain.models." + strings.ToLower(ix.Protocol.Registry.Hex())
}

// Run polls SyncOnce until ctx ends; failures are logged and retried.
func (ix *Indexer) Run(ctx context.Context) error {
	every := ix.Interval
	if every <= 0 {
		every = 250 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	failing := false
	for {
		if err := ix.SyncOnce(ctx); err != nil && ctx.Err() == nil {
			if !failing {
				ix.logger().Warn("model indexer", "err", err)
			}
			failing = true
		} else {
			failing = false
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// SyncOnce indexes every ModelCreated event from the block after the
// cursor up to the head (less Confirmations), advancing the cursor after
// each batch.
func (ix *Indexer) SyncOnce(ctx context.Context) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	head, err := ix.Client.Backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("index models: head: %w", err)
	}
	if head < ix.Confirmations {
		return nil
	}
	head -= ix.Confirmations
	last, err := ix.cursor(ctx)
	if err != nil {
		return err
	}
	from := last + 1
	if ix.Protocol.DeployBlock > from {
		from = ix.Protocol.DeployBlock
	}
	batch := ix.BatchBlocks
	if batch == 0 {
		batch = 2000
	}
	topic := registryB.GetABI().Events["ModelCreated"].ID
	s := &Session{Client: ix.Client, Protocol: ix.Protocol}
	for from <= head {
		to := min(from+batch-1, head)
		logs, err := ix.Client.Backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{ix.Protocol.Registry}, Topics: [][]common.Hash{{topic}},
		})
		if err != nil && to > from && ctx.Err() == nil {
			// Public RPC providers cap a log query's range or result
			// count: halve the range and try again.
			batch = max(1, (to-from+1)/2)
			continue
		}
		if err != nil {
			return fmt.Errorf("index models: logs %d–%d: %w", from, to, err)
		}
		for i := range logs {
			l := &logs[i]
			if l.Removed {
				continue
			}
			ev, err := registryB.UnpackModelCreatedEvent(l)
			if err != nil {
				return fmt.Errorf("index models: block %d: %w", l.BlockNumber, err)
			}
			m, err := s.GetModel(ctx, ev.Id.Uint64())
			if err != nil {
				return fmt.Errorf("index models: model %v: %w", ev.Id, err)
			}
			meta := ParseModelMetadata(ev.Metadata)
			m.Description, m.Category, m.Tags = meta.Description, meta.Category, meta.Tags
			m.TxHash, m.BlockNumber = l.TxHash.Hex(), l.BlockNumber
			if err := ix.Models.UpsertModel(ctx, m); err != nil {
				return fmt.Errorf("index models: upsert %d: %w", m.ID, err)
			}
		}
		if err := ix.setCursor(ctx, s, to); err != nil {
			return err
		}
		from = to + 1
	}
	return nil
}

// LastIndexedBlock is the newest block fully indexed (0 before the first).
func (ix *Indexer) LastIndexedBlock(ctx context.Context) (uint64, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.cursor(ctx)
}

func (ix *Indexer) cursor(ctx context.Context) (uint64, error) {
	if ix.Cursors == nil {
		return ix.last, nil
	}
	v, err := ix.Cursors.Cursor(ctx, ix.CursorName())
	if err != nil {
		return 0, fmt.Errorf("index models: cursor: %w", err)
	}
	return v, nil
}

// CheckCursor returns the last indexed block and checks that the chain's
// block at that height still has the hash recorded with it: ECONFLICT
// when it does not (the database was indexed from another chain or a
// history since reorganised). A cursor without a hash (none yet, or kept
// by a store without hashes) passes.
func (ix *Indexer) CheckCursor(ctx context.Context) (block uint64, hash common.Hash, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	bc, ok := ix.Cursors.(BlockCursors)
	if !ok {
		b, err := ix.cursor(ctx)
		return b, common.Hash{}, err
	}
	b, h, err := bc.BlockCursor(ctx, ix.CursorName())
	if err != nil || h == "" {
		return b, common.Hash{}, err
	}
	head, err := ix.Client.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
	if err != nil || head == nil {
		return b, common.Hash{}, hokusai.Errorf(hokusai.ECONFLICT, "The models were indexed up to block %d (hash %s), but the chain has no block %d: the database belongs to another chain or a longer history.", b, h, b)
	}
	if head.Hash().Hex() != h {
		return b, common.Hash{}, hokusai.Errorf(hokusai.ECONFLICT, "The models were indexed up to block %d with hash %s, but the chain's block %d has hash %s: the database belongs to another chain or a history since reorganised.", b, h, b, head.Hash().Hex())
	}
	return b, head.Hash(), nil
}

func (ix *Indexer) setCursor(ctx context.Context, s *Session, v uint64) error {
	if ix.Cursors == nil {
		ix.last = v
		return nil
	}
	if bc, ok := ix.Cursors.(BlockCursors); ok {
		h, err := s.Client.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(v))
		if err != nil {
			return fmt.Errorf("index models: block %d: %w", v, err)
		}
		if err := bc.SetBlockCursor(ctx, ix.CursorName(), v, h.Hash().Hex()); err != nil {
			return fmt.Errorf("index models: set cursor: %w", err)
		}
		return nil
	}
	if err := ix.Cursors.SetCursor(ctx, ix.CursorName(), v); err != nil {
		return fmt.Errorf("index models: set cursor: %w", err)
	}
	return nil
}

func (ix *Indexer) logger() *slog.Logger {
	if ix.Logger != nil {
		return ix.Logger
	}
	return slog.Default()
}
