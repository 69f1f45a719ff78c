package sqlite

import (
	"context"
	"fmt"
	"math"
)

// DeleteModelsAfter removes the models created above block with their
// versions, receipts, heads and endpoint secrets, in one transaction: an
// id the new chain gives another model must not inherit them.
func (s *ModelService) DeleteModelsAfter(ctx context.Context, block uint64) (int, error) {
	b := int64(min(block, math.MaxInt64))
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("delete models after %d: %w", block, err)
	}
	defer tx.Rollback()
	const gone = `(SELECT id FROM models WHERE block_number > ?)`
	for _, table := range []string{"model_heads", "version_receipts", "model_versions", "endpoint_secrets"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE model_id IN `+gone, b); err != nil {
			return 0, fmt.Errorf("delete models after %d: %s: %w", block, table, err)
		}
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM models WHERE block_number > ?`, b)
	if err != nil {
		return 0, fmt.Errorf("delete models after %d: %w", block, err)
	}
	n, _ := res.RowsAffected()
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("delete models after %d: %w", block, err)
	}
	return int(n), nil
}
