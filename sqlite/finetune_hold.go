package sqlite

import (
	"context"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

var _ hokusai.FineTuneHoldService = (*FineTuneService)(nil)

// AddFineTuneHold implements hokusai.FineTuneHoldService on SQLite.
func (s *FineTuneService) AddFineTuneHold(ctx context.Context, h *hokusai.FineTuneHold) error {
	if err := hokusai.CheckFineTuneHold(h); err != nil {
		return err
	}
	now := s.db.now()
	if _, err := s.db.db.ExecContext(ctx, `INSERT INTO finetune_holds (runner, ref, job_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		h.Runner, h.Ref, h.JobID, now.UnixNano()); err != nil {
		return fmt.Errorf("add hold: %w", err)
	}
	h.CreatedAt = unixTime(now.UnixNano())
	return nil
}

// FindFineTuneHolds implements hokusai.FineTuneHoldService.
func (s *FineTuneService) FindFineTuneHolds(ctx context.Context, runner string, jobID int64) ([]*hokusai.FineTuneHold, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT runner, ref, job_id, created_at FROM finetune_holds WHERE runner = ? AND job_id = ? ORDER BY created_at, ref`, runner, jobID)
	if err != nil {
		return nil, fmt.Errorf("list holds: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.FineTuneHold
	for rows.Next() {
		var h hokusai.FineTuneHold
		var created int64
		if err := rows.Scan(&h.Runner, &h.Ref, &h.JobID, &created); err != nil {
			return nil, fmt.Errorf("list holds: %w", err)
		}
		h.CreatedAt = unixTime(created)
		out = append(out, &h)
	}
	return out, rows.Err()
}

// DeleteFineTuneHold implements hokusai.FineTuneHoldService.
func (s *FineTuneService) DeleteFineTuneHold(ctx context.Context, runner, ref string) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM finetune_holds WHERE runner = ? AND ref = ?`, runner, ref); err != nil {
		return fmt.Errorf("delete hold: %w", err)
	}
	return nil
}
