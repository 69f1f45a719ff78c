package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// NonceService is the PostgreSQL implementation of hokusai.NonceService:
// the primary key makes a nonce spent once across every replica.
type NonceService struct {
	db *DB
}

// NewNonceService returns a NonceService over db.
func NewNonceService(db *DB) *NonceService { return &NonceService{db: db} }

var _ hokusai.NonceService = (*NonceService)(nil)

// UseNonce records nonce as spent by signer; ECONFLICT when it was spent.
func (s *NonceService) UseNonce(ctx context.Context, signer, nonce string, expires time.Time) error {
	res, err := s.db.db.ExecContext(ctx, `INSERT INTO signed_nonces (signer, nonce, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (signer, nonce) DO NOTHING`, signer, nonce, expires.UTC())
	if err != nil {
		return fmt.Errorf("use nonce: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("use nonce: %w", err)
	} else if n == 0 {
		return hokusai.Errorf(hokusai.ECONFLICT, "This signed request was already used (nonce %s of %s): a replay is refused; sign a new request with a fresh nonce.", nonce, signer)
	}
	return nil
}

// SweepNonces deletes nonces that expired before now.
func (s *NonceService) SweepNonces(ctx context.Context, now time.Time) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM signed_nonces WHERE expires_at < $1`, now.UTC()); err != nil {
		return fmt.Errorf("sweep nonces: %w", err)
	}
	return nil
}
