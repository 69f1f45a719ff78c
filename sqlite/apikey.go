package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// KeyService is the SQLite implementation of hokusai.KeyService: API keys
// by the sha256 of their secret.
type KeyService struct {
	db *DB
}

// NewKeyService returns a KeyService over db.
func NewKeyService(db *DB) *KeyService { return &KeyService{db: db} }

// WhitelistService is the SQLite implementation of
// hokusai.WhitelistService: the consumers each Proprietary model serves.
type WhitelistService struct {
	db *DB
}

// NewWhitelistService returns a WhitelistService over db.
func NewWhitelistService(db *DB) *WhitelistService { return &WhitelistService{db: db} }

var (
	_ hokusai.KeyService       = (*KeyService)(nil)
	_ hokusai.WhitelistService = (*WhitelistService)(nil)
)

const keyCols = `id, owner, name, hint, scopes, rate_limit, created_at, expires_at, revoked_at, rotated_to`

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

func joinScopes(s []hokusai.Scope) string {
	parts := make([]string, len(s))
	for i, x := range s {
		parts[i] = string(x)
	}
	return strings.Join(parts, ",")
}

func scanKey(row scanner) (*hokusai.APIKey, error) {
	var k hokusai.APIKey
	var scopes string
	var created, expires, revoked int64
	if err := row.Scan(&k.ID, &k.Owner, &k.Name, &k.Hint, &scopes, &k.RateLimit, &created, &expires, &revoked, &k.RotatedTo); err != nil {
		return nil, err
	}
	for _, s := range strings.Split(scopes, ",") {
		if s != "" {
			k.Scopes = append(k.Scopes, hokusai.Scope(s))
		}
	}
	k.CreatedAt, k.ExpiresAt, k.RevokedAt = fromNano(created), fromNano(expires), fromNano(revoked)
	return &k, nil
}

func insertKey(ctx context.Context, q interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, k *hokusai.APIKey, hash string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO api_keys (id, secret_hash, owner, name, hint, scopes, rate_limit, created_at, expires_at, revoked_at, rotated_to)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		k.ID, hash, k.Owner, k.Name, k.Hint, joinScopes(k.Scopes), k.RateLimit, unixNano(k.CreatedAt), unixNano(k.ExpiresAt), unixNano(k.RevokedAt), k.RotatedTo)
	if err != nil && strings.Contains(err.Error(), "UNIQUE") {
		return hokusai.Errorf(hokusai.ECONFLICT, "An API key with id %s already exists.", k.ID)
	}
	if err != nil {
		return fmt.Errorf("insert api key: %w", err)
	}
	return nil
}

// CreateKey implements hokusai.KeyService.
func (s *KeyService) CreateKey(ctx context.Context, k *hokusai.APIKey, secretHash string) error {
	return insertKey(ctx, s.db.db, k, secretHash)
}

// FindKeyByHash implements hokusai.KeyService.
func (s *KeyService) FindKeyByHash(ctx context.Context, secretHash string) (*hokusai.APIKey, error) {
	k, err := scanKey(s.db.db.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE secret_hash = ?`, secretHash))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No such API key.")
	}
	if err != nil {
		return nil, fmt.Errorf("find api key: %w", err)
	}
	return k, nil
}

// FindKeyByID implements hokusai.KeyService.
func (s *KeyService) FindKeyByID(ctx context.Context, id string) (*hokusai.APIKey, error) {
	k, err := scanKey(s.db.db.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No API key has id %q; list your keys with `hokusai keys list`.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find api key: %w", err)
	}
	return k, nil
}

// FindKeys implements hokusai.KeyService.
func (s *KeyService) FindKeys(ctx context.Context, owner string) ([]*hokusai.APIKey, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE owner = ? ORDER BY created_at DESC, id`, owner)
	if err != nil {
		return nil, fmt.Errorf("find api keys: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.APIKey
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, fmt.Errorf("find api keys: %w", err)
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// RevokeKey implements hokusai.KeyService.
func (s *KeyService) RevokeKey(ctx context.Context, id string, t time.Time) error {
	res, err := s.db.db.ExecContext(ctx, `UPDATE api_keys SET revoked_at = CASE WHEN revoked_at = 0 THEN ? ELSE revoked_at END WHERE id = ?`, unixNano(t), id)
	if err != nil {
		return fmt.Errorf("revoke api key: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No API key has id %q.", id)
	}
	return nil
}

// RotateKey implements hokusai.KeyService.
func (s *KeyService) RotateKey(ctx context.Context, oldID string, oldExpires time.Time, next *hokusai.APIKey, nextHash string) error {
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	defer tx.Rollback()
	// Claim the rotation first: a write as the transaction's first
	// statement takes the write lock (waiting on the busy timeout rather than
	// failing on a lock upgrade), and only one of several concurrent
	// rotations of a key finds it unrotated.
	res, err := tx.ExecContext(ctx, `UPDATE api_keys SET rotated_to = ? WHERE id = ? AND rotated_to = ''`, next.ID, oldID)
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	claimed, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	old, err := scanKey(tx.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE id = ?`, oldID))
	if errors.Is(err, sql.ErrNoRows) {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No API key has id %q.", hokusai.Excerpt(oldID))
	}
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	if claimed == 0 {
		return hokusai.Errorf(hokusai.ECONFLICT, "API key %s was already rotated to %s; rotate %s instead.", oldID, old.RotatedTo, old.RotatedTo)
	}
	if !old.Active(next.CreatedAt) {
		return hokusai.Errorf(hokusai.EINVALID, "API key %s is revoked or expired and cannot be rotated; create a new key instead.", oldID)
	}
	if !old.ExpiresAt.IsZero() && old.ExpiresAt.Before(oldExpires) {
		oldExpires = old.ExpiresAt
	}
	if err := insertKey(ctx, tx, next, nextHash); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE api_keys SET expires_at = ?, rotated_to = ? WHERE id = ?`, unixNano(oldExpires), next.ID, oldID); err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	return tx.Commit()
}

// Whitelisted implements hokusai.WhitelistService.
func (s *WhitelistService) Whitelisted(ctx context.Context, modelID uint64, consumer string) (bool, error) {
	var n int
	err := s.db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM model_whitelist WHERE model_id = ? AND consumer = ?`, int64(modelID), consumer).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("whitelisted: %w", err)
	}
	return n > 0, nil
}

// Whitelist implements hokusai.WhitelistService.
func (s *WhitelistService) Whitelist(ctx context.Context, modelID uint64) ([]string, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT consumer FROM model_whitelist WHERE model_id = ? ORDER BY consumer`, int64(modelID))
	if err != nil {
		return nil, fmt.Errorf("whitelist: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("whitelist: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// AddToWhitelist implements hokusai.WhitelistService.
func (s *WhitelistService) AddToWhitelist(ctx context.Context, modelID uint64, consumer string) error {
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	defer tx.Rollback()
	now := s.db.now().UnixNano()
	if _, err := tx.ExecContext(ctx, `INSERT INTO model_whitelist (model_id, consumer, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, int64(modelID), consumer, now); err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE access_requests SET status = 'approved', decided_at = ? WHERE model_id = ? AND consumer = ? AND status = 'pending'`, now, int64(modelID), consumer); err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	return nil
}

// RemoveFromWhitelist implements hokusai.WhitelistService.
func (s *WhitelistService) RemoveFromWhitelist(ctx context.Context, modelID uint64, consumer string) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM model_whitelist WHERE model_id = ? AND consumer = ?`, int64(modelID), consumer); err != nil {
		return fmt.Errorf("remove from whitelist: %w", err)
	}
	return nil
}
