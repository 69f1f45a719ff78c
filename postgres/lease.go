package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// LeaseService is the PostgreSQL implementation of hokusai.LeaseService.
// Expiry is measured by the database's clock, the one clock every replica
// shares, so replicas whose clocks drift still agree on who holds a lease.
type LeaseService struct {
	db *DB
}

// NewLeaseService returns a LeaseService over db.
func NewLeaseService(db *DB) *LeaseService { return &LeaseService{db: db} }

var _ hokusai.LeaseService = (*LeaseService)(nil)

// AcquireLease implements hokusai.LeaseService with one conditional
// upsert: the row is written only when it is absent, expired or already
// the holder's, and PostgreSQL serializes racing upserts on the row.
func (s *LeaseService) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	if err := hokusai.CheckLease(name, holder, ttl); err != nil {
		return false, err
	}
	var got string
	err := s.db.db.QueryRowContext(ctx, `INSERT INTO leases (name, holder, expires_at)
		VALUES ($1, $2, clock_timestamp() + $3 * interval '1 microsecond')
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
			WHERE leases.holder = excluded.holder OR leases.expires_at <= clock_timestamp()
		RETURNING holder`, name, holder, ttl.Microseconds()).Scan(&got)
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
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM leases WHERE name = $1 AND holder = $2`, name, holder); err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}
