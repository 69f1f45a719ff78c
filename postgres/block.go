package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hokusai-protocol/hokusai"
)

// BlockService is the PostgreSQL implementation of hokusai.BlockService.
type BlockService struct {
	db *DB
}

// NewBlockService returns a BlockService over db.
func NewBlockService(db *DB) *BlockService { return &BlockService{db: db} }

var _ hokusai.BlockService = (*BlockService)(nil)

// LastBlock returns the newest block recorded for indexer.
func (s *BlockService) LastBlock(ctx context.Context, indexer string) (hokusai.Block, bool, error) {
	var n int64
	var b hokusai.Block
	err := s.db.db.QueryRowContext(ctx, `SELECT number, hash FROM index_blocks WHERE indexer = $1 ORDER BY number DESC LIMIT 1`, indexer).Scan(&n, &b.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		return hokusai.Block{}, false, nil
	}
	if err != nil {
		return hokusai.Block{}, false, fmt.Errorf("last block %s: %w", indexer, err)
	}
	b.Number = uint64(n)
	return b, true, nil
}

// RecentBlocks returns the blocks recorded for indexer, newest first.
func (s *BlockService) RecentBlocks(ctx context.Context, indexer string) ([]hokusai.Block, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT number, hash FROM index_blocks WHERE indexer = $1 ORDER BY number DESC`, indexer)
	if err != nil {
		return nil, fmt.Errorf("recent blocks %s: %w", indexer, err)
	}
	defer rows.Close()
	var out []hokusai.Block
	for rows.Next() {
		var n int64
		var b hokusai.Block
		if err := rows.Scan(&n, &b.Hash); err != nil {
			return nil, fmt.Errorf("recent blocks %s: %w", indexer, err)
		}
		b.Number = uint64(n)
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("recent blocks %s: %w", indexer, err)
	}
	return out, nil
}

// AddBlocks records blocks and forgets those keep or more below the
// newest, in one transaction under a lock on the indexer's name, so two
// replicas that both think they index cannot both record the same range.
func (s *BlockService) AddBlocks(ctx context.Context, indexer string, blocks []hokusai.Block, keep uint64) error {
	if err := hokusai.CheckBlocks(indexer, blocks); err != nil || len(blocks) == 0 {
		return err
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add blocks %s: %w", indexer, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext('index_blocks:' || $1))`, indexer); err != nil {
		return fmt.Errorf("add blocks %s: lock: %w", indexer, err)
	}
	first, newest := blocks[0].Number, blocks[len(blocks)-1].Number
	var above bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM index_blocks WHERE indexer = $1 AND number >= $2)`, indexer, int64(first)).Scan(&above); err != nil {
		return fmt.Errorf("add blocks %s: %w", indexer, err)
	}
	if above {
		return hokusai.BlockConflict(indexer, first)
	}
	for _, b := range blocks {
		if _, err := tx.ExecContext(ctx, `INSERT INTO index_blocks (indexer, number, hash) VALUES ($1, $2, $3)`, indexer, int64(b.Number), b.Hash); err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) && pe.Code == "23505" {
				return hokusai.BlockConflict(indexer, b.Number)
			}
			return fmt.Errorf("add block %s %d: %w", indexer, b.Number, err)
		}
	}
	if newest > keep {
		if _, err := tx.ExecContext(ctx, `DELETE FROM index_blocks WHERE indexer = $1 AND number <= $2`, indexer, int64(min(newest-keep, math.MaxInt64))); err != nil {
			return fmt.Errorf("prune blocks %s: %w", indexer, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add blocks %s: %w", indexer, err)
	}
	return nil
}

// RemoveBlocksAfter forgets indexer's blocks above number.
func (s *BlockService) RemoveBlocksAfter(ctx context.Context, indexer string, number uint64) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM index_blocks WHERE indexer = $1 AND number > $2`, indexer, int64(min(number, math.MaxInt64))); err != nil {
		return fmt.Errorf("remove blocks %s after %d: %w", indexer, number, err)
	}
	return nil
}
