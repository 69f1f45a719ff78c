package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// LeaseService is the SQLite implementation of hokusai.LeaseService. Every
// process sharing the file runs on one machine, so the process clock is
// the shared clock.
type LeaseService struct {
	db *DB
}

// NewLeaseService returns a LeaseService over db.
func NewLeaseService(db *DB) *LeaseService { return &LeaseService{db: db} }

var _ hokusai.LeaseService = (*LeaseService)(nil)

// AcquireLease implements hokusai.LeaseService with one conditional
// upsert: the row is written only when it is absent, expired or already
// the holder's; SQLite runs one writer at a time.
func (s *LeaseService) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	if err := hokusai.CheckLease(name, holder, ttl); err != nil {
		return false, err
	}
	now := time.Now().UnixNano()
	var got string
	err := s.db.db.QueryRowContext(ctx, `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
			WHERE leases.holder = excluded.holder OR leases.expires_at <= ?
		RETURNING holder`, name, holder, now+int64(ttl), now).Scan(&got)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	return got == holder, nil
}

// ReleaseLease implements hokusai.LeaseService.
func (s *LeaseService) ReleaseLease(ctx context.Context, name, holder string) error {
	if err := hokusai.CheckLease(name, holder, time.Nanosecond); err != nil {
		return err
	}
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM leases WHERE name = ? AND holder = ?`, name, holder); err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}
