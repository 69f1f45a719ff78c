package postgres

import (
	"context"
	"fmt"
	"math"

	"github.com/hokusai-protocol/hokusai"
)

// SetModelOwner records that model id belongs to owner as of block; see
// hokusai.ModelService. The owner is stored as given (the indexer gives
// checksummed addresses); reads and filters compare it case-insensitively.
func (s *ModelService) SetModelOwner(ctx context.Context, id uint64, owner string, block uint64) error {
	if err := hokusai.CheckModelOwner(id, owner, block); err != nil {
		return err
	}
	res, err := s.db.db.ExecContext(ctx, `UPDATE models SET owner = $1, owner_block = $2 WHERE id = $3`, owner, int64(block), int64(id))
	if err != nil {
		return fmt.Errorf("set owner of model %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("set owner of model %d: %w", id, err)
	} else if n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d; its creation must be indexed before a sale of it.", id)
	}
	return nil
}

// FindModelsOwnedAfter returns the ids of the models whose owner was set
// as of a block above block, in order.
func (s *ModelService) FindModelsOwnedAfter(ctx context.Context, block uint64) ([]uint64, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT id FROM models WHERE owner_block > $1 ORDER BY id`, int64(min(block, math.MaxInt64)))
	if err != nil {
		return nil, fmt.Errorf("models owned after block %d: %w", block, err)
	}
	defer rows.Close()
	ids := []uint64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("models owned after block %d: %w", block, err)
		}
		ids = append(ids, uint64(id))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("models owned after block %d: %w", block, err)
	}
	return ids, nil
}
