package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

const accessColumns = `id, model_id, consumer, message, status, created_at, decided_at`

func scanAccess(row scanner) (*hokusai.AccessRequest, error) {
	var r hokusai.AccessRequest
	var id, model, created, decided int64
	if err := row.Scan(&id, &model, &r.Consumer, &r.Message, &r.Status, &created, &decided); err != nil {
		return nil, err
	}
	r.ID, r.ModelID, r.CreatedAt, r.DecidedAt = uint64(id), uint64(model), fromNano(created), fromNano(decided)
	return &r, nil
}

// RequestAccess implements hokusai.WhitelistService.
func (s *WhitelistService) RequestAccess(ctx context.Context, modelID uint64, consumer, message string) (*hokusai.AccessRequest, bool, error) {
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, false, fmt.Errorf("request access: %w", err)
	}
	defer tx.Rollback()
	// Writing first takes SQLite's write lock, so racing replicas queue
	// here instead of failing to upgrade a read.
	res, err := tx.ExecContext(ctx, `INSERT INTO access_requests (model_id, consumer, message, status, created_at)
		SELECT ?, ?, ?, 'pending', ? WHERE NOT EXISTS (SELECT 1 FROM model_whitelist WHERE model_id = ? AND consumer = ?)
		ON CONFLICT DO NOTHING`,
		int64(modelID), consumer, message, unixNano(s.db.now()), int64(modelID), consumer)
	if err != nil {
		return nil, false, fmt.Errorf("request access: %w", err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM model_whitelist WHERE model_id = ? AND consumer = ?`, int64(modelID), consumer).Scan(&n); err != nil {
		return nil, false, fmt.Errorf("request access: %w", err)
	}
	if n > 0 {
		return nil, false, storecodec.AlreadyWhitelisted(consumer, modelID)
	}
	created, _ := res.RowsAffected()
	r, err := scanAccess(tx.QueryRowContext(ctx, `SELECT `+accessColumns+` FROM access_requests WHERE model_id = ? AND consumer = ? AND status = 'pending'`, int64(modelID), consumer))
	if err != nil {
		return nil, false, fmt.Errorf("request access: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, false, fmt.Errorf("request access: %w", err)
	}
	return r, created == 1, nil
}

// AccessRequests implements hokusai.WhitelistService.
func (s *WhitelistService) AccessRequests(ctx context.Context, modelID uint64, status string) ([]*hokusai.AccessRequest, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+accessColumns+` FROM access_requests WHERE model_id = ? AND (? = '' OR status = ?) ORDER BY id`, int64(modelID), status, status)
	if err != nil {
		return nil, fmt.Errorf("access requests: %w", err)
	}
	defer rows.Close()
	out := []*hokusai.AccessRequest{}
	for rows.Next() {
		r, err := scanAccess(rows)
		if err != nil {
			return nil, fmt.Errorf("access requests: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// DeclineAccessRequest implements hokusai.WhitelistService.
func (s *WhitelistService) DeclineAccessRequest(ctx context.Context, modelID uint64, consumer string) (*hokusai.AccessRequest, error) {
	r, err := scanAccess(s.db.db.QueryRowContext(ctx, `UPDATE access_requests SET status = 'declined', decided_at = ? WHERE model_id = ? AND consumer = ? AND status = 'pending' RETURNING `+accessColumns,
		unixNano(s.db.now()), int64(modelID), consumer))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, storecodec.NoPendingAccess(consumer, modelID)
	}
	if err != nil {
		return nil, fmt.Errorf("decline access request: %w", err)
	}
	return r, nil
}
