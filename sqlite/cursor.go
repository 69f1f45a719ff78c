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
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO cursors (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, int64(v))
	if err != nil {
		return fmt.Errorf("set cursor %s: %w", name, err)
	}
	return nil
}
