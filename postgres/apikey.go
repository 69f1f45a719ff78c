package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// KeyService is the PostgreSQL implementation of hokusai.KeyService: API
// keys by the sha256 of their secret, shared by every replica.
type KeyService struct {
	db *DB
}

// NewKeyService returns a KeyService over db.
func NewKeyService(db *DB) *KeyService { return &KeyService{db: db} }

// WhitelistService is the PostgreSQL implementation of
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

const keyCols = `id, owner, name, hint, array_to_string(scopes, ','), rate_limit, created_at, expires_at, revoked_at, rotated_to`

// nullTime stores the zero time as NULL ("never", "not revoked").
func nullTime(t time.Time) sql.NullTime {
	if t.IsZero() {
		return sql.NullTime{}
	}
	return sql.NullTime{Time: t.UTC(), Valid: true}
}

func scanKey(row scanner) (*hokusai.APIKey, error) {
	var k hokusai.APIKey
	var scopes string
	var created time.Time
	var expires, revoked sql.NullTime
	if err := row.Scan(&k.ID, &k.Owner, &k.Name, &k.Hint, &scopes, &k.RateLimit, &created, &expires, &revoked, &k.RotatedTo); err != nil {
		return nil, err
	}
	for _, s := range strings.Split(scopes, ",") {
		if s != "" {
			k.Scopes = append(k.Scopes, hokusai.Scope(s))
		}
	}
	k.CreatedAt = created.UTC()
	if expires.Valid {
		k.ExpiresAt = expires.Time.UTC()
	}
	if revoked.Valid {
		k.RevokedAt = revoked.Time.UTC()
	}
	return &k, nil
}

type execer interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}

func insertKey(ctx context.Context, q execer, k *hokusai.APIKey, hash string) error {
	scopes := make([]string, len(k.Scopes))
	for i, s := range k.Scopes {
		scopes[i] = string(s)
	}
	_, err := q.ExecContext(ctx, `INSERT INTO api_keys (id, secret_hash, owner, name, hint, scopes, rate_limit, created_at, expires_at, revoked_at, rotated_to)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		k.ID, hash, k.Owner, k.Name, k.Hint, scopes, k.RateLimit, k.CreatedAt.UTC(), nullTime(k.ExpiresAt), nullTime(k.RevokedAt), k.RotatedTo)
	if errorCode(err) == hokusai.ECONFLICT {
		return hokusai.Errorf(hokusai.ECONFLICT, "An API key with id %s (or the same secret) already exists.", k.ID)
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
	k, err := scanKey(s.db.db.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE secret_hash = $1`, secretHash))
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
	k, err := scanKey(s.db.db.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE id = $1`, id))
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
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE owner = $1 ORDER BY created_at DESC, id`, owner)
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
	res, err := s.db.db.ExecContext(ctx, `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2`, nullTime(t), id)
	if err != nil {
		return fmt.Errorf("revoke api key: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No API key has id %q.", id)
	}
	return nil
}

// RotateKey implements hokusai.KeyService. The claim on the old key is a
// conditional update, so of several replicas rotating one key at once
// exactly one succeeds.
func (s *KeyService) RotateKey(ctx context.Context, oldID string, oldExpires time.Time, next *hokusai.APIKey, nextHash string) error {
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	defer tx.Rollback()
	// The update locks the old key's row: a concurrent rotation waits for
	// this transaction, then finds the key rotated.
	res, err := tx.ExecContext(ctx, `UPDATE api_keys SET rotated_to = $1 WHERE id = $2 AND rotated_to = ''`, next.ID, oldID)
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	claimed, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	old, err := scanKey(tx.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE id = $1`, oldID))
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
	if _, err := tx.ExecContext(ctx, `UPDATE api_keys SET expires_at = $1 WHERE id = $2`, nullTime(oldExpires), oldID); err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("rotate api key: %w", err)
	}
	return nil
}

// Whitelisted implements hokusai.WhitelistService.
func (s *WhitelistService) Whitelisted(ctx context.Context, modelID uint64, consumer string) (bool, error) {
	var ok bool
	err := s.db.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM model_whitelist WHERE model_id = $1 AND consumer = $2)`, int64(modelID), consumer).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("whitelisted: %w", err)
	}
	return ok, nil
}

// Whitelist implements hokusai.WhitelistService.
func (s *WhitelistService) Whitelist(ctx context.Context, modelID uint64) ([]string, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT consumer FROM model_whitelist WHERE model_id = $1 ORDER BY consumer`, int64(modelID))
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
	now := s.db.now()
	if _, err := tx.ExecContext(ctx, `INSERT INTO model_whitelist (model_id, consumer, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, int64(modelID), consumer, now); err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE access_requests SET status = 'approved', decided_at = $1 WHERE model_id = $2 AND consumer = $3 AND status = 'pending'`, now, int64(modelID), consumer); err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add to whitelist: %w", err)
	}
	return nil
}

// RemoveFromWhitelist implements hokusai.WhitelistService.
func (s *WhitelistService) RemoveFromWhitelist(ctx context.Context, modelID uint64, consumer string) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM model_whitelist WHERE model_id = $1 AND consumer = $2`, int64(modelID), consumer); err != nil {
		return fmt.Errorf("remove from whitelist: %w", err)
	}
	return nil
}
