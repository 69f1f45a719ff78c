package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// RelayLimitService is the SQLite implementation of
// hokusai.RelayLimitService.
type RelayLimitService struct {
	db *DB
}

// NewRelayLimitService returns a RelayLimitService over db.
func NewRelayLimitService(db *DB) *RelayLimitService { return &RelayLimitService{db: db} }

var _ hokusai.RelayLimitService = (*RelayLimitService)(nil)

// TakeRelay implements hokusai.RelayLimitService with one conditional
// upsert; SQLite runs one writer at a time, so racing takers cannot both
// pass the last slot.
func (s *RelayLimitService) TakeRelay(ctx context.Context, bucket string, window int64, n, limit int64) (bool, int64, error) {
	if err := hokusai.CheckRelayTake(bucket, n, limit); err != nil {
		return false, 0, err
	}
	if n > limit {
		used, err := s.used(ctx, bucket, window)
		return false, used, err
	}
	var used int64
	err := s.db.db.QueryRowContext(ctx, `INSERT INTO relay_counts (bucket, window_start, used) VALUES (?, ?, ?)
		ON CONFLICT (bucket, window_start) DO UPDATE SET used = relay_counts.used + excluded.used
			WHERE relay_counts.used + excluded.used <= ?
		RETURNING used`, bucket, window, n, limit).Scan(&used)
	if errors.Is(err, sql.ErrNoRows) {
		used, err := s.used(ctx, bucket, window)
		return false, used, err
	}
	if err != nil {
		return false, 0, fmt.Errorf("take relay %s: %w", bucket, err)
	}
	return true, used, nil
}

// CountRelay implements hokusai.RelayLimitService.
func (s *RelayLimitService) CountRelay(ctx context.Context, bucket string, window int64) (int64, error) {
	if err := hokusai.CheckRelayTake(bucket, 1, 0); err != nil {
		return 0, err
	}
	return s.used(ctx, bucket, window)
}

func (s *RelayLimitService) used(ctx context.Context, bucket string, window int64) (int64, error) {
	var used int64
	err := s.db.db.QueryRowContext(ctx, `SELECT used FROM relay_counts WHERE bucket = ? AND window_start = ?`, bucket, window).Scan(&used)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("relay count %s: %w", bucket, err)
	}
	return used, nil
}

// AdjustRelay implements hokusai.RelayLimitService.
func (s *RelayLimitService) AdjustRelay(ctx context.Context, bucket string, window int64, delta int64) error {
	if err := hokusai.CheckRelayTake(bucket, 1, 0); err != nil {
		return err
	}
	if _, err := s.db.db.ExecContext(ctx, `INSERT INTO relay_counts (bucket, window_start, used) VALUES (?, ?, MAX(?, 0))
		ON CONFLICT (bucket, window_start) DO UPDATE SET used = MAX(relay_counts.used + ?, 0)`, bucket, window, delta, delta); err != nil {
		return fmt.Errorf("adjust relay %s: %w", bucket, err)
	}
	return nil
}

// SweepRelays implements hokusai.RelayLimitService.
func (s *RelayLimitService) SweepRelays(ctx context.Context, before int64) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM relay_counts WHERE window_start < ?`, before); err != nil {
		return fmt.Errorf("sweep relay counts: %w", err)
	}
	return nil
}
