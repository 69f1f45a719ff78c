package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// InstanceService records what a database belongs to (chain id, genesis,
// contract addresses) so a later start can refuse a database from another
// chain or deployment.
type InstanceService struct {
	db *DB
}

// NewInstanceService returns an InstanceService over db.
func NewInstanceService(db *DB) *InstanceService { return &InstanceService{db: db} }

var _ hokusai.InstanceService = (*InstanceService)(nil)

// Get returns the value recorded under name, and whether there is one.
func (s *InstanceService) Get(ctx context.Context, name string) (string, bool, error) {
	var v string
	err := s.db.db.QueryRowContext(ctx, `SELECT value FROM instance WHERE name = $1`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("instance %s: %w", name, err)
	}
	return v, true, nil
}

// Set records value under name.
func (s *InstanceService) Set(ctx context.Context, name, value string) error {
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO instance (name, value) VALUES ($1, $2)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, value)
	if err != nil {
		return fmt.Errorf("set instance %s: %w", name, err)
	}
	return nil
}
