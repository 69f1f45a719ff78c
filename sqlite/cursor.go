package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// CursorService is the SQLite implementation of hokusai.CursorService.
type CursorService struct {
	db *DB
}

// NewCursorService returns a CursorService over db.
func NewCursorService(db *DB) *CursorService { return &CursorService{db: db} }

var _ hokusai.CursorService = (*CursorService)(nil)

// Cursor returns the stored value for name, or 0 when none is stored.
func (s *CursorService) Cursor(ctx context.Context, name string) (uint64, error) {
	var v int64
	err := s.db.db.QueryRowContext(ctx, `SELECT value FROM cursors WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("cursor %s: %w", name, err)
	}
	return uint64(v), nil
}

// SetCursor stores v for name.
func (s *CursorService) SetCursor(ctx context.Context, name string, v uint64) error {
	if strings.TrimSpace(name) == "" {
		return hokusai.FieldErrorf("name", "A cursor name is required.")
	}
	if v > math.MaxInt64 {
		return hokusai.FieldErrorf("value", "Cursor %s: value %d exceeds 2^63−1.", name, v)
	}
	return s.SetBlockCursor(ctx, name, v, "")
}

// BlockCursor returns the block stored for name and the hash recorded with
// it ("" when none was).
func (s *CursorService) BlockCursor(ctx context.Context, name string) (uint64, string, error) {
	var v int64
	var h string
	err := s.db.db.QueryRowContext(ctx, `SELECT value, hash FROM cursors WHERE name = ?`, name).Scan(&v, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	if err != nil {
		return 0, "", fmt.Errorf("cursor %s: %w", name, err)
	}
	return uint64(v), h, nil
}

// SetBlockCursor stores block and its hash for name; a plain SetCursor
// clears the hash.
func (s *CursorService) SetBlockCursor(ctx context.Context, name string, block uint64, hash string) error {
	if strings.TrimSpace(name) == "" {
		return hokusai.FieldErrorf("name", "A cursor name is required.")
	}
	if block > math.MaxInt64 {
		return hokusai.FieldErrorf("value", "Cursor %s: value %d exceeds 2^63−1.", name, block)
	}
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO cursors (name, value, hash) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value, hash = excluded.hash`, name, int64(block), hash)
	if err != nil {
		return fmt.Errorf("set cursor %s: %w", name, err)
	}
	return nil
}

// InstanceService records what a database belongs to (chain id, genesis,
// contract addresses) so a later start can refuse a database from another
// chain or deployment.
type InstanceService struct {
	db *DB
}

// NewInstanceService returns an InstanceService over db.
func NewInstanceService(db *DB) *InstanceService { return &InstanceService{db: db} }

// Get returns the value recorded under name, and whether there is one.
func (s *InstanceService) Get(ctx context.Context, name string) (string, bool, error) {
	var v string
	err := s.db.db.QueryRowContext(ctx, `SELECT value FROM instance WHERE name = ?`, name).Scan(&v)
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
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO instance (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, value)
	if err != nil {
		return fmt.Errorf("set instance %s: %w", name, err)
	}
	return nil
}
