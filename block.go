package hokusai

import (
	"context"
	"math"
	"strings"
)

// Block is a chain block an indexer processed: its number and hash (0x…).
type Block struct {
	Number uint64
	Hash   string
}

// BlockService remembers, per indexer, the blocks it processed in a recent
// window. The newest is where the indexer resumes after a restart; the
// window is how it finds, after the chain reorganised, the newest block
// both histories share, so it undoes only what came after it.
type BlockService interface {
	// LastBlock returns the newest block recorded for indexer; ok is false
	// when none is.
	LastBlock(ctx context.Context, indexer string) (b Block, ok bool, err error)
	// RecentBlocks returns the blocks recorded for indexer, newest first.
	RecentBlocks(ctx context.Context, indexer string) ([]Block, error)
	// AddBlocks records blocks (in ascending order, each above the last
	// recorded) and forgets those keep or more blocks below the newest.
	// EINVALID when indexer or a hash is empty, a number exceeds 2^63−1 or
	// the blocks are not ascending; ECONFLICT when the first is not above
	// the last recorded (another process indexed them meanwhile).
	AddBlocks(ctx context.Context, indexer string, blocks []Block, keep uint64) error
	// RemoveBlocksAfter forgets indexer's blocks above number, because the
	// chain reorganised past it.
	RemoveBlocksAfter(ctx context.Context, indexer string, number uint64) error
}

// CheckBlocks returns an EINVALID error when indexer is empty or blocks
// are not fit to record: an empty hash, a number above 2^63−1 (what the
// stores hold), or numbers that do not ascend. Stores call it first.
func CheckBlocks(indexer string, blocks []Block) error {
	if strings.TrimSpace(indexer) == "" {
		return FieldErrorf("indexer", "An indexer name is required.")
	}
	for i, b := range blocks {
		switch {
		case b.Hash == "":
			return FieldErrorf("hash", "Block %d has no hash; record each block with its hash.", b.Number)
		case b.Number > math.MaxInt64:
			return FieldErrorf("number", "Block number %d exceeds 2^63−1.", b.Number)
		case i > 0 && b.Number <= blocks[i-1].Number:
			return FieldErrorf("number", "Blocks must be recorded in ascending order; %d follows %d.", b.Number, blocks[i-1].Number)
		}
	}
	return nil
}

// BlockConflict is the ECONFLICT error for a block recorded at or below
// one the indexer already holds: another process indexes the same chain.
func BlockConflict(indexer string, number uint64) error {
	return Errorf(ECONFLICT, "Indexer %s already recorded block %d or a later one: another process is indexing the same chain. Run one indexer per database (replicas share it through a lease).", indexer, number)
}
